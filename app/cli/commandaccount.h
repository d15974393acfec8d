#pragma once

#include "plivo/plivoclient.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class SandboxServer;

// Which account a headless command talks to, as its options say: the demo sandbox, an auth id
// (with an optional base URL), or an account profile saved in Callscope. The token comes from
// PLIVO_AUTH_TOKEN or the system keychain, never from the command line.
struct CommandAccountChoice
{
    bool demo = false;
    QString baseUrl;
    QString authId;
    QString profile;
};

class CommandAccount
{
    Q_DECLARE_TR_FUNCTIONS(CommandAccount)

public:
    // Fills `account` (starting the demo sandbox, kept in `demoServer`); on failure a sentence
    // in *error and the exit code (1 failed, 2 bad usage) in *exitCode.
    static bool resolve(const CommandAccountChoice &choice, PlivoAccount *account,
                        std::unique_ptr<SandboxServer> *demoServer, QString *error, int *exitCode);
    // The auth id the options name, without looking for a token or starting anything; empty
    // when they name none.
    static QString authIdOf(const CommandAccountChoice &choice);
};
