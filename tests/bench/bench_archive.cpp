// The archive's figures, each against a baseline measured in the same run:
//
//   bench_archive sync     backfill of 90 days from a sandbox with Plivo's rate limit (300 / 5 s)
//                          at budget 300, against the budget's bound of 1,200 calls/s and an
//                          ExportJob of the same range; then a sync with nothing new (requests
//                          per window asked).
//   bench_archive import N [--postgresql URL]
//                          import of N calls from Callscope JSON Lines into an empty archive,
//                          against parsing the same file alone and importing it into an
//                          archive that already holds a call; with a URL, also into that
//                          PostgreSQL archive, which must hold no calls.
//   bench_archive queries PATH|URL   the query figures alone, over an archive built before
//   bench_archive scale N [--postgresql URL]
//                          an archive of N calls (a year of a busy account, generated in
//                          ten slices), bytes on disk per call against the same calls as JSON
//                          Lines, and ten filters' first rows, exact counts, sorts and chart
//                          counts, against a query by call_uuid (the cheapest lookup there is);
//                          numbers by any part through the trigram index against the scan
//                          that answered them before it.
//   bench_archive scale N --no-trigram-index | --no-rollup
//                          the same archive built without the trigram index or the chart
//                          rollup (SQLite): the baseline for what each costs in build time and
//                          bytes per call.
//   bench_archive scale N --archive PATH   keeps the archive built at PATH for "queries".
//
// Counts and chart counts answered by the rollup are measured against the same query reading
// every call (the baseline columns).

#include "archive/accountarchive.h"
#include "archive/archiveimport.h"
#include "archive/archivequery.h"
#include "archive/archivesync.h"
#include "archive/callarchive.h"
#include "export/exportjob.h"
#include "models/callstats.h"
#include "plivo/pageparser.h"
#include "plivo/plivoclient.h"
#include "sandbox/sandboxserver.h"
#include "sandboxthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QDateTime benchNow(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

template<typename Job> void waitFor(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
}

int benchSync()
{
    SandboxOptions options;
    options.seed = 12;
    options.callCount = 60000;
    options.now = benchNow;
    options.rateLimit = 300;
    options.latencyMs = 80;
    SandboxThread sandboxThread(options);
    if (!sandboxThread.listening())
        return 1;
    SandboxServer &sandbox = *sandboxThread.server();
    ClientOptions clientOptions;
    clientOptions.budget = 300;
    clientOptions.maxConcurrency = 24;
    const PlivoAccount account{sandbox.authId(), sandbox.authToken(), sandbox.baseUrl()};
    QTemporaryDir dir;

    // Baseline: the export of the same 90 days at the same budget.
    double exportSeconds = 0;
    qint64 exportRows = 0;
    {
        PlivoClient client(account, clientOptions);
        CallFilter filter;
        filter.endTime.atLeast = benchNow.addSecs(-90 * 86400 + 300);
        filter.endTime.lessThan = benchNow;
        ExportJob job(&client, filter, dir.filePath(u"baseline.csv"_s));
        job.setNow(benchNow);
        QElapsedTimer clock;
        clock.start();
        waitFor(&job);
        exportSeconds = clock.elapsed() / 1000.0;
        exportRows = job.rowsWritten();
    }
    qint64 export429 = 0;
    sandboxThread.run([&] { export429 = sandbox.stats().requestsByStatus.value(429); });
    QThread::sleep(6); // a fresh rate window for the sync
    sandboxThread.run([&] { sandbox.resetStats(); });

    QString error;
    auto archive = CallArchive::openSqlite(dir.filePath(u"sync.sqlite"_s), &error);
    PlivoClient client(account, clientOptions);
    ArchiveSync sync(&client, archive.get());
    sync.setNow(benchNow);
    QElapsedTimer clock;
    clock.start();
    waitFor(&sync);
    const double seconds = clock.elapsed() / 1000.0;
    const SyncProgress progress = sync.progress();
    qint64 server429 = 0;
    sandboxThread.run([&] { server429 = sandbox.stats().requestsByStatus.value(429); });
    say(u"backfill: %1 calls in %2 s = %3 calls/s (%4 % of the 1,200 calls/s bound), "
        "%5 requests, %6 answered 429, status %7"_s
                .arg(number(progress.inserted), number(seconds, 1),
                     number(progress.inserted / seconds),
                     number(progress.inserted / seconds / 12.0, 1), number(progress.requests),
                     number(server429))
                .arg(int(sync.status())));
    say(u"baseline export of the same range: %1 calls in %2 s = %3 calls/s, %4 answered 429"_s.arg(
            number(exportRows), number(exportSeconds, 1), number(exportRows / exportSeconds),
            number(export429)));

    sandboxThread.run([&] { sandbox.resetStats(); });
    ArchiveSync again(&client, archive.get());
    again.setNow(benchNow.addSecs(120));
    waitFor(&again);
    qint64 requests = 0;
    sandboxThread.run([&] { requests = sandbox.stats().requests; });
    say(u"nothing new: %1 window(s) asked, %2 request(s) sent, %3 new calls"_s.arg(
            number(again.progress().windowsPlanned), number(requests),
            number(again.progress().inserted)));
    return sync.status() == ArchiveSync::Status::Completed && server429 == 0 ? 0 : 1;
}

// The longest time the event loop goes unanswered, sampled by a 5 ms timer while `work` runs
// until `done` says so.
template<typename Done> double longestStallMs(Done done)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer ticks;
    ticks.setInterval(5);
    QObject::connect(&ticks, &QTimer::timeout, &ticks, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    ticks.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start();
    loop.exec();
    return longest / 1e6;
}

// How long the window stops answering while its archive syncs in the background (the first
// sync of 90 days, every window stored on the window's thread), against the same measure while
// the window exports the same range from Plivo, and while it idles.
int benchStall()
{
    SandboxOptions options;
    options.seed = 12;
    options.callCount = 60000;
    // The window syncs up to the current time: the account's clock is the real one here.
    options.now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    options.rateLimit = 300;
    options.latencyMs = 80;
    SandboxThread sandboxThread(options);
    if (!sandboxThread.listening())
        return 1;
    SandboxServer &sandbox = *sandboxThread.server();
    const PlivoAccount account{sandbox.authId(), sandbox.authToken(), sandbox.baseUrl()};
    QTemporaryDir dir;
    ClientOptions clientOptions;
    clientOptions.budget = 300; // the sandbox's whole rate: both runs go as fast as they can
    PlivoClient client(account, clientOptions);

    QElapsedTimer idleClock;
    idleClock.start();
    const double idle = longestStallMs([&] { return idleClock.elapsed() > 5000; });

    CallFilter filter;
    filter.endTime.atLeast = options.now.addSecs(-90 * 86400 + 300);
    filter.endTime.lessThan = options.now;
    ExportJob job(&client, filter, dir.filePath(u"baseline.csv"_s));
    job.setNow(options.now);
    job.start();
    const double exporting = longestStallMs([&] { return !job.isRunning(); });

    AccountArchive archive(&client, dir.filePath(u"window.sqlite"_s));
    QString error;
    if (!archive.open(&error)) {
        say(error);
        return 1;
    }
    QThread::sleep(6); // a fresh rate window for the sync
    QElapsedTimer clock;
    clock.start();
    archive.syncNow();
    const double syncing = longestStallMs([&] { return !archive.isSyncing(); });
    const double seconds = clock.elapsed() / 1000.0;
    // The summary follows the sync's end from the archive's own thread.
    QElapsedTimer settle;
    settle.start();
    longestStallMs([&] { return archive.summary().calls > 0 || settle.elapsed() > 10000; });
    say(u"window stalls, longest (5 ms timer): idle %1 ms; exporting %2 calls from Plivo %3 ms; "
        "first sync of the archive (%4 calls in %5 s, %6) %7 ms"_s.arg(
                number(idle, 1), number(job.rowsWritten()), number(exporting, 1),
                number(archive.summary().calls), number(seconds, 1),
                archive.syncProblem().isEmpty() ? u"completed"_s : archive.syncProblem(),
                number(syncing, 1)));
    return archive.syncProblem().isEmpty() ? 0 : 1;
}

// JSON Lines of `count` calls, as the server writes them, in slices of a year.
qint64 writeJsonLines(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    const int slices = 10;
    qint64 bytes = 0;
    for (int slice = 0; slice < slices; ++slice) {
        const SandboxAccount account(100 + slice, count / slices,
                                     benchNow.addSecs(-qint64(slice) * 36 * 86400), 37);
        for (const SandboxCall &call : account.calls()) {
            const QByteArray line = account.jsonText(call) + '\n';
            bytes += file.write(line);
        }
    }
    return bytes;
}

// What --no-trigram-index and --no-rollup take out of a fresh SQLite archive. The store writes
// new calls' numbers into call_numbers itself: without the index, a view that keeps nothing
// takes them.
const QStringList trigramStatements{
        u"DROP TRIGGER call_numbers_delete"_s, u"DROP TRIGGER call_numbers_update"_s,
        u"DROP TABLE call_numbers"_s,
        u"CREATE VIEW call_numbers (rowid, from_number, to_number) AS SELECT 0, '', ''"_s,
        u"CREATE TRIGGER call_numbers_kept_nowhere INSTEAD OF INSERT ON call_numbers BEGIN "
        "SELECT 1; END"_s};
const QStringList rollupStatements{u"DROP TRIGGER call_rollup_insert"_s,
                                   u"DROP TRIGGER call_rollup_delete"_s,
                                   u"DROP TRIGGER call_rollup_update"_s,
                                   u"DROP TABLE call_rollup"_s, u"DROP TABLE call_hours"_s};

bool dropTables(CallArchive *archive, const QStringList &statements, QString *error)
{
    QSqlQuery drop(archive->database());
    for (const QString &statement : statements) {
        if (!drop.exec(statement)) {
            *error = drop.lastError().text();
            return false;
        }
    }
    return true;
}

int benchImport(int count, const QString &postgresUrl)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"calls.jsonl"_s);
    const qint64 bytes = writeJsonLines(path, count);
    // Baseline: reading and parsing the same file, nothing stored.
    QElapsedTimer clock;
    clock.start();
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    qint64 parsed = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        parsed += !PageParser::parseRecord(QJsonDocument::fromJson(line).object())
                           .callUuid.isNull();
    }
    const double parseSeconds = clock.elapsed() / 1000.0;

    QString error;
    // Into an empty archive (indexes and chart rollups built once at the end), then into one
    // that already holds a call (both kept call by call, as for any later import).
    bool ok = true;
    for (const int held : {0, 1}) {
        auto archive
                = CallArchive::openSqlite(dir.filePath(u"import%1.sqlite"_s.arg(held)), &error);
        if (held > 0) {
            CallRecord call;
            call.callUuid = QUuid::createUuid();
            call.direction = CallDirection::Inbound;
            call.endTime = ApiTime(benchNow.toSecsSinceEpoch(), 0);
            if (!archive->store({call}, nullptr, &error)) {
                say(error);
                return 1;
            }
        }
        archive->acquireWriter(&error);
        clock.restart();
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        const double seconds = clock.elapsed() / 1000.0;
        say(u"import%7: %1 calls (%2 MB of JSON Lines) in %3 s = %4 calls/s, %5 rejected%6"_s.arg(
                number(result.imported), number(bytes / 1e6, 1), number(seconds, 1),
                number(result.imported / seconds), number(result.rejected),
                result.error.isEmpty() ? QString() : u" ERROR "_s + result.error,
                held == 0 ? u" into an empty archive"_s : u" into an archive holding a call"_s));
        ok = ok && result.error.isEmpty();
    }
    if (!postgresUrl.isEmpty()) {
        auto archive = CallArchive::open(postgresUrl, &error);
        if (!archive || archive->count() != 0) {
            say(archive ? u"%1 already holds calls"_s.arg(archive->location()) : error);
            return 1;
        }
        archive->acquireWriter(&error);
        clock.restart();
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        const double seconds = clock.elapsed() / 1000.0;
        say(u"import into an empty PostgreSQL archive: %1 calls in %2 s = %3 calls/s%4"_s.arg(
                number(result.imported), number(seconds, 1), number(result.imported / seconds),
                result.error.isEmpty() ? QString() : u" ERROR "_s + result.error));
        ok = ok && result.error.isEmpty();
    }
    say(u"baseline parse only: %1 calls in %2 s = %3 calls/s"_s.arg(
            number(parsed), number(parseSeconds, 1), number(parsed / parseSeconds)));
    return ok ? 0 : 1;
}

double medianMs(const std::function<void()> &work, int runs = 5)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Ten filters, six sorts and the charts over an archive, against a lookup by call_uuid.
int runQueries(CallArchive *archive)
{
    QString error;
    QList<QUuid> someUuids;
    QString someFrom;
    {
        QSqlQuery sample(archive->database());
        sample.exec(u"SELECT call_uuid, to_number FROM calls LIMIT 20 OFFSET 4321"_s);
        while (sample.next()) {
            someUuids.append(QUuid::fromRfc4122(sample.value(0).toByteArray()));
            if (someFrom.isEmpty())
                someFrom = sample.value(1).toString();
        }
    }
    // Baseline: one call by its uuid.
    const double byUuid = medianMs([&] {
                              for (const QUuid &uuid : someUuids.mid(0, 20))
                                  archive->call(uuid);
                          })
            / 20;
    say(u"baseline, one call by call_uuid: %1 ms"_s.arg(number(byUuid, 3)));

    const QDateTime lastMonth = benchNow.addDays(-30);
    struct Case
    {
        QString name;
        ArchiveCriteria criteria;
    };
    QList<Case> cases;
    const auto add = [&](const QString &name, const std::function<void(ArchiveCriteria &)> &set) {
        Case c{name, {}};
        set(c.criteria);
        cases.append(c);
    };
    add(u"everything"_s, [](ArchiveCriteria &) {});
    add(u"from number prefix +1415"_s,
        [](ArchiveCriteria &c) { c.filter.fromNumber = u"+1415"_s; });
    add(u"to an exact number"_s, [&](ArchiveCriteria &c) { c.filter.toNumber = someFrom; });
    add(u"number containing 4242"_s, [](ArchiveCriteria &c) {
        c.filter.fromNumber = u"4242"_s;
        c.numberMatch = ArchiveCriteria::NumberMatch::Contains;
    });
    add(u"cause 3010 (busy)"_s, [](ArchiveCriteria &c) { c.filter.hangupCauseCode = 3010; });
    add(u"causes 3000, 3010, 4000"_s, [](ArchiveCriteria &c) {
        c.hangupCauseCodes = {3000, 3010, 4000};
    });
    add(u"billed 10 to 60 s"_s, [](ArchiveCriteria &c) {
        c.filter.billDuration.atLeast = 10;
        c.filter.billDuration.lessThan = 60;
    });
    // Beside the ten: a range that cuts two of the rollup's duration buckets.
    add(u"billed 15 to 90 s"_s, [](ArchiveCriteria &c) {
        c.filter.billDuration.atLeast = 15;
        c.filter.billDuration.atMost = 90;
    });
    add(u"inbound, last 30 days"_s, [&](ArchiveCriteria &c) {
        c.filter.callDirection = u"inbound"_s;
        c.filter.endTime.atLeast = lastMonth;
    });
    add(u"hangup source Callee"_s, [](ArchiveCriteria &c) { c.filter.hangupSource = u"Callee"_s; });
    add(u"amount 0.1 to 1"_s, [](ArchiveCriteria &c) {
        c.amountAtLeast = Money::fromUnits(10000);
        c.amountAtMost = Money::fromUnits(100000);
    });

    say(u"| filter | first 20 rows, median | exact count | count | charts | rollup | count, "
        "reading every call | charts, reading every call |"_s);
    say(u"|---|---|---|---|---|---|---|---|"_s);
    for (const Case &c : std::as_const(cases)) {
        const ArchiveQuery query(archive, c.criteria);
        ArchiveQuery everyCall = query;
        everyCall.readEveryCall();
        qint64 matched = 0;
        const double firstRows = medianMs(
                [&] { query.calls(CallField::EndTime, Qt::DescendingOrder, 0, 20, &error); });
        const double counting = medianMs([&] { matched = query.count(&error).value_or(-1); }, 3);
        const qint64 first = benchNow.toSecsSinceEpoch() - 365 * 86400;
        const qint64 last = benchNow.toSecsSinceEpoch() - 1;
        const qint64 width = CallStats::timeBucketSeconds(first, last);
        const qint64 origin = first - first % width;
        // Chart counts over millions of calls take seconds: one run says enough there.
        const auto chartMs = [&](const ArchiveQuery &asked, qint64 *calls) {
            return medianMs(
                    [&] {
                        const auto counts
                                = asked.aggregates(origin, width, int((last - origin) / width + 1),
                                                   first, last, &error);
                        *calls = counts ? counts->calls : -1;
                    },
                    matched > 1000000 ? 1 : 3);
        };
        qint64 charted = 0;
        const double charts = chartMs(query, &charted);
        QString baseline = u"| | "_s;
        if (query.usesRollup()) {
            qint64 counted = 0;
            qint64 chartedByCalls = 0;
            const double countingCalls
                    = medianMs([&] { counted = everyCall.count(&error).value_or(-1); }, 1);
            const double chartsByCalls = chartMs(everyCall, &chartedByCalls);
            if (counted != matched || chartedByCalls != charted || charted != matched)
                error = u"%1: the rollup counted %2 (charts %3), the calls %4 (charts %5)"_s.arg(
                        c.name, number(matched), number(charted), number(counted),
                        number(chartedByCalls));
            baseline = u"| %1 ms | %2 ms |"_s.arg(number(countingCalls, 0),
                                                  number(chartsByCalls, 0));
        }
        say(u"| %1 | %2 ms | %3 ms | %4 | %5 ms | %6 %7"_s.arg(
                c.name, number(firstRows, 1), number(counting, 0), number(matched),
                number(charts, 0), query.usesRollup() ? u"yes"_s : u"no"_s, baseline));
    }
    say(u""_s);
    // Numbers by any part: the trigram index against the scan that answered them before it
    // (the same condition as SQL text: a LIKE over every row, newest first).
    say(u"| number containing | index: first 20 rows | index: count | scan: first 20 rows | "
        "scan: count | calls |"_s);
    say(u"|---|---|---|---|---|---|"_s);
    for (const QString &part : {u"4242"_s, u"415"_s, u"5550123"_s}) {
        ArchiveCriteria criteria;
        criteria.filter.fromNumber = part;
        criteria.numberMatch = ArchiveCriteria::NumberMatch::Contains;
        const ArchiveQuery query(archive, criteria);
        qint64 matched = 0;
        const double firstRows = medianMs(
                [&] { query.calls(CallField::EndTime, Qt::DescendingOrder, 0, 20, &error); });
        const double counting = medianMs([&] { matched = query.count(&error).value_or(-1); }, 3);
        const QString like = u"from_number LIKE '%"_s + part + u"%'"_s;
        qint64 scanned = 0;
        const double scanRows = medianMs(
                [&] {
                    QSqlQuery scan(archive->database());
                    scan.exec(u"SELECT call_uuid FROM calls WHERE "_s + like
                              + u" ORDER BY end_us DESC, call_uuid DESC LIMIT 20"_s);
                    while (scan.next()) { }
                },
                3);
        const double scanCount = medianMs(
                [&] {
                    QSqlQuery scan(archive->database());
                    scan.exec(u"SELECT COUNT(*) FROM calls WHERE "_s + like);
                    scanned = scan.next() ? scan.value(0).toLongLong() : -1;
                },
                3);
        if (scanned != matched)
            error = u"the index found %1 calls containing %2, the scan %3"_s.arg(matched).arg(
                    part, QString::number(scanned));
        say(u"| %1 | %2 ms | %3 ms | %4 ms | %5 ms | %6 |"_s.arg(
                part, number(firstRows, 1), number(counting, 0), number(scanRows, 1),
                number(scanCount, 0), number(matched)));
    }
    say(u""_s);
    say(u"| sort (whole archive) | first 20 rows, median |"_s);
    say(u"|---|---|"_s);
    const ArchiveQuery all(archive, {});
    for (const CallField field :
         {CallField::EndTime, CallField::BilledDuration, CallField::TotalAmount,
          CallField::FromNumber, CallField::HangupCauseName, CallField::AnswerTime}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = medianMs([&] { all.calls(field, order, 0, 20, &error); }, 3);
            say(u"| %1 %2 | %3 ms |"_s.arg(
                    CallFields::apiName(field),
                    order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s, number(ms, 0)));
        }
    }
    if (!error.isEmpty())
        say(u"error: "_s + error);
    return error.isEmpty() ? 0 : 1;
}

int benchScale(int count, const QString &location, bool withTrigramIndex, bool withRollup)
{
    QTemporaryDir dir;
    const QString where = location.isEmpty() ? dir.filePath(u"scale.sqlite"_s) : location;
    QString error;
    auto archive = CallArchive::open(where, &error);
    if (!archive) {
        say(error);
        return 1;
    }
    if (!withTrigramIndex || !withRollup) {
        if (archive->engine() != CallArchive::Engine::Sqlite) {
            say(u"--no-trigram-index and --no-rollup are for SQLite archives"_s);
            return 2;
        }
        if (!dropTables(archive.get(), withRollup ? trigramStatements : rollupStatements, &error)) {
            say(error);
            return 1;
        }
    }
    QElapsedTimer clock;
    clock.start();
    qint64 jsonBytes = 0;
    const int slices = 10;
    for (int slice = 0; slice < slices; ++slice) {
        const SandboxAccount account(100 + slice, count / slices,
                                     benchNow.addSecs(-qint64(slice) * 36 * 86400), 37);
        QList<CallRecord> batch;
        for (const SandboxCall &call : account.calls()) {
            const QByteArray text = account.jsonText(call);
            jsonBytes += text.size() + 1;
            Parsed<CallRecord> parsed = PageParser::parseCall(text);
            batch.append(std::move(*parsed.value));
            if (batch.size() == 20000) {
                if (!archive->store(batch, nullptr, &error)) {
                    say(error);
                    return 1;
                }
                batch.clear();
            }
        }
        if (!batch.isEmpty() && !archive->store(batch, nullptr, &error)) {
            say(error);
            return 1;
        }
        say(u"  slice %1 of %2 stored, %3 s"_s.arg(slice + 1).arg(slices).arg(
                number(clock.elapsed() / 1000.0, 1)));
    }
    const double buildSeconds = clock.elapsed() / 1000.0;
    if (archive->engine() == CallArchive::Engine::Sqlite) {
        QSqlQuery(archive->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QSqlQuery(archive->database()).exec(u"ANALYZE"_s);
    } else {
        QSqlQuery(archive->database()).exec(u"ANALYZE"_s);
    }
    const CallArchive::Summary summary = archive->summary();
    say(u"archive of %1 calls built in %2 s (%3 calls/s)"_s.arg(
            number(summary.calls), number(buildSeconds, 1), number(summary.calls / buildSeconds)));
    say(u"bytes on disk per call: %1 (indexes included; %2 MB); the same calls as JSON Lines: "
        "%3 per call (%4 MB)"_s.arg(number(double(summary.bytesOnDisk) / summary.calls, 1),
                                    number(summary.bytesOnDisk / 1e6, 1),
                                    number(double(jsonBytes) / summary.calls, 1),
                                    number(jsonBytes / 1e6, 1)));
    if (withRollup) {
        QSqlQuery rows(archive->database());
        rows.exec(
                u"SELECT (SELECT COUNT(*) FROM call_rollup), (SELECT COUNT(*) FROM call_hours)"_s);
        rows.next();
        say(u"chart rollups: %1 rows by day, %2 by hour"_s.arg(number(rows.value(0).toLongLong()),
                                                               number(rows.value(1).toLongLong())));
    }
    if (!withTrigramIndex || !withRollup)
        return 0; // a baseline: what the archive costs without the index or the rollup
    return runQueries(archive.get());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"sync")
        return benchSync();
    if (mode == u"stall")
        return benchStall();
    if (mode == u"import") {
        const qsizetype at = args.indexOf(u"--postgresql"_s);
        return benchImport(args.value(1, u"500000"_s).toInt(),
                           at > 0 ? args.value(at + 1) : QString());
    }
    if (mode == u"queries") { // over an archive built before, e.g. by "scale"
        QString error;
        auto archive = CallArchive::open(args.value(1), &error);
        if (!archive) {
            say(error);
            return 1;
        }
        return runQueries(archive.get());
    }
    if (mode == u"scale") {
        qsizetype at = args.indexOf(u"--postgresql"_s);
        if (at < 0)
            at = args.indexOf(u"--archive"_s);
        return benchScale(
                args.value(1, u"1000000"_s).toInt(), at > 0 ? args.value(at + 1) : QString(),
                !args.contains(u"--no-trigram-index"_s), !args.contains(u"--no-rollup"_s));
    }
    std::fprintf(stderr,
                 "usage: bench_archive sync | stall | import N [--postgresql URL] | queries "
                 "PATH|URL | scale N [--postgresql URL | --archive PATH] [--no-trigram-index | "
                 "--no-rollup]\n");
    return 2;
}
