# Loaded by ctest in this directory: disable the benchmarks unless a label filter names them.
if(NOT "$ENV{ZAINDARI_RUN_BENCH}" STREQUAL "1")
    set_tests_properties(queue_bench PROPERTIES DISABLED TRUE)
endif()
