#pragma once

#include <QStringList>

// `callscope watch …`: watches the account with watch rules and prints one JSON line per firing,
// until Ctrl+C or SIGTERM (exit 0). `arguments` are those after the word "watch"; a
// QCoreApplication must exist. Returns 0 done, 1 failed, 2 bad usage.
int runWatchCommand(const QStringList &arguments);
