# Helpers shared by every CMakeLists.txt of the project.

# bitext_collect_sources(<var> <dir>): every .cpp/.h below <dir>, so that adding a
# class to a capability folder needs no CMake edit. CONFIGURE_DEPENDS re-globs on build.
function(bitext_collect_sources out_var dir)
    file(GLOB_RECURSE _sources CONFIGURE_DEPENDS
        ${dir}/*.cpp ${dir}/*.h)
    set(${out_var} ${_sources} PARENT_SCOPE)
endfunction()

# bitext_add_test(<name> SOURCES ... [LIBS ...] [GUI]): one Catch2 executable
# registered with ctest. GUI tests run on the offscreen platform.
function(bitext_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE bitext_testsupport ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(_env "BITEXT_SEEDS=${PROJECT_SOURCE_DIR}/../shared/seeds"
             "BITEXT_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
             "BITEXT_BINARY=$<TARGET_FILE:bitext>"
             "BITEXT_BUILD_DIR=${PROJECT_BINARY_DIR}")
    if(T_GUI)
        list(APPEND _env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT 600)
endfunction()
