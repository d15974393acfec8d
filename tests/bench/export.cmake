# ExportJob against the request budget and a one-request-at-a-time loop (the issue's figures).
callscope_add_bench(bench_export ${CMAKE_CURRENT_LIST_DIR}/bench_export.cpp)
