# Loaded by ctest in this directory: log_bench runs only when asked (ZAINDARI_RUN_BENCH=1).
if(NOT "$ENV{ZAINDARI_RUN_BENCH}" STREQUAL "1")
    set_tests_properties(log_bench PROPERTIES DISABLED TRUE)
endif()
