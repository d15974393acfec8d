#include "accountdialog.h"

#include "archive/callarchive.h"
#include "plivo/plivoclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QVBoxLayout>

AccountDialog::AccountDialog(AccountStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Accounts"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_authId = new QLineEdit(this);
    m_authId->setPlaceholderText(QStringLiteral("MA\u2026"));
    m_baseUrl = new QLineEdit(QStringLiteral("https://api.plivo.com"), this);
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("kept in the system keychain"));
    m_name->setObjectName(QStringLiteral("name"));
    m_authId->setObjectName(QStringLiteral("authId"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_token->setObjectName(QStringLiteral("token"));
    m_archive = new QLineEdit(this);
    m_archive->setObjectName(QStringLiteral("archive"));
    m_archive->setPlaceholderText(tr("default: a file in Callscope's data folder"));
    m_archive->setToolTip(
            tr("Where this account's calls are kept past Plivo's 90 days: empty for the default "
               "file, a file path, or a team's PostgreSQL server as "
               "postgresql://user@host/database (the password goes in ~/.pgpass)."));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Auth &ID"), m_authId);
    form->addRow(tr("Auth &token"), m_token);
    form->addRow(tr("&Base URL"), m_baseUrl);
    form->addRow(tr("A&rchive"), m_archive);
    right->addLayout(form);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumHeight(48);
    right->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    auto *testArchive = new QPushButton(tr("Test archive"), this);
    testArchive->setObjectName(QStringLiteral("testArchive"));
    auto *save = new QPushButton(tr("Save"), this);
    actions->addWidget(m_test);
    actions->addWidget(testArchive);
    actions->addWidget(save);
    actions->addStretch(1);
    right->addLayout(actions);
    right->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("Open account"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(add, &QPushButton::clicked, this, &AccountDialog::newProfile);
    connect(remove, &QPushButton::clicked, this, &AccountDialog::deleteProfile);
    connect(save, &QPushButton::clicked, this, &AccountDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(testArchive, &QPushButton::clicked, this, &AccountDialog::testArchive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem()) {
            m_chosen = m_list->currentItem()->text();
            accept();
        }
    });
    connect(m_list, &QListWidget::currentTextChanged, this, &AccountDialog::showProfile);
    reloadList(m_store->lastUsedProfile());
    if (m_list->count() == 0)
        newProfile();
    resize(720, 360);
}

QString AccountDialog::statusText() const
{
    return m_status->text();
}

void AccountDialog::setStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_status->setText(text);
}

void AccountDialog::reloadList(const QString &select)
{
    m_list->clear();
    for (const AccountProfile &profile : m_store->profiles())
        m_list->addItem(profile.name);
    const QList<QListWidgetItem *> found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void AccountDialog::showProfile(const QString &name)
{
    setStatus(QString(), false);
    m_token->clear();
    for (const AccountProfile &profile : m_store->profiles()) {
        if (profile.name != name)
            continue;
        m_name->setText(profile.name);
        m_authId->setText(profile.authId);
        m_baseUrl->setText(profile.baseUrl.toString());
        m_archive->setText(profile.archiveLocation);
        const bool editable = !profile.fromEnvironment;
        for (QLineEdit *edit : {m_name, m_authId, m_baseUrl, m_token, m_archive})
            edit->setEnabled(editable);
        m_token->setPlaceholderText(editable ? tr("unchanged (kept in the system keychain)")
                                             : tr("from PLIVO_AUTH_TOKEN"));
        return;
    }
}

void AccountDialog::newProfile()
{
    m_list->clearSelection();
    for (QLineEdit *edit : {m_name, m_authId, m_token, m_archive})
        edit->clear();
    for (QLineEdit *edit : {m_name, m_authId, m_baseUrl, m_token, m_archive})
        edit->setEnabled(true);
    m_baseUrl->setText(QStringLiteral("https://api.plivo.com"));
    m_token->setPlaceholderText(tr("kept in the system keychain"));
    m_name->setText(tr("My Plivo account"));
    m_name->setFocus();
    m_name->selectAll();
}

std::optional<AccountProfile> AccountDialog::profileFromFields(QString *problem) const
{
    AccountProfile profile;
    profile.name = m_name->text().trimmed();
    profile.authId = m_authId->text().trimmed();
    profile.baseUrl = QUrl(m_baseUrl->text().trimmed());
    profile.archiveLocation = m_archive->text().trimmed();
    const QUrl archiveUrl(profile.archiveLocation);
    const bool archiveIsServer = archiveUrl.scheme() == QLatin1String("postgresql")
            || archiveUrl.scheme() == QLatin1String("postgres");
    static const QRegularExpression authIdPattern(QStringLiteral("^[MS]A[A-Z0-9]{18}$"));
    if (profile.name.isEmpty())
        *problem = tr("Give the account a name.");
    else if (!authIdPattern.match(profile.authId).hasMatch())
        *problem = tr("An auth id is \u201cMA\u201d or \u201cSA\u201d followed by 18 capital "
                      "letters or digits, as shown in the Plivo console.");
    else if (const ApiError error = PlivoClient::checkBaseUrl(profile.baseUrl); error.isError())
        *problem = error.message();
    else if (archiveIsServer
             && (!archiveUrl.password().isEmpty()
                 || QUrlQuery(archiveUrl).hasQueryItem(QStringLiteral("password"))))
        // Settings files are plain text: a password there would be readable by anything.
        *problem = tr("Leave the password out of the archive's URL: PostgreSQL reads it from "
                      "~/.pgpass (or the file PGPASSFILE names), where it stays out of "
                      "Callscope's settings.");
    if (!problem->isEmpty())
        return std::nullopt;
    return profile;
}

void AccountDialog::saveProfile()
{
    QString problem;
    const std::optional<AccountProfile> profile = profileFromFields(&problem);
    if (!profile) {
        setStatus(problem, true);
        return;
    }
    m_store->saveProfile(*profile);
    const QString token = m_token->text();
    if (!token.isEmpty()) {
        m_store->storeToken(profile->authId, token, [this](bool inKeychain, const QString &error) {
            setStatus(inKeychain ? tr("Saved. The token is in the system keychain.") : error,
                      !inKeychain);
        });
    } else {
        setStatus(tr("Saved."), false);
    }
    m_token->clear();
    reloadList(profile->name);
}

void AccountDialog::deleteProfile()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (const auto profile = m_store->profile(item->text())) {
        m_store->removeToken(profile->authId);
        m_store->removeProfile(profile->name);
    }
    reloadList();
}

void AccountDialog::testConnection()
{
    QString problem;
    const std::optional<AccountProfile> profile = profileFromFields(&problem);
    if (!profile) {
        setStatus(problem, true);
        return;
    }
    const auto test = [this, profile](const QString &token, const QString &error) {
        if (token.isEmpty()) {
            setStatus(error.isEmpty() ? tr("Enter the auth token to test the connection.") : error,
                      true);
            return;
        }
        delete m_testClient;
        ClientOptions options;
        options.maxAttempts = 1;
        m_testClient = new PlivoClient({profile->authId, token, profile->baseUrl}, options, this);
        setStatus(tr("Asking Plivo\u2026"), false);
        m_test->setEnabled(false);
        PlivoReply *reply = m_testClient->listCalls({}, 0, 1, RequestPriority::Interactive);
        connect(reply, &PlivoReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_test->setEnabled(true);
            if (reply->isOk())
                setStatus(tr("Connected. Plivo lists %n call(s) in the last 7 days.", nullptr,
                             int(reply->page().meta.totalCount)),
                          false);
            else
                setStatus(reply->error().message(), true);
        });
    };
    if (!m_token->text().isEmpty())
        test(m_token->text(), QString());
    else
        m_store->readToken(profile->authId, test);
}

void AccountDialog::testArchive()
{
    QString problem;
    const std::optional<AccountProfile> profile = profileFromFields(&problem);
    if (!profile) {
        setStatus(problem, true);
        return;
    }
    const QString location = profile->archiveLocation.isEmpty()
            ? CallArchive::defaultLocation(profile->authId)
            : profile->archiveLocation;
    setStatus(tr("Opening the archive\u2026"), false);
    QString error;
    const std::unique_ptr<CallArchive> archive = CallArchive::open(location, &error);
    if (!archive) {
        setStatus(error, true);
        return;
    }
    const CallArchive::Summary summary = archive->summary();
    setStatus(tr("The archive answers: %1 holds %Ln call(s).", nullptr, int(summary.calls))
                      .arg(CallArchive::displayLocation(location)),
              false);
}
