#pragma once

#include <QStringList>

// `callscope export …`: exports the whole result of a filter to CSV or JSON Lines without a
// window. `arguments` are those after the word "export"; a QCoreApplication must exist. Runs the
// event loop until the export ends and returns the exit code: 0 done, 1 failed, 2 bad usage,
// 3 finished but the row count does not match what Plivo reported.
int runExportCommand(const QStringList &arguments);

// For main(): whether argv asks for `callscope export …`.
bool isExportCommand(int argc, char *argv[]);
// For main(): creates the QCoreApplication (unless one exists) and runs the export command.
int exportMain(int argc, char *argv[]);
