#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

struct AccountProfile
{
    QString name;
    QString authId;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.plivo.com"));
    bool fromEnvironment = false;
    // A SQLite path or a postgresql:// URL (never with a password); empty: the default file.
    QString archiveLocation;
};

// Saved accounts: names, auth ids and base URLs in QSettings; tokens only in the OS keychain
// (QtKeychain), or in memory for this session when no keychain answers. Never on disk in clear.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    static inline const QString KeychainService = QStringLiteral("Callscope");

    explicit AccountStore(QObject *parent = nullptr);

    // Saved profiles, plus one for PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN when those are set.
    QList<AccountProfile> profiles() const;
    std::optional<AccountProfile> profile(const QString &name) const;
    void saveProfile(const AccountProfile &profile);
    void removeProfile(const QString &name);
    QString lastUsedProfile() const;
    void setLastUsedProfile(const QString &name);

    using TokenCallback = std::function<void(const QString &token, const QString &error)>;
    using StoreCallback = std::function<void(bool storedInKeychain, const QString &error)>;
    // The token of an auth id: environment, session memory, then keychain.
    void readToken(const QString &authId, TokenCallback callback);
    void storeToken(const QString &authId, const QString &token, StoreCallback callback);
    void removeToken(const QString &authId);

private:
    QHash<QString, QString> m_sessionTokens;
};
