// Sync from the sandbox over loopback into a real archive (SQLite, or PostgreSQL when
// CALLSCOPE_ARCHIVE_ENGINE=postgresql): the first run takes everything Plivo holds, later runs
// only what is new, a later "now" adds without losing older calls, a sync killed with SIGKILL at
// any moment resumes to exactly the expected set, two syncs never write at once, a reader sees only
// whole windows, and faults and growth change nothing in the result.

#include "archiveengine.h"
#include "sandboxfixture.h"

#include "archive/archivesync.h"
#include "archive/callarchive.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000000;

qint64 us(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * 1000;
}

// The end-time range a sync at `now` asks for when the archive is empty.
CallArchive::TimeRange reachable(const QDateTime &now, const SyncOptions &options = {})
{
    const qint64 nowUs = us(now);
    const qint64 from = nowUs - 90 * 86400 * Second + options.retentionMargin.count() * Second;
    return {from - from % Second, nowUs - nowUs % Second};
}

// The sandbox's calls whose end time falls in the range, by uuid, as the server writes them.
QHash<QUuid, QByteArray> expectedCalls(const SandboxAccount &account,
                                       const CallArchive::TimeRange &range)
{
    QHash<QUuid, QByteArray> calls;
    for (const SandboxCall &call : account.calls()) {
        const qint64 end = call.endTime * Second;
        if (end >= range.fromUs && end < range.toUs)
            calls.insert(QUuid::fromString(call.callUuid), account.jsonText(call));
    }
    return calls;
}

// Runs a sync to its end; its status.
ArchiveSync::Status runSync(PlivoClient *client, CallArchive *archive, const QDateTime &now,
                            SyncProgress *progress = nullptr, const SyncOptions &options = {})
{
    ArchiveSync sync(client, archive, options);
    sync.setNow(now);
    QSignalSpy finished(&sync, &ArchiveSync::finished);
    sync.start();
    if (!finished.wait(240000))
        return ArchiveSync::Status::Running;
    if (sync.status() == ArchiveSync::Status::Failed)
        qWarning("sync failed: %s", qPrintable(sync.errorString()));
    if (progress)
        *progress = sync.progress();
    return sync.status();
}

} // namespace

class TestArchiveSync : public QObject
{
    Q_OBJECT

    ArchiveEngine m_engine;

    // Every call of the archive equals the expected set: same uuids, each once, each line
    // exactly as the server wrote it.
    void verifyHolds(CallArchive *archive, const QHash<QUuid, QByteArray> &expected)
    {
        QCOMPARE(archive->count(), expected.size());
        QString error;
        qsizetype seen = 0;
        QVERIFY2(archive->forEachNewestFirst(
                         [&](const QList<CallRecord> &calls) {
                             for (const CallRecord &call : calls) {
                                 const auto found = expected.constFind(call.callUuid);
                                 if (found == expected.constEnd() || call.jsonLine() != *found) {
                                     qWarning("unexpected or changed call %s",
                                              qPrintable(call.callUuid.toString()));
                                     return false;
                                 }
                                 ++seen;
                             }
                             return true;
                         },
                         &error),
                 qPrintable(error));
        QCOMPARE(seen, expected.size());
    }

private slots:
    void initTestCase() { ARCHIVE_ENGINE_START(m_engine); }

    void planAsksOnlyForWhatIsMissing()
    {
        const SyncOptions options;
        const qint64 now = us(SandboxFixture::fixedNow);
        const CallArchive::TimeRange all = reachable(SandboxFixture::fixedNow);
        const QList<CallArchive::TimeRange> first = ArchiveSync::plan({}, now, options);
        QCOMPARE(first.size(), 3); // 90 days less the margin, in windows of at most 30 days
        QCOMPARE(first.first().fromUs, all.fromUs);
        QCOMPARE(first.last().toUs, all.toUs);
        for (qsizetype i = 0; i < first.size(); ++i) {
            QVERIFY(first.at(i).toUs - first.at(i).fromUs <= 30 * 86400 * Second);
            if (i > 0)
                QCOMPARE(first.at(i).fromUs, first.at(i - 1).toUs);
        }
        // Synced an hour ago: the hour and the overlap behind it.
        const qint64 hourAgo = now - 3600 * Second;
        const QList<CallArchive::TimeRange> next
                = ArchiveSync::plan({{all.fromUs, hourAgo}}, now, options);
        QCOMPARE(next, (QList<CallArchive::TimeRange>{{hourAgo - 600 * Second, all.toUs}}));
        // A hole in the middle is asked for as well.
        const QList<CallArchive::TimeRange> hole = ArchiveSync::plan(
                {{all.fromUs, now - 40 * 86400 * Second}, {now - 20 * 86400 * Second, now}}, now,
                options);
        QCOMPARE(hole,
                 (QList<CallArchive::TimeRange>{
                         {now - 40 * 86400 * Second - 600 * Second, now - 20 * 86400 * Second},
                         {now - 600 * Second, now}}));
        QVERIFY(ArchiveSync::lostRanges({{all.fromUs, now}}, now).isEmpty());
    }

    void fourMonthsAwayNamesWhatIsLost()
    {
        const qint64 synced = us(SandboxFixture::fixedNow);
        const QDateTime later = SandboxFixture::fixedNow.addDays(120);
        const QList<CallArchive::TimeRange> lost
                = ArchiveSync::lostRanges({{synced - 90 * 86400 * Second, synced}}, us(later));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().fromUs, synced);
        QCOMPARE(lost.first().toUs, reachable(later).fromUs);
        const QString sentence = ArchiveSync::lostRangeSentence(lost.first());
        QVERIFY2(sentence.contains(u"2026-11-27 12:00:00 UTC")
                         && sentence.contains(u"no longer keeps"),
                 qPrintable(sentence));
    }

    void backfillThenNothingNew()
    {
        auto sandbox = SandboxFixture::start(SandboxFixture::options(31, 8000));
        QVERIFY(sandbox.server);
        auto archive = m_engine.open(m_engine.location(u"backfill"_s));
        QVERIFY(archive);
        SyncProgress progress;
        QCOMPARE(runSync(sandbox.client.get(), archive.get(), sandbox.server->now(), &progress),
                 ArchiveSync::Status::Completed);
        const CallArchive::TimeRange range = reachable(sandbox.server->now());
        const QHash<QUuid, QByteArray> expected = expectedCalls(sandbox.server->account(), range);
        QVERIFY(expected.size() > 6000);
        verifyHolds(archive.get(), expected);
        QCOMPARE(progress.inserted, expected.size());
        QCOMPARE(archive->syncedRanges(), QList<CallArchive::TimeRange>{range});

        // Nothing new: one window, one request.
        sandbox.server->resetStats();
        const QDateTime later = sandbox.server->now().addSecs(60);
        QCOMPARE(runSync(sandbox.client.get(), archive.get(), later, &progress),
                 ArchiveSync::Status::Completed);
        QCOMPARE(sandbox.server->stats().requests, 1);
        QCOMPARE(progress.inserted, 0);
        QCOMPARE(progress.windowsPlanned, 1);
        verifyHolds(archive.get(), expected);
    }

    // The same account two months apart: the archive keeps the older calls the second view no
    // longer lists, and holds each call once.
    void laterNowKeepsOlderCalls()
    {
        const QDateTime historyEnd = SandboxFixture::fixedNow;
        SandboxOptions earlierOptions = SandboxFixture::options(32, 9000);
        earlierOptions.historyEnd = historyEnd;
        earlierOptions.now = historyEnd.addDays(-60);
        SandboxOptions laterOptions = earlierOptions;
        laterOptions.now = historyEnd;
        auto archive = m_engine.open(m_engine.location(u"twodates"_s));
        QVERIFY(archive);

        QHash<QUuid, QByteArray> expected;
        for (const SandboxOptions &options : {earlierOptions, laterOptions}) {
            auto sandbox = SandboxFixture::start(options);
            QVERIFY(sandbox.server);
            QCOMPARE(runSync(sandbox.client.get(), archive.get(), options.now),
                     ArchiveSync::Status::Completed);
            expected.insert(expectedCalls(sandbox.server->account(), reachable(options.now)));
        }
        // Older than the later view's 90 days, yet kept.
        const qint64 laterStart = reachable(historyEnd).fromUs;
        qsizetype older = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            older += archive->call(it.key())->endTime->utcSeconds() * Second < laterStart;
        QVERIFY2(older > 500, qPrintable(QString::number(older))); // ten days of a 100-day history
        verifyHolds(archive.get(), expected);
        QCOMPARE(archive->syncedRanges(),
                 (QList<CallArchive::TimeRange>{
                         {reachable(earlierOptions.now).fromUs, reachable(historyEnd).toUs}}));
    }

    void twoSyncsNeverWriteAtOnce()
    {
        auto sandbox = SandboxFixture::start(SandboxFixture::options(33, 4000));
        QVERIFY(sandbox.server);
        const QString location = m_engine.location(u"twosyncs"_s);
        auto first = m_engine.open(location);
        auto second = m_engine.open(location);
        ArchiveSync one(sandbox.client.get(), first.get());
        ArchiveSync two(sandbox.client.get(), second.get());
        one.setNow(sandbox.server->now());
        two.setNow(sandbox.server->now());
        QSignalSpy oneDone(&one, &ArchiveSync::finished);
        QSignalSpy twoDone(&two, &ArchiveSync::finished);
        one.start();
        two.start();
        QVERIFY(twoDone.wait());
        QCOMPARE(two.status(), ArchiveSync::Status::Failed);
        QVERIFY2(two.errorString().contains(u"Another sync or import"),
                 qPrintable(two.errorString()));
        QVERIFY(oneDone.wait(120000));
        QCOMPARE(one.status(), ArchiveSync::Status::Completed);
        verifyHolds(first.get(),
                    expectedCalls(sandbox.server->account(), reachable(sandbox.server->now())));
    }

    // Small windows (many commits); a reader on its own connection never sees a partial one.
    void readerSeesOnlyWholeWindows()
    {
        auto sandbox = SandboxFixture::start(SandboxFixture::options(34, 6000));
        QVERIFY(sandbox.server);
        const QString location = m_engine.location(u"reader"_s);
        auto writer = m_engine.open(location);
        auto reader = m_engine.open(location);
        SyncOptions options;
        options.maxWindowCalls = 300;
        ArchiveSync sync(sandbox.client.get(), writer.get(), options);
        sync.setNow(sandbox.server->now());
        QList<std::pair<qint64, qint64>> seen; // (reader's count, calls stored by then)
        connect(&sync, &ArchiveSync::progressChanged, this, [&] {
            seen.append({reader->count(), sync.progress().inserted});
        });
        QSignalSpy finished(&sync, &ArchiveSync::finished);
        sync.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(sync.status(), ArchiveSync::Status::Completed);
        QVERIFY(sync.progress().windowsDone > 20);
        // Windows commit one after another (on the sync's store thread), so the reader may be
        // ahead of what the sync has heard back, but only ever by whole windows: every count it
        // saw is the total after some window's commit, and never less than the sync knew of.
        QSet<qint64> wholeWindowTotals{0};
        for (const auto &[count, stored] : std::as_const(seen))
            wholeWindowTotals.insert(stored);
        qsizetype moving = 0;
        for (const auto &[count, stored] : std::as_const(seen)) {
            QVERIFY2(wholeWindowTotals.contains(count), qPrintable(QString::number(count)));
            QVERIFY(count >= stored);
            moving += count > 0 && count < sync.progress().inserted;
        }
        QVERIFY(moving > 20);
    }

    void faultsAndGrowthChangeNothing()
    {
        SandboxOptions options = SandboxFixture::options(35, 6000);
        options.faultRate = 0.1;
        options.stallMs = 300;
        auto sandbox = SandboxFixture::start(options);
        QVERIFY(sandbox.server);
        sandbox.server->setGrowthPerSecond(20);
        const QDateTime now = sandbox.server->now();
        auto archive = m_engine.open(m_engine.location(u"faults"_s));
        SyncProgress progress;
        QCOMPARE(runSync(sandbox.client.get(), archive.get(), now, &progress),
                 ArchiveSync::Status::Completed);
        QVERIFY(progress.retries > 10);
        QVERIFY(sandbox.server->account().calls().size() > 6000); // it grew meanwhile
        verifyHolds(archive.get(), expectedCalls(sandbox.server->account(), reachable(now)));
    }

    // `callscope archive sync` killed with SIGKILL at random moments, ten times; after each kill
    // every synced range holds every one of its calls; a last run completes the exact set.
    void killedAnywhereResumesExactly()
    {
        SandboxOptions options = SandboxFixture::options(36, 30000);
        options.latencyMs = 2;
        auto sandbox = SandboxFixture::start(options);
        QVERIFY(sandbox.server);
        const QString location = m_engine.location(u"killed"_s);
        const QDateTime now = sandbox.server->now();
        const SandboxAccount &account = sandbox.server->account();
        QRandomGenerator random(36);
        int killedMidway = 0;
        for (int run = 0; run < 10; ++run) {
            QProcess sync;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"PLIVO_AUTH_TOKEN"_s, sandbox.server->authToken());
            sync.setProcessEnvironment(environment);
            sync.start(QStringLiteral(CALLSCOPE_EXECUTABLE),
                       {u"archive"_s, u"sync"_s, u"--archive"_s, location, u"--base-url"_s,
                        sandbox.server->baseUrl().toString(), u"--auth-id"_s,
                        sandbox.server->authId(), u"--now"_s,
                        now.toString(u"yyyy-MM-dd HH:mm:ss"_s), u"--budget"_s, u"300"_s,
                        u"--quiet"_s});
            QVERIFY(sync.waitForStarted());
            const int delayMs = 100 + int(random.bounded(1400));
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < delayMs && sync.state() == QProcess::Running)
                QTest::qWait(5);
            if (sync.state() == QProcess::Running) {
                ::kill(sync.processId(), SIGKILL);
                ++killedMidway;
            }
            QVERIFY(sync.waitForFinished(60000));

            // No gap: each synced range holds all of its calls, and nothing is doubled.
            auto archive = m_engine.open(location);
            QVERIFY(archive);
            qsizetype inRanges = 0;
            for (const CallArchive::TimeRange &range : archive->syncedRanges()) {
                const QHash<QUuid, QByteArray> calls = expectedCalls(account, range);
                for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
                    const std::optional<CallRecord> held = archive->call(it.key());
                    QVERIFY2(held && held->jsonLine() == *it, "a synced range lacks a call");
                }
                inRanges += calls.size();
            }
            QCOMPARE(archive->count(), inRanges);
        }
        QVERIFY2(killedMidway >= 5, qPrintable(QString::number(killedMidway)));

        auto archive = m_engine.open(location);
        QDeadlineTimer lockReleased(10000);
        ArchiveSync::Status status = ArchiveSync::Status::NotStarted;
        // A killed client's PostgreSQL session may take a moment to end and free its lock.
        do {
            status = runSync(sandbox.client.get(), archive.get(), now);
        } while (status == ArchiveSync::Status::Failed && !lockReleased.hasExpired()
                 && (QTest::qWait(200), true));
        QCOMPARE(status, ArchiveSync::Status::Completed);
        verifyHolds(archive.get(), expectedCalls(account, reachable(now)));
    }
};

QTEST_GUILESS_MAIN(TestArchiveSync)
#include "tst_archivesync.moc"
