#include "export/csvwriter.h"
#include "plivo/pageparser.h"
#include "strictcsvreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

namespace {

// Text that breaks naive writers and readers, and text a spreadsheet would run.
const QStringList hostileStrings{
        QStringLiteral("plain"),
        QStringLiteral("comma, inside"),
        QStringLiteral("\"quoted\" and \"\"doubled\"\""),
        QStringLiteral("line\r\nbreak"),
        QStringLiteral("bare\nlf and bare\rcr"),
        QStringLiteral("trailing space "),
        QStringLiteral(" leading space"),
        QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")"),
        QStringLiteral("+1 415 555 0100"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A2)"),
        QStringLiteral("\tcmd|' /C calc'!A0"),
        QStringLiteral("\r\n=1+1"),
        QStringLiteral("caf\u00e9 \u65e5\u672c \U0001F4DE"),
        QStringLiteral("\"=1+1\""),
        QStringLiteral(","),
        QStringLiteral("\""),
};

CallRecord sampleRecord(const QString &text)
{
    CallRecord r;
    r.callUuid = QUuid::fromString(u"eba53b9e-8fbd-45c1-9444-696d2172fbc8");
    r.direction = CallDirection::Inbound;
    r.fromNumber = text;
    r.toNumber = QStringLiteral("+14155550100");
    r.hangupCauseName = text;
    r.endTime = ApiTime::parse(u"2022-10-12 21:57:47+05:30");
    r.initiationTime = ApiTime::parse(u"2022-10-12 21:50:00+05:30");
    r.callDuration = 467;
    r.billDuration = 467;
    r.billedDuration = 480;
    r.totalAmount = Money::parse(u"0.01667");
    r.totalRate = Money::parse(u"0.00850");
    r.hangupCauseCode = 4000;
    r.unknownFields.append({QStringLiteral("carrier_note"), QJsonValue(text)});
    r.unknownFields.append({QStringLiteral("hop_count"), QJsonValue(3)});
    return r;
}

QByteArray writeAll(const QList<CallRecord> &records, const CsvWriter::Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    if (!writer.writeHeader())
        return {};
    for (const CallRecord &record : records) {
        if (!writer.writeRecord(record))
            return {};
    }
    return buffer.data();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void quoting_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "abc"
                               << "abc";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("crlf") << "a\r\nb"
                              << "\"a\r\nb\"";
        QTest::newRow("lf") << "a\nb"
                            << "\"a\nb\"";
        QTest::newRow("cr") << "a\rb"
                            << "\"a\rb\"";
        QTest::newRow("space") << " a "
                               << " a ";
        QTest::newRow("tab") << "a\tb"
                             << "a\tb";
    }

    void quoting()
    {
        QFETCH(QString, cell);
        QFETCH(QString, quoted);
        QCOMPARE(CsvWriter::quoteCell(cell), quoted);
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("guarded");
        QTest::newRow("equals") << "=1+2"
                                << "'=1+2";
        QTest::newRow("plus text") << "+1 415 555"
                                   << "'+1 415 555";
        QTest::newRow("minus formula") << "-2+3"
                                       << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("cr") << "\r=1"
                            << "'\r=1";
        QTest::newRow("lf") << "\n=1"
                            << "'\n=1";
        QTest::newRow("lone minus") << "-"
                                    << "'-";
        QTest::newRow("lone plus") << "+"
                                   << "'+";
        QTest::newRow("dangling point") << "-1."
                                        << "'-1.";
        QTest::newRow("exponent") << "-1e5"
                                  << "'-1e5";
        QTest::newRow("e164") << "+14155550100"
                              << "+14155550100";
        QTest::newRow("negative decimal") << "-12.5"
                                          << "-12.5";
        QTest::newRow("negative fraction") << "-.5"
                                           << "-.5";
        QTest::newRow("plain digits") << "14155550100"
                                      << "14155550100";
        QTest::newRow("money") << "0.01667"
                               << "0.01667";
        QTest::newRow("text") << "Caller"
                              << "Caller";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("sip") << "sip:alice@phone.plivo.com"
                             << "sip:alice@phone.plivo.com";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("leading space") << " =1"
                                       << " =1";
    }

    void formulaGuard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, guarded);
        QCOMPARE(CsvWriter::guardFormula(cell), guarded);
    }

    void defaultHeader()
    {
        const QByteArray bytes = writeAll({}, {});
        const StrictCsv csv = StrictCsv::parse(bytes);
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QVERIFY(!csv.hadByteOrderMark);
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows.first().size(), 25);
        QCOMPARE(csv.rows.first().first(), QStringLiteral("call_uuid"));
        QCOMPARE(csv.rows.first(), CsvWriter::defaultColumns());
    }

    void byteOrderMark()
    {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        const QByteArray bytes = writeAll({sampleRecord(QStringLiteral("x"))}, options);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "call_uuid,"));
        const StrictCsv csv = StrictCsv::parse(bytes);
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QVERIFY(csv.hadByteOrderMark);
        QCOMPARE(csv.rows.size(), 2);
    }

    void hostileStringsRoundTrip_data()
    {
        QTest::addColumn<bool>("guard");
        QTest::newRow("guard on") << true;
        QTest::newRow("guard off") << false;
    }

    void hostileStringsRoundTrip()
    {
        QFETCH(bool, guard);
        CsvWriter::Options options;
        options.formulaGuard = guard;
        options.columns
                = QStringList{QStringLiteral("call_uuid"), QStringLiteral("from_number"),
                              QStringLiteral("to_number"), QStringLiteral("hangup_cause_name"),
                              QStringLiteral("carrier_note")};
        QList<CallRecord> records;
        for (const QString &text : hostileStrings)
            records.append(sampleRecord(text));
        const QByteArray bytes = writeAll(records, options);
        QVERIFY(bytes.endsWith("\r\n"));
        const StrictCsv csv = StrictCsv::parse(bytes);
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.rows.size(), hostileStrings.size() + 1);
        QCOMPARE(csv.rows.first(), options.columns);
        for (qsizetype i = 0; i < hostileStrings.size(); ++i) {
            const QString &text = hostileStrings.at(i);
            const QString expected = guard ? CsvWriter::guardFormula(text) : text;
            const QStringList &row = csv.rows.at(i + 1);
            QCOMPARE(row.at(0), QStringLiteral("eba53b9e-8fbd-45c1-9444-696d2172fbc8"));
            QCOMPARE(row.at(1), expected);
            QCOMPARE(row.at(2), QStringLiteral("+14155550100"));
            QCOMPARE(row.at(3), expected);
            QCOMPARE(row.at(4), expected);
            if (guard) {
                const QChar first = row.at(1).isEmpty() ? QChar() : row.at(1).front();
                QVERIFY2(first != u'=' && first != u'+' && first != u'-' && first != u'@'
                                 && first != u'\t' && first != u'\r' && first != u'\n',
                         qPrintable(row.at(1)));
            }
        }
    }

    void valuesAsSent()
    {
        const CallRecord record = sampleRecord(QStringLiteral("x"));
        CsvWriter writer(nullptr);
        const QStringList cells = writer.cells(record);
        const QStringList header = writer.header();
        const auto cell = [&](const char *name) {
            return cells.at(header.indexOf(QString::fromLatin1(name)));
        };
        QCOMPARE(cell("end_time"), QStringLiteral("2022-10-12 21:57:47+05:30"));
        QCOMPARE(cell("answer_time"), QString());
        QCOMPARE(cell("call_duration"), QStringLiteral("467"));
        QCOMPARE(cell("billed_duration"), QStringLiteral("480"));
        QCOMPARE(cell("total_amount"), QStringLiteral("0.01667"));
        QCOMPARE(cell("total_rate"), QStringLiteral("0.00850"));
        QCOMPARE(cell("hangup_cause_code"), QStringLiteral("4000"));
        QCOMPARE(cell("parent_call_uuid"), QString());
        QCOMPARE(cell("call_direction"), QStringLiteral("inbound"));
    }

    void utcTimes()
    {
        CsvWriter::Options options;
        options.timeStyle = TimeStyle::IsoUtc;
        options.columns
                = QStringList{QStringLiteral("initiation_time"), QStringLiteral("end_time")};
        CsvWriter writer(nullptr, options);
        QCOMPARE(writer.cells(sampleRecord(QStringLiteral("x"))),
                 QStringList({QStringLiteral("2022-10-12T16:20:00Z"),
                              QStringLiteral("2022-10-12T16:27:47Z")}));
    }

    void chosenColumnsAndUnknownFields()
    {
        CsvWriter::Options options;
        options.columns
                = QStringList{QStringLiteral("hop_count"), QStringLiteral("end_time"),
                              QStringLiteral("Stir_attestation"), QStringLiteral("missing_field")};
        options.includeUnknownFields = true;
        CsvWriter writer(nullptr, options);
        QCOMPARE(writer.header(), options.columns + QStringList{QStringLiteral("unknown_fields")});
        CallRecord record = sampleRecord(QStringLiteral("=evil"));
        record.stirAttestation = QStringLiteral("A");
        const QStringList cells = writer.cells(record);
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(0), QStringLiteral("3"));
        QCOMPARE(cells.at(1), QStringLiteral("2022-10-12 21:57:47+05:30"));
        QCOMPARE(cells.at(2), QStringLiteral("A"));
        QCOMPARE(cells.at(3), QString());
        // The rest of the unknown fields, as one JSON object; "hop_count" has its own column.
        const QJsonObject rest = QJsonDocument::fromJson(cells.at(4).toUtf8()).object();
        QCOMPARE(rest, QJsonObject({{QStringLiteral("carrier_note"), QStringLiteral("=evil")}}));

        CallRecord plain = sampleRecord(QStringLiteral("x"));
        plain.unknownFields.clear();
        QCOMPARE(writer.cells(plain).at(4), QString());
    }

    void checkColumns_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("problems");
        QTest::newRow("good") << QStringList{QStringLiteral("call_uuid"), QStringLiteral("x_y")}
                              << 0;
        QTest::newRow("empty") << QStringList{QStringLiteral("call_uuid"), QString()} << 1;
        QTest::newRow("repeat") << QStringList{QStringLiteral("a"), QStringLiteral("a")} << 1;
        QTest::newRow("reserved") << QStringList{QStringLiteral("unknown_fields")} << 1;
        QTest::newRow("spaces") << QStringList{QStringLiteral(" end_time")} << 1;
    }

    void checkColumns()
    {
        QFETCH(QStringList, columns);
        QFETCH(int, problems);
        QCOMPARE(CsvWriter::checkColumns(columns).size(), problems);
    }

    void jsonLines()
    {
        CsvWriter::Options options;
        options.format = CsvWriter::Format::JsonLines;
        options.byteOrderMark = true; // ignored: JSON Lines never starts with a BOM
        QList<CallRecord> records;
        for (const QString &text : hostileStrings)
            records.append(sampleRecord(text));
        const QByteArray bytes = writeAll(records, options);
        QVERIFY(bytes.endsWith('\n'));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.chopped(1).split('\n');
        QCOMPARE(lines.size(), records.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(document.object(), records.at(i).toJson());
            // Values are as sent: no formula guard in a machine format.
            QCOMPARE(document.object().value(u"from_number").toString(), hostileStrings.at(i));
        }
    }

    void fixturesRoundTrip_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(CALLSCOPE_FIXTURES));
        const QStringList files = dir.entryList(
                {QStringLiteral("*ListResponse.json"), QStringLiteral("docs-example.json")});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void fixturesRoundTrip()
    {
        QFETCH(QString, fixture);
        QFile file(fixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed<CallPage> page = PageParser::parsePage(file.readAll());
        QVERIFY2(page.ok(), qPrintable(page.error));
        CsvWriter::Options options;
        options.formulaGuard = false;
        options.includeUnknownFields = true;
        const StrictCsv csv = StrictCsv::parse(writeAll(page.value->records, options));
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.rows.size(), page.value->records.size() + 1);
        for (qsizetype i = 0; i < page.value->records.size(); ++i) {
            const CallRecord &record = page.value->records.at(i);
            for (CallField field : CallFields::all())
                QCOMPARE(csv.rows.at(i + 1).at(qsizetype(field)), record.text(field));
        }
    }

    void writeFailure()
    {
        QBuffer closed;
        CsvWriter writer(&closed);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        QVERIFY(!writer.writeRecord(sampleRecord(QStringLiteral("x"))));
        QVERIFY(!writer.errorString().isEmpty());
        QCOMPARE(writer.recordsWritten(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
