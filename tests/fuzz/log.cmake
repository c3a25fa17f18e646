# libFuzzer target for the MTA log line parser and the queue-id join (issue 5:
# app/mta/logline.cpp, app/mta/loganalyzer.cpp), with a bounded ctest run (fuzz_log_parser, 20 s).
# Same approach as soap.cmake: an ordinary executable under clang, else a clang++ custom command.
set(log_fuzz_sources
    ${CMAKE_CURRENT_SOURCE_DIR}/log_fuzz.cpp
    ${PROJECT_SOURCE_DIR}/app/mta/logline.cpp
    ${PROJECT_SOURCE_DIR}/app/mta/loganalyzer.cpp)
set(log_fuzz_flags -std=c++17 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
set(log_fuzz_corpus ${CMAKE_CURRENT_BINARY_DIR}/log_corpus)
set(log_fuzz_exe "")

if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_executable(log_fuzz ${log_fuzz_sources})
    target_include_directories(log_fuzz PRIVATE ${PROJECT_SOURCE_DIR}/app)
    target_compile_options(log_fuzz PRIVATE ${log_fuzz_flags})
    target_link_options(log_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(log_fuzz PRIVATE Qt6::Core zaindari_options)
    set(log_fuzz_exe $<TARGET_FILE:log_fuzz>)
else()
    find_program(ZAINDARI_CLANGXX NAMES clang++ clang++-16 clang++-15 clang++-14)
    if(ZAINDARI_CLANGXX)
        set(out ${CMAKE_CURRENT_BINARY_DIR}/log_fuzzer)
        set(qt_inc "$<TARGET_PROPERTY:Qt6::Core,INTERFACE_INCLUDE_DIRECTORIES>")
        set(qt_def "$<TARGET_PROPERTY:Qt6::Core,INTERFACE_COMPILE_DEFINITIONS>")
        set(our_def "$<TARGET_PROPERTY:zaindari_options,INTERFACE_COMPILE_DEFINITIONS>")
        add_custom_command(OUTPUT ${out}
            COMMAND ${ZAINDARI_CLANGXX} ${log_fuzz_flags}
                    "$<$<BOOL:${qt_inc}>:-I$<JOIN:${qt_inc},;-I>>"
                    "$<$<BOOL:${qt_def}>:-D$<JOIN:${qt_def},;-D>>"
                    "$<$<BOOL:${our_def}>:-D$<JOIN:${our_def},;-D>>"
                    -I${PROJECT_SOURCE_DIR}/app ${log_fuzz_sources}
                    $<TARGET_FILE:Qt6::Core> -o ${out}
            DEPENDS ${log_fuzz_sources} ${PROJECT_SOURCE_DIR}/app/mta/logline.h
                    ${PROJECT_SOURCE_DIR}/app/mta/loganalyzer.h ${PROJECT_SOURCE_DIR}/app/mta/ratestypes.h
            COMMAND_EXPAND_LISTS VERBATIM
            COMMENT "Building the MTA log parser fuzzer with clang++ (libFuzzer)")
        add_custom_target(log_fuzz ALL DEPENDS ${out})
        set(log_fuzz_exe ${out})
    else()
        message(STATUS "clang++ not found: the MTA log parser fuzzer is not built")
    endif()
endif()

if(log_fuzz_exe)
    # The first directory collects new inputs (build tree); the checked-in corpus only seeds it.
    file(MAKE_DIRECTORY ${log_fuzz_corpus})
    add_test(NAME fuzz_log_parser
             COMMAND ${log_fuzz_exe} -max_total_time=20 -timeout=5 -rss_limit_mb=2048 -max_len=65536
                     -print_final_stats=1 ${log_fuzz_corpus} ${CMAKE_CURRENT_SOURCE_DIR}/corpus/log)
    set_tests_properties(fuzz_log_parser PROPERTIES LABELS fuzz TIMEOUT 120)
endif()
