#include "plivo/callrecord.h"

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
};

QTEST_GUILESS_MAIN(TestCallRecord)
#include "tst_callrecord.moc"
