// The archive on a real SQLite file: calls read from the sandbox's own bytes go in, come back
// exactly as sent (JSON Lines equal to the server's text), are never duplicated, survive
// reopening, and the file is private to its owner.

#include "archive/callarchive.h"
#include "plivo/pageparser.h"
#include "sandbox/sandboxaccount.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCallArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshArchiveIsPrivateAndInWalMode()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        QString error;
        auto archive = CallArchive::openSqlite(path, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->schemaVersion(), CallArchive::SchemaVersion);
        QCOMPARE(archive->journalMode(), QStringLiteral("wal"));
        QCOMPARE(QFile::permissions(path),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(archive->count(), 0);
    }

    void sandboxCallsComeBackAsSent()
    {
        const SandboxAccount account(5, 5000, QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC));
        QList<QByteArray> sent;
        const QList<CallRecord> calls = parsedCalls(account, &sent);
        QCOMPARE(calls.size(), account.calls().size());

        const QString path = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        QString error;
        {
            auto archive = CallArchive::openSqlite(path, &error);
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
        auto archive = CallArchive::openSqlite(path, &error);
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
        auto archive
                = CallArchive::openSqlite(m_dir.filePath(name + QStringLiteral(".sqlite")), &error);
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
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QString error;
        {
            auto archive = CallArchive::openSqlite(path, &error);
            QVERIFY(archive);
        }
        {
            QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                    "UPDATE archive_meta SET value = '99' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(!CallArchive::openSqlite(path, &error));
        QVERIFY2(error.contains(u"newer Callscope"), qPrintable(error));
    }

    void unwritablePlaceIsExplained()
    {
        QString error;
        QVERIFY(!CallArchive::openSqlite(m_dir.filePath(QStringLiteral("no/such/dir/a.sqlite")),
                                         &error));
        QVERIFY2(error.contains(u"could not be created"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCallArchive)
#include "tst_callarchive.moc"
