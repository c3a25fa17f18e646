# Automatic containment against the lab (issue 8): detection and containment times, messages
# out. Label bench; runs only with ZAINDARI_RUN_BENCH=1 (autocontain_bench_skip.cmake) and the lab.
add_executable(autocontain_bench autocontain_bench.cpp ../autocontain/autocontaintestutil.h)
target_link_libraries(autocontain_bench PRIVATE zaindari-core zaindari_options)
target_compile_definitions(autocontain_bench PRIVATE ZAINDARI_CLI="$<TARGET_FILE:zaindari-cli>"
    ZAINDARI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(autocontain_bench zaindari-cli)
add_test(NAME autocontain_bench COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/autocontain_bench.sh
    $<TARGET_FILE:autocontain_bench>)
set_tests_properties(autocontain_bench PROPERTIES LABELS bench TIMEOUT 600 FIXTURES_REQUIRED lab
    RESOURCE_LOCK lab ENVIRONMENT "ZAINDARI_LAB_DIR=${ZAINDARI_LAB_DIR}")
set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${CMAKE_CURRENT_SOURCE_DIR}/autocontain_bench_skip.cmake")
