#ifndef SANDBOXCOMMAND_H
#define SANDBOXCOMMAND_H

#include <QStringList>

// `callscope sandbox [options]`: serves a synthetic Plivo account on 127.0.0.1 until Ctrl+C or
// SIGTERM, logging one line per request. `arguments` are those after the word "sandbox"; a
// QCoreApplication must exist. Returns the exit code: 0 when stopped by a signal, 1 when the
// server cannot listen, 2 for bad options.
int runSandboxCommand(const QStringList &arguments);

#endif // SANDBOXCOMMAND_H
