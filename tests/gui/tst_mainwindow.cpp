#include "gui/accountstore.h"
#include "gui/calldetails.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CallscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void welcomeWithoutAccount()
    {
        qunsetenv("PLIVO_AUTH_ID");
        AccountStore accounts;
        MainWindow window(&accounts);
        window.openStartupAccount();
        QVERIFY(window.isWelcomeShown());
    }

    void demoShowsRowsAndSaysWhatItDoes()
    {
        AccountStore accounts;
        MainWindow window(&accounts);
        window.resize(1280, 800);
        window.show();
        window.openDemo(0);
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(window.windowTitle().contains(u"Demo"));
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount() > 0, 10000);
        QTRY_VERIFY(window.statusText().contains(u"calls loaded"));
        QVERIFY(window.statusText().contains(u"budget 150 / 5 s"));
        // The first row is selected and its details shown.
        QTRY_VERIFY(window.details()->call().has_value());

        // An invalid filter never reaches the network and says why.
        const qint64 sent = window.model()->client()->counters().sent;
        window.filterPanel()->findChild<QLineEdit *>(QStringLiteral("subaccount"))->setText(QStringLiteral("SA1"));
        window.applyFilter();
        QVERIFY(window.bannerText().contains(u"correction"));
        QCOMPARE(window.model()->client()->counters().sent, sent);

        // A malformed uuid is explained, not sent.
        window.openCallByUuid(QStringLiteral("hello"));
        QVERIFY(window.bannerText().contains(u"is not a call UUID"));
    }

    void copiesRowsAsTabSeparatedText()
    {
        AccountStore accounts;
        MainWindow window(&accounts);
        window.show();
        window.openDemo(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->loadedCount() > 2, 10000);
        window.table()->selectRow(0);
        window.copySelectedRows();
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(u"Ended\tDirection\tFrom\tTo"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
