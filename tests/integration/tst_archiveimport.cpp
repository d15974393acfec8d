// Import into a real archive (SQLite, or PostgreSQL with CALLSCOPE_ARCHIVE_ENGINE=postgresql):
// Callscope's own JSON Lines and CSV, written by the real CsvWriter, come back as they went out;
// Plivo console CSV fills gaps but never overwrites what the API sent; files that are not call
// exports change nothing and say why; rows that cannot be read are named by file and line.

#include "archiveengine.h"

#include "archive/archiveimport.h"
#include "archive/callarchive.h"
#include "export/csvwriter.h"
#include "plivo/pageparser.h"
#include "sandbox/sandboxaccount.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArchiveImport : public QObject
{
    Q_OBJECT

    ArchiveEngine m_engine;
    QList<CallRecord> m_calls; // as the client parses the sandbox's pages
    QList<QByteArray> m_sent;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_engine.folder() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString export_(const QString &name, const QList<CallRecord> &calls, ExportFormat format)
    {
        const QString path = m_engine.folder() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        CsvOptions options;
        options.format = format;
        options.includeUnknownFields = format == ExportFormat::Csv;
        CsvWriter writer(&file, options);
        writer.writeHeader();
        for (const CallRecord &call : calls)
            writer.writeRecord(call);
        return path;
    }

    // What the console would e-mail for these calls: its headers, numbers redacted.
    QByteArray consoleCsv(const QList<CallRecord> &calls)
    {
        QByteArray csv = "Call UUID,Parent call UUID,From number,To number,Call direction,"
                         "End time,Initiation time,Answer time,Call duration,Billed duration,"
                         "Call rate,Billed amount,Hangup cause,Hangup Cause Code,Hangup source,"
                         "Call leg,Subaccount Auth ID,Call type,To country ISO,"
                         "From country ISO,Billing prefix\r\n";
        for (const CallRecord &call : calls) {
            const auto utc = [](const std::optional<ApiTime> &time) {
                return time ? time->toUtc().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
            };
            const QStringList cells{
                    CallFields::uuidText(call.callUuid),
                    call.parentCallUuid ? CallFields::uuidText(*call.parentCallUuid) : QString(),
                    u"+9198XXXXXX00"_s,
                    u"+1415XXXXXX00"_s,
                    call.direction == CallDirection::Inbound ? u"Inbound"_s : u"Outbound"_s,
                    utc(call.endTime),
                    utc(call.initiationTime),
                    utc(call.answerTime),
                    QString::number(call.callDuration),
                    QString::number(call.billedDuration),
                    call.totalRate ? call.totalRate->toString() : QString(),
                    call.totalAmount ? call.totalAmount->toString() : QString(),
                    call.hangupCauseName.value_or(QString()),
                    call.hangupCauseCode ? QString::number(*call.hangupCauseCode) : QString(),
                    call.hangupSource.value_or(QString()),
                    call.parentCallUuid ? u"B"_s : u"A"_s,
                    QString(),
                    u"PSTN"_s,
                    u"US"_s,
                    u"IN"_s,
                    u"1415"_s,
            };
            csv += CsvWriter::csvRow(cells);
        }
        return csv;
    }

private slots:
    void initTestCase()
    {
        ARCHIVE_ENGINE_START(m_engine);
        const SandboxAccount account(41, 3000, QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC));
        const QList<SandboxCall> &all = account.calls();
        for (qsizetype first = 0; first < all.size(); first += 20) {
            QByteArray body = "{\"api_id\":\"x\",\"meta\":{\"total_count\":20},\"objects\":[";
            for (qsizetype i = first; i < qMin(first + 20, all.size()); ++i) {
                m_sent.append(account.jsonText(all.at(i)));
                body += (i > first ? "," : "") + m_sent.last();
            }
            m_calls += PageParser::parsePage(body + "]}").value->records;
        }
        QCOMPARE(m_calls.size(), all.size());
    }

    void jsonLinesComeBackAsSent()
    {
        auto archive = m_engine.open(m_engine.location(u"jsonl"_s));
        const QString path = export_(u"calls.jsonl"_s, m_calls, ExportFormat::JsonLines);
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.format, ArchiveImport::Format::JsonLines);
        QCOMPARE(result.imported, m_calls.size());
        QCOMPARE(result.rejected, 0);
        for (qsizetype i = 0; i < m_calls.size(); ++i)
            QCOMPARE(archive->call(m_calls.at(i).callUuid)->jsonLine(), m_sent.at(i));
        // Again: all already present, nothing doubled.
        const ArchiveImport::Result again = ArchiveImport::importFile(archive.get(), path);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.alreadyPresent, m_calls.size());
        QCOMPARE(archive->count(), m_calls.size());
    }

    void callscopeCsvComesBackAsWritten()
    {
        auto archive = m_engine.open(m_engine.location(u"csv"_s));
        const QString path = export_(u"calls.csv"_s, m_calls, ExportFormat::Csv);
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.format, ArchiveImport::Format::CallscopeCsv);
        QCOMPARE(result.imported, m_calls.size());
        QCOMPARE(result.rejected, 0);
        CsvOptions options;
        options.includeUnknownFields = true;
        CsvWriter writer(nullptr, options);
        for (const CallRecord &call : std::as_const(m_calls)) {
            const std::optional<CallRecord> back = archive->call(call.callUuid);
            QVERIFY(back);
            QCOMPARE(writer.cells(*back), writer.cells(call));
        }
    }

    void consoleCsvNeverOverwritesTheApi()
    {
        auto archive = m_engine.open(m_engine.location(u"console"_s));
        QString error;
        const QList<CallRecord> synced = m_calls.mid(0, 1000);
        QVERIFY(archive->store(synced, nullptr, &error));
        // The console's file covers the synced calls and 500 more.
        const QString path = writeFile(u"console.csv"_s, consoleCsv(m_calls.mid(0, 1500)));
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.format, ArchiveImport::Format::ConsoleCsv);
        QCOMPARE(result.imported, 500);
        QCOMPARE(result.alreadyPresent, 1000);
        QCOMPARE(result.rejected, 0);
        for (qsizetype i = 0; i < 1000; ++i)
            QCOMPARE(archive->call(m_calls.at(i).callUuid)->jsonLine(), m_sent.at(i));
        for (qsizetype i = 1000; i < 1500; ++i) {
            const CallRecord &call = m_calls.at(i);
            const std::optional<CallRecord> back = archive->call(call.callUuid);
            QVERIFY(back);
            QCOMPARE(back->fromNumber, u"+9198XXXXXX00"_s);
            QCOMPARE(back->endTime->utcSeconds(), call.endTime->utcSeconds());
            QCOMPARE(back->billedDuration, call.billedDuration);
            QCOMPARE(back->totalAmount, call.totalAmount);
            QCOMPARE(back->hangupCauseCode, call.hangupCauseCode);
            QCOMPARE(back->direction, call.direction);
            QCOMPARE(back->parentCallUuid, call.parentCallUuid);
            // Columns the API does not have are kept.
            bool keptLeg = false;
            for (const auto &[name, value] : back->unknownFields)
                keptLeg |= name == u"Call leg"
                        && value.toString() == (call.parentCallUuid ? u"B" : u"A");
            QVERIFY(keptLeg);
        }
    }

    // Each file starts with a good call, so refusing the file must undo that call too.
    void notACallExportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray goodLine = m_sent.at(20) + '\n';
        CsvWriter writer(nullptr);
        const QByteArray header = CsvWriter::csvRow(CsvWriter::defaultColumns());
        const QByteArray goodRow = CsvWriter::csvRow(writer.cells(m_calls.at(20)));
        QTest::newRow("binary") << goodLine + QByteArray("{\"call_uuid\":\0\0\0}\n", 17)
                                << u"binary"_s;
        QTest::newRow("not utf-8") << header + goodRow + "ab\xff\xfe\r\n" << u"not UTF-8"_s;
        QTest::newRow("ragged") << header + goodRow + "a,b,c\r\n"
                                << u"cells where the header has"_s;
        QTest::newRow("unknown header")
                << QByteArray("name,age\r\nx,1\r\n") << u"no call UUID column"_s;
        QTest::newRow("three megabyte line")
                << goodLine + QByteArray(3 << 20, 'x') << u"longer than 1 MB"_s;
        QTest::newRow("unclosed quote") << header + goodRow + "\"abc,\r\n" << u"never closed"_s;
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    }

    void notACallExportChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        auto archive = m_engine.open(m_engine.location(u"refused"_s));
        QString error;
        QVERIFY(archive->store(m_calls.mid(0, 10), nullptr, &error));
        const QString path = writeFile(u"bad.txt"_s, bytes);
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.contains(says), qPrintable(result.error));
        QCOMPARE(result.imported, 0);
        QCOMPARE(archive->count(), 10);
        QVERIFY(!archive->call(m_calls.at(20).callUuid));
    }

    // A 2 GB file with no line end (sparse: it costs no disk) is refused after its first
    // megabyte.
    void twoGigabyteLineIsRefusedQuickly()
    {
        const QString path = m_engine.folder() + u"/huge.jsonl"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("{\"call_uuid\":\"") == 14);
        QVERIFY(file.resize(qint64(2) << 30));
        file.close();
        auto archive = m_engine.open(m_engine.location(u"huge"_s));
        QElapsedTimer clock;
        clock.start();
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.contains(u"longer than 1 MB"), qPrintable(result.error));
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(archive->count(), 0);
        QFile::remove(path);
    }

    // A file of several batches: read on one thread, stored on another, the rows' fates and
    // the rejections' lines come out as one pass over the file would give them.
    void manyBatchesKeepTheirOrder()
    {
        const qsizetype rounds = ArchiveImport::BatchSize * 3 / m_sent.size() + 1;
        QByteArray lines;
        QStringList expectedRejections;
        qint64 line = 0;
        for (qsizetype round = 0; round < rounds; ++round) {
            for (const QByteArray &sent : std::as_const(m_sent)) {
                lines += sent + '\n';
                if (++line % 1999 == 0) {
                    lines += "[1,2,3]\n";
                    expectedRejections.append(u":%1: not a call object"_s.arg(++line));
                }
            }
        }
        QVERIFY(line > 3 * ArchiveImport::BatchSize);
        const QString path = writeFile(u"batches.jsonl"_s, lines);
        auto archive = m_engine.open(m_engine.location(u"batches"_s));
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.imported, m_sent.size());
        QCOMPARE(result.alreadyPresent, (rounds - 1) * m_sent.size());
        QCOMPARE(result.rejected, expectedRejections.size());
        QCOMPARE(result.rejections.size(), expectedRejections.size());
        for (qsizetype i = 0; i < expectedRejections.size(); ++i)
            QCOMPARE(result.rejections.at(i), path + expectedRejections.at(i));
        QCOMPARE(archive->count(), m_sent.size());
        for (qsizetype i = 0; i < m_calls.size(); ++i)
            QCOMPARE(archive->call(m_calls.at(i).callUuid)->jsonLine(), m_sent.at(i));
    }

    // The database refuses a call in the second batch while the reading thread is ahead:
    // reading stops, the import says why, and nothing of the file stays.
    void storeRefusedMidFileChangesNothing()
    {
        auto archive = m_engine.open(m_engine.location(u"refusing"_s));
        QString error;
        QVERIFY(archive->store(m_calls.mid(0, 10), nullptr, &error));
        const QUuid refused = QUuid::createUuid();
        const QString hex = QString::fromLatin1(refused.toRfc4122().toHex());
        QSqlQuery setUp(archive->database());
        const QString refusal = m_engine.isPostgreSql()
                ? u"ALTER TABLE calls ADD CONSTRAINT refused_by_the_test"
                  " CHECK (call_uuid <> '\\x%1'::bytea)"_s.arg(hex)
                : u"CREATE TRIGGER refused_by_the_test BEFORE INSERT ON calls"
                  " WHEN NEW.call_uuid = X'%1' BEGIN SELECT RAISE(ABORT, 'refused_by_the_test');"
                  " END"_s.arg(hex);
        QVERIFY2(setUp.exec(refusal), qPrintable(setUp.lastError().text()));

        QByteArray lines;
        const QByteArray sentUuid = CallFields::uuidText(m_calls.at(0).callUuid).toLatin1();
        qsizetype line = 0;
        while (line < 8 * ArchiveImport::BatchSize) {
            lines += m_sent.at(line % m_sent.size()) + '\n';
            if (++line == ArchiveImport::BatchSize + 7) {
                QByteArray other = m_sent.at(0);
                lines += other.replace(sentUuid, CallFields::uuidText(refused).toLatin1()) + '\n';
                ++line;
            }
        }
        const QString path = writeFile(u"refused.jsonl"_s, lines);
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.contains(u"refused_by_the_test"), qPrintable(result.error));
        QCOMPARE(result.imported, 0);
        QCOMPARE(archive->count(), 10);
        QVERIFY(!archive->call(m_calls.at(20).callUuid));

        // The archive takes the next import as if nothing had happened.
        const QString lifted = m_engine.isPostgreSql()
                ? u"ALTER TABLE calls DROP CONSTRAINT refused_by_the_test"_s
                : u"DROP TRIGGER refused_by_the_test"_s;
        QVERIFY2(setUp.exec(lifted), qPrintable(setUp.lastError().text()));
        const ArchiveImport::Result again = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(archive->count(), m_sent.size() + 1);
    }

    void unreadableRowsAreNamedAndTheRestStored()
    {
        QByteArray lines;
        for (int i = 0; i < 5; ++i)
            lines += m_sent.at(i) + '\n';
        lines += "{\"call_uuid\": oops}\n";
        lines += "[1,2,3]\n";
        lines += "{\"call_uuid\":\"not-a-uuid\"}\n";
        lines += m_sent.at(5) + '\n';
        const QString path = writeFile(u"mixed.jsonl"_s, lines);
        auto archive = m_engine.open(m_engine.location(u"mixed"_s));
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.imported, 6);
        QCOMPARE(result.rejected, 3);
        QCOMPARE(result.rejections.size(), 3);
        QVERIFY2(result.rejections.at(0).startsWith(path + u":6: not JSON"_s),
                 qPrintable(result.rejections.at(0)));
        QVERIFY2(result.rejections.at(1).startsWith(path + u":7: not a call object"_s),
                 qPrintable(result.rejections.at(1)));
        QVERIFY2(result.rejections.at(2).startsWith(path + u":8: no readable call UUID"_s),
                 qPrintable(result.rejections.at(2)));

        // The command says the same and fails, so a script notices.
        QProcess command;
        command.start(QStringLiteral(CALLSCOPE_EXECUTABLE),
                      {u"archive"_s, u"import"_s, u"--archive"_s, m_engine.location(u"mixedcli"_s),
                       path});
        QVERIFY(command.waitForFinished(60000));
        const QString said = QString::fromLocal8Bit(command.readAllStandardError());
        QCOMPARE(command.exitCode(), 1);
        QVERIFY2(said.contains(path + u":7: not a call object"_s), qPrintable(said));
        QVERIFY2(said.contains(u"6 imported, 0 already present, 3 rejected"), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestArchiveImport)
#include "tst_archiveimport.moc"
