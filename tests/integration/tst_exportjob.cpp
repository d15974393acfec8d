#include "export/exportjob.h"
#include "exporttestsupport.h"
#include "plivo/pageparser.h"
#include "plivo/plivoclient.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ExportTestSupport;

namespace {

const QDateTime sandboxNow(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

SandboxOptions sandboxOptions()
{
    SandboxOptions options;
    options.seed = 11;
    options.callCount = 3000;
    options.now = sandboxNow;
    options.rateLimit = 0;
    options.stallMs = 150;
    return options;
}

ClientOptions clientOptions()
{
    ClientOptions options;
    options.budget = 300;
    options.budgetWindow = std::chrono::milliseconds(1000);
    options.maxConcurrency = 12;
    options.maxAttempts = 8;
    options.transferTimeout = std::chrono::milliseconds(3000);
    options.backoffBase = std::chrono::milliseconds(10);
    options.backoffCap = std::chrono::milliseconds(100);
    return options;
}

std::unique_ptr<SandboxServer> startSandbox(const SandboxOptions &options = sandboxOptions())
{
    auto sandbox = std::make_unique<SandboxServer>(options);
    if (!sandbox->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return sandbox;
}

std::unique_ptr<PlivoClient> clientFor(const SandboxServer &sandbox,
                                       const ClientOptions &options = clientOptions())
{
    return std::make_unique<PlivoClient>(
            PlivoAccount{sandbox.authId(), sandbox.authToken(), sandbox.baseUrl()}, options);
}

CallFilter filterOf(const QueryParameters &parameters)
{
    QList<CallFilter::Problem> problems;
    return CallFilter::fromParameters(parameters, &problems);
}

// Runs an export to the end; false when it did not end in time.
bool runToEnd(ExportJob &job, int timeoutMs = 60000)
{
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    return finished.wait(timeoutMs);
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;

    QByteArray exportBytes(SandboxServer &sandbox, const CallFilter &filter,
                           const ExportOptions &options = {}, ExportJob::Status *status = nullptr)
    {
        auto client = clientFor(sandbox);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportJob job(client.get(), filter, &buffer, options);
        job.setNow(sandbox.now());
        if (!runToEnd(job))
            return "timeout";
        if (status)
            *status = job.status();
        if (job.status() != ExportJob::Status::Completed || !job.countMatches())
            return "failed: " + job.errorString().toUtf8() + job.countMismatchMessage().toUtf8();
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_sandbox = startSandbox();
        QVERIFY(m_sandbox);
    }

    void randomFilters_data()
    {
        QTest::addColumn<QueryParameters>("parameters");
        QRandomGenerator random(20261115);
        for (int i = 0; i < 12; ++i) {
            const QueryParameters parameters = randomFilter(m_sandbox->account(), random);
            QStringList names;
            for (const auto &parameter : parameters)
                names.append(parameter.first + u'=' + parameter.second);
            QTest::newRow(qPrintable(names.join(u'&'))) << parameters;
        }
    }

    // The exported call_uuid sequence is the sandbox's own result, in its order.
    void randomFilters()
    {
        QFETCH(QueryParameters, parameters);
        const CallFilter filter = filterOf(parameters);
        const QStringList expected = uuidsOf(reference(*m_sandbox, filter, m_sandbox->now()));
        const QByteArray bytes = exportBytes(*m_sandbox, filter);
        QCOMPARE(uuidColumn(bytes), expected);
    }

    // 90 days: three windows joined newest first, no gap, no repeat.
    void ninetyDays()
    {
        CallFilter filter;
        filter.endTime.atLeast = sandboxNow.addSecs(-QueryPlan::RetentionSeconds);
        QCOMPARE(QueryPlan::build(filter, sandboxNow).windows().size(), 3);
        const QList<const SandboxCall *> expected = reference(*m_sandbox, filter, sandboxNow);
        QVERIFY(expected.size() > 2000);
        const QStringList uuids = uuidColumn(exportBytes(*m_sandbox, filter));
        QCOMPARE(uuids, uuidsOf(expected));
        QCOMPARE(QSet<QString>(uuids.cbegin(), uuids.cend()).size(), uuids.size());
        for (qsizetype i = 1; i < expected.size(); ++i)
            QVERIFY(expected.at(i - 1)->endTime >= expected.at(i)->endTime);
        // Every call of the retention period that the sandbox holds is there.
        qsizetype inRange = 0;
        for (const SandboxCall &call : m_sandbox->account().calls())
            inRange += call.endTime >= sandboxNow.toSecsSinceEpoch() - QueryPlan::RetentionSeconds;
        QCOMPARE(uuids.size(), inRange);
    }

    // Every cell, hostile caller ids included, parses back to the value the writer was given.
    void csvValuesRoundTrip()
    {
        CallFilter filter;
        filter.endTime.atLeast = sandboxNow.addSecs(-20 * 86400);
        ExportOptions options;
        options.writer.includeUnknownFields = true;
        options.writer.byteOrderMark = true;
        const StrictCsv csv = StrictCsv::parse(exportBytes(*m_sandbox, filter, options));
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QVERIFY(csv.hadByteOrderMark);
        const QList<const SandboxCall *> calls = reference(*m_sandbox, filter, sandboxNow);
        QCOMPARE(csv.rows.size(), calls.size() + 1);
        const CsvWriter writer(nullptr, options.writer);
        QCOMPARE(csv.rows.first(), writer.header());
        int guarded = 0;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const CallRecord record
                    = PageParser::parseRecord(m_sandbox->account().toJson(*calls.at(i)));
            QCOMPARE(csv.rows.at(i + 1), writer.cells(record));
            for (const QString &cell : csv.rows.at(i + 1)) {
                guarded += cell.startsWith(u'\'');
                if (!cell.isEmpty() && QStringLiteral("=+-@\t\r\n").contains(cell.front()))
                    QVERIFY2(CsvWriter::isPlainNumber(cell), qPrintable(cell));
            }
        }
        QVERIFY(guarded > 0);
    }

    // Each line is the object exactly as the server sent it: same keys, spelling, order and
    // values, over the whole retention (hostile text and capitalised keys included).
    void jsonLines()
    {
        CallFilter filter;
        filter.endTime.atLeast = sandboxNow.addSecs(-QueryPlan::RetentionSeconds);
        ExportOptions options;
        options.writer.format = ExportFormat::JsonLines;
        const QByteArray bytes = exportBytes(*m_sandbox, filter, options);
        const QList<const SandboxCall *> calls = reference(*m_sandbox, filter, sandboxNow);
        QVERIFY(calls.size() > 2000);
        QVERIFY(bytes.endsWith('\n'));
        const QList<QByteArray> lines = bytes.chopped(1).split('\n');
        QCOMPARE(lines.size(), calls.size());
        for (qsizetype i = 0; i < calls.size(); ++i)
            QCOMPARE(lines.at(i), m_sandbox->account().jsonText(*calls.at(i)));
        QVERIFY(bytes.contains("\"Stir_attestation\":"));
        QVERIFY(bytes.contains("\"from_number\":\"=HYPERLINK(\\\"http://x\\\")\""));
        QVERIFY(bytes.contains("Line one\\nLine two"));
    }

    // 10% of the answers are faults of every kind: the file is the same, byte for byte.
    void faultsGiveTheSameFile()
    {
        CallFilter filter;
        filter.endTime.atLeast = sandboxNow.addSecs(-QueryPlan::RetentionSeconds);
        const QByteArray clean = exportBytes(*m_sandbox, filter);
        QVERIFY(clean.size() > 100000);

        SandboxOptions faulty = sandboxOptions();
        faulty.faultRate = 0.10;
        auto sandbox = startSandbox(faulty);
        QVERIFY(sandbox);
        QCOMPARE(exportBytes(*sandbox, filter), clean);
        const SandboxStats stats = sandbox->stats();
        for (SandboxFault fault : allSandboxFaults())
            QVERIFY2(stats.faultsInjected.value(fault) > 0, qPrintable(sandboxFaultName(fault)));
    }

    // Calls keep arriving during the export: the file holds exactly the pinned snapshot.
    void liveGrowthKeepsThePinnedSnapshot()
    {
        auto sandbox = startSandbox();
        QVERIFY(sandbox);
        // The pinned second must be over: a call that still ends within it belongs to it.
        const QDateTime pinned = sandbox->now().addSecs(-1);
        CallFilter filter;
        filter.endTime.atLeast = sandboxNow.addSecs(-30 * 86400);
        const QStringList expected = uuidsOf(reference(*sandbox, filter, pinned));
        const qsizetype before = sandbox->account().calls().size();
        sandbox->setGrowthPerSecond(400);
        sandbox->setLatency(15);

        auto client = clientFor(*sandbox);
        const QString path = m_dir.filePath(QStringLiteral("growth.csv"));
        ExportOptions options;
        options.lookAheadPages = 8;
        ExportJob job(client.get(), filter, path, options);
        job.setNow(pinned);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.status(), ExportJob::Status::Completed);
        QVERIFY(sandbox->account().calls().size() > before + 20);
        QCOMPARE(uuidColumn(readFile(path)), expected);
        QVERIFY2(job.countMatches(), qPrintable(job.countMismatchMessage()));
        QCOMPARE(job.duplicatesSkipped(), 0);
    }

    // Calls arriving inside the window shift the pages: repeats are skipped and the changed
    // count is reported.
    void growthInsideTheWindowIsReported()
    {
        auto sandbox = startSandbox();
        QVERIFY(sandbox);
        sandbox->setGrowthPerSecond(300);
        sandbox->setLatency(20);
        ClientOptions sequential = clientOptions();
        sequential.maxConcurrency = 1;
        auto client = clientFor(*sandbox, sequential);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.lookAheadPages = 1;
        ExportJob job(client.get(), CallFilter(), &buffer, options);
        job.setNow(sandbox->now().addSecs(60)); // upper bound ahead of the growing clock
        QVERIFY(runToEnd(job));
        QCOMPARE(job.status(), ExportJob::Status::Completed);
        QVERIFY(job.duplicatesSkipped() > 0);
        const QStringList uuids = uuidColumn(buffer.data());
        QCOMPARE(QSet<QString>(uuids.cbegin(), uuids.cend()).size(), uuids.size());
        QVERIFY(!job.countMatches());
        QVERIFY(job.countMismatchMessage().contains(QStringLiteral("changed")));
    }

    void progressAndBoundedLookAhead()
    {
        CallFilter filter;
        filter.endTime.atLeast = sandboxNow.addSecs(-60 * 86400);
        const qsizetype expected = reference(*m_sandbox, filter, sandboxNow).size();
        auto client = clientFor(*m_sandbox);
        m_sandbox->resetStats();
        m_sandbox->setLatency(5);
        const auto noLatency = qScopeGuard([this] { m_sandbox->setLatency(0); });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.lookAheadPages = 4;
        ExportJob job(client.get(), filter, &buffer, options);
        job.setNow(sandboxNow);
        QSignalSpy total(&job, &ExportJob::totalKnown);
        QSignalSpy progress(&job, &ExportJob::progressChanged);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.status(), ExportJob::Status::Completed);
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().first().toLongLong(), qint64(expected));
        QVERIFY(progress.size() >= 2);
        const ExportProgress last = progress.last().first().value<ExportProgress>();
        QCOMPARE(last.rowsWritten, qint64(expected));
        QCOMPARE(last.totalRows, qint64(expected));
        QCOMPARE(last.requests, client->counters().sent);
        QVERIFY(last.requests >= (expected + 19) / 20);
        // The client could run 12 at once; the look-ahead allows 4.
        QVERIFY(m_sandbox->stats().peakConcurrent >= 2);
        QVERIFY(m_sandbox->stats().peakConcurrent <= 4);
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<bool>("previousFile");
        QTest::newRow("new file") << false;
        QTest::newRow("previous file") << true;
    }

    void cancelLeavesNoFile()
    {
        QFETCH(bool, previousFile);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.csv"));
        if (previousFile)
            QVERIFY(writeFile(path, "previous\r\n"));
        auto sandbox = startSandbox();
        QVERIFY(sandbox);
        sandbox->setLatency(30);
        auto client = clientFor(*sandbox);
        CallFilter filter;
        filter.endTime.atLeast = sandboxNow.addSecs(-QueryPlan::RetentionSeconds);
        ExportJob job(client.get(), filter, path);
        job.setNow(sandboxNow);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QTRY_VERIFY(job.rowsWritten() > 0);
        job.cancel();
        QCOMPARE(job.status(), ExportJob::Status::Cancelled);
        QVERIFY(finished.wait());
        QTRY_COMPARE(client->counters().inFlight, 0);
        QCOMPARE(client->counters().queued, 0);
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, previousFile ? QStringList{QStringLiteral("calls.csv")} : QStringList());
        if (previousFile)
            QCOMPARE(readFile(path), QByteArray("previous\r\n"));
    }

    void failureLeavesNoFile_data()
    {
        QTest::addColumn<bool>("wrongToken");
        QTest::newRow("authentication") << true;
        QTest::newRow("retries exhausted") << false;
    }

    void failureLeavesNoFile()
    {
        QFETCH(bool, wrongToken);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.csv"));
        QVERIFY(writeFile(path, "previous\r\n"));
        SandboxOptions options = sandboxOptions();
        if (!wrongToken) {
            options.faultRate = 1.0;
            options.faultKinds = {SandboxFault::ServerError500};
        }
        auto sandbox = startSandbox(options);
        QVERIFY(sandbox);
        ClientOptions limited = clientOptions();
        limited.maxAttempts = 3;
        PlivoClient client(PlivoAccount{sandbox->authId(),
                                        wrongToken ? QStringLiteral("wrong") : sandbox->authToken(),
                                        sandbox->baseUrl()},
                           limited);
        ExportJob job(&client, CallFilter(), path);
        job.setNow(sandboxNow);
        QVERIFY(runToEnd(job));
        QCOMPARE(job.status(), ExportJob::Status::Failed);
        QVERIFY(!job.errorString().isEmpty());
        QVERIFY(!job.errorString().contains(QStringLiteral("wrong")));
        if (!wrongToken)
            QVERIFY(job.progress().retries >= 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("calls.csv")});
        QCOMPARE(readFile(path), QByteArray("previous\r\n"));
    }

    void unwritableDestinationFailsBeforeAnyRequest()
    {
        auto client = clientFor(*m_sandbox);
        ExportJob job(client.get(), CallFilter(),
                      m_dir.filePath(QStringLiteral("no/such/folder/calls.csv")));
        QVERIFY(runToEnd(job));
        QCOMPARE(job.status(), ExportJob::Status::Failed);
        QCOMPARE(client->counters().sent, 0);
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
