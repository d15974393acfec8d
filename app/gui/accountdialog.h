#pragma once

#include "accountstore.h"

#include <QDialog>
#include <QPointer>

class PlivoClient;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Accounts: profiles with name, auth id, base URL and archive; the token goes to the keychain.
// "Test connection" asks Plivo for one call, "Test archive" opens the archive, and each reports
// success or the exact problem.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(AccountStore *store, QWidget *parent = nullptr);

    // The profile the person chose to open, after accept().
    QString chosenProfile() const { return m_chosen; }
    QString statusText() const;

private:
    void reloadList(const QString &select = {});
    void showProfile(const QString &name);
    void newProfile();
    void saveProfile();
    void deleteProfile();
    void testConnection();
    void testArchive();
    void setStatus(const QString &text, bool problem);
    std::optional<AccountProfile> profileFromFields(QString *problem) const;

    AccountStore *m_store;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_authId;
    QLineEdit *m_baseUrl;
    QLineEdit *m_token;
    QLineEdit *m_archive;
    QLabel *m_status;
    QPushButton *m_test;
    QPointer<PlivoClient> m_testClient;
    QString m_chosen;
};
