#include "archive/accountarchive.h"
#include "gui/accountstore.h"
#include "gui/calldetails.h"
#include "gui/calltableview.h"
#include "gui/chartsview.h"
#include "gui/exportflow.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"
#include "models/callstats.h"
#include "sandbox/sandboxserver.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A window on a live account of a few thousand calls, its reader scrolled down to row 150.
struct FollowScene
{
    static SandboxOptions options()
    {
        SandboxOptions options;
        options.seed = 29;
        options.callCount = 6000; // over 200 calls in the last 7 days, whatever the filter
        options.rateLimit = 0;
        return options;
    }

    SandboxServer server{options()};
    AccountStore accounts;
    MainWindow window{&accounts};
    QUuid reading; // the call on the view's top row

    void open()
    {
        QVERIFY(server.listen());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openAccount({server.authId(), server.authToken(), server.baseUrl()},
                           QStringLiteral("Live"), QStringLiteral("/nonexistent/never-used"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isCounting() && window.model()->rowCount() > 200,
                                 10000);
        CallTableView *table = window.table();
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 150);
        table->verticalScrollBar()->setValue(150);
        QTRY_VERIFY(window.model()->record(table->rowAt(0)).has_value());
        QVERIFY(table->rowAt(0) >= 150);
        reading = window.model()->record(table->rowAt(0))->callUuid;
    }
};

} // namespace

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

    // An account whose archive is set up is synced in the background as soon as it opens; the
    // table, its sorts and the charts then read the archive as they read Plivo.
    void archiveIsASourceLikePlivo()
    {
        SandboxOptions options;
        options.seed = 23;
        options.callCount = 4000;
        options.rateLimit = 0;
        SandboxServer server(options);
        QVERIFY(server.listen());
        QTemporaryDir folder;
        const QString location = folder.filePath(QStringLiteral("team.sqlite"));

        AccountStore accounts;
        MainWindow window(&accounts);
        window.resize(1280, 800);
        window.show();
        window.openAccount({server.authId(), server.authToken(), server.baseUrl()},
                           QStringLiteral("Team"), location);
        QVERIFY(window.archive());
        QCOMPARE(window.source(), MainWindow::Source::Live); // until the person chooses it
        QTRY_VERIFY_WITH_TIMEOUT(window.archiveStatusText().contains(u"syncing"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.archive()->isSyncing(), 60000);
        QVERIFY2(window.archive()->syncProblem().isEmpty(),
                 qPrintable(window.archive()->syncProblem()));
        // What Plivo still keeps: the first sync starts 5 minutes inside the 90 days.
        const qint64 nowSecs = server.account().now();
        const qint64 archived = std::count_if(
                server.account().calls().begin(), server.account().calls().end(),
                [&](const SandboxCall &call) {
                    return call.endTime >= nowSecs - 90 * 86400 + 300 && call.endTime < nowSecs;
                });
        QTRY_COMPARE(window.archive()->summary().calls, archived);
        QVERIFY2(window.archiveStatusText().contains(QLocale().toString(archived))
                         && window.archiveStatusText().contains(u"synced just now"),
                 qPrintable(window.archiveStatusText()));
        QVERIFY(QFileInfo(location).permissions()
                == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

        window.setSource(MainWindow::Source::Archive);
        QCOMPARE(window.model()->source(), window.archive()->source());
        window.filterPanel()->setTimePreset(FilterPanel::TimePreset::Everything);
        QCOMPARE(window.filterPanel()->timePreset(), FilterPanel::TimePreset::Everything);
        window.applyFilter();
        QTRY_VERIFY(!window.model()->isCounting());
        QCOMPARE(window.model()->totalCount(), archived);
        QVERIFY(window.statusText().contains(u"from the archive"));

        // Any column sorts at once: no "Load all" first.
        const int billed = CallTableModel::columnOf(CallField::BilledDuration);
        window.model()->sort(billed, Qt::DescendingOrder);
        QVERIFY(window.bannerText().isEmpty());
        QTRY_VERIFY(!window.model()->isCounting() && window.model()->record(0).has_value());
        window.model()->requestRows(0, 10);
        QTRY_VERIFY(window.model()->record(10).has_value());
        qint64 longest = 0;
        for (const SandboxCall &call : server.account().calls()) {
            if (call.endTime >= nowSecs - 90 * 86400 + 300 && call.endTime < nowSecs)
                longest = qMax<qint64>(longest, call.billedDuration);
        }
        QCOMPARE(window.model()->record(0)->billedDuration, longest);
        for (int row = 1; row <= 10; ++row)
            QVERIFY(window.model()->record(row - 1)->billedDuration
                    >= window.model()->record(row)->billedDuration);

        // The charts count the whole result in the archive, not the rows loaded.
        CallStats *stats = window.charts()->stats();
        QTRY_VERIFY(stats->hasSourceCounts());
        QCOMPARE(stats->calls(), archived);
        QVERIFY(stats->isComplete());
        QVERIFY(window.model()->loadedCount() < archived);

        // Back to Plivo: the archive's presets leave, the filter reaches 90 days at most.
        window.setSource(MainWindow::Source::Live);
        QCOMPARE(window.model()->source() == window.archive()->source(), false);
        QCOMPARE(window.filterPanel()->timePreset(), FilterPanel::TimePreset::Last90Days);
        QTRY_VERIFY(!window.model()->isCounting());
        QVERIFY(window.model()->totalCount() > 0);
    }

    // Follow: calls that end join the top; a person reading further down keeps their place and
    // gets a marker that takes them up.
    void followKeepsTheReaderInPlace()
    {
        FollowScene scene;
        scene.open();
        if (QTest::currentTestFailed())
            return;
        SandboxServer &server = scene.server;
        MainWindow &window = scene.window;
        CallTableView *table = window.table();
        const QUuid reading = scene.reading;
        const qint64 total = window.model()->totalCount();

        window.setFollowing(true);
        QVERIFY(window.isFollowing());
        server.setGrowthPerSecond(5.0);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->followedCount() >= 5, 20000);
        server.setGrowthPerSecond(0);
        QCoreApplication::processEvents();
        // The row being read is still the one at the top of the view.
        QCOMPARE(window.model()->record(table->rowAt(0))->callUuid, reading);
        const int followed = window.model()->followedCount();
        QVERIFY2(table->newCallsText().contains(QString::number(followed)),
                 qPrintable(table->newCallsText()));
        QCOMPARE(window.model()->totalCount(), total + followed);
        QVERIFY(window.statusText().contains(u"following"));
        // The new calls are at the top, newest first, each once, and marked as new.
        QSet<QUuid> uuids;
        for (int row = 0; row < followed; ++row) {
            const std::optional<CallRecord> call = window.model()->record(row);
            QVERIFY(call.has_value());
            QVERIFY(!uuids.contains(call->callUuid));
            uuids.insert(call->callUuid);
            QVERIFY(call->endTime->utcSeconds()
                    >= window.model()->plan().pinnedNow().toSecsSinceEpoch());
        }
        QVERIFY(window.model()->index(0, 0).data(CallTableModel::NewRole).toBool());
        // The marker takes the reader up, and goes.
        table->findChild<QPushButton *>(QStringLiteral("newCallsMarker"))->click();
        QCOMPARE(table->rowAt(0), 0);
        QVERIFY(table->newCallsText().isEmpty());
        window.setFollowing(false);
        QVERIFY(!window.isFollowing());
    }

    // Past the limit the oldest followed calls leave the table, with a sentence, while the row
    // being read stays where it is and the store's memory is used again, not grown.
    void followKeepsAtMostTheLimit()
    {
        FollowScene scene;
        scene.open();
        if (QTest::currentTestFailed())
            return;
        SandboxServer &server = scene.server;
        MainWindow &window = scene.window;
        CallTableView *table = window.table();
        const QUuid reading = scene.reading;
        const qint64 queryRows = window.model()->totalCount();

        window.model()->setFollowLimit(10);
        window.setFollowing(true);
        server.setGrowthPerSecond(8.0);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->followedDropped() >= 20, 30000);
        server.setGrowthPerSecond(0);
        QCoreApplication::processEvents();
        QCOMPARE(window.model()->followedCount(), 10);
        QCOMPARE(window.model()->totalCount(), queryRows + 10);
        QCOMPARE(window.model()->record(table->rowAt(0))->callUuid, reading);
        QVERIFY2(window.statusText().contains(
                         u"the oldest %1 followed calls left the table (it keeps 10)"_s.arg(
                                 window.model()->followedDropped())),
                 qPrintable(window.statusText()));
        // The ten rows on top are the newest calls, newest first.
        qint64 previousEnd = std::numeric_limits<qint64>::max();
        for (int row = 0; row < 10; ++row) {
            const qint64 end = window.model()->record(row)->endTime->utcSeconds();
            QVERIFY(end <= previousEnd);
            previousEnd = end;
        }
        window.setFollowing(false);
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
