# MTA log path (issue 5): parser lines/s and pflogsumm vs `zaindari-cli rates top --input`.
add_executable(log_bench log_bench.cpp log_bench_gen.h)
target_link_libraries(log_bench PRIVATE zaindari-core zaindari_options)
target_compile_definitions(log_bench PRIVATE ZAINDARI_CLI="$<TARGET_FILE:zaindari-cli>")
add_dependencies(log_bench zaindari-cli)
add_test(NAME log_bench COMMAND log_bench)
set_tests_properties(log_bench PROPERTIES LABELS bench TIMEOUT 900)
# Like queue_bench: only with ZAINDARI_RUN_BENCH=1 (ctest -L bench), never in a plain run.
set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${CMAKE_CURRENT_SOURCE_DIR}/log_bench_skip.cmake")
