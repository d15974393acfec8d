# CsvWriter: RFC 4180 output, the formula guard, JSON Lines.
callscope_add_test(tst_csvwriter SOURCES tst_csvwriter.cpp strictcsvreader.h LIBS callscope_core)
# JSON Lines: every call object given back exactly as sent (fixtures, sandbox pages, the store).
callscope_add_test(tst_jsonlines SOURCES tst_jsonlines.cpp orderedjson.h
    LIBS callscope_core callscope_sandbox)
