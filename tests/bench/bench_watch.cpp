// The cost of evaluating watch rules per followed call (issue 13: "rule evaluation cost per
// call"), against two baselines measured in the same run: deciding the rule's filter alone
// (CallFilter::matches, the least any rule must do) and counting the window again at each call
// (what a rule costs without the ring of one-second buckets).
//
//   bench_watch [CALLS]     default 2,000,000 calls, 5 per second of stream time

#include "models/callformat.h"
#include "watch/watchevaluator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <deque>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 Start = 1'796'000'000;

QList<CallRecord> stream(qsizetype count)
{
    QRandomGenerator random(13);
    QList<CallRecord> calls;
    calls.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        CallRecord call;
        call.callUuid = QUuid(quint32(i), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        // 5 calls per second; one in five ends up to 60 s before the others (late records).
        const qint64 late = random.bounded(5) == 0 ? random.bounded(60) : 0;
        call.endTime = ApiTime(Start + i / 5 - late, 0);
        call.direction = random.bounded(2) ? CallDirection::Outbound : CallDirection::Inbound;
        call.hangupCauseCode = random.bounded(100) < 15 ? 3010 : 4000;
        call.billDuration = random.bounded(600);
        call.fromNumber = u"+1415555%1"_s.arg(random.bounded(10000), 4, 10, QChar(u'0'));
        calls.append(call);
    }
    return calls;
}

WatchRule busyShare(std::chrono::seconds window)
{
    WatchRule rule;
    rule.name = u"Busy"_s;
    rule.match.hangupCauseCode = 3010;
    rule.match.callDirection = u"outbound"_s;
    rule.condition = WatchRule::Condition::ShareOf;
    rule.atLeastPercent = 7.5; // about the stream's own share: it crosses now and then
    rule.ofAtLeast = 30;
    rule.window = window;
    rule.quiet = window;
    return rule;
}

// Nanoseconds per call; the clock moves once per second of stream time, as the runner's does.
double evaluate(const WatchRule &rule, const QList<CallRecord> &calls, int *firings)
{
    WatchEvaluator evaluator(rule);
    evaluator.advanceTo(Start);
    *firings = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 second = Start;
    for (const CallRecord &call : calls) {
        const qint64 end = call.endTime->utcSeconds();
        if (end > second) {
            second = end;
            *firings += bool(evaluator.advanceTo(second));
        }
        *firings += bool(evaluator.observe(call));
    }
    return double(clock.nsecsElapsed()) / double(calls.size());
}

double matchOnly(const WatchRule &rule, const QList<CallRecord> &calls, qint64 *matched)
{
    QElapsedTimer clock;
    clock.start();
    *matched = 0;
    for (const CallRecord &call : calls)
        *matched += rule.match.matches(call);
    return double(clock.nsecsElapsed()) / double(calls.size());
}

// The window counted again at each call: every call in it is visited.
double rescan(const WatchRule &rule, const QList<CallRecord> &calls, qsizetype limit)
{
    std::deque<std::pair<qint64, bool>> window;
    qint64 holds = 0;
    QElapsedTimer clock;
    clock.start();
    const qsizetype count = std::min(limit, calls.size());
    for (qsizetype i = 0; i < count; ++i) {
        const CallRecord &call = calls.at(i);
        const qint64 end = call.endTime->utcSeconds();
        window.emplace_back(end, rule.match.matches(call));
        const qint64 from = end - rule.window.count();
        while (!window.empty() && window.front().first <= from - 60)
            window.pop_front(); // drop what no late record can bring back
        qint64 inWindow = 0, matching = 0;
        for (const auto &[second, isMatching] : window) {
            if (second > from) {
                ++inWindow;
                matching += isMatching;
            }
        }
        holds += inWindow >= rule.ofAtLeast
                && 100.0 * double(matching) >= rule.atLeastPercent * double(inWindow);
    }
    std::printf("    (rescan held %lld times)\n", holds);
    return double(clock.nsecsElapsed()) / double(count);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2'000'000;
    std::printf("Generating %lld calls (5 per second of stream time, 20 %% late by up to 60 s)\n",
                qint64(count));
    const QList<CallRecord> calls = stream(count);

    for (const std::chrono::seconds window :
         {std::chrono::seconds(15min), std::chrono::seconds(24h)}) {
        const WatchRule rule = busyShare(window);
        qint64 matched = 0;
        const double filterNs = matchOnly(rule, calls, &matched);
        int firings = 0;
        const double ruleNs = evaluate(rule, calls, &firings);
        std::printf("window %s: busy outbound share, %lld matching calls, %d firings\n",
                    qPrintable(CallFormat::spanText(window)), matched, firings);
        std::printf("  filter alone (baseline):     %8.1f ns/call\n", filterNs);
        std::printf("  WatchEvaluator (ring):       %8.1f ns/call  (%.2f x the filter)\n", ruleNs,
                    ruleNs / filterNs);
        std::printf("  ring memory:                 %8.1f KiB per rule\n",
                    double(window.count()) * 40 / 1024.0);
        // The rescan is quadratic: a sample is enough to show what it costs per call.
        const qsizetype sample = window > 1h ? 20'000 : 200'000;
        const double rescanNs = rescan(rule, calls, sample);
        std::printf("  rescan (baseline), %lld calls: %8.1f ns/call  (%.0f x the ring)\n",
                    qint64(sample), rescanNs, rescanNs / ruleNs);
    }
    return 0;
}
