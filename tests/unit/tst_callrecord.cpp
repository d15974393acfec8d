#include "plivo/callrecord.h"
#include "plivo/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestCallRecord : public QObject
{
    Q_OBJECT

private slots:
    void apiNamesRoundTrip()
    {
        QCOMPARE(CallFields::all().size(), 25);
        for (CallField field : CallFields::all())
            QCOMPARE(CallFields::fromApiName(CallFields::apiName(field)), field);
        QCOMPARE(CallFields::fromApiName(u"Stir_attestation"), CallField::StirAttestation);
        QVERIFY(!CallFields::fromApiName(u"no_such_field"));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0:00";
        QTest::newRow("65") << qint64(65) << "1:05";
        QTest::newRow("hour") << qint64(3723) << "1:02:03";
        QTest::newRow("long") << qint64(90061) << "25:01:01";
    }

    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(CallFields::formatDuration(seconds), text);
    }

    void textAndJson()
    {
        CallRecord r;
        r.callUuid = QUuid::fromString(u"eba53b9e-8fbd-45c1-9444-696d2172fbc8");
        r.direction = CallDirection::Inbound;
        r.endTime = ApiTime::parse(u"2015-07-26 15:45:14+05:30");
        r.billDuration = 924;
        r.totalAmount = Money::parse(u"0.13600");
        r.fromNumber = QStringLiteral("=HYPERLINK(\"x\")");
        r.unknownFields.append({QStringLiteral("cnam_extra"), QJsonValue(7)});
        QCOMPARE(r.text(CallField::EndTime), QStringLiteral("2015-07-26 15:45:14+05:30"));
        QCOMPARE(r.text(CallField::EndTime, TimeStyle::IsoUtc),
                 QStringLiteral("2015-07-26T10:15:14Z"));
        QCOMPARE(r.text(CallField::BillDuration), QStringLiteral("924"));
        QCOMPARE(r.text(CallField::TotalAmount), QStringLiteral("0.13600"));
        QCOMPARE(r.text(CallField::CallDirection), QStringLiteral("inbound"));
        QCOMPARE(r.text(CallField::AnswerTime), QString());
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"call_uuid").toString(),
                 QStringLiteral("eba53b9e-8fbd-45c1-9444-696d2172fbc8"));
        QVERIFY(json.value(u"parent_call_uuid").isNull());
        QCOMPARE(json.value(u"total_amount").toString(), QStringLiteral("0.13600"));
        QCOMPARE(json.value(u"cnam_extra").toInt(), 7);
        QVERIFY(!json.contains(u"cnam_lookup"));
    }

    // The archive writes every stored call's fields straight to JSON text; each must read as
    // the QJsonValue path writes it, escapes, absent values and extreme numbers included.
    void appendJsonWritesAsJsonValue()
    {
        CallRecord full;
        full.callUuid = QUuid::fromString(u"eba53b9e-8fbd-45c1-9444-696d2172fbc8");
        full.parentCallUuid = QUuid::fromString(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        full.direction = CallDirection::Outbound;
        full.apiId = QString();
        full.callState = QStringLiteral("ANSWER");
        full.fromNumber = QStringLiteral("sip:\"Zoë\" <a\\b@x.example>\n\t\x01\x1f");
        full.toNumber = QStringLiteral("+14155550123 \u2603 \U0001F4DE");
        full.initiationTime = ApiTime::parse(u"2026-03-01 23:59:59.123456-09:30");
        full.answerTime = ApiTime::parse(u"2026-03-02 00:00:00+00:00");
        full.endTime = ApiTime::parse(u"2015-07-26 15:45:14+05:30");
        full.callDuration = -3;
        full.billDuration = 9'000'000'000'000'001;
        full.billedDuration = -9'000'000'000'000'000;
        full.totalAmount = Money::parse(u"0.13600");
        full.totalRate = Money::parse(u"-12345.00001");
        full.hangupCauseCode = -1;
        full.hangupCauseName = QStringLiteral("Normal Hangup");
        full.hangupSource = QString();
        full.resourceUri = QStringLiteral("/v1/Account/MA/Call/x/");
        full.stirVerification = QStringLiteral("Verified");
        full.stirAttestation = QStringLiteral("A");
        full.voiceNetworkGroup = QStringLiteral("US\"");
        full.sourceIp = QStringLiteral("10.0.0.1");
        full.cnamLookup = QStringLiteral("disabled");
        CallRecord empty; // every optional absent, direction unknown
        empty.billDuration = std::numeric_limits<qint64>::min();
        empty.callDuration = std::numeric_limits<qint64>::max();
        // Text is escaped as QJsonDocument escapes it.
        for (const std::optional<QString> &text : {full.fromNumber, full.toNumber, full.apiId}) {
            const QByteArray document
                    = QJsonDocument(QJsonArray{*text}).toJson(QJsonDocument::Compact);
            QCOMPARE(JsonText::quoted(*text), document.mid(1, document.size() - 2));
        }
        for (const CallRecord &record : {full, empty}) {
            for (const CallField field : CallFields::all()) {
                QByteArray written;
                record.appendJson(written, field);
                QCOMPARE(written, JsonText::written(record.jsonValue(field)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCallRecord)
#include "tst_callrecord.moc"
