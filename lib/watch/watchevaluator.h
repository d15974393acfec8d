#pragma once

#include "watchrule.h"

#include "models/callformat.h"
#include "plivo/callrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <optional>
#include <vector>

// What made a rule fire: the window it looked at and the counts in it.
struct WatchFiring
{
    QString rule;
    QString condition; // the rule's condition as a person reads it
    WatchRule::Condition kind = WatchRule::Condition::AnyCall;
    CallFilter matchingFilter; // the rule's matching calls, to open them
    QDateTime windowStart; // UTC, inclusive
    QDateTime windowEnd; // UTC, inclusive
    qint64 calls = 0; // calls of the rule's "calls" in the window
    qint64 matching = 0; // of those, the ones "match" picks
    QUuid firstCall; // the matching call that ended first in the window, and last
    QUuid lastCall;

    double percent() const { return calls > 0 ? 100.0 * double(matching) / double(calls) : 0; }
    // The matching calls of the window, as a filter to open in the table.
    CallFilter windowFilter() const;
    // One line of `callscope watch`'s output.
    QJsonObject toJson() const;
    // "7 of 30 calls (23 %) between 14:02:10 and 14:17:09" for a share, else "7 calls between
    // …": the figures, for a person, in local time or, as the table may show times, in UTC
    // ("… and 14:17:09 UTC"; a window has no single account offset, so that too is UTC).
    QString figuresText(TimeDisplay display = TimeDisplay::Local) const;
};

// Evaluates one rule over a stream of calls, in constant time per call: the window is a ring of
// one-second buckets holding counts, and running totals move as buckets enter and leave it. Time
// is the stream's: `advanceTo` the clock, and calls fall into the second they ended. A call
// older than the window (a very late record) no longer counts.
//
// Hysteresis: the rule fires when its condition becomes true, and can fire again only after the
// condition has been false for the rule's "quiet" span.
class WatchEvaluator
{
public:
    explicit WatchEvaluator(const WatchRule &rule);

    const WatchRule &rule() const { return m_rule; }

    // A call of the rule's "calls" (the caller asked Plivo for those); returns a firing when
    // this call makes the condition true.
    std::optional<WatchFiring> observe(const CallRecord &call);
    // Moves the window's end to `utcSecond` (never back); calls leaving the window can make a
    // share rise, so this can fire too.
    std::optional<WatchFiring> advanceTo(qint64 utcSecond);

    qint64 windowCalls() const { return m_calls; }
    qint64 windowMatching() const { return m_matching; }
    bool isArmed() const { return m_armed; }

private:
    struct Bucket
    {
        quint32 calls = 0;
        quint32 matching = 0;
        QUuid firstMatching;
        QUuid lastMatching;
    };

    bool conditionHolds() const;
    std::optional<WatchFiring> evaluate();
    WatchFiring firing() const;
    void leave(qint64 second);

    WatchRule m_rule;
    CallFilter m_matchingFilter;
    std::vector<Bucket> m_buckets; // one per second of the window, by second % size; 40 bytes
    qint64 m_now = -1; // the window's last second
    qint64 m_calls = 0;
    qint64 m_matching = 0;
    bool m_armed = true;
    qint64 m_falseSince = -1;
};
