# ExportJob and `callscope export` against a SandboxServer over loopback.
if(TARGET callscope_sandbox)
    callscope_add_test(tst_exportjob
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportjob.cpp
                ${CMAKE_CURRENT_LIST_DIR}/exporttestsupport.h
        LIBS callscope_core callscope_sandbox)
    target_include_directories(tst_exportjob PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../unit)

    # app/ defines callscope_cli; a tests-only configuration still needs it.
    if(NOT TARGET callscope_cli AND EXISTS ${PROJECT_SOURCE_DIR}/app/cli/CMakeLists.txt)
        add_subdirectory(${PROJECT_SOURCE_DIR}/app/cli ${PROJECT_BINARY_DIR}/app/cli)
    endif()
    if(TARGET callscope_cli)
        callscope_add_test(tst_exportcommand
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_exportcommand.cpp
            LIBS callscope_cli callscope_archive callscope_sandbox)
        target_include_directories(tst_exportcommand PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../unit)
    endif()
endif()
