#include "watch/watchevaluator.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 Start = 1'796'000'000; // 2026-11-30 00:53:20 UTC
constexpr int Busy = 3010;
constexpr int Normal = 4000;

CallRecord call(qint64 endSecond, int cause, quint32 serial)
{
    CallRecord record;
    record.callUuid = QUuid(serial, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    record.endTime = ApiTime(endSecond, 0);
    record.hangupCauseCode = cause;
    record.direction = CallDirection::Outbound;
    return record;
}

WatchRule busyShare(std::chrono::seconds window, double percent, qint64 ofAtLeast,
                    std::chrono::seconds quiet)
{
    WatchRule rule;
    rule.name = u"Busy spike"_s;
    rule.match.hangupCauseCode = Busy;
    rule.condition = WatchRule::Condition::ShareOf;
    rule.atLeastPercent = percent;
    rule.ofAtLeast = ofAtLeast;
    rule.window = window;
    rule.quiet = quiet;
    return rule;
}

// The rule judged the slow way: every call kept, the window counted again at every step.
class Rescan
{
public:
    explicit Rescan(const WatchRule &rule)
        : m_rule(rule)
    { }

    bool advanceTo(qint64 second)
    {
        if (m_now < 0) {
            m_now = second;
            return false;
        }
        bool fired = false;
        while (m_now < second) {
            ++m_now;
            fired |= evaluate();
        }
        // Calls the window has passed never count again: dropped, so each step stays short.
        std::erase_if(m_calls, [this](const std::pair<qint64, bool> &call) {
            return call.first <= m_now - m_rule.window.count();
        });
        return fired;
    }
    bool observe(qint64 endSecond, bool matching)
    {
        bool fired = false;
        if (endSecond > m_now)
            fired = advanceTo(endSecond);
        if (endSecond <= m_now - m_rule.window.count())
            return fired;
        m_calls.push_back({endSecond, matching});
        return evaluate() || fired;
    }

private:
    bool evaluate()
    {
        qint64 calls = 0, matching = 0;
        for (const auto &[end, isMatching] : m_calls) {
            if (end > m_now - m_rule.window.count() && end <= m_now) {
                ++calls;
                matching += isMatching;
            }
        }
        bool holds = false;
        switch (m_rule.condition) {
        case WatchRule::Condition::AnyCall:
            holds = matching > 0;
            break;
        case WatchRule::Condition::MoreThan:
            holds = matching > m_rule.moreThan;
            break;
        case WatchRule::Condition::ShareOf:
            holds = calls >= m_rule.ofAtLeast
                    && 100.0 * double(matching) >= m_rule.atLeastPercent * double(calls);
            break;
        }
        if (holds) {
            m_falseSince = -1;
            const bool fires = m_armed;
            m_armed = false;
            return fires;
        }
        if (!m_armed) {
            if (m_falseSince < 0)
                m_falseSince = m_now;
            if (m_now - m_falseSince >= m_rule.quiet.count())
                m_armed = true;
        }
        return false;
    }

    WatchRule m_rule;
    qint64 m_now = -1;
    std::vector<std::pair<qint64, bool>> m_calls;
    bool m_armed = true;
    qint64 m_falseSince = -1;
};

} // namespace

class TestWatchEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shareFiresWhenItCrosses();
    void firesOnceThenAgainAfterQuiet();
    void shareRisesAsCallsLeave();
    void moreThan();
    void callsOlderThanTheWindowDoNotCount();
    void agreesWithARescan_data();
    void agreesWithARescan();
    void firingFigures();
};

void TestWatchEvaluator::shareFiresWhenItCrosses()
{
    // 20 % of at least 30 calls: 29 calls with 10 busy is not enough calls; the 30th fires.
    WatchEvaluator evaluator(busyShare(15min, 20, 30, 15min));
    evaluator.advanceTo(Start);
    quint32 serial = 0;
    for (int i = 0; i < 29; ++i) {
        const bool busy = i % 3 == 0;
        QVERIFY(!evaluator.observe(call(Start - 60 + i, busy ? Busy : Normal, ++serial)));
    }
    QCOMPARE(evaluator.windowCalls(), 29);
    QCOMPARE(evaluator.windowMatching(), 10);
    const std::optional<WatchFiring> firing = evaluator.observe(call(Start, Normal, ++serial));
    QVERIFY(firing);
    QCOMPARE(firing->calls, 30);
    QCOMPARE(firing->matching, 10);
    QCOMPARE(firing->firstCall, QUuid(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)); // i = 0
    QCOMPARE(firing->lastCall, QUuid(28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)); // i = 27
    QCOMPARE(firing->windowEnd.toSecsSinceEpoch(), Start);
    QCOMPARE(firing->windowStart.toSecsSinceEpoch(), Start - 15 * 60 + 1);
    // A bad afternoon is one alert: more busy calls keep it true, and nothing fires.
    for (int i = 0; i < 100; ++i)
        QVERIFY(!evaluator.observe(call(Start + i, Busy, ++serial)));
    QVERIFY(!evaluator.isArmed());
}

void TestWatchEvaluator::firesOnceThenAgainAfterQuiet()
{
    WatchRule rule;
    rule.name = u"Any"_s;
    rule.window = 60s;
    rule.quiet = 120s;
    WatchEvaluator evaluator(rule);
    evaluator.advanceTo(Start);
    QVERIFY(evaluator.observe(call(Start, Normal, 1))); // fires
    QVERIFY(!evaluator.advanceTo(Start + 30));
    QVERIFY(!evaluator.observe(call(Start + 30, Normal, 2))); // still true: no second alert
    // The call of +30 leaves the window at +90; the condition is false from then on, and the
    // rule is armed again 120 s later, at +210.
    QVERIFY(!evaluator.advanceTo(Start + 89));
    QCOMPARE(evaluator.windowCalls(), 1);
    QVERIFY(!evaluator.advanceTo(Start + 90));
    QCOMPARE(evaluator.windowCalls(), 0);
    QVERIFY(!evaluator.advanceTo(Start + 209));
    QVERIFY(!evaluator.isArmed());
    // A call before the quiet span is over makes it true again: it must be false for 120 s
    // in a row, so the quiet span starts over when this call leaves (+260, armed at +380).
    QVERIFY(!evaluator.observe(call(Start + 200, Normal, 3)));
    QVERIFY(!evaluator.advanceTo(Start + 379));
    QVERIFY(!evaluator.isArmed());
    QVERIFY(!evaluator.advanceTo(Start + 380));
    QVERIFY(evaluator.isArmed());
    const std::optional<WatchFiring> again = evaluator.observe(call(Start + 385, Normal, 4));
    QVERIFY(again);
    QCOMPARE(again->firstCall, QUuid(4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
}

void TestWatchEvaluator::shareRisesAsCallsLeave()
{
    WatchEvaluator evaluator(busyShare(60s, 50, 3, 60s));
    evaluator.advanceTo(Start);
    quint32 serial = 0;
    for (int i = 0; i < 10; ++i)
        QVERIFY(!evaluator.observe(call(Start, Normal, ++serial)));
    QVERIFY(!evaluator.advanceTo(Start + 50));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!evaluator.observe(call(Start + 50, Busy, ++serial))); // 3 of 13
    QVERIFY(!evaluator.advanceTo(Start + 59));
    // At +60 the ten calls of +0 leave: 3 of 3.
    const std::optional<WatchFiring> firing = evaluator.advanceTo(Start + 60);
    QVERIFY(firing);
    QCOMPARE(firing->calls, 3);
    QCOMPARE(firing->matching, 3);
    QCOMPARE(firing->percent(), 100.0);
    QCOMPARE(firing->windowStart.toSecsSinceEpoch(), Start + 1);
}

void TestWatchEvaluator::moreThan()
{
    WatchRule rule;
    rule.name = u"Flood"_s;
    rule.condition = WatchRule::Condition::MoreThan;
    rule.moreThan = 5;
    rule.match.hangupCauseCode = Busy;
    rule.window = 10min;
    WatchEvaluator evaluator(rule);
    quint32 serial = 0;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!evaluator.observe(call(Start + i, Busy, ++serial)));
        QVERIFY(!evaluator.observe(call(Start + i, Normal, ++serial)));
    }
    const std::optional<WatchFiring> firing = evaluator.observe(call(Start + 9, Busy, ++serial));
    QVERIFY(firing);
    QCOMPARE(firing->matching, 6);
    QCOMPARE(firing->calls, 11);
}

void TestWatchEvaluator::callsOlderThanTheWindowDoNotCount()
{
    WatchRule rule;
    rule.name = u"Any"_s;
    rule.window = 60s;
    WatchEvaluator evaluator(rule);
    evaluator.advanceTo(Start + 1000);
    QVERIFY(!evaluator.observe(call(Start + 1000 - 60, Normal, 1))); // just outside
    QCOMPARE(evaluator.windowCalls(), 0);
    QVERIFY(evaluator.observe(call(Start + 1000 - 59, Normal, 2))); // just inside: late, counted
    QCOMPARE(evaluator.windowCalls(), 1);
}

void TestWatchEvaluator::agreesWithARescan_data()
{
    QTest::addColumn<int>("condition");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 4; ++seed) {
        QTest::addRow("any call, seed %u", seed) << int(WatchRule::Condition::AnyCall) << seed;
        QTest::addRow("more than, seed %u", seed) << int(WatchRule::Condition::MoreThan) << seed;
        QTest::addRow("share, seed %u", seed) << int(WatchRule::Condition::ShareOf) << seed;
    }
}

// A day of a random stream in bursts and lulls, records late by up to 90 s: the evaluator fires
// at exactly the steps where counting the whole window again says it should.
void TestWatchEvaluator::agreesWithARescan()
{
    QFETCH(int, condition);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    WatchRule rule
            = busyShare(std::chrono::seconds(60 + random.bounded(600)), 5 + random.bounded(40),
                        1 + random.bounded(20), std::chrono::seconds(random.bounded(900)));
    rule.condition = WatchRule::Condition(condition);
    rule.moreThan = random.bounded(8);
    if (rule.condition == WatchRule::Condition::AnyCall)
        rule.window = std::chrono::seconds(5 + random.bounded(60));
    WatchEvaluator evaluator(rule);
    Rescan rescan(rule);
    evaluator.advanceTo(Start);
    rescan.advanceTo(Start);
    quint32 serial = 0;
    int firings = 0;
    int busyPercent = 10;
    for (qint64 second = Start + 1; second < Start + 6 * 3600; ++second) {
        if (second % 600 == 0) // the share of busy calls changes every 10 minutes
            busyPercent = random.bounded(60);
        const bool quiet = (second / 900) % 3 == 0;
        // The clock sometimes skips seconds, as a timer on a busy machine does.
        if (random.bounded(10) != 0 || second % 97 == 0) {
            const bool fired = bool(evaluator.advanceTo(second));
            QCOMPARE(fired, rescan.advanceTo(second));
            firings += fired;
        }
        const int arriving = quiet ? int(random.bounded(100) < 3) : int(random.bounded(4));
        for (int i = 0; i < arriving; ++i) {
            const qint64 late = random.bounded(100) < 20 ? random.bounded(90) : 0;
            const bool busy = int(random.bounded(100)) < busyPercent;
            const bool fired
                    = bool(evaluator.observe(call(second - late, busy ? Busy : Normal, ++serial)));
            QCOMPARE(fired, rescan.observe(second - late, busy));
            firings += fired;
        }
    }
    qInfo("window %llds, quiet %llds: %d firings over %u calls", qint64(rule.window.count()),
          qint64(rule.quiet.count()), firings, serial);
    QVERIFY(firings > 0);
}

void TestWatchEvaluator::firingFigures()
{
    WatchEvaluator evaluator(busyShare(15min, 20, 4, 15min));
    evaluator.advanceTo(Start);
    evaluator.observe(call(Start - 100, Normal, 1));
    evaluator.observe(call(Start - 50, Busy, 0x2a));
    evaluator.observe(call(Start - 10, Normal, 3));
    const std::optional<WatchFiring> firing = evaluator.observe(call(Start, Normal, 4));
    QVERIFY(firing);
    const QJsonObject json = firing->toJson();
    QCOMPARE(json.value(u"rule"_s).toString(), u"Busy spike"_s);
    QCOMPARE(json.value(u"calls"_s).toInteger(), 4);
    QCOMPARE(json.value(u"matching"_s).toInteger(), 1);
    QCOMPARE(json.value(u"percent"_s).toDouble(), 25.0);
    QCOMPARE(json.value(u"window_end"_s).toString(), u"2026-11-30T00:53:20Z"_s);
    QCOMPARE(json.value(u"window_start"_s).toString(), u"2026-11-30T00:38:21Z"_s);
    QCOMPARE(json.value(u"first_call_uuid"_s).toString(),
             u"0000002a-0000-0000-0000-000000000000"_s);
    QCOMPARE(json.value(u"last_call_uuid"_s).toString(), u"0000002a-0000-0000-0000-000000000000"_s);
    // Opening the firing asks for the matching calls of the window, to the second.
    const CallFilter filter = firing->windowFilter();
    QCOMPARE(filter.hangupCauseCode, Busy);
    QCOMPARE(filter.endTime.atLeast->toSecsSinceEpoch(), Start - 15 * 60 + 1);
    QCOMPARE(filter.endTime.atMost->toSecsSinceEpoch(), Start);
}

QTEST_GUILESS_MAIN(TestWatchEvaluator)
#include "tst_watchevaluator.moc"
