# bench_sandbox: requests per second served at zero latency, and generation time for 100,000
# calls. Linked to the sandbox alone, so that it builds without callscope_core.
add_executable(bench_sandbox ${CMAKE_CURRENT_LIST_DIR}/bench_sandbox.cpp)
target_link_libraries(bench_sandbox PRIVATE callscope_sandbox)
