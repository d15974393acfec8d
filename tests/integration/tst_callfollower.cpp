// Follow against the sandbox's live growth, over loopback: every call that ends while following
// arrives exactly once, late records included, within follow's share of the budget.

#include "sandboxfixture.h"

#include "source/callfollower.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCallFollower : public QObject
{
    Q_OBJECT

    struct Run
    {
        QHash<QUuid, int> arrivals; // how often each call was handed out
        qint64 polls = 0;
        qint64 requests = 0;
        double seconds = 0;
        int budgetLimit = 0;
    };

    // Follows everything from the sandbox's "now" while it grows for `growSeconds`, then until
    // the follower has caught up (or `settleSeconds` passed).
    static Run follow(SandboxServer *server, PlivoClient *client, int growSeconds,
                      double legsPerSecond, int settleSeconds, const FollowOptions &options = {})
    {
        Run run;
        const QDateTime since
                = QDateTime::fromSecsSinceEpoch(server->account().now(), QTimeZone::utc());
        CallFollower follower(client, CallFilter(), options);
        QObject::connect(&follower, &CallFollower::arrived, &follower,
                         [&](const QList<CallRecord> &calls) {
                             for (const CallRecord &call : calls)
                                 ++run.arrivals[call.callUuid];
                         });
        run.budgetLimit = follower.budgetLimit();
        QElapsedTimer clock;
        clock.start();
        server->setGrowthPerSecond(legsPerSecond);
        follower.start(since);
        QTest::qWait(growSeconds * 1000);
        server->setGrowthPerSecond(0);
        const qint64 expected = expectedSince(*server, since.toSecsSinceEpoch()).size();
        // Caught up, or not: the caller compares what arrived.
        (void)QTest::qWaitFor([&] { return run.arrivals.size() >= expected; },
                              settleSeconds * 1000);
        run.seconds = clock.elapsed() / 1000.0;
        run.polls = follower.polls();
        run.requests = follower.requestsSent();
        return run;
    }

    static QSet<QUuid> expectedSince(const SandboxServer &server, qint64 since)
    {
        QSet<QUuid> calls;
        for (const SandboxCall &call : server.account().calls()) {
            if (call.endTime >= since)
                calls.insert(QUuid::fromString(call.callUuid));
        }
        return calls;
    }

    static SandboxFixture::Running startLive(quint64 seed, double lateShare, int lateSeconds)
    {
        SandboxOptions options = SandboxFixture::options(seed, 2000);
        options.now = QDateTime(); // the real clock: follow pins each poll at the current second
        options.rateLimit = 300;
        options.lateShare = lateShare;
        options.lateSeconds = lateSeconds;
        ClientOptions clientOptions = SandboxFixture::quickRetries();
        clientOptions.budget = 150; // the window's default: follow may take 15 per 5 s
        return SandboxFixture::start(options, clientOptions);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Fewer than 20 calls per poll: each poll is exactly one request.
    void aQuietPollIsOneRequest()
    {
        auto live = startLive(81, 0.0, 0);
        QVERIFY(live.server);
        const Run run = follow(live.server.get(), live.client.get(), 20, 2.0, 10);
        const QSet<QUuid> expected = expectedSince(*live.server, live.server->account().now() - 60);
        QVERIFY(run.arrivals.size() > 20);
        for (auto it = run.arrivals.cbegin(); it != run.arrivals.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QVERIFY(run.polls >= 8);
        QCOMPARE(run.requests, run.polls);
    }

    // 5 legs per second, 30 % of them appearing up to 60 s after they ended: every call once,
    // none missed, and follow never above its 10 % of the budget.
    void lateRecordsArriveExactlyOnce()
    {
        auto live = startLive(82, 0.3, 60);
        QVERIFY(live.server);
        const qint64 since = live.server->account().now();
        const Run run = follow(live.server.get(), live.client.get(), 60, 5.0, 30);
        const QSet<QUuid> expected = expectedSince(*live.server, since);
        QVERIFY(expected.size() > 250);
        QSet<QUuid> got;
        for (auto it = run.arrivals.cbegin(); it != run.arrivals.cend(); ++it) {
            QCOMPARE(it.value(), 1);
            got.insert(it.key());
        }
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got, expected);
        // Within follow's share: 15 requests in any 5 s, so at most this many in the run.
        QCOMPARE(run.budgetLimit, 15);
        const qint64 allowed = qint64(std::ceil(run.seconds / 5.0) + 1) * run.budgetLimit;
        QVERIFY2(run.requests <= allowed,
                 qPrintable(u"%1 requests in %2 s"_s.arg(run.requests).arg(run.seconds)));
        QCOMPARE(live.server->stats().requestsByStatus.value(429), 0);
    }

    // `callscope follow --format jsonl`, as a cron job or a pipe would run it: each call once,
    // as the object Plivo sent, and SIGTERM ends it with exit 0 after what it saw is written.
    void theCommandPrintsEachCallOnce()
    {
        auto live = startLive(84, 0.3, 30);
        QVERIFY(live.server);
        QProcess follow;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PLIVO_AUTH_TOKEN"_s, live.server->authToken());
        follow.setProcessEnvironment(environment);
        follow.start(QStringLiteral(CALLSCOPE_EXECUTABLE),
                     {u"follow"_s, u"--base-url"_s, live.server->baseUrl().toString(),
                      u"--auth-id"_s, live.server->authId(), u"--since"_s, u"60s"_s, u"--format"_s,
                      u"jsonl"_s});
        QVERIFY(follow.waitForStarted());
        // The command picks its own start (its clock, 60 s back) once it runs, which may take a
        // while in an instrumented build: the calls that end from here on are the ones it must
        // print, whatever else it prints once too.
        const qint64 growing = live.server->account().now();
        live.server->setGrowthPerSecond(4.0);
        QTest::qWait(30000);
        live.server->setGrowthPerSecond(0);
        // A poll after the last call, and a scan for late records (at most every 10 s).
        QTest::qWait(13000);
        ::kill(follow.processId(), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(follow.state() == QProcess::NotRunning, 10000);
        QCOMPARE(follow.exitStatus(), QProcess::NormalExit);
        QCOMPARE(follow.exitCode(), 0);

        const SandboxAccount &account = live.server->account();
        QHash<QString, int> printed;
        const QList<QByteArray> lines = follow.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QString uuid
                    = QJsonDocument::fromJson(line).object().value(u"call_uuid"_s).toString();
            ++printed[uuid];
            const auto call
                    = std::find_if(account.calls().begin(), account.calls().end(),
                                   [&](const SandboxCall &c) { return c.callUuid == uuid; });
            QVERIFY2(call != account.calls().end(), line.constData());
            QCOMPARE(line, account.jsonText(*call));
        }
        qsizetype expected = 0;
        for (const SandboxCall &call : account.calls()) {
            if (call.endTime >= growing) {
                ++expected;
                QVERIFY2(printed.value(call.callUuid) == 1, qPrintable(call.callUuid));
            }
        }
        QVERIFY(expected > 80);
        for (auto it = printed.cbegin(); it != printed.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY(printed.size() >= expected);
    }

    // The control: without the overlap late records are missed, so the test above sees them
    // happen. How many depends on how often the follower polled (about a dozen here, 9 under
    // ASan on a busy machine); that some are is the point.
    void withoutOverlapLateRecordsAreMissed()
    {
        auto live = startLive(83, 0.3, 60);
        QVERIFY(live.server);
        const qint64 since = live.server->account().now();
        FollowOptions options;
        options.overlap = std::chrono::seconds(0);
        const Run run = follow(live.server.get(), live.client.get(), 30, 5.0, 5, options);
        const QSet<QUuid> expected = expectedSince(*live.server, since);
        qsizetype missed = 0;
        for (const QUuid &uuid : expected)
            missed += !run.arrivals.contains(uuid);
        QVERIFY2(missed > 0, qPrintable(QString::number(missed)));
    }
};

QTEST_GUILESS_MAIN(TestCallFollower)
#include "tst_callfollower.moc"
