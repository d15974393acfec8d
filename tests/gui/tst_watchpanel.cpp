// The Watch panel in the window: rules from the rules folder run on the open account; a firing
// adds a line, raises a real freedesktop notification on the session bus (a notification server
// this test registers there), and clicking the notification opens the calls it counted.

#include "gui/accountstore.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"
#include "gui/watchpanel.h"
#include "sandbox/sandboxserver.h"
#include "watch/watchrule.h"

#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const QString NotificationService = u"org.freedesktop.Notifications"_s;
const QString NotificationPath = u"/org/freedesktop/Notifications"_s;

} // namespace

// What a desktop's notification daemon does, as far as Callscope can see: takes Notify calls and
// reports a click as ActionInvoked.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString appName, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(timeout);
        shown.append({appName, summary, body, actions, hints});
        return uint(100 + shown.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
};

class TestWatchPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CallscopeTest"_s);
        QCoreApplication::setApplicationName(u"tst_watchpanel"_s);
        QSettings().clear();
        TranslationLoader::install(u"en"_s);
        // Local time five and a half hours from UTC, so that the two cannot be mistaken.
        qputenv("TZ", "Asia/Kolkata");
        ::tzset();
    }

    void firingNotifiesAndOpensTheCalls();
};

void TestWatchPanel::firingNotifiesAndOpensTheCalls()
{
    QDBusConnection bus
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notification-server"_s);
    if (!bus.isConnected()) {
        if (qEnvironmentVariableIsSet("CALLSCOPE_EXPECT_SESSION_BUS"))
            QFAIL("No session bus, though this build expects one");
        QSKIP("No session bus: run under dbus-run-session");
    }
    NotificationServer server;
    QVERIFY(bus.registerObject(NotificationPath, &server, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(NotificationService));

    QDir rules(WatchRules::folder());
    QVERIFY(rules.removeRecursively());
    QVERIFY(QDir().mkpath(rules.path()));
    const auto write = [&rules](const QString &name, const QByteArray &text) {
        QFile file(rules.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(u"inbound.json"_s, R"({"name": "Inbound calls", "calls": {"call_direction": "inbound"},
                                 "window": "1m"})");
    write(u"broken.json"_s, "{\n  \"name\": \"Broken\",\n  \"window\": \"soon\"\n}\n");

    SandboxOptions options;
    options.seed = 31;
    options.callCount = 2000;
    options.rateLimit = 0;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen());
    AccountStore accounts;
    MainWindow window(&accounts);
    window.resize(1280, 800);
    window.show();
    window.openAccount({sandbox.authId(), sandbox.authToken(), sandbox.baseUrl()}, u"Live"_s,
                       u"/nonexistent/never-used"_s);
    WatchPanel *panel = window.watchPanel();
    QVERIFY(!window.findChild<QDockWidget *>(u"watchDock"_s)->isVisible());
    QVERIFY(panel->isWatching()); // on unless the person turned it off
    QCOMPARE(panel->ruleCount(), 1);
    QCOMPARE(panel->statusText(), u"Watching 1 rule: Inbound calls."_s);
    QVERIFY2(panel->problemsText().contains(u"broken.json, line 3: “window” takes a span"_s),
             qPrintable(panel->problemsText()));

    sandbox.setGrowthPerSecond(3.0);
    QTRY_COMPARE_WITH_TIMEOUT(panel->firings()->topLevelItemCount(), 1, 30000);
    sandbox.setGrowthPerSecond(0);
    QTRY_COMPARE(server.shown.size(), 1);
    const NotificationServer::Shown &shown = server.shown.first();
    QCOMPARE(shown.summary, u"Watch: Inbound calls"_s);
    QVERIFY2(shown.body.startsWith(u"1 call between "_s), qPrintable(shown.body));
    // Times as the table shows them, UTC by default, and said so.
    QVERIFY2(shown.body.endsWith(u" UTC"_s), qPrintable(shown.body));
    QCOMPARE(shown.actions, QStringList({u"default"_s, u"Open calls"_s}));
    QCOMPARE(shown.hints.value(u"desktop-entry"_s).toString(), u"io.github.callscope.Callscope"_s);
    QCOMPARE(panel->firings()->topLevelItem(0)->text(1), u"Inbound calls"_s);
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"Watch: “Inbound calls” fired"_s));
    QVERIFY(window.findChild<QDockWidget *>(u"watchDock"_s)->isVisible()); // hidden until now

    // The firing's time and figures follow the table's choice of times.
    QTreeWidgetItem *line = panel->firings()->topLevelItem(0);
    const auto nearNow = [line](const QDateTime &now) {
        const QTime shown = QTime::fromString(line->text(0), u"HH:mm:ss"_s);
        const int apart = std::abs(shown.secsTo(now.time()));
        return shown.isValid() && std::min(apart, 86400 - apart) <= 10;
    };
    QCOMPARE(panel->firings()->headerItem()->text(0), u"Time (UTC)"_s);
    QVERIFY2(nearNow(QDateTime::currentDateTimeUtc()), qPrintable(line->text(0)));
    QVERIFY2(line->text(2).contains(u" UTC — "_s), qPrintable(line->text(2)));
    auto *times = window.findChild<QComboBox *>(u"timeDisplay"_s);
    times->setCurrentIndex(times->findData(int(TimeDisplay::Local)));
    QCOMPARE(panel->firings()->headerItem()->text(0), u"Time"_s);
    QVERIFY2(nearNow(QDateTime::currentDateTime()), qPrintable(line->text(0)));
    QVERIFY2(!line->text(2).contains(u"UTC"_s), qPrintable(line->text(2)));
    times->setCurrentIndex(times->findData(int(TimeDisplay::Utc)));
    QVERIFY2(nearNow(QDateTime::currentDateTimeUtc()), qPrintable(line->text(0)));

    if (const QByteArray folder = qgetenv("CALLSCOPE_SCREENSHOTS"); !folder.isEmpty()) {
        window.findChild<QDockWidget *>(u"watchDock"_s)->raise();
        QTest::qWait(200);
        window.grab().save(QString::fromLocal8Bit(folder) + u"/watch-panel.png"_s);
    }

    // The person clicks the notification: the window shows the inbound calls of that minute.
    QDBusMessage click
            = QDBusMessage::createSignal(NotificationPath, NotificationService, u"ActionInvoked"_s);
    click << uint(101) << u"default"_s;
    QVERIFY(bus.send(click));
    QTRY_COMPARE(window.filterPanel()->filter(QDateTime::currentDateTimeUtc()).callDirection,
                 u"inbound"_s);
    const CallFilter opened = window.filterPanel()->filter(QDateTime::currentDateTimeUtc());
    QCOMPARE(opened.endTime.atMost->toSecsSinceEpoch() - opened.endTime.atLeast->toSecsSinceEpoch(),
             59);
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isCounting() && window.model()->totalCount() >= 1,
                             10000);
    QTRY_VERIFY(window.model()->record(0).has_value());
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        const std::optional<CallRecord> call = window.model()->record(row);
        QVERIFY(call);
        QCOMPARE(call->direction, CallDirection::Inbound);
    }

    // A click on another application's notification is not ours to act on.
    const qint64 sent = window.client()->counters().sent;
    QDBusMessage other
            = QDBusMessage::createSignal(NotificationPath, NotificationService, u"ActionInvoked"_s);
    other << uint(7) << u"default"_s;
    QVERIFY(bus.send(other));
    QTest::qWait(300);
    QCOMPARE(window.client()->counters().sent, sent);

    panel->setWatching(false);
    QVERIFY(panel->statusText().startsWith(u"Watch is off. 1 rule ready"_s));
    QCOMPARE(QSettings().value(u"watch/enabled"_s).toBool(), false);
    panel->setWatching(true);
    bus.unregisterService(NotificationService);
    QDBusConnection::disconnectFromBus(u"notification-server"_s);
}

QTEST_MAIN(TestWatchPanel)
#include "tst_watchpanel.moc"
