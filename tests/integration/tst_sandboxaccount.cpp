// The synthetic account behind the sandbox: deterministic, the right size and span, and shaped
// like a real Plivo account, hostile values included.
#include "sandbox/sandboxaccount.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime FixedNow = QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC);
constexpr int CallCount = 5000;

QByteArray renderAll(const SandboxAccount &account)
{
    QByteArray bytes;
    for (const SandboxCall &call : account.calls())
        bytes += QJsonDocument(account.toJson(call)).toJson(QJsonDocument::Compact) + '\n';
    return bytes;
}

} // namespace

class TestSandboxAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sizeAndSpan_data();
    void sizeAndSpan();
    void sameSeedSameBytes();
    void otherSeedOtherCalls();
    void earlierNowSeesTheSameHistory();
    void bLegsInsideTheirALeg();
    void durationsAndMoney();
    void hangupCausesFitTheOutcome();
    void timesInTheAccountTimezone_data();
    void timesInTheAccountTimezone();
    void numbersInEveryShape();
    void hostileValuesPresent();
    void contractFields();
    void subaccountsAndExtras();
    void newestFirstOrder();
    void liveCallsEndNow();
    void largeAccountIsQuick();

private:
    SandboxAccount *m_account = nullptr;
};

void TestSandboxAccount::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_account = new SandboxAccount(7, CallCount, FixedNow);
}

void TestSandboxAccount::sizeAndSpan_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("spanDays");
    QTest::newRow("empty") << 0 << 100;
    QTest::newRow("one leg") << 1 << 100;
    QTest::newRow("small") << 37 << 10;
    QTest::newRow("default span") << 3000 << 100;
}

void TestSandboxAccount::sizeAndSpan()
{
    QFETCH(int, count);
    QFETCH(int, spanDays);
    const SandboxAccount account(3, count, FixedNow, spanDays);
    QCOMPARE(account.calls().size(), count);
    QCOMPARE(account.newestFirst().size(), count);
    QCOMPARE(account.now(), FixedNow.toSecsSinceEpoch());
    const qint64 now = FixedNow.toSecsSinceEpoch();
    for (const SandboxCall &call : account.calls()) {
        QVERIFY(call.endTime <= now);
        // An A-leg ends inside the span; its B-legs end no later than it.
        QVERIFY2(call.endTime > now - qint64(spanDays) * 86400 - 4 * 3600,
                 qPrintable(call.callUuid));
        QVERIFY(call.initiationTime <= call.endTime);
    }
}

void TestSandboxAccount::sameSeedSameBytes()
{
    const SandboxAccount again(7, CallCount, FixedNow);
    QCOMPARE(renderAll(again), renderAll(*m_account));
    QCOMPARE(again.subaccounts(), m_account->subaccounts());
    QCOMPARE(again.newestFirst(), m_account->newestFirst());
}

void TestSandboxAccount::otherSeedOtherCalls()
{
    const SandboxAccount other(8, CallCount, FixedNow);
    QCOMPARE(other.calls().size(), m_account->calls().size());
    QVERIFY(other.calls().first().callUuid != m_account->calls().first().callUuid);
    QVERIFY(renderAll(other) != renderAll(*m_account));
}

void TestSandboxAccount::bLegsInsideTheirALeg()
{
    QHash<QString, int> bLegsPerParent;
    QSet<QString> uuids;
    int aLegs = 0;
    for (const SandboxCall &call : m_account->calls()) {
        QVERIFY2(!uuids.contains(call.callUuid), "call_uuid is unique");
        uuids.insert(call.callUuid);
        if (call.isALeg()) {
            ++aLegs;
            continue;
        }
        const SandboxCall *parent = m_account->findCall(call.parentCallUuid);
        QVERIFY(parent);
        QVERIFY(parent->isALeg());
        QVERIFY(parent->answered);
        QVERIFY(call.initiationTime >= parent->initiationTime);
        QVERIFY(call.endTime <= parent->endTime);
        QCOMPARE(call.direction, u"outbound"_s);
        QCOMPARE(call.subaccount, parent->subaccount);
        ++bLegsPerParent[call.parentCallUuid];
    }
    QVERIFY(aLegs > CallCount / 2);
    QVERIFY(!bLegsPerParent.isEmpty());
    QSet<int> counts;
    for (const int count : std::as_const(bLegsPerParent)) {
        QVERIFY(count >= 1 && count <= 3);
        counts.insert(count);
    }
    QCOMPARE(counts, (QSet<int>{1, 2, 3}));
}

void TestSandboxAccount::durationsAndMoney()
{
    int zero = 0;
    int typical = 0;
    int overAnHour = 0;
    for (const SandboxCall &call : m_account->calls()) {
        QVERIFY(call.billDuration >= 0);
        QCOMPARE(call.billedDuration % 60, 0);
        QVERIFY(call.billedDuration >= call.billDuration);
        QVERIFY(call.billedDuration - call.billDuration < 60);
        QCOMPARE(call.totalAmount, call.totalRate * call.billedDuration / 60);
        QCOMPARE(call.answered, call.billDuration > 0);
        if (call.answered) {
            QCOMPARE(call.answerTime + call.billDuration, call.endTime);
            QVERIFY(call.answerTime >= call.initiationTime);
        }
        zero += call.billDuration == 0;
        typical += call.billDuration >= 10 && call.billDuration <= 300;
        overAnHour += call.billDuration > 3600;
    }
    QVERIFY2(zero > CallCount / 5, "many 0-second failures");
    QVERIFY2(typical > CallCount / 3, "most answered calls last 10 s to 5 min");
    QVERIFY2(overAnHour > 0 && overAnHour < CallCount / 20, "a few calls over an hour");

    QCOMPARE(SandboxAccount::formatAmount(0), u"0.00000"_s);
    QCOMPARE(SandboxAccount::formatAmount(1667), u"0.01667"_s);
    QCOMPARE(SandboxAccount::formatAmount(123456789), u"1234.56789"_s);
}

void TestSandboxAccount::hangupCausesFitTheOutcome()
{
    QHash<int, int> codes;
    int answered = 0;
    for (const SandboxCall &call : m_account->calls()) {
        QCOMPARE(call.hangupCauseName, SandboxAccount::hangupCauseName(call.hangupCauseCode));
        QVERIFY(!call.hangupCauseName.isEmpty());
        if (call.hangupCauseCode == 3010)
            QCOMPARE(call.hangupSource, u"Callee"_s);
        if (call.answered) {
            ++answered;
            QCOMPARE(call.callState, u"ANSWER"_s);
        } else {
            QVERIFY(call.callState != u"ANSWER"_s);
            QCOMPARE(call.billDuration, 0);
        }
        if (call.hangupCauseCode == 9000)
            QVERIFY(!call.isALeg());
        ++codes[call.hangupCauseCode];
    }
    QVERIFY2(codes.value(4000) > answered / 2, "an answered call mostly ends with 4000");
    QVERIFY(codes.value(3010) > 0);
    QVERIFY(codes.size() >= 15);
    QCOMPARE(SandboxAccount::hangupCauseName(3010), u"Busy Line"_s);
    QCOMPARE(SandboxAccount::hangupCauseName(8011), u"Invalid Answer XML"_s);
}

void TestSandboxAccount::timesInTheAccountTimezone_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("India") << 19800 << u"+05:30"_s;
    QTest::newRow("UTC") << 0 << u"+00:00"_s;
    QTest::newRow("Newfoundland") << -12600 << u"-03:30"_s;
    QTest::newRow("Chatham") << 45900 << u"+12:45"_s;
}

void TestSandboxAccount::timesInTheAccountTimezone()
{
    QFETCH(int, offset);
    QFETCH(QString, suffix);
    const SandboxAccount account(1, 200, FixedNow, 100, offset);
    QCOMPARE(SandboxAccount::formatOffset(offset), suffix);
    const QRegularExpression pattern(
            u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"_s);
    for (const SandboxCall &call : account.calls()) {
        const QString text = account.formatTime(call.endTime);
        QVERIFY2(pattern.match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.endsWith(suffix));
        // Read back with Qt: the same instant.
        QDateTime parsed = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
        parsed.setOffsetFromUtc(offset);
        QCOMPARE(parsed.toSecsSinceEpoch(), call.endTime);
    }
    QCOMPARE(account.formatTime(FixedNow.toSecsSinceEpoch()),
             FixedNow.toOffsetFromUtc(offset).toString(u"yyyy-MM-dd HH:mm:ss"_s) + suffix);
    // Before 1970 and across a leap day.
    const SandboxAccount utc(1, 0, FixedNow, 100, 0);
    QCOMPARE(utc.formatTime(-1), u"1969-12-31 23:59:59+00:00"_s);
    QCOMPARE(
            utc.formatTime(QDateTime(QDate(2024, 2, 29), QTime(23, 0), Qt::UTC).toSecsSinceEpoch()),
            u"2024-02-29 23:00:00+00:00"_s);
}

void TestSandboxAccount::numbersInEveryShape()
{
    int plus = 0;
    int bare = 0;
    int sip = 0;
    int nullFrom = 0;
    int inbound = 0;
    for (const SandboxCall &call : m_account->calls()) {
        inbound += call.direction == u"inbound";
        QVERIFY(call.direction == u"inbound" || call.direction == u"outbound");
        nullFrom += call.fromNumberNull;
        for (const QString &number : {call.fromNumber, call.toNumber}) {
            plus += number.startsWith(u"+1") || number.startsWith(u"+9");
            bare += !number.isEmpty() && number.at(0).isDigit();
            sip += number.startsWith(u"sip:");
        }
    }
    QVERIFY(plus > 100);
    QVERIFY(bare > 100);
    QVERIFY(sip > 50);
    QVERIFY(nullFrom > 5);
    QVERIFY(inbound > CallCount / 5 && inbound < CallCount * 4 / 5);
}

void TestSandboxAccount::hostileValuesPresent()
{
    QSet<QChar> formulaStarts;
    bool comma = false;
    bool quote = false;
    bool newline = false;
    for (const SandboxCall &call : m_account->calls()) {
        const QString &from = call.fromNumber;
        if (from.size() > 1 && QStringView(u"=@+-").contains(from.at(0)) && !from.at(1).isDigit())
            formulaStarts.insert(from.at(0));
        if (from.startsWith(u"-2+3"))
            formulaStarts.insert(u'-');
        for (const QString &text : {call.cnamLookup, call.fromNumber}) {
            comma |= text.contains(u',');
            quote |= text.contains(u'"');
            newline |= text.contains(u'\n');
        }
    }
    QCOMPARE(formulaStarts, (QSet<QChar>{u'=', u'@', u'+', u'-'}));
    QVERIFY(comma);
    QVERIFY(quote);
    QVERIFY(newline);
}

void TestSandboxAccount::contractFields()
{
    const QStringList always = {u"answer_time"_s,        u"api_id"_s,
                                u"bill_duration"_s,      u"billed_duration"_s,
                                u"call_direction"_s,     u"call_duration"_s,
                                u"call_state"_s,         u"call_uuid"_s,
                                u"conference_uuid"_s,    u"end_time"_s,
                                u"from_number"_s,        u"hangup_cause_code"_s,
                                u"hangup_cause_name"_s,  u"hangup_source"_s,
                                u"initiation_time"_s,    u"parent_call_uuid"_s,
                                u"resource_uri"_s,       u"source_ip"_s,
                                u"stir_verification"_s,  u"to_number"_s,
                                u"total_amount"_s,       u"total_rate"_s,
                                u"voice_network_group"_s};
    const QRegularExpression amount(u"^\\d+\\.\\d{5}$"_s);
    const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    int capitalised = 0;
    for (const SandboxCall &call : m_account->calls()) {
        const QJsonObject object = m_account->toJson(call);
        for (const QString &key : always)
            QVERIFY2(object.contains(key), qPrintable(key));
        QVERIFY(object.contains(u"stir_attestation"_s) != object.contains(u"Stir_attestation"_s));
        capitalised += object.contains(u"Stir_attestation"_s);
        QVERIFY(amount.match(object.value(u"total_amount"_s).toString()).hasMatch());
        QVERIFY(amount.match(object.value(u"total_rate"_s).toString()).hasMatch());
        QVERIFY(uuid.match(call.callUuid).hasMatch());
        QCOMPARE(object.value(u"resource_uri"_s).toString(),
                 u"/v1/Account/MADEMO0000SANDBOX001/Call/%1/"_s.arg(call.callUuid));
        QCOMPARE(object.value(u"parent_call_uuid"_s).isNull(), call.isALeg());
        QCOMPARE(object.value(u"answer_time"_s).isNull(), !call.answered);
        QCOMPARE(object.value(u"from_number"_s).isNull(), call.fromNumberNull);
        QCOMPARE(object.value(u"hangup_cause_code"_s).toInt(), call.hangupCauseCode);
        const QString stir = call.stirVerification;
        QVERIFY(stir == u"Verified" || stir == u"Not Verified" || stir == u"Not Applicable");
        if (stir == u"Verified")
            QCOMPARE(call.stirAttestation, u"A"_s);
        if (stir == u"Not Verified")
            QVERIFY(call.stirAttestation == u"B" || call.stirAttestation == u"C");
    }
    QVERIFY(capitalised > 0);
}

void TestSandboxAccount::subaccountsAndExtras()
{
    const QRegularExpression subaccountId(u"^SA[A-Z0-9]{18}$"_s);
    QCOMPARE(m_account->subaccounts().size(), 3);
    for (const QString &id : m_account->subaccounts())
        QVERIFY(subaccountId.match(id).hasMatch());
    QHash<QString, int> perSubaccount;
    int extra = 0;
    int cnam = 0;
    for (const SandboxCall &call : m_account->calls()) {
        ++perSubaccount[call.subaccount];
        extra += !call.extraFieldName.isEmpty();
        cnam += call.hasCnamLookup;
        QVERIFY(call.subaccount.isEmpty() || m_account->subaccounts().contains(call.subaccount));
    }
    QCOMPARE(perSubaccount.size(), 4);
    QVERIFY(perSubaccount.value(QString()) > CallCount / 2);
    QVERIFY(extra > 0 && extra < CallCount / 10);
    QVERIFY(cnam > 0);
    // Past the 90-day retention: present in the account, never served.
    const auto old = std::count_if(
            m_account->calls().begin(), m_account->calls().end(),
            [this](const SandboxCall &call) { return call.endTime < m_account->retentionStart(); });
    QVERIFY(old > CallCount / 20);
}

void TestSandboxAccount::newestFirstOrder()
{
    const QList<int> &order = m_account->newestFirst();
    for (int i = 1; i < order.size(); ++i) {
        const SandboxCall &previous = m_account->calls().at(order.at(i - 1));
        const SandboxCall &current = m_account->calls().at(order.at(i));
        QVERIFY(SandboxAccount::isNewerFirst(previous, current));
    }
}

void TestSandboxAccount::liveCallsEndNow()
{
    SandboxAccount account(7, 300, FixedNow);
    const qint64 later = FixedNow.toSecsSinceEpoch() + 90;
    const quint64 revision = account.revision();
    account.setNow(later);
    QCOMPARE(account.now(), later);
    account.setNow(later - 10); // never backwards
    QCOMPARE(account.now(), later);
    QCOMPARE(account.addLiveCalls(25), 25);
    QCOMPARE(account.calls().size(), 325);
    QVERIFY(account.revision() > revision);
    for (int i = 0; i < 25; ++i) {
        const SandboxCall &call = account.calls().at(account.newestFirst().at(i));
        QCOMPARE(call.endTime, later);
        QVERIFY(account.findCall(call.callUuid) == &call);
    }
    for (int i = 1; i < account.newestFirst().size(); ++i)
        QVERIFY(SandboxAccount::isNewerFirst(account.calls().at(account.newestFirst().at(i - 1)),
                                             account.calls().at(account.newestFirst().at(i))));
    // The history is not disturbed by growth.
    const SandboxAccount fresh(7, 300, FixedNow);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(account.calls().at(i).callUuid, fresh.calls().at(i).callUuid);
}

void TestSandboxAccount::largeAccountIsQuick()
{
    QElapsedTimer timer;
    timer.start();
    const SandboxAccount account(1, 50000, FixedNow);
    QCOMPARE(account.calls().size(), 50000);
    qInfo("50,000 calls generated in %lld ms", timer.elapsed());
}

// One history, two dates: the earlier view holds exactly the calls that had ended by then, the
// same objects byte for byte.
void TestSandboxAccount::earlierNowSeesTheSameHistory()
{
    const QDateTime end = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    const QDateTime earlier = end.addDays(-60);
    const SandboxAccount later(7, 4000, end, 100, 19800, QStringLiteral("MADEMO0000SANDBOX001"),
                               end);
    const SandboxAccount seen(7, 4000, earlier, 100, 19800,
                              QStringLiteral("MADEMO0000SANDBOX001"), end);
    QCOMPARE(seen.now(), earlier.toSecsSinceEpoch());
    QCOMPARE(later.calls().size(), 4000);
    qsizetype expected = 0;
    for (const SandboxCall &call : later.calls()) {
        const SandboxCall *same = seen.findCall(call.callUuid);
        if (call.endTime > earlier.toSecsSinceEpoch()) {
            QVERIFY(!same);
            continue;
        }
        ++expected;
        QVERIFY(same);
        QCOMPARE(seen.jsonText(*same), later.jsonText(call));
    }
    QCOMPARE(seen.calls().size(), expected);
    QVERIFY(expected > 1000 && expected < 3000);
}

QTEST_GUILESS_MAIN(TestSandboxAccount)
#include "tst_sandboxaccount.moc"
