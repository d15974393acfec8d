// The archive on a real engine (SQLite file or PostgreSQL server, see archiveengine.h): calls
// read from the sandbox's own bytes go in, come back exactly as sent (JSON Lines equal to the
// server's text), are never duplicated, survive reopening; synced ranges merge; a poorer record
// never replaces a richer one; one writer at a time.

#include "archiveengine.h"

#include "archive/archivequery.h"
#include "archive/callarchive.h"
#include "models/callstats.h"
#include "plivo/pageparser.h"
#include "sandbox/sandboxaccount.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestCallArchive : public QObject
{
    Q_OBJECT

    ArchiveEngine m_engine;

    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return file.readAll();
    }

    // The account's calls as the client reads them: pages of the server's text, parsed.
    static QList<CallRecord> parsedCalls(const SandboxAccount &account, QList<QByteArray> *sent)
    {
        QList<CallRecord> calls;
        const QList<SandboxCall> &all = account.calls();
        for (qsizetype first = 0; first < all.size(); first += 20) {
            QByteArray body = "{\"api_id\":\"x\",\"meta\":{\"total_count\":20},\"objects\":[";
            for (qsizetype i = first; i < qMin(first + 20, all.size()); ++i) {
                sent->append(account.jsonText(all.at(i)));
                body += (i > first ? "," : "") + sent->last();
            }
            const Parsed<CallPage> page = PageParser::parsePage(body + "]}");
            if (page.ok())
                calls += page.value->records;
        }
        return calls;
    }

    // 3,000 calls of a sandbox account, as the client reads them.
    static QList<CallRecord> sandboxCalls(quint64 seed)
    {
        const SandboxAccount account(seed, 3000,
                                     QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC));
        QList<QByteArray> sent;
        return parsedCalls(account, &sent);
    }

    // The chart rollups' rows, counted here from the calls themselves. call_rollup: key (day,
    // direction, cause code, cause name, source, billed-duration bucket) to counts (calls,
    // answered, bill seconds, billed seconds, amount units, calls with an amount); call_hours,
    // in the same shape: (hour, direction, cause code, "", source, -1) to (calls, 0, …).
    using RollupKey = std::tuple<qint64, int, int, QString, QString, int>;
    using RollupCounts = std::array<qint64, 6>;
    using Rollup = QMap<RollupKey, RollupCounts>;

    static Rollup rollupOf(const QHash<QUuid, CallRecord> &calls, bool hours = false)
    {
        const qint64 unit = hours ? 3600 : 86400;
        Rollup rollup;
        for (const CallRecord &call : calls) {
            const qint64 end = call.endTime ? call.endTime->utcSeconds() : 0;
            const RollupKey key{call.endTime ? (end - ((end % unit) + unit) % unit) * 1000000 : -1,
                                int(call.direction),
                                call.hangupCauseCode.value_or(-1),
                                hours ? QString() : call.hangupCauseName.value_or(QString()),
                                call.hangupSource.value_or(QString()),
                                hours ? -1 : int(CallStats::durationBucketOf(call.billDuration))};
            RollupCounts &counts = rollup[key];
            if (hours) {
                ++counts[0];
                continue;
            }
            counts[0] += 1;
            counts[1] += call.answerTime.has_value();
            counts[2] += call.billDuration;
            counts[3] += call.billedDuration;
            counts[4] += call.totalAmount ? call.totalAmount->units() : 0;
            counts[5] += call.totalAmount.has_value();
        }
        return rollup;
    }

    static Rollup storedRollup(const CallArchive &archive, bool hours = false)
    {
        Rollup rollup;
        QSqlQuery query(archive.database());
        if (!query.exec(
                    hours ? QStringLiteral("SELECT hour_us, direction, hangup_cause_code, '', "
                                           "(SELECT text FROM texts WHERE id = r.hangup_source), "
                                           "-1, calls, 0, 0, 0, 0, 0 FROM call_hours AS r")
                          : QStringLiteral(
                                  "SELECT day_us, direction, hangup_cause_code, (SELECT text "
                                  "FROM texts WHERE id = r.hangup_cause_name), (SELECT text FROM "
                                  "texts WHERE id = r.hangup_source), duration_bucket, calls, "
                                  "answered, bill_seconds, billed_seconds, amount_units, "
                                  "amount_calls FROM call_rollup AS r")))
            qFatal("%s", qPrintable(query.lastError().text()));
        while (query.next()) {
            const RollupKey key{query.value(0).toLongLong(), query.value(1).toInt(),
                                query.value(2).toInt(),      query.value(3).toString(),
                                query.value(4).toString(),   query.value(5).toInt()};
            if (rollup.contains(key))
                qFatal("a key twice in the rollup");
            for (int i = 0; i < 6; ++i)
                rollup[key][size_t(i)] = query.value(6 + i).toLongLong();
        }
        return rollup;
    }

private slots:
    void initTestCase() { ARCHIVE_ENGINE_START(m_engine); }

    void freshArchiveIsPrivateAndInWalMode()
    {
        const QString path = m_engine.location(QStringLiteral("fresh"));
        QString error;
        auto archive = CallArchive::open(path, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion(), CallArchive::SchemaVersion);
        QCOMPARE(archive->count(), 0);
        if (m_engine.isPostgreSql()) {
            QCOMPARE(archive->engine(), CallArchive::Engine::PostgreSql);
            return;
        }
        QCOMPARE(archive->journalMode(), QStringLiteral("wal"));
        QCOMPARE(QFile::permissions(path),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    // An archive written by the first version (before synced ranges) opens as the current one
    // with its calls intact.
    void versionOneArchiveIsMigrated()
    {
        if (m_engine.isPostgreSql())
            QSKIP("PostgreSQL archives began at version 2");
        const QString path = m_engine.location(QStringLiteral("v1"));
        {
            QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement : {
                         "CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                         "INSERT INTO archive_meta VALUES ('schema_version', '1')",
                         "CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
                         "CREATE TABLE shapes (id INTEGER PRIMARY KEY, keys BLOB NOT NULL UNIQUE)",
                         "CREATE TABLE calls (id INTEGER PRIMARY KEY, call_uuid BLOB NOT NULL "
                         "UNIQUE, parent_call_uuid BLOB, conference_uuid BLOB, api_id TEXT, "
                         "direction INTEGER NOT NULL, call_state INTEGER, from_number TEXT, "
                         "to_number TEXT, initiation_us INTEGER, initiation_offset INTEGER, "
                         "answer_us INTEGER, answer_offset INTEGER, end_us INTEGER, end_offset "
                         "INTEGER, call_duration INTEGER NOT NULL, bill_duration INTEGER NOT "
                         "NULL, billed_duration INTEGER NOT NULL, total_amount INTEGER, "
                         "total_rate INTEGER, hangup_cause_code INTEGER, hangup_cause_name "
                         "INTEGER, hangup_source INTEGER, resource_uri_prefix INTEGER, "
                         "resource_uri TEXT, stir_verification INTEGER, stir_attestation INTEGER, "
                         "voice_network_group INTEGER, source_ip INTEGER, cnam_lookup INTEGER, "
                         "unknown_fields TEXT, sent_shape INTEGER, sent_json BLOB)",
                         "CREATE INDEX calls_by_end ON calls (end_us DESC, call_uuid DESC)",
                         "INSERT INTO calls (call_uuid, direction, from_number, end_us, "
                         "end_offset, call_duration, bill_duration, billed_duration) VALUES "
                         "(x'00112233445566778899aabbccddeeff', 1, '+14155554242', "
                         "1790000000000000, 0, 5, 5, 60)",
                 })
                QVERIFY2(query.exec(QString::fromLatin1(statement)),
                         qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QString error;
        auto archive = CallArchive::open(path, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion(), CallArchive::SchemaVersion);
        QCOMPARE(archive->count(), 1);
        QVERIFY(archive->syncedRanges().isEmpty());
        const auto call = archive->call(
                QUuid::fromRfc4122(QByteArray::fromHex("00112233445566778899aabbccddeeff")));
        QVERIFY(call);
        QCOMPARE(call->billedDuration, 60);
        // The calls it held are found by any part of their numbers, as new ones are.
        ArchiveCriteria byPart;
        byPart.numberMatch = ArchiveCriteria::NumberMatch::Contains;
        byPart.filter.fromNumber = QStringLiteral("5554242");
        QCOMPARE(ArchiveQuery(archive.get(), byPart).count(&error), std::optional<qint64>(1));
        byPart.filter.fromNumber = QStringLiteral("5554243");
        QCOMPARE(ArchiveQuery(archive.get(), byPart).count(&error), std::optional<qint64>(0));
        // And counted in the chart rollup, which is made from the calls an archive holds.
        QCOMPARE(storedRollup(*archive), rollupOf({{call->callUuid, *call}}));
        QCOMPARE(storedRollup(*archive, true), rollupOf({{call->callUuid, *call}}, true));
    }

    // The chart rollup stays exactly what counting the calls gives, through inserts, updates
    // that move a call to another hour, day, month, cause, duration bucket or none of them, stores
    // that change nothing, and deletes.
    void rollupFollowsEveryChange()
    {
        const QList<CallRecord> calls = sandboxCalls(13);
        auto archive = m_engine.open(m_engine.location(QStringLiteral("rollup")));
        QVERIFY(archive);
        QString error;
        QHash<QUuid, CallRecord> held;
        QVERIFY2(archive->store(calls.mid(0, 2000), nullptr, &error), qPrintable(error));
        for (const CallRecord &call : calls.mid(0, 2000))
            held.insert(call.callUuid, call);
        QVERIFY(storedRollup(*archive).size() > 100);
        QCOMPARE(storedRollup(*archive), rollupOf(held));
        QVERIFY(storedRollup(*archive, true).size() > 100);
        QCOMPARE(storedRollup(*archive, true), rollupOf(held, true));

        // The rest, with 300 of the first stored again and changed in every way that counts.
        QList<CallRecord> batch = calls.mid(2000);
        for (qsizetype i = 0; i < 300; ++i) {
            CallRecord call = calls.at(i * 6);
            call.sentJson.clear();
            switch (i % 6) {
            case 0: // the next hour, the next day, a later month
                call.endTime = ApiTime(call.endTime->utcSeconds()
                                               + (i % 18 == 0      ? 3600
                                                          : i % 12 ? 86400
                                                                   : 40 * 86400),
                                       call.endTime->offsetSeconds());
                break;
            case 1:
                call.hangupCauseCode = call.hangupCauseCode == 4000 ? 3010 : 4000;
                call.hangupCauseName = QStringLiteral("Renamed cause %1").arg(i % 4);
                break;
            case 2:
                call.billDuration += 700;
                call.billedDuration += 720;
                break;
            case 3:
                call.totalAmount.reset();
                call.answerTime.reset();
                call.hangupSource = QStringLiteral("Carrier");
                break;
            case 4:
                call.endTime.reset();
                call.direction = call.direction == CallDirection::Inbound ? CallDirection::Outbound
                                                                          : CallDirection::Inbound;
                break;
            case 5: // stored again as it was
                break;
            }
            batch.append(call);
            held.insert(call.callUuid, call);
        }
        for (const CallRecord &call : calls.mid(2000))
            held.insert(call.callUuid, call);
        QVERIFY2(archive->store(batch, nullptr, &error), qPrintable(error));
        QCOMPARE(archive->count(), calls.size());
        QCOMPARE(storedRollup(*archive), rollupOf(held));
        QCOMPARE(storedRollup(*archive, true), rollupOf(held, true));

        // Calls deleted (by hand, or a month dropped row by row): their counts go with them.
        QSqlQuery remove(archive->database());
        remove.prepare(QStringLiteral("DELETE FROM calls WHERE call_uuid = ?"));
        for (qsizetype i = 0; i < calls.size(); i += 7) {
            remove.addBindValue(calls.at(i).callUuid.toRfc4122());
            QVERIFY2(remove.exec(), qPrintable(remove.lastError().text()));
            held.remove(calls.at(i).callUuid);
        }
        QCOMPARE(storedRollup(*archive), rollupOf(held));
        QCOMPARE(storedRollup(*archive, true), rollupOf(held, true));
    }

    // The archive's indexes and triggers, by name and definition (on PostgreSQL, not those of
    // the monthly partitions a store adds).
    QStringList schemaOf(const CallArchive &archive) const
    {
        QSqlQuery query(archive.database());
        query.exec(m_engine.isPostgreSql()
                           ? QStringLiteral("SELECT indexname || ' ' || indexdef FROM pg_indexes"
                                            " WHERE schemaname = current_schema()"
                                            " AND tablename NOT LIKE 'calls_%' UNION ALL"
                                            " SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                                            "AND tgparentid = 0"
                                            " ORDER BY 1")
                           : QStringLiteral("SELECT type || ' ' || name || ' ' || COALESCE(sql, '')"
                                            " FROM sqlite_master ORDER BY 1"));
        QStringList schema;
        while (query.next())
            schema.append(query.value(0).toString());
        return schema;
    }

    // One write into an empty archive (an import) builds its indexes and chart rollups once at
    // the end: afterwards the archive is what storing call by call gives, its triggers back.
    // One rolled back leaves the archive as it was.
    void bulkWriteIntoAnEmptyArchive()
    {
        const QList<CallRecord> calls = sandboxCalls(17);
        auto archive = m_engine.open(m_engine.location(QStringLiteral("bulk")));
        QVERIFY(archive);
        const QStringList schema = schemaOf(*archive);
        QVERIFY(schema.size() > 10);
        QString error;
        CallArchive::StoreCounts counts;
        QVERIFY2(archive->beginWrite(&error), qPrintable(error));
        QVERIFY2(archive->storeMore(calls.mid(0, 500), CallArchive::Origin::Api, &counts, &error),
                 qPrintable(error));
        archive->abortWrite();
        QCOMPARE(archive->count(), 0);
        QCOMPARE(schemaOf(*archive), schema);

        // Two batches; the second stores 100 calls of the first again, changed.
        QHash<QUuid, CallRecord> held;
        QList<CallRecord> second = calls.mid(2000);
        for (const CallRecord &call : calls)
            held.insert(call.callUuid, call);
        for (qsizetype i = 0; i < 100; ++i) {
            CallRecord call = calls.at(i * 7);
            call.sentJson.clear();
            call.endTime
                    = ApiTime(call.endTime->utcSeconds() + 86400, call.endTime->offsetSeconds());
            call.hangupCauseCode = call.hangupCauseCode == 4000 ? 3010 : 4000;
            call.fromNumber = QStringLiteral("+1999555%1").arg(i, 4, 10, QLatin1Char('0'));
            second.append(call);
            held.insert(call.callUuid, call);
        }
        QVERIFY2(archive->beginWrite(&error), qPrintable(error));
        QVERIFY2(archive->storeMore(calls.mid(0, 2000), CallArchive::Origin::Api, &counts, &error),
                 qPrintable(error));
        QVERIFY2(archive->storeMore(second, CallArchive::Origin::Api, &counts, &error),
                 qPrintable(error));
        QVERIFY2(archive->commitWrite(&error), qPrintable(error));
        QCOMPARE(archive->count(), calls.size());
        QCOMPARE(schemaOf(*archive), schema);
        QCOMPARE(storedRollup(*archive), rollupOf(held));
        QCOMPARE(storedRollup(*archive, true), rollupOf(held, true));
        ArchiveCriteria byPart;
        byPart.numberMatch = ArchiveCriteria::NumberMatch::Contains;
        byPart.filter.fromNumber = QStringLiteral("999555");
        QCOMPARE(ArchiveQuery(archive.get(), byPart).count(&error), std::optional<qint64>(100));
        if (!m_engine.isPostgreSql()) {
            QSqlQuery check(archive->database());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO call_numbers (call_numbers, rank) "
                                               "VALUES ('integrity-check', 1)")),
                     qPrintable(check.lastError().text()));
        }

        // The triggers are back: a later store keeps the rollups exact.
        CallRecord changed = calls.at(5);
        changed.sentJson.clear();
        changed.billDuration += 700;
        QVERIFY2(archive->store({changed}, nullptr, &error), qPrintable(error));
        held.insert(changed.callUuid, changed);
        QCOMPARE(storedRollup(*archive), rollupOf(held));
        QCOMPARE(storedRollup(*archive, true), rollupOf(held, true));
    }

    void sandboxCallsComeBackAsSent()
    {
        const SandboxAccount account(5, 5000, QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC));
        QList<QByteArray> sent;
        const QList<CallRecord> calls = parsedCalls(account, &sent);
        QCOMPARE(calls.size(), account.calls().size());

        const QString path = m_engine.location(QStringLiteral("sandbox"));
        QString error;
        {
            auto archive = CallArchive::open(path, &error);
            QVERIFY2(archive, qPrintable(error));
            CallArchive::StoreCounts counts;
            QVERIFY2(archive->store(calls, &counts, &error), qPrintable(error));
            QCOMPARE(counts.inserted, calls.size());
            QCOMPARE(counts.updated, 0);
            // Stored again, as an overlapping sync would: updated, never duplicated.
            QVERIFY2(archive->store(calls.mid(100, 300), &counts, &error), qPrintable(error));
            QCOMPARE(counts.inserted, 0);
            QCOMPARE(counts.updated, 300);
            QCOMPARE(archive->count(), calls.size());
        }
        // Reopened: everything is there, each call exactly as the server wrote it.
        auto archive = CallArchive::open(path, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->count(), calls.size());
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const std::optional<CallRecord> back = archive->call(calls.at(i).callUuid);
            QVERIFY(back);
            QCOMPARE(back->jsonLine(), sent.at(i));
            CallRecord expected = calls.at(i);
            QCOMPARE(*back, expected);
        }
        // Newest first, in the API's order: the sandbox's own.
        const QList<CallRecord> newest = archive->newestFirst(0, 50);
        QCOMPARE(newest.size(), 50);
        for (int i = 0; i < newest.size(); ++i) {
            const SandboxCall &call = account.calls().at(account.newestFirst().at(i));
            QCOMPARE(CallFields::uuidText(newest.at(i).callUuid), call.callUuid);
        }
    }

    // The fixture bodies carry what rebuilding cannot produce: their text is kept instead.
    void fixturesComeBackAsSent_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : QDir(QStringLiteral(CALLSCOPE_FIXTURES))
                                           .entryList({QStringLiteral("*List*.json"),
                                                       QStringLiteral("docs-example.json")}))
            QTest::newRow(qPrintable(name)) << name;
    }

    void fixturesComeBackAsSent()
    {
        QFETCH(QString, name);
        const Parsed<CallPage> page = PageParser::parsePage(fixture(name));
        QVERIFY(page.ok());
        QString error;
        auto archive = CallArchive::open(m_engine.location(QStringLiteral("fixture")), &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY2(archive->store(page.value->records, nullptr, &error), qPrintable(error));
        // The fixtures repeat a call_uuid: one row per call, the record stored last.
        QHash<QUuid, CallRecord> latest;
        for (const CallRecord &record : page.value->records)
            latest.insert(record.callUuid, record);
        QCOMPARE(archive->count(), latest.size());
        for (const CallRecord &record : std::as_const(latest)) {
            const std::optional<CallRecord> back = archive->call(record.callUuid);
            QVERIFY(back);
            QCOMPARE(back->jsonLine(), record.jsonLine());
            QCOMPARE(*back, record);
        }
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_engine.location(QStringLiteral("newer"));
        QString error;
        {
            auto archive = CallArchive::open(path, &error);
            QVERIFY(archive);
            QSqlQuery query(archive->database());
            QVERIFY(query.exec(QStringLiteral(
                    "UPDATE archive_meta SET value = '99' WHERE key = 'schema_version'")));
        }
        QVERIFY(!CallArchive::open(path, &error));
        QVERIFY2(error.contains(u"newer Callscope"), qPrintable(error));
    }

    void unwritablePlaceIsExplained()
    {
        QString error;
        if (m_engine.isPostgreSql()) {
            const QString missing = m_engine.postgres()->url(QStringLiteral("no_such_database"));
            QVERIFY(!CallArchive::open(missing, &error));
            QVERIFY2(error.contains(u"could not be opened"), qPrintable(error));
            return;
        }
        QVERIFY(!CallArchive::open(m_engine.folder() + QStringLiteral("/no/such/dir/a.sqlite"),
                                   &error));
        QVERIFY2(error.contains(u"could not be created"), qPrintable(error));
    }

    void syncedRangesMerge()
    {
        auto archive = m_engine.open(m_engine.location(QStringLiteral("ranges")));
        QVERIFY(archive);
        QString error;
        using Range = CallArchive::TimeRange;
        for (const Range &range : {Range{100, 200}, Range{300, 400}, Range{200, 250},
                                   Range{390, 500}, Range{600, 700}, Range{150, 160}})
            QVERIFY2(archive->storeSynced({}, range, nullptr, &error), qPrintable(error));
        QCOMPARE(archive->syncedRanges(), (QList<Range>{{100, 250}, {300, 500}, {600, 700}}));
        QVERIFY(archive->storeSynced({}, Range{240, 610}, nullptr, &error));
        QCOMPARE(archive->syncedRanges(), (QList<Range>{{100, 700}}));
    }

    // A console CSV row (numbers redacted) never overwrites what the API sent; the API's record
    // replaces a console row.
    void poorerOriginNeverOverwrites()
    {
        const Parsed<CallPage> page
                = PageParser::parsePage(fixture(QStringLiteral("docs-example.json")));
        QVERIFY(page.ok());
        const CallRecord sent = page.value->records.first();
        CallRecord redacted = sent;
        redacted.sentJson.clear();
        redacted.fromNumber = QStringLiteral("+9198XXXXXX");
        auto archive = m_engine.open(m_engine.location(QStringLiteral("origin")));
        QVERIFY(archive);
        QString error;
        CallArchive::StoreCounts counts;
        QVERIFY(archive->store({sent}, &counts, &error, CallArchive::Origin::Api));
        QVERIFY(archive->store({redacted}, &counts, &error, CallArchive::Origin::ConsoleCsv));
        QCOMPARE(counts.keptRicher, 1);
        QCOMPARE(counts.updated, 0);
        QCOMPARE(archive->call(sent.callUuid)->fromNumber, sent.fromNumber);
        QCOMPARE(archive->call(sent.callUuid)->jsonLine(), sent.jsonLine());

        auto other = m_engine.open(m_engine.location(QStringLiteral("origin")));
        QVERIFY(other->store({redacted}, &counts, &error, CallArchive::Origin::ConsoleCsv));
        QVERIFY(other->store({sent}, &counts, &error, CallArchive::Origin::Api));
        QCOMPARE(counts.updated, 1);
        QCOMPARE(other->call(sent.callUuid)->jsonLine(), sent.jsonLine());
    }

    // One writer at a time, across connections (and so across processes); a reader is never
    // refused while the writer holds the lock.
    void oneWriterAtATime()
    {
        const QString location = m_engine.location(QStringLiteral("writer"));
        auto first = m_engine.open(location);
        auto second = m_engine.open(location);
        QVERIFY(first && second);
        QString error;
        QVERIFY2(first->acquireWriter(&error), qPrintable(error));
        QVERIFY(!second->acquireWriter(&error));
        QVERIFY2(error.contains(u"Another sync or import"), qPrintable(error));
        const Parsed<CallPage> page
                = PageParser::parsePage(fixture(QStringLiteral("docs-example.json")));
        QVERIFY(first->store(page.value->records, nullptr, &error));
        QCOMPARE(second->count(), first->count());
        first->releaseWriter();
        QVERIFY2(second->acquireWriter(&error), qPrintable(error));
        second.reset(); // closing releases it
        QVERIFY2(first->acquireWriter(&error), qPrintable(error));
    }

    // PostgreSQL: calls land in the partition of their end month; the documented read-only role
    // reads everything and writes nothing.
    void postgresPartitionsAndReadOnlyRole()
    {
        if (!m_engine.isPostgreSql())
            QSKIP("PostgreSQL only");
        const SandboxAccount account(9, 3000, QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC));
        QList<QByteArray> sent;
        const QList<CallRecord> calls = parsedCalls(account, &sent);
        const QString location = m_engine.location(QStringLiteral("partitions"));
        const QString database = QUrl(location).path().mid(1);
        auto archive = m_engine.open(location);
        QString error;
        QVERIFY2(archive->store(calls, nullptr, &error), qPrintable(error));
        QSqlQuery query(archive->database());
        QVERIFY(query.exec(QStringLiteral(
                "SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'calls'::regclass")));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() >= 4, "100 days span at least four months + undated");
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM calls_undated")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        // The statements README.md gives for staff who browse but do not sync.
        QVERIFY2(m_engine.postgres()->execute(
                         database,
                         {QStringLiteral("CREATE ROLE callscope_reader LOGIN"),
                          QStringLiteral("GRANT CONNECT ON DATABASE %1 TO callscope_reader")
                                  .arg(database),
                          QStringLiteral("GRANT USAGE ON SCHEMA public TO callscope_reader"),
                          QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO "
                                         "callscope_reader"),
                          QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT "
                                         "ON TABLES TO callscope_reader")},
                         &error),
                 qPrintable(error));
        auto reader = m_engine.open(
                m_engine.postgres()->url(database, QStringLiteral("callscope_reader")));
        QVERIFY(reader);
        QCOMPARE(reader->count(), calls.size());
        QCOMPARE(reader->call(calls.first().callUuid)->jsonLine(), sent.first());
        ArchiveCriteria inbound; // answered by the chart rollup, which the role reads too
        inbound.filter.callDirection = QStringLiteral("inbound");
        const ArchiveQuery byRollup(reader.get(), inbound);
        QVERIFY(byRollup.usesRollup());
        QCOMPARE(byRollup.count(&error),
                 std::optional<qint64>(
                         std::count_if(calls.cbegin(), calls.cend(), [](const auto &c) {
                             return c.direction == CallDirection::Inbound;
                         })));
        QVERIFY(!reader->store(calls.mid(0, 1), nullptr, &error));
        QVERIFY2(error.contains(u"permission denied"), qPrintable(error));

        // An old month dropped whole, as README.md says: its partition, and its days and hours in
        // the chart rollups.
        qint64 oldest = calls.first().endTime->utcSeconds();
        for (const CallRecord &call : calls)
            oldest = qMin(oldest, call.endTime->utcSeconds());
        const QDate month = QDateTime::fromSecsSinceEpoch(oldest, QTimeZone::utc()).date();
        const qint64 fromUs = QDateTime(QDate(month.year(), month.month(), 1), {}, QTimeZone::utc())
                                      .toSecsSinceEpoch()
                * 1000000;
        const qint64 toUs = QDateTime(QDate(month.year(), month.month(), 1).addMonths(1), {},
                                      QTimeZone::utc())
                                    .toSecsSinceEpoch()
                * 1000000;
        QVERIFY2(m_engine.postgres()->execute(
                         database,
                         {QStringLiteral("BEGIN"),
                          QStringLiteral("DROP TABLE calls_%1_%2")
                                  .arg(month.year())
                                  .arg(month.month(), 2, 10, QLatin1Char('0')),
                          QStringLiteral("DELETE FROM call_rollup WHERE day_us >= %1 AND day_us "
                                         "< %2")
                                  .arg(fromUs)
                                  .arg(toUs),
                          QStringLiteral("DELETE FROM call_hours WHERE hour_us >= %1 AND hour_us "
                                         "< %2")
                                  .arg(fromUs)
                                  .arg(toUs),
                          QStringLiteral("COMMIT")},
                         &error),
                 qPrintable(error));
        QHash<QUuid, CallRecord> kept;
        for (const CallRecord &call : calls) {
            if (call.endTime->utcSeconds() * 1000000 >= toUs)
                kept.insert(call.callUuid, call);
        }
        QVERIFY(kept.size() < calls.size());
        QCOMPARE(archive->count(), kept.size());
        QCOMPARE(storedRollup(*archive), rollupOf(kept));
        QCOMPARE(storedRollup(*archive, true), rollupOf(kept, true));
    }
};

QTEST_GUILESS_MAIN(TestCallArchive)
#include "tst_callarchive.moc"
