#pragma once

#include <QStringList>

// `callscope archive sync|import|info …`: keeps an account's calls in an archive of the user's
// own (SQLite file or PostgreSQL) without a window. `arguments` are those after the word
// "archive"; a QCoreApplication must exist. Returns 0 done, 1 failed, 2 bad usage.
int runArchiveCommand(const QStringList &arguments);
