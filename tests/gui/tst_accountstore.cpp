#include "gui/accountdialog.h"
#include "gui/accountstore.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestAccountStore : public QObject
{
    Q_OBJECT

    static QLineEdit *edit(AccountDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CallscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accountstore"));
        QSettings().clear();
    }

    void tokenNeverReachesTheSettingsFile()
    {
        const QString token
                = QStringLiteral("tok-%1-secret").arg(QDateTime::currentMSecsSinceEpoch());
        AccountStore store;
        AccountDialog dialog(&store);
        edit(dialog, "name")->setText(QStringLiteral("Support"));
        edit(dialog, "authId")->setText(QStringLiteral("MAABCDEFGHIJKLMNOPQR"));
        edit(dialog, "token")->setText(token);
        const auto buttons = dialog.findChildren<QPushButton *>();
        auto save = std::find_if(buttons.begin(), buttons.end(),
                                 [](QPushButton *b) { return b->text() == u"Save"; });
        QVERIFY(save != buttons.end());
        (*save)->click();
        // The keychain answers asynchronously; either it stored the token or said why not.
        QTRY_VERIFY(!dialog.statusText().isEmpty() && dialog.statusText() != u"Saved.");
        // Where the build runs with a live Secret Service, the token must really be there.
        if (qEnvironmentVariableIsSet("CALLSCOPE_EXPECT_KEYCHAIN"))
            QCOMPARE(dialog.statusText(),
                     QStringLiteral("Saved. The token is in the system keychain."));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("MAABCDEFGHIJKLMNOPQR"));
        QVERIFY(!contents.contains(token.toUtf8()));
        QVERIFY(!contents.contains(token.toUtf8().toBase64()));

        // The token can be read back: from the keychain, or from memory when there is none.
        QString readBack;
        store.readToken(QStringLiteral("MAABCDEFGHIJKLMNOPQR"),
                        [&](const QString &value, const QString &) { readBack = value; });
        QTRY_COMPARE(readBack, token);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().baseUrl, QUrl(QStringLiteral("https://api.plivo.com")));
        store.removeToken(QStringLiteral("MAABCDEFGHIJKLMNOPQR"));
    }

    void insecureBaseUrlIsRefused()
    {
        AccountStore store;
        AccountDialog dialog(&store);
        edit(dialog, "name")->setText(QStringLiteral("Bad"));
        edit(dialog, "authId")->setText(QStringLiteral("MAABCDEFGHIJKLMNOPQR"));
        edit(dialog, "baseUrl")->setText(QStringLiteral("http://api.plivo.com"));
        const auto buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == u"Save")
                b->click();
        }
        QVERIFY(dialog.statusText().contains(u"https://"));
        QVERIFY(!store.profile(QStringLiteral("Bad")));
    }
};

QTEST_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
