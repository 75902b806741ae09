# One bounded libFuzzer run (ctest fuzz_<target>), in script mode:
#   cmake -DFUZZER=... -DNAME=... -DSECONDS=... -DSEEDS=... -DREGRESSIONS=... -DWORK=... -DREPORT=... -P runfuzz.cmake
# The committed seeds and regressions are copied into WORK/corpus (so the source tree
# is never written); new inputs libFuzzer finds stay there for the next run, crash
# inputs go to WORK/artifacts. Passes only when libFuzzer exits 0.

file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
foreach(_dir ${SEEDS} ${REGRESSIONS})
    if(IS_DIRECTORY ${_dir})
        file(GLOB _files ${_dir}/*)
        if(_files)
            file(COPY ${_files} DESTINATION ${WORK}/corpus)
        endif()
    endif()
endforeach()

string(TIMESTAMP _start "%s" UTC)
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
        -artifact_prefix=${WORK}/artifacts/ ${WORK}/corpus
    RESULT_VARIABLE _result
    OUTPUT_VARIABLE _out
    ERROR_VARIABLE _out)
string(TIMESTAMP _end "%s" UTC)
math(EXPR _seconds "${_end} - ${_start}")

# "#123456	DONE   cov: 1234 ft: 5678 corp: ... exec/s: 2057 rss: 80Mb"
set(_done "")
string(REGEX MATCHALL "#[0-9]+[ \t]+DONE[^\n]*" _dones "${_out}")
if(_dones)
    list(GET _dones -1 _done)
endif()
string(REGEX MATCH "^#([0-9]+)" _m "${_done}")
set(_execs "${CMAKE_MATCH_1}")
string(REGEX MATCH "cov: ([0-9]+)" _m "${_done}")
set(_cov "${CMAKE_MATCH_1}")
string(REGEX MATCH "ft: ([0-9]+)" _m "${_done}")
set(_ft "${CMAKE_MATCH_1}")
string(REGEX MATCH "corp: ([0-9]+)" _m "${_done}")
set(_corp "${CMAKE_MATCH_1}")

if(_result EQUAL 0)
    set(_status ok)
else()
    set(_status "FAILED (exit ${_result})")
endif()
set(_line "fuzz_${NAME}: ${_status}, ${_execs} execs, cov ${_cov}, ft ${_ft}, corpus ${_corp}, ${_seconds} s")
file(APPEND ${REPORT} "${_line}\n")
message("${_done}")
message("${_line}")

if(NOT _result EQUAL 0)
    # What libFuzzer and the sanitizers said about the failure: the end of its output.
    string(LENGTH "${_out}" _length)
    if(_length GREATER 20000)
        math(EXPR _from "${_length} - 20000")
        string(SUBSTRING "${_out}" ${_from} -1 _out)
    endif()
    message("${_out}")
    message(FATAL_ERROR "fuzz_${NAME}: libFuzzer exited with ${_result}; the input is in ${WORK}/artifacts")
endif()
