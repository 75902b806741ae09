# Helpers shared by every CMakeLists.txt of the project.

# bitext_collect_sources(<var> <dir>): every .cpp/.h below <dir>, so that adding a
# class to a capability folder needs no CMake edit. CONFIGURE_DEPENDS re-globs on build.
function(bitext_collect_sources out_var dir)
    file(GLOB_RECURSE _sources CONFIGURE_DEPENDS
        ${dir}/*.cpp ${dir}/*.h)
    set(${out_var} ${_sources} PARENT_SCOPE)
endfunction()

# bitext_add_test(<name> SOURCES ... [LIBS ...] [GUI] [POSTGRES]): one Catch2
# executable registered with ctest. GUI tests run on the offscreen platform. With
# POSTGRES it is registered a second time as <name>_pg, its libraries on a private
# PostgreSQL server (BITEXT_TEST_BACKEND=postgresql), leaving out the test cases
# tagged [sqlite] (about the SQLite file itself). In the sanitizer build every test gets
# the sanitizers' options (BITEXT_TEST_SANITIZER_ENV, top-level CMakeLists.txt).
# PARTS tag...: instead of one entry, one per Catch2 tag (<name>_<tag> running "[tag]"),
# so that ctest runs the parts of a long suite on both cores.
function(bitext_add_test name)
    cmake_parse_arguments(T "GUI;POSTGRES" "" "SOURCES;LIBS;PARTS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE bitext_testsupport ${T_LIBS})
    set(_entries)
    if(T_PARTS)
        foreach(_part ${T_PARTS})
            add_test(NAME ${name}_${_part} COMMAND ${name} "[${_part}]")
            list(APPEND _entries ${name}_${_part})
        endforeach()
    else()
        add_test(NAME ${name} COMMAND ${name})
        set(_entries ${name})
    endif()
    set(_env "BITEXT_SEEDS=${PROJECT_SOURCE_DIR}/../shared/seeds"
             "BITEXT_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
             "BITEXT_BINARY=$<TARGET_FILE:bitext>"
             "BITEXT_BUILD_DIR=${PROJECT_BINARY_DIR}"
             ${BITEXT_TEST_SANITIZER_ENV})
    if(T_GUI)
        list(APPEND _env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${_entries} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT 600)
    if(T_POSTGRES)
        add_test(NAME ${name}_pg COMMAND ${name} "~[sqlite]")
        set_tests_properties(${name}_pg PROPERTIES
            ENVIRONMENT "${_env};BITEXT_TEST_BACKEND=postgresql" TIMEOUT 600)
    endif()
endfunction()
