// Watch rules over the sandbox's live growth, over loopback: a rule fires once when its
// condition crosses, with figures the account confirms; rules that do not hold stay silent; the
// command prints one JSON line per firing and refuses a broken rule file with its line.

#include "sandboxfixture.h"

#include "watch/watchrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestWatchRunner : public QObject
{
    Q_OBJECT

    static SandboxFixture::Running startLive(quint64 seed)
    {
        SandboxOptions options = SandboxFixture::options(seed, 2000);
        options.now = QDateTime(); // the real clock, as the runner's
        options.rateLimit = 300;
        ClientOptions clientOptions = SandboxFixture::quickRetries();
        clientOptions.budget = 150;
        return SandboxFixture::start(options, clientOptions);
    }

    static WatchRule rule(const QByteArray &json)
    {
        QString problem;
        const std::optional<WatchRule> read = WatchRule::parse(json, &problem);
        if (!read)
            qFatal("%s", qPrintable(problem));
        return *read;
    }

    static const SandboxCall *findCall(const SandboxAccount &account, const QString &uuid)
    {
        return account.findCall(uuid);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firesOnceWhenItCrosses();
    void theCommandPrintsEachFiring();
    void theCommandRefusesABrokenRule();
};

void TestWatchRunner::firesOnceWhenItCrosses()
{
    auto live = startLive(91);
    QVERIFY(live.server);
    const SandboxAccount &account = live.server->account();
    // More inbound calls in 15 minutes than there are now, by five: it fires on the sixth
    // inbound call that ends while watching, and only then.
    qint64 inboundNow = 0;
    for (const SandboxCall &call : account.calls())
        inboundNow += call.direction == u"inbound" && call.endTime > account.now() - 15 * 60;
    const qint64 threshold = inboundNow + 5;
    const QList<WatchRule> rules{
            rule(u"{\"name\": \"Inbound\", \"calls\": {\"call_direction\": \"inbound\"},"
                 " \"condition\": {\"more_than\": %1}}"_s.arg(threshold)
                         .toUtf8()),
            // Same calls, so the same follower; no number starts like this.
            rule(R"({"name": "Nobody", "calls": {"call_direction": "inbound"},
                     "match": {"to_number": "+999999"}})"),
            // Every call; all of them busy is not going to happen.
            rule(R"({"name": "All busy", "match": {"hangup_cause_code": 3010},
                     "condition": {"at_least_percent": 100, "of_at_least": 50}, "window": "1m"})"),
    };
    WatchRunner runner(live.client.get(), rules);
    QCOMPARE(runner.followerCount(), 2);
    QSignalSpy fired(&runner, &WatchRunner::fired);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QTest::qWait(3000);
    QCOMPARE(fired.size(), 0); // nothing holds when watching begins
    live.server->setGrowthPerSecond(3.0);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, 60000);
    live.server->setGrowthPerSecond(6.0); // many more inbound calls: still one alert
    QTest::qWait(15000);
    live.server->setGrowthPerSecond(0);
    QCOMPARE(fired.size(), 1);

    const WatchFiring firing = fired.first().first().value<WatchFiring>();
    QCOMPARE(firing.rule, u"Inbound"_s);
    QCOMPARE(firing.matching, threshold + 1);
    QCOMPARE(firing.calls, threshold + 1);
    QCOMPARE(firing.windowEnd.toSecsSinceEpoch() - firing.windowStart.toSecsSinceEpoch(),
             15 * 60 - 1);
    // The calls it names are the account's, inbound, inside the window.
    for (const QUuid &uuid : {firing.firstCall, firing.lastCall}) {
        const SandboxCall *call = findCall(account, CallFields::uuidText(uuid));
        QVERIFY(call);
        QCOMPARE(call->direction, u"inbound"_s);
        QVERIFY(call->endTime >= firing.windowStart.toSecsSinceEpoch());
        QVERIFY(call->endTime <= firing.windowEnd.toSecsSinceEpoch());
    }
    // The account holds at least that many inbound calls in the window (more may have been
    // on their way when it fired).
    qint64 inWindow = 0;
    for (const SandboxCall &call : account.calls()) {
        inWindow += call.direction == u"inbound"
                && call.endTime >= firing.windowStart.toSecsSinceEpoch()
                && call.endTime <= firing.windowEnd.toSecsSinceEpoch();
    }
    QVERIFY2(inWindow >= firing.matching, qPrintable(QString::number(inWindow)));
    // All rules together within follow's tenth of the budget: 15 requests per 5 s.
    const double seconds = clock.elapsed() / 1000.0;
    const qint64 allowed = qint64(std::ceil(seconds / 5.0) + 1) * 15;
    QVERIFY2(runner.requestsSent() <= allowed,
             qPrintable(u"%1 requests in %2 s"_s.arg(runner.requestsSent()).arg(seconds)));
    QCOMPARE(live.server->stats().requestsByStatus.value(429), 0);
}

void TestWatchRunner::theCommandPrintsEachFiring()
{
    auto live = startLive(92);
    QVERIFY(live.server);
    QTemporaryDir folder;
    QFile file(folder.filePath(u"outbound.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "Any outbound call", "calls": {"call_direction": "outbound"},
                   "window": "10s", "quiet": "1h"})");
    file.close();
    QProcess watch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PLIVO_AUTH_TOKEN"_s, live.server->authToken());
    watch.setProcessEnvironment(environment);
    watch.start(QStringLiteral(CALLSCOPE_EXECUTABLE),
                {u"watch"_s, u"--base-url"_s, live.server->baseUrl().toString(), u"--auth-id"_s,
                 live.server->authId(), u"--rule-file"_s, file.fileName()});
    QVERIFY(watch.waitForStarted());
    QTest::qWait(3000);
    live.server->setGrowthPerSecond(3.0);
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 60000);
    QTest::qWait(10000); // more outbound calls: the rule stays quiet for an hour
    live.server->setGrowthPerSecond(0);
    ::kill(watch.processId(), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(watch.state() == QProcess::NotRunning, 10000);
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
    const QList<QByteArray> lines = watch.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(line.value(u"rule"_s).toString(), u"Any outbound call"_s);
    QCOMPARE(line.value(u"matching"_s).toInteger(), 1);
    const SandboxCall *call
            = live.server->account().findCall(line.value(u"first_call_uuid"_s).toString());
    QVERIFY(call);
    QCOMPARE(call->direction, u"outbound"_s);
    QCOMPARE(line.value(u"last_call_uuid"_s), line.value(u"first_call_uuid"_s));
    QVERIFY(!watch.readAllStandardError().contains(live.server->authToken().toUtf8()));
}

void TestWatchRunner::theCommandRefusesABrokenRule()
{
    QTemporaryDir folder;
    QFile file(folder.filePath(u"broken.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"name\": \"Broken\",\n  \"condition\": {\"more_than\": \"many\"}\n}\n");
    file.close();
    QProcess watch;
    watch.start(QStringLiteral(CALLSCOPE_EXECUTABLE),
                {u"watch"_s, u"--demo"_s, u"--rule-file"_s, file.fileName()});
    QVERIFY(watch.waitForFinished(30000));
    QCOMPARE(watch.exitCode(), 2);
    const QString error = QString::fromUtf8(watch.readAllStandardError());
    QVERIFY2(error.startsWith(u"broken.json, line 3: “more_than” takes a whole number"_s),
             qPrintable(error));
    QVERIFY(watch.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestWatchRunner)
#include "tst_watchrunner.moc"
