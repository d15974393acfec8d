# CsvWriter: RFC 4180 output, the formula guard, JSON Lines.
callscope_add_test(tst_csvwriter SOURCES tst_csvwriter.cpp strictcsvreader.h LIBS callscope_core)
