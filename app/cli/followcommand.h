#pragma once

#include <QStringList>

// `callscope follow …`: prints each call that ends, as soon as Callscope sees it, one line per
// call, like `tail -f`, until Ctrl+C or SIGTERM (then exit 0 after what was seen is written).
// `arguments` are those after the word "follow"; a QCoreApplication must exist. Returns 0 done,
// 1 failed, 2 bad usage.
int runFollowCommand(const QStringList &arguments);
