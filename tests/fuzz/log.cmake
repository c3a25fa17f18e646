# libFuzzer target for the MTA log line parser and the queue-id join (issue 5:
# app/mta/logline.cpp, app/mta/loganalyzer.cpp), with a bounded ctest run (fuzz_log_parser, 20 s).
zaindari_add_fuzzer(NAME log_fuzz TEST fuzz_log_parser
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/log_fuzz.cpp
            ${PROJECT_SOURCE_DIR}/app/mta/logline.cpp
            ${PROJECT_SOURCE_DIR}/app/mta/loganalyzer.cpp
    HEADERS ${PROJECT_SOURCE_DIR}/app/mta/logline.h ${PROJECT_SOURCE_DIR}/app/mta/loganalyzer.h
            ${PROJECT_SOURCE_DIR}/app/mta/ratestypes.h
    SEEDS ${CMAKE_CURRENT_SOURCE_DIR}/corpus/log)
