// The CallSource contract, tested once and run against both implementations: Plivo's API (the
// sandbox over loopback) and an archive synced from the same sandbox (SQLite, or PostgreSQL with
// CALLSCOPE_ARCHIVE_ENGINE=postgresql). Both count the same result and give the same call at
// every position, whatever order the positions are asked in; nothing of a superseded query
// arrives after a new one starts.

#include "archiveengine.h"
#include "sandboxfixture.h"

#include "archive/archivecallsource.h"
#include "archive/archiveexport.h"
#include "archive/archivesync.h"
#include "models/calltablemodel.h"
#include "models/legtreemodel.h"
#include "sandbox/sandboxquery.h"
#include "source/plivocallsource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CallQuery)

namespace {

struct Answer
{
    qint64 total = -1;
    QList<QUuid> calls; // by position
    QString error;
};

// Counts, then asks for every position in blocks of 20, in a shuffled order, and waits for all.
Answer readAll(CallSource *source, const CallQuery &query, quint32 seed)
{
    Answer answer;
    const quint64 generation = source->start(query);
    QList<std::optional<QUuid>> rows;
    qsizetype filled = 0;
    bool wrongGeneration = false;
    const auto connections = {
            QObject::connect(source, &CallSource::counted, source,
                             [&](quint64 g, qint64 total) {
                                 wrongGeneration |= g != generation;
                                 answer.total = total;
                                 rows.resize(total);
                             }),
            QObject::connect(source, &CallSource::rowsReady, source,
                             [&](quint64 g, qint64 first, const QList<CallRecord> &calls) {
                                 wrongGeneration |= g != generation;
                                 for (qsizetype i = 0; i < calls.size(); ++i) {
                                     std::optional<QUuid> &slot = rows[first + i];
                                     if (!slot)
                                         ++filled;
                                     slot = calls.at(i).callUuid;
                                 }
                             }),
            QObject::connect(source, &CallSource::failed, source,
                             [&](quint64, qint64, int, const ApiError &error) {
                                 answer.error = error.message();
                             }),
    };
    if (!QTest::qWaitFor([&] { return answer.total >= 0 || !answer.error.isEmpty(); }, 30000))
        answer.error = u"no count within 30 s"_s;
    if (answer.total > 0) {
        QList<qint64> blocks;
        for (qint64 first = 0; first < answer.total; first += 20)
            blocks.append(first);
        QRandomGenerator random(seed);
        std::shuffle(blocks.begin(), blocks.end(), random);
        for (const qint64 first : std::as_const(blocks))
            source->fetch(first, 20, RequestPriority::Interactive);
        if (!QTest::qWaitFor([&] { return filled == answer.total || !answer.error.isEmpty(); },
                             60000))
            answer.error = u"rows missing after 60 s"_s;
    }
    for (const QMetaObject::Connection &connection : connections)
        QObject::disconnect(connection);
    for (const std::optional<QUuid> &row : std::as_const(rows))
        answer.calls.append(row.value_or(QUuid()));
    if (wrongGeneration)
        answer.error = u"a signal of another generation"_s;
    return answer;
}

} // namespace

class TestCallSource : public QObject
{
    Q_OBJECT

    ArchiveEngine m_engine;
    SandboxFixture::Running m_sandbox;
    QString m_location;

    // The sandbox's own answer (Plivo's behaviour), newest first.
    QList<QUuid> reference(const CallQuery &query) const
    {
        QList<SandboxQuery::Parameter> parameters;
        for (const auto &[key, value] : query.filter.parameters())
            parameters.append({key, value});
        const SandboxQuery sandbox
                = SandboxQuery::parse(parameters, m_sandbox.server->account().now());
        QList<QUuid> calls;
        const SandboxAccount &account = m_sandbox.server->account();
        for (const int index : account.newestFirst())
            if (sandbox.matches(account.calls().at(index)))
                calls.append(QUuid::fromString(account.calls().at(index).callUuid));
        if (query.sortOrder == Qt::AscendingOrder)
            std::reverse(calls.begin(), calls.end());
        return calls;
    }

private slots:
    void initTestCase()
    {
        ARCHIVE_ENGINE_START(m_engine);
        m_sandbox = SandboxFixture::start(SandboxFixture::options(61, 12000));
        QVERIFY(m_sandbox.server);
        m_location = m_engine.location(u"source"_s);
        auto archive = m_engine.open(m_location);
        ArchiveSync sync(m_sandbox.client.get(), archive.get());
        sync.setNow(m_sandbox.server->now());
        QSignalSpy finished(&sync, &ArchiveSync::finished);
        sync.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(sync.status(), ArchiveSync::Status::Completed);
    }

    void bothSourcesGiveTheSameCalls_data()
    {
        QTest::addColumn<CallQuery>("query");
        const QDateTime now = SandboxFixture::fixedNow;
        const auto range = [&](int fromDays, int toDays) {
            CallQuery query;
            query.now = now;
            query.filter.endTime.atLeast = now.addDays(-fromDays);
            query.filter.endTime.lessThan = now.addDays(-toDays);
            return query;
        };
        QTest::newRow("last 20 days") << range(20, 0);
        CallQuery inbound = range(25, 5);
        inbound.filter.callDirection = u"inbound"_s;
        QTest::newRow("inbound") << inbound;
        CallQuery toOwn = range(28, 0);
        toOwn.filter.toNumber = m_sandbox.server->account().ownNumbers().first();
        QTest::newRow("to an own number") << toOwn;
        CallQuery cause = range(30, 0);
        cause.filter.hangupCauseCode = 4000;
        QTest::newRow("cause 4000") << cause;
        QTest::newRow("45 days: two windows") << range(45, 0);
        CallQuery oldest = range(40, 10);
        oldest.sortOrder = Qt::AscendingOrder;
        QTest::newRow("oldest first") << oldest;
    }

    void bothSourcesGiveTheSameCalls()
    {
        QFETCH(CallQuery, query);
        PlivoCallSource plivo(m_sandbox.client.get());
        ArchiveCallSource archive(m_location);
        QVERIFY(plivo.problems(query).isEmpty());
        QVERIFY(archive.problems(query).isEmpty());
        const QList<QUuid> expected = reference(query);
        QVERIFY(expected.size() > 20);
        for (CallSource *source :
             {static_cast<CallSource *>(&plivo), static_cast<CallSource *>(&archive)}) {
            const Answer answer = readAll(source, query, 7);
            QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
            QCOMPARE(answer.total, expected.size());
            QCOMPARE(answer.calls, expected);
        }
    }

    // The table model reads either source the same way, and lets an archive sort any column
    // at once where Plivo's rows must all be loaded first.
    void theTableReadsEitherSource()
    {
        CallQuery query;
        query.now = SandboxFixture::fixedNow;
        query.filter.endTime.atLeast = query.now.addDays(-45);
        query.filter.endTime.lessThan = query.now;
        const QList<QUuid> expected = reference(query);
        PlivoCallSource plivo(m_sandbox.client.get());
        ArchiveCallSource archive(m_location);
        for (CallSource *source :
             {static_cast<CallSource *>(&plivo), static_cast<CallSource *>(&archive)}) {
            CallTableModel model;
            model.setSource(source);
            QSignalSpy counted(&model, &CallTableModel::queryCounted);
            model.setQuery(query);
            QVERIFY(counted.wait(30000));
            QCOMPARE(model.totalCount(), expected.size());
            model.requestRows(0, 30);
            QTRY_VERIFY(model.record(30).has_value());
            QSignalSpy finished(&model, &CallTableModel::loadAllFinished);
            model.loadAll();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().toBool(), true);
            QList<QUuid> rows;
            for (int row = 0; row < model.rowCount(); ++row)
                rows.append(model.record(row)->callUuid);
            QCOMPARE(rows, expected);
        }

        const int billed = CallTableModel::columnOf(CallField::BilledDuration);
        CallTableModel live;
        live.setSource(&plivo);
        QSignalSpy liveCounted(&live, &CallTableModel::queryCounted);
        live.setQuery(query);
        QVERIFY(liveCounted.wait(30000));
        QSignalSpy unavailable(&live, &CallTableModel::sortUnavailable);
        live.sort(billed, Qt::AscendingOrder);
        QCOMPARE(unavailable.size(), 1);

        CallTableModel archived;
        archived.setSource(&archive);
        QSignalSpy archivedCounted(&archived, &CallTableModel::queryCounted);
        archived.setQuery(query);
        QVERIFY(archivedCounted.wait(30000));
        archived.sort(billed, Qt::AscendingOrder);
        QVERIFY(archivedCounted.wait(30000)); // counted again, in the new order
        QCOMPARE(archived.totalCount(), expected.size());
        const int last = int(archived.totalCount()) - 1;
        archived.requestRows(last - 40, last); // the far end first: no loading of what lies before
        QTRY_VERIFY(archived.record(last).has_value());
        QVERIFY(archived.loadedCount() < archived.totalCount());
        archived.requestRows(0, 40);
        QTRY_VERIFY(archived.record(40).has_value());
        for (int row = 1; row <= 40; ++row)
            QVERIFY(archived.record(row - 1)->billedDuration
                    <= archived.record(row)->billedDuration);
        QVERIFY(archived.record(40)->billedDuration <= archived.record(last - 40)->billedDuration);
    }

    // The window's export of an archive's result: the table's query and order, every row, and
    // nothing on disk when it is cancelled.
    void archiveExportWritesTheWholeResult()
    {
        CallQuery query;
        query.now = SandboxFixture::fixedNow;
        query.filter.endTime.atLeast = query.now.addDays(-60);
        query.filter.endTime.lessThan = query.now;
        query.sortField = CallField::BilledDuration;
        query.sortOrder = Qt::AscendingOrder;
        QTemporaryDir folder;
        const QString path = folder.filePath(u"calls.jsonl"_s);
        CsvWriter::Options options;
        options.format = ExportFormat::JsonLines;
        ArchiveExport job(m_location, query, path, options);
        QSignalSpy finished(&job, &ArchiveExport::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.status() == ArchiveExport::Status::Completed, qPrintable(job.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QCOMPARE(qint64(lines.size()), job.totalRows());
        QCOMPARE(job.rowsWritten(), job.totalRows());
        const QList<QUuid> expected = reference(query);
        QCOMPARE(lines.size(), expected.size());
        QSet<QString> uuids;
        qint64 previous = -1;
        for (const QByteArray &line : std::as_const(lines)) {
            const QJsonObject call = QJsonDocument::fromJson(line).object();
            uuids.insert(call.value(u"call_uuid"_s).toString());
            const qint64 billed = call.value(u"billed_duration"_s).toVariant().toLongLong();
            QVERIFY(billed >= previous);
            previous = billed;
        }
        QCOMPARE(uuids.size(), expected.size());
        for (const QUuid &uuid : expected)
            QVERIFY(uuids.contains(uuid.toString(QUuid::WithoutBraces)));

        // Cancelled at once: the destination never appears, and nothing is left beside it.
        const QString cancelledPath = folder.filePath(u"cancelled.jsonl"_s);
        ArchiveExport cancelled(m_location, query, cancelledPath, options);
        QSignalSpy cancelledFinished(&cancelled, &ArchiveExport::finished);
        cancelled.start();
        cancelled.cancel();
        QVERIFY(cancelledFinished.wait(60000));
        QCOMPARE(cancelled.status(), ArchiveExport::Status::Cancelled);
        QVERIFY(!QFileInfo::exists(cancelledPath));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{u"calls.jsonl"_s});
    }

    // A family from the archive, found from one of its B-legs by uuid, without a request to
    // Plivo: the same legs the account holds.
    void familiesComeFromTheArchive()
    {
        const SandboxAccount &account = m_sandbox.server->account();
        QHash<QString, QStringList> families;
        for (const SandboxCall &call : account.calls()) {
            if (!call.isALeg() && call.endTime < account.now() - 10 * 86400
                && call.endTime > account.now() - 80 * 86400)
                families[call.parentCallUuid].append(call.callUuid);
        }
        QString aLeg;
        for (auto it = families.cbegin(); it != families.cend() && aLeg.isEmpty(); ++it) {
            if (it.value().size() >= 2)
                aLeg = it.key();
        }
        QVERIFY(!aLeg.isEmpty());
        QStringList expected;
        for (const SandboxCall &call : account.calls()) {
            if (call.parentCallUuid == aLeg)
                expected.append(call.callUuid);
        }
        ArchiveCallSource archive(m_location);
        LegTreeModel model;
        model.setSource(&archive);
        const qint64 requestsBefore = m_sandbox.server->stats().requests;
        QSignalSpy loaded(&model, &LegTreeModel::familyLoaded);
        model.showFamilyOf(expected.first());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(CallFields::uuidText(model.aLeg()->callUuid), aLeg);
        QStringList got;
        for (const CallRecord &leg : model.bLegs())
            got.append(CallFields::uuidText(leg.callUuid));
        QCOMPARE(QSet<QString>(got.begin(), got.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(model.selectedUuid(), expected.first());
        QCOMPARE(m_sandbox.server->stats().requests, requestsBefore);

        model.showFamilyOf(u"00000000-0000-4000-8000-000000000001"_s);
        QTRY_COMPARE(model.status(), LegTreeModel::Status::Failed);
        QCOMPARE(model.error().category(), ApiError::Category::NotFound);
        QVERIFY(model.statusText().contains(u"archive"));
    }

    void supersededQueryIsSilent()
    {
        for (const bool fromArchive : {false, true}) {
            std::unique_ptr<CallSource> source;
            if (fromArchive)
                source = std::make_unique<ArchiveCallSource>(m_location);
            else
                source = std::make_unique<PlivoCallSource>(m_sandbox.client.get());
            CallQuery first;
            first.now = SandboxFixture::fixedNow;
            first.filter.endTime.atLeast = first.now.addDays(-30);
            QList<quint64> seen;
            connect(source.get(), &CallSource::counted, this,
                    [&](quint64 generation, qint64) { seen.append(generation); });
            connect(source.get(), &CallSource::rowsReady, this,
                    [&](quint64 generation, qint64, const QList<CallRecord> &) {
                        seen.append(generation);
                    });
            source->start(first);
            source->fetch(0, 200, RequestPriority::Interactive);
            CallQuery second = first;
            second.filter.callDirection = u"outbound"_s;
            const quint64 current = source->start(second);
            const Answer answer = readAll(source.get(), second, 3);
            QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
            QCOMPARE(answer.calls, reference(second));
            QTest::qWait(100);
            for (const quint64 generation : std::as_const(seen))
                QVERIFY(generation > current);
        }
    }

    void eachSourceSaysWhatItCannotAnswer()
    {
        CallQuery query;
        query.now = SandboxFixture::fixedNow;
        query.numberMatch = CallQuery::NumberMatch::Contains;
        query.hangupCauseCodes = {3000, 3010};
        query.amountAtLeast = Money::fromUnits(100);
        query.sortField = CallField::BilledDuration;
        query.filter.endTime.lessThan = query.now.addDays(-200); // older than Plivo keeps
        PlivoCallSource plivo(m_sandbox.client.get());
        ArchiveCallSource archive(m_location);
        QCOMPARE(plivo.problems(query).size(), 5);
        QVERIFY(archive.problems(query).isEmpty());
        query.filter.subaccount = m_sandbox.server->account().subaccounts().first();
        QVERIFY(archive.problems(query).first().contains(u"subaccount"));
    }

    void unreachableArchiveFailsWithASentence()
    {
        ArchiveCallSource source(m_engine.folder() + u"/no/such/folder/a.sqlite"_s);
        QSignalSpy failed(&source, &CallSource::failed);
        source.start(CallQuery());
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).toLongLong(), -1);
        const ApiError error = failed.first().at(3).value<ApiError>();
        QVERIFY2(error.message().contains(u"could not be created"), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestCallSource)
#include "tst_callsource.moc"
