# Loaded by ctest in this directory: autocontain_bench runs only when asked (ZAINDARI_RUN_BENCH=1).
if(NOT "$ENV{ZAINDARI_RUN_BENCH}" STREQUAL "1")
    set_tests_properties(autocontain_bench PROPERTIES DISABLED TRUE)
endif()
