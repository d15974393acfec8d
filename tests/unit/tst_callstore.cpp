#include "plivo/pageparser.h"
#include "store/callstore.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestCallStore : public QObject
{
    Q_OBJECT

private slots:
    void recordsComeOutAsTheyWentIn_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(QStringLiteral(CALLSCOPE_FIXTURES))
                                          .entryList({QStringLiteral("*List*.json"),
                                                      QStringLiteral("docs-example.json")});
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void recordsComeOutAsTheyWentIn()
    {
        QFETCH(QString, name);
        QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CallPage page = *PageParser::parsePage(file.readAll()).value;
        CallStore store;
        QList<CallStore::Slot> stored;
        for (const CallRecord &record : page.records)
            stored.append(store.append(record));
        for (qsizetype i = 0; i < page.records.size(); ++i)
            QCOMPARE(store.record(stored[i]), page.records[i]);
    }

    void everyKindOfValueSurvives()
    {
        CallRecord r;
        r.callUuid = QUuid::createUuid();
        r.parentCallUuid = QUuid::createUuid();
        r.conferenceUuid = QUuid::createUuid();
        r.apiId = QString();
        r.direction = CallDirection::Inbound;
        r.callState = QStringLiteral("ANSWER");
        r.fromNumber = QStringLiteral("=HYPERLINK(\"x\",\"y\")");
        r.toNumber = QStringLiteral("sip:a,b\"c\nd@x");
        r.initiationTime = ApiTime::parse(u"2026-11-01 10:00:00.123456-03:30");
        r.answerTime = ApiTime::parse(u"2026-11-01 10:00:05+05:30");
        r.endTime = ApiTime::parse(u"1969-12-31 23:59:59+00:00");
        r.callDuration = 3700;
        r.billDuration = 3690;
        r.billedDuration = 3720;
        r.totalAmount = Money::parse(u"-12.34567");
        r.totalRate = Money::parse(u"0.00000");
        r.hangupCauseCode = 0;
        r.hangupCauseName = QStringLiteral("Unknown");
        r.hangupSource = QStringLiteral("API Request");
        r.resourceUri = QStringLiteral("/odd/place");
        r.stirVerification = QStringLiteral("Verified");
        r.stirAttestation = QStringLiteral("");
        r.voiceNetworkGroup = QStringLiteral("USA All Networks");
        r.sourceIp = QStringLiteral("127.0.01");
        r.cnamLookup = QStringLiteral("disabled");
        r.unknownFields.append({QStringLiteral("future_field"), QJsonValue(QStringLiteral("x"))});
        CallStore store;
        store.append(CallRecord()); // an all-null record first
        const CallStore::Slot slot = store.append(r);
        QCOMPARE(store.record(slot), r);
        QCOMPARE(store.record(0), CallRecord());
    }

    void repeatedTextIsStoredOnce()
    {
        CallStore store;
        CallRecord r;
        r.hangupCauseName = QStringLiteral("Normal Hangup");
        r.fromNumber = QStringLiteral("+14155550100");
        store.append(r);
        const qsizetype afterOne = store.memoryUsed();
        for (int i = 0; i < 1000; ++i)
            store.append(r);
        // Only the fixed-size part grows.
        QVERIFY(store.memoryUsed() - afterOne <= qsizetype(1024 * sizeof(CompactCall)));
    }

    // A slot taken over by another call gives back the new call exactly, keeps nothing of the
    // old one (unknown fields, text as sent), and leaves its neighbours alone.
    void aSlotCanBeTakenOver()
    {
        QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/docs-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CallPage page = *PageParser::parsePage(file.readAll()).value;
        QVERIFY(page.records.size() >= 2);
        CallRecord odd = page.records.first();
        odd.callUuid = QUuid::createUuid();
        odd.unknownFields.append({QStringLiteral("future_field"), QJsonValue(7)});
        odd.resourceUri = QStringLiteral("/odd/place");
        odd.sentJson = "{\"call_uuid\": \"not rebuildable\"}";
        CallStore store;
        const CallStore::Slot first = store.append(odd);
        const CallStore::Slot second = store.append(page.records.at(1));
        QCOMPARE(store.sentTextsKept(), 1);
        store.replace(first, page.records.first());
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.record(first), page.records.first());
        QCOMPARE(store.record(second), page.records.at(1));
        QCOMPARE(store.sentTextsKept(), 0);
        store.replace(second, odd);
        QCOMPARE(store.record(second), odd);
        QCOMPARE(store.record(first), page.records.first());
    }

    void compactCallStaysSmall() { QVERIFY(sizeof(CompactCall) <= 160); }
};

QTEST_GUILESS_MAIN(TestCallStore)
#include "tst_callstore.moc"
