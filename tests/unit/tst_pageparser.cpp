#include "plivo/pageparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

class TestPageParser : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return file.readAll();
    }

private slots:
    void everyFixtureParses_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(QStringLiteral(CALLSCOPE_FIXTURES))
                                          .entryList({QStringLiteral("*callListResponse.json"),
                                                      QStringLiteral("docs-example.json")});
        QVERIFY(names.size() >= 8);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFixtureParses()
    {
        QFETCH(QString, name);
        const Parsed<CallPage> parsed = PageParser::parsePage(fixture(name));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const CallPage &page = *parsed.value;
        // Every fixture claims 4 in total and carries 2: the client must cope, not trust.
        QCOMPARE(page.meta.totalCount, 4);
        QCOMPARE(page.meta.limit, 20);
        QCOMPARE(page.meta.offset, 0);
        QVERIFY(!page.meta.next);
        QCOMPARE(page.records.size(), 2);
        for (const CallRecord &record : page.records) {
            QVERIFY(!record.callUuid.isNull());
            QCOMPARE(record.direction, CallDirection::Outbound);
            QVERIFY(record.endTime);
            QVERIFY(record.totalAmount);
            QVERIFY(record.resourceUri->endsWith(CallFields::uuidText(record.callUuid) + u'/'));
        }
    }

    void docsExampleFieldByField()
    {
        const CallPage page
                = *PageParser::parsePage(fixture(QStringLiteral("docs-example.json"))).value;
        const CallRecord &r = page.records.first();
        QCOMPARE(page.apiId, QStringLiteral("8299d094-dc72-11e5-b56c-22000ae90795"));
        QCOMPARE(CallFields::uuidText(r.callUuid),
                 QStringLiteral("5607532d-5037-4066-befc-a8b40218dd4f"));
        QVERIFY(!r.parentCallUuid);
        QVERIFY(r.isALeg());
        QVERIFY(!r.conferenceUuid);
        QCOMPARE(r.callState, QStringLiteral("ANSWER"));
        QCOMPARE(r.fromNumber, QStringLiteral("+12025551111"));
        QCOMPARE(r.toNumber, QStringLiteral("sip:sam9461399937766203278@phone.plivo.com"));
        QCOMPARE(r.endTime->toApiString(), QStringLiteral("2022-10-12 21:57:47+05:30"));
        QCOMPARE(r.endTime->toIsoUtc(), QStringLiteral("2022-10-12T16:27:47Z"));
        QCOMPARE(r.initiationTime->toIsoUtc(), QStringLiteral("2022-10-12T16:27:40Z"));
        QCOMPARE(r.billDuration, 1);
        QCOMPARE(r.totalAmount->units(), 1667);
        QCOMPARE(r.totalRate->toString(), QStringLiteral("1.00000"));
        QCOMPARE(r.hangupCauseCode, 8011);
        QCOMPARE(r.hangupCauseName, QStringLiteral("Invalid Answer XML"));
        QCOMPARE(r.hangupSource, QStringLiteral("Error"));
        QCOMPARE(r.stirVerification, QStringLiteral("Not Applicable"));
        // The docs spell it "Stir_attestation"; it is the same field.
        QCOMPARE(r.stirAttestation, QStringLiteral("A"));
        QCOMPARE(r.voiceNetworkGroup, QString());
        QVERIFY(r.voiceNetworkGroup.has_value());
        QCOMPARE(r.sourceIp, QStringLiteral("92.168.0.1"));
        QVERIFY(r.unknownFields.isEmpty());
        // The docs example repeats one call: both are kept, the parser does not judge.
        QCOMPARE(page.records.at(0), page.records.at(1));
    }

    void nullsStayNull()
    {
        const CallPage page
                = *PageParser::parsePage(fixture(QStringLiteral("sdk-php-callListResponse.json")))
                           .value;
        const CallRecord &bLeg = page.records.at(1);
        QVERIFY(!bLeg.fromNumber);
        QVERIFY(!bLeg.answerTime);
        QVERIFY(!bLeg.callState);
        QCOMPARE(CallFields::uuidText(*bLeg.parentCallUuid),
                 QStringLiteral("73b3b6cc-2d6c-4566-8d19-10e6fda55df8"));
        QVERIFY(!bLeg.isALeg());
        // Empty text is not null.
        const CallPage go
                = *PageParser::parsePage(fixture(QStringLiteral("sdk-go-callListResponse.json")))
                           .value;
        QCOMPARE(go.records.first().stirAttestation, QString());
        QVERIFY(go.records.first().stirAttestation.has_value());
    }

    void retrieveBody()
    {
        const Parsed<CallRecord> parsed
                = PageParser::parseCall(fixture(QStringLiteral("sdk-python-callGetResponse.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->totalRate->toString(), QStringLiteral("0.03570"));
        QVERIFY(!parsed.value->answerTime);
    }

    void unknownAndUntypableValuesAreKept()
    {
        const QByteArray body = R"({"meta": {"limit": 20, "offset": 0, "total_count": 1,
            "next": null, "previous": null},
            "objects": [{"call_uuid": "eba53b9e-8fbd-45c1-9444-696d2172fbc8",
                         "bill_duration": "42", "billed_duration": 60, "call_duration": "x",
                         "hangup_cause_code": "3010", "total_amount": "0.1234567",
                         "end_time": "yesterday", "new_field": {"a": [1, 2]},
                         "call_direction": "sideways"}]})";
        const Parsed<CallPage> parsed = PageParser::parsePage(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const CallRecord &r = parsed.value->records.first();
        QCOMPARE(r.billDuration, 42); // a number sent as a string
        QCOMPARE(r.hangupCauseCode, 3010);
        QVERIFY(!r.totalAmount);
        QVERIFY(!r.endTime);
        QCOMPARE(r.direction, CallDirection::Unknown);
        QStringList kept;
        for (const auto &[name, value] : r.unknownFields)
            kept.append(name);
        kept.sort();
        QCOMPARE(kept,
                 QStringList({QStringLiteral("call_direction"), QStringLiteral("call_duration"),
                              QStringLiteral("end_time"), QStringLiteral("new_field"),
                              QStringLiteral("total_amount")}));
        // Rebuilt JSON carries the raw values again.
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"end_time").toString(), QStringLiteral("yesterday"));
        QCOMPARE(json.value(u"new_field").toObject().value(u"a").toArray().size(), 2);
    }

    void emptyObjects()
    {
        const Parsed<CallPage> parsed = PageParser::parsePage(
                R"({"api_id": "x", "meta": {"limit": 20, "offset": 0, "total_count": 0,
                    "next": null, "previous": null}, "objects": []})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value->records.size(), 0);
        QCOMPARE(parsed.value->meta.totalCount, 0);
    }

    void hostileBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << "web page";
        QTest::newRow("truncated")
                << fixture(QStringLiteral("docs-example.json")).left(700) << "JSON";
        QTest::newRow("array") << QByteArray("[1,2,3]") << "not an object";
        QTest::newRow("error body")
                << QByteArray(R"({"api_id":"a","error":"not found"})") << "not found";
        QTest::newRow("objects not a list")
                << QByteArray(R"({"meta":{"total_count":1},"objects":5})") << "list";
        QTest::newRow("object not a call")
                << QByteArray(R"({"meta":{"total_count":1},"objects":[5]})") << "not a call";
        QTest::newRow("huge total")
                << QByteArray(R"({"meta":{"total_count":1e300},"objects":[]})") << "total_count";
        QTest::newRow("negative total")
                << QByteArray(R"({"meta":{"total_count":-4},"objects":[]})") << "total_count";
        QTest::newRow("deep nesting")
                << (QByteArray(100000, '[') + QByteArray(100000, ']')) << "JSON";
        QTest::newRow("nul bytes") << QByteArray(64, '\0') << "JSON";
    }

    void hostileBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorContains);
        const Parsed<CallPage> parsed = PageParser::parsePage(body);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(errorContains, Qt::CaseInsensitive),
                 qPrintable(parsed.error));
    }

    void randomBytesNeverCrash()
    {
        // Mutations of a real page: flipped, cut and repeated bytes. Only "no crash" and "an
        // answer either way" are asserted.
        const QByteArray original = fixture(QStringLiteral("sdk-php-callListResponse.json"));
        QRandomGenerator random(20261127);
        int accepted = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray body = original;
            const int edits = random.bounded(1, 8);
            for (int e = 0; e < edits; ++e) {
                const int pos = random.bounded(int(body.size()));
                switch (random.bounded(3)) {
                case 0:
                    body[pos] = char(random.bounded(256));
                    break;
                case 1:
                    body.truncate(pos);
                    break;
                default:
                    body.insert(pos, body.mid(pos, random.bounded(40)));
                }
                if (body.isEmpty())
                    break;
            }
            const Parsed<CallPage> parsed = PageParser::parsePage(body);
            QVERIFY(parsed.ok() != !parsed.error.isEmpty());
            accepted += parsed.ok();
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
