# Tests of the sandbox: the synthetic account, the query rules, and the server over loopback.
callscope_add_test(tst_sandboxaccount
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxaccount.cpp LIBS callscope_sandbox)
callscope_add_test(tst_sandboxfilters
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxfilters.cpp LIBS callscope_sandbox callscope_core)
callscope_add_test(tst_sandboxserver
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxserver.cpp LIBS callscope_sandbox)
callscope_add_test(tst_sandboxquery
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxquery.cpp LIBS callscope_sandbox)
