#include "gui/accountstore.h"
#include "gui/calldetails.h"
#include "gui/calltableview.h"
#include "gui/exportflow.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
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
        // As the application does at start: English carries the plural forms.
        TranslationLoader::install(QStringLiteral("en"));
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
        const qint64 sent = window.client()->counters().sent;
        window.filterPanel()
                ->findChild<QLineEdit *>(QStringLiteral("subaccount"))
                ->setText(QStringLiteral("SA1"));
        window.applyFilter();
        QVERIFY(window.bannerText().contains(u"correction"));
        QCOMPARE(window.client()->counters().sent, sent);

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
        const QStringList lines
                = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(u"Ended\tFrom\tTo\tDuration\tHangup cause\tLeg"),
                 qPrintable(lines.first()));
    }

    void exportsLoadedRowsToARealFile()
    {
        AccountStore accounts;
        MainWindow window(&accounts);
        window.openDemo(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->loadedCount() >= 20, 10000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.csv"));
        QList<int> rows;
        for (int row = 0; row < 20; ++row)
            rows.append(row);
        CsvOptions options;
        options.columns = {QStringLiteral("call_uuid"), QStringLiteral("from_number")};
        QString error;
        QVERIFY2(window.exportFlow()->exportRows(rows, path, options, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("call_uuid,from_number\r"));
        QCOMPARE(lines.size(), 22); // header, 20 rows, and the empty rest after the last CRLF
        QCOMPARE(
                lines.at(1).left(36),
                window.model()->index(0, 0).data(CallTableModel::CallUuidRole).toString().toUtf8());

        // An unwritable destination fails with a sentence and leaves nothing behind.
        QVERIFY(!window.exportFlow()->exportRows(
                rows, dir.filePath(QStringLiteral("missing/calls.csv")), options, &error));
        QVERIFY(error.contains(u"missing"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
