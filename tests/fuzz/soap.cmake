# libFuzzer target for the Zimbra SOAP reply parser (app/zimbra/soapxml.cpp and the readers of
# its tree), with a bounded run in ctest (fuzz_soap_parser, 20 s).
#
# libFuzzer needs clang's -fsanitize=fuzzer. When the project itself is built with clang the
# target is an ordinary executable; with GCC (the default and CI) the fuzzer is compiled by a
# custom command with clang++ against the same Qt, instrumenting only the parser sources. Without
# clang++ the target is skipped with a message.
set(soap_fuzz_sources
    ${CMAKE_CURRENT_SOURCE_DIR}/soap_fuzz.cpp
    ${PROJECT_SOURCE_DIR}/app/zimbra/soapxml.cpp
    ${PROJECT_SOURCE_DIR}/app/zimbra/zimbraerror.cpp
    ${PROJECT_SOURCE_DIR}/app/zimbra/zimbratypes.cpp)
set(soap_fuzz_flags -std=c++17 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
set(soap_fuzz_seeds ${PROJECT_SOURCE_DIR}/tests/fixtures/soap)
set(soap_fuzz_corpus ${CMAKE_CURRENT_BINARY_DIR}/soap_corpus)
set(soap_fuzz_exe "")

if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_executable(soap_fuzz ${soap_fuzz_sources})
    target_include_directories(soap_fuzz PRIVATE ${PROJECT_SOURCE_DIR}/app)
    target_compile_options(soap_fuzz PRIVATE ${soap_fuzz_flags})
    target_link_options(soap_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(soap_fuzz PRIVATE Qt6::Core zaindari_options)
    set(soap_fuzz_exe $<TARGET_FILE:soap_fuzz>)
else()
    find_program(ZAINDARI_CLANGXX NAMES clang++ clang++-16 clang++-15 clang++-14)
    if(ZAINDARI_CLANGXX)
        set(out ${CMAKE_CURRENT_BINARY_DIR}/soap_fuzzer)
        set(qt_inc "$<TARGET_PROPERTY:Qt6::Core,INTERFACE_INCLUDE_DIRECTORIES>")
        set(qt_def "$<TARGET_PROPERTY:Qt6::Core,INTERFACE_COMPILE_DEFINITIONS>")
        set(our_def "$<TARGET_PROPERTY:zaindari_options,INTERFACE_COMPILE_DEFINITIONS>")
        add_custom_command(OUTPUT ${out}
            COMMAND ${ZAINDARI_CLANGXX} ${soap_fuzz_flags}
                    "$<$<BOOL:${qt_inc}>:-I$<JOIN:${qt_inc},;-I>>"
                    "$<$<BOOL:${qt_def}>:-D$<JOIN:${qt_def},;-D>>"
                    "$<$<BOOL:${our_def}>:-D$<JOIN:${our_def},;-D>>"
                    -I${PROJECT_SOURCE_DIR}/app ${soap_fuzz_sources}
                    $<TARGET_FILE:Qt6::Core> -o ${out}
            DEPENDS ${soap_fuzz_sources} ${PROJECT_SOURCE_DIR}/app/zimbra/soapxml.h
                    ${PROJECT_SOURCE_DIR}/app/zimbra/zimbraerror.h ${PROJECT_SOURCE_DIR}/app/zimbra/zimbratypes.h
            COMMAND_EXPAND_LISTS VERBATIM
            COMMENT "Building the SOAP parser fuzzer with clang++ (libFuzzer)")
        add_custom_target(soap_fuzz ALL DEPENDS ${out})
        set(soap_fuzz_exe ${out})
    else()
        message(STATUS "clang++ not found: the SOAP parser fuzzer is not built")
    endif()
endif()

if(soap_fuzz_exe)
    # The first directory collects new inputs (build tree); the fixtures are read-only seeds.
    file(MAKE_DIRECTORY ${soap_fuzz_corpus})
    add_test(NAME fuzz_soap_parser
             COMMAND ${soap_fuzz_exe} -max_total_time=20 -timeout=5 -rss_limit_mb=2048 -max_len=65536
                     -print_final_stats=1 ${soap_fuzz_corpus} ${soap_fuzz_seeds})
    set_tests_properties(fuzz_soap_parser PROPERTIES LABELS fuzz TIMEOUT 120)
endif()
