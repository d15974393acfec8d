#include "accountstore.h"

#include <QSettings>

#include <qt6keychain/keychain.h>

namespace {

QString profileKey(const QString &name, const char *field)
{
    // Names are free text; percent-encoding keeps QSettings' group separators out of them.
    return QStringLiteral("profiles/%1/%2")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(name)), QLatin1String(field));
}

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
{ }

QList<AccountProfile> AccountStore::profiles() const
{
    QList<AccountProfile> result;
    const QString envId = qEnvironmentVariable("PLIVO_AUTH_ID");
    if (!envId.isEmpty() && qEnvironmentVariableIsSet("PLIVO_AUTH_TOKEN")) {
        AccountProfile env;
        env.name = tr("Environment (PLIVO_AUTH_ID)");
        env.authId = envId;
        env.fromEnvironment = true;
        result.append(env);
    }
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    for (const QString &group : groups) {
        if (auto p = profile(QUrl::fromPercentEncoding(group.toLatin1())))
            result.append(*p);
    }
    return result;
}

std::optional<AccountProfile> AccountStore::profile(const QString &name) const
{
    QSettings settings;
    const QString authId = settings.value(profileKey(name, "authId")).toString();
    if (authId.isEmpty())
        return std::nullopt;
    AccountProfile p;
    p.name = name;
    p.authId = authId;
    p.baseUrl = QUrl(settings.value(profileKey(name, "baseUrl"), p.baseUrl.toString()).toString());
    p.archiveLocation = settings.value(profileKey(name, "archive")).toString();
    return p;
}

void AccountStore::saveProfile(const AccountProfile &p)
{
    QSettings settings;
    settings.setValue(profileKey(p.name, "authId"), p.authId);
    settings.setValue(profileKey(p.name, "baseUrl"), p.baseUrl.toString());
    if (p.archiveLocation.isEmpty())
        settings.remove(profileKey(p.name, "archive"));
    else
        settings.setValue(profileKey(p.name, "archive"), p.archiveLocation);
}

void AccountStore::removeProfile(const QString &name)
{
    QSettings settings;
    settings.remove(QStringLiteral("profiles/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

QString AccountStore::lastUsedProfile() const
{
    return QSettings().value(QStringLiteral("lastProfile")).toString();
}

void AccountStore::setLastUsedProfile(const QString &name)
{
    QSettings().setValue(QStringLiteral("lastProfile"), name);
}

void AccountStore::readToken(const QString &authId, TokenCallback callback)
{
    if (authId == qEnvironmentVariable("PLIVO_AUTH_ID")
        && qEnvironmentVariableIsSet("PLIVO_AUTH_TOKEN")) {
        callback(qEnvironmentVariable("PLIVO_AUTH_TOKEN"), QString());
        return;
    }
    if (m_sessionTokens.contains(authId)) {
        callback(m_sessionTokens.value(authId), QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, this);
    job->setAutoDelete(true);
    job->setKey(authId);
    connect(job, &QKeychain::Job::finished, this, [job, callback] {
        if (job->error() == QKeychain::NoError)
            callback(job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            callback(QString(), tr("No token is saved for %1.").arg(job->key()));
        else
            callback(QString(),
                     tr("The system keychain did not answer: %1").arg(job->errorString()));
    });
    job->start();
}

void AccountStore::storeToken(const QString &authId, const QString &token, StoreCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(KeychainService, this);
    job->setAutoDelete(true);
    job->setKey(authId);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, authId, token, callback] {
        if (job->error() == QKeychain::NoError) {
            m_sessionTokens.remove(authId);
            callback(true, QString());
            return;
        }
        // No keychain: keep the token for this session only, never on disk.
        m_sessionTokens.insert(authId, token);
        callback(false,
                 tr("No system keychain is available (%1). The token is kept in memory "
                    "until Callscope quits.")
                         .arg(job->errorString()));
    });
    job->start();
}

void AccountStore::removeToken(const QString &authId)
{
    m_sessionTokens.remove(authId);
    auto *job = new QKeychain::DeletePasswordJob(KeychainService, this);
    job->setAutoDelete(true);
    job->setKey(authId);
    job->start();
}
