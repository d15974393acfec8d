#include "commandaccount.h"

#include "sandbox/sandboxserver.h"

#include <QEventLoop>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace {

std::optional<QString> readKeychain(const QString &authId, QString *error)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("Callscope"));
    job.setAutoDelete(false);
    job.setKey(authId);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return std::nullopt;
    }
    const QString token = job.textData().trimmed();
    if (token.isEmpty()) {
        *error = CommandAccount::tr("the keychain entry is empty");
        return std::nullopt;
    }
    return token;
}

} // namespace

QString CommandAccount::authIdOf(const CommandAccountChoice &choice)
{
    if (choice.demo)
        return SandboxOptions().authId;
    if (!choice.profile.isEmpty())
        return QSettings(QStringLiteral("Callscope"), QStringLiteral("Callscope"))
                .value(QStringLiteral("profiles/%1/authId").arg(choice.profile))
                .toString()
                .trimmed();
    return !choice.authId.isEmpty() ? choice.authId
                                    : qEnvironmentVariable("PLIVO_AUTH_ID").trimmed();
}

bool CommandAccount::resolve(const CommandAccountChoice &choice, PlivoAccount *account,
                             std::unique_ptr<SandboxServer> *demoServer, QString *error,
                             int *exitCode)
{
    if (choice.demo) {
        SandboxOptions options;
        options.latencyMs = 80;
        *demoServer = std::make_unique<SandboxServer>(options);
        if (!(*demoServer)->listen(QHostAddress::LocalHost, 0)) {
            *error = tr("The demo account could not start a local server.");
            *exitCode = 1;
            return false;
        }
        account->authId = (*demoServer)->authId();
        account->authToken = (*demoServer)->authToken();
        account->baseUrl = (*demoServer)->baseUrl();
        return true;
    }

    QString baseUrl = choice.baseUrl;
    if (!choice.profile.isEmpty()) {
        const QSettings settings(QStringLiteral("Callscope"), QStringLiteral("Callscope"));
        const QString prefix = QStringLiteral("profiles/%1/").arg(choice.profile);
        account->authId = settings.value(prefix + QStringLiteral("authId")).toString().trimmed();
        baseUrl = settings.value(prefix + QStringLiteral("baseUrl")).toString().trimmed();
        if (account->authId.isEmpty()) {
            *error = tr("There is no account profile named “%1”.").arg(choice.profile);
            *exitCode = 2;
            return false;
        }
    } else {
        account->authId = !choice.authId.isEmpty()
                ? choice.authId
                : qEnvironmentVariable("PLIVO_AUTH_ID").trimmed();
        if (account->authId.isEmpty()) {
            *error = tr("Say which account to use: --demo, --auth-id ID (or PLIVO_AUTH_ID), or "
                        "--profile NAME.");
            *exitCode = 2;
            return false;
        }
    }
    if (!baseUrl.isEmpty())
        account->baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    if (const ApiError check = PlivoClient::checkBaseUrl(account->baseUrl); check.isError()) {
        *error = check.message();
        *exitCode = 2;
        return false;
    }

    account->authToken = qEnvironmentVariable("PLIVO_AUTH_TOKEN").trimmed();
    if (account->authToken.isEmpty()) {
        QString keychainError;
        const std::optional<QString> token = readKeychain(account->authId, &keychainError);
        if (!token) {
            *error = tr("No auth token for %1: set PLIVO_AUTH_TOKEN, or save the account in "
                        "Callscope so the token is kept in the system keychain (%2).")
                             .arg(account->authId, keychainError);
            *exitCode = 1;
            return false;
        }
        account->authToken = *token;
    }
    return true;
}
