// JSON Lines give back each call object exactly as the API sent it: the same keys, spelled the
// same, in the same order, with the same values and JSON types. Checked for every fixture body,
// for sandbox pages (hostile text included), straight from the parser and through the store.

#include "orderedjson.h"

#include "export/csvwriter.h"
#include "plivo/jsontext.h"
#include "plivo/pageparser.h"
#include "sandbox/sandboxaccount.h"
#include "store/callstore.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestJsonLines : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return file.readAll();
    }

    static QByteArray jsonLine(const CallRecord &record)
    {
        CsvOptions options;
        options.format = ExportFormat::JsonLines;
        const QByteArray line = CsvWriter(nullptr, options).line(record);
        if (!line.endsWith('\n') || line.chopped(1).contains('\n'))
            return {};
        return line.chopped(1);
    }

    // The call objects of a body as the independent reader sees them.
    static QList<OrderedJson> sentObjects(const QByteArray &body)
    {
        const std::optional<OrderedJson> root = OrderedJson::parse(body);
        if (!root || root->kind != OrderedJson::Kind::Object)
            return {};
        for (const auto &[key, value] : root->members) {
            if (key == u"objects")
                return value.items;
        }
        return {*root}; // a single call ("Retrieve a call")
    }

    static QList<CallRecord> parsed(const QByteArray &body)
    {
        const Parsed<CallPage> page = PageParser::parsePage(body);
        if (page.ok())
            return page.value->records;
        const Parsed<CallRecord> call = PageParser::parseCall(body);
        return call.ok() ? QList<CallRecord>{*call.value} : QList<CallRecord>{};
    }

    static void compareLines(const QList<CallRecord> &records, const QList<OrderedJson> &sent)
    {
        QCOMPARE(records.size(), sent.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const std::optional<OrderedJson> line = OrderedJson::parse(jsonLine(records.at(i)));
            QVERIFY2(line, qPrintable(QString::number(i)));
            QCOMPARE(line->keys(), sent.at(i).keys());
            QCOMPARE(*line, sent.at(i));
        }
    }

    static QList<CallRecord> throughStore(const QList<CallRecord> &records, CallStore &store)
    {
        QList<CallRecord> back;
        for (const CallRecord &record : records)
            back.append(store.record(store.append(record)));
        return back;
    }

private slots:
    void fixturesComeBackAsSent_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(QStringLiteral(CALLSCOPE_FIXTURES))
                                          .entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(names.size() >= 9);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void fixturesComeBackAsSent()
    {
        QFETCH(QString, name);
        const QByteArray body = fixture(name);
        const QList<OrderedJson> sent = sentObjects(body);
        QVERIFY(!sent.isEmpty());
        const QList<CallRecord> records = parsed(body);
        compareLines(records, sent);
        CallStore store;
        compareLines(throughStore(records, store), sent);
    }

    // The points where a rebuilt object would differ: absent versus null, the capitalised key
    // of the documented example, numbers sent as text, escapes, repeated keys, nested values.
    void unusualObjectsComeBackAsSent_data()
    {
        QTest::addColumn<QByteArray>("object");
        const QByteArray uuid = "\"call_uuid\": \"eba53b9e-8fbd-45c1-9444-696d2172fbc8\"";
        QTest::newRow("few keys") << "{" + uuid + "}";
        QTest::newRow("null and absent") << "{\"to_number\":null," + uuid + "}";
        QTest::newRow("capitalised key")
                << "{" + uuid + ",\"Stir_attestation\":\"A\",\"hangup_cause_code\":4000}";
        QTest::newRow("numbers as text")
                << "{" + uuid + ",\"call_duration\":\"12\",\"bill_duration\":\" 7\"}";
        QTest::newRow("numbers written oddly")
                << "{" + uuid + ",\"call_duration\":1.2e1,\"hangup_cause_code\":-0}";
        QTest::newRow("escapes") << "{" + uuid
                        + ",\"from_number\":\"caf\\u00e9 \\/ \\\"x\\\"\\t\"}";
        QTest::newRow("raw unicode") << "{" + uuid + ",\"cnam_lookup\":\"Müller ☎\"}";
        QTest::newRow("repeated key") << "{" + uuid + ",\"to_number\":\"1\",\"to_number\":\"2\"}";
        QTest::newRow("unknown nested")
                << "{\"x\":{\"b\":1,\"a\":[true,null,{\"z\":0}]}," + uuid + ",\"y\":[]}";
        QTest::newRow("escaped key") << "{" + uuid + ",\"to_\\u006eumber\":\"+1\"}";
        QTest::newRow("wrong types")
                << "{" + uuid + ",\"end_time\":5,\"total_amount\":false,\"call_direction\":1}";
        QTest::newRow("whitespace") << "{ \n\t" + uuid + " ,\r\n \"api_id\" : \"a b\" }";
    }

    void unusualObjectsComeBackAsSent()
    {
        QFETCH(QByteArray, object);
        const QByteArray body
                = "{\"meta\":{\"total_count\":2},\"objects\":[" + object + ", " + object + "]}";
        const QList<OrderedJson> sent = sentObjects(body);
        QCOMPARE(sent.size(), 2);
        const QList<CallRecord> records = parsed(body);
        compareLines(records, sent);
        CallStore store;
        compareLines(throughStore(records, store), sent);
        compareLines(parsed(object), {sent.first()});
    }

    // Sandbox pages (hostile caller ids, names with quotes and line breaks, the capitalised key):
    // the lines are the server's bytes, and the store keeps almost none of them as text.
    void sandboxPagesComeBackAsSent()
    {
        const SandboxAccount account(7, 20000, QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC));
        CallStore store;
        qsizetype checked = 0;
        for (qsizetype first = 0; first < account.calls().size(); first += 20) {
            QByteArray body = "{\"api_id\":\"x\",\"meta\":{\"total_count\":20},\"objects\":[";
            QList<QByteArray> expected;
            for (qsizetype i = first; i < qMin(first + 20, account.calls().size()); ++i) {
                expected.append(account.jsonText(account.calls().at(i)));
                body += (i > first ? "," : "") + expected.last();
            }
            body += "]}";
            const QList<CallRecord> records = parsed(body);
            QCOMPARE(records.size(), expected.size());
            const QList<CallRecord> stored = throughStore(records, store);
            for (qsizetype i = 0; i < records.size(); ++i) {
                QCOMPARE(jsonLine(records.at(i)), expected.at(i));
                QCOMPARE(jsonLine(stored.at(i)), expected.at(i));
                ++checked;
            }
        }
        QCOMPARE(checked, account.calls().size());
        qInfo() << "calls kept as text by the store:" << store.sentTextsKept() << "of" << checked;
        QVERIFY(store.sentTextsKept() * 100 < checked);
    }

    void indentedKeepsOrderAndValues()
    {
        const QByteArray body = fixture(QStringLiteral("docs-example.json"));
        const CallRecord record = parsed(body).first();
        const QByteArray text = JsonText::indented(record.jsonLine());
        QVERIFY(text.contains("\n    \"answer_time\": "));
        QCOMPARE(OrderedJson::parse(text), OrderedJson::parse(record.jsonLine()));
        QCOMPARE(OrderedJson::parse(text), sentObjects(body).first());
    }

    void malformedTextGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("open") << QByteArray("{\"a\":");
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"x}");
        QTest::newRow("no colon") << QByteArray("{\"a\"1}");
        QTest::newRow("trailing") << QByteArray("{\"a\":1}x");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("deep") << QByteArray(100000, '[');
    }

    void malformedTextGivesNothing()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonText::members(text));
        QVERIFY(!JsonText::memberValue(text, u"a"));
        JsonText::indented(text); // must not crash
    }
};

QTEST_GUILESS_MAIN(TestJsonLines)
#include "tst_jsonlines.moc"
