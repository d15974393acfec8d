#include "queryplan.h"

#include <QTimeZone>

namespace {

QDateTime wholeSeconds(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000,
                                         QTimeZone::utc());
}

} // namespace

QueryPlan QueryPlan::build(const CallFilter &filter, const QDateTime &now, Reach reach)
{
    QueryPlan plan;
    plan.m_filter = filter;
    plan.m_now = wholeSeconds(now);
    const bool retained = reach == Reach::PlivoRetention;
    // Unlimited: nothing is older than the Unix epoch in a call record.
    const QDateTime oldest = retained ? plan.m_now.addSecs(-RetentionSeconds)
                                      : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    const RangeFilter<QDateTime> &range = filter.endTime;

    if (range.exact) {
        QueryWindow window;
        window.from = window.to = *range.exact;
        window.exactEndTime = *range.exact;
        if (*range.exact >= oldest)
            plan.m_windows.append(window);
        return plan;
    }

    QueryWindow whole;
    if (range.lessThan) {
        whole.to = *range.lessThan;
        whole.toInclusive = false;
    } else if (range.atMost) {
        whole.to = *range.atMost;
    } else {
        whole.to = plan.m_now;
        whole.toInclusive = false;
    }
    // The pin excludes the second that is still running: a call ending later in it would
    // otherwise join the result after paging began and shift every offset.
    if (whole.to > plan.m_now || (whole.to == plan.m_now && whole.toInclusive)) {
        whole.to = plan.m_now;
        whole.toInclusive = false;
    }

    if (range.greaterThan) {
        whole.from = *range.greaterThan;
        whole.fromInclusive = false;
    } else if (range.atLeast) {
        whole.from = *range.atLeast;
    } else if (range.hasUpperBound() || !retained) {
        // "Everything before X": as far back as the source keeps calls.
        whole.from = oldest;
        plan.m_notes.append(
                retained ? tr("No start was given: the range reaches back to the 90-day retention.")
                         : tr("No start was given: the range reaches back to the oldest call."));
    } else {
        whole.from = plan.m_now.addSecs(-DefaultSpanSeconds);
        plan.m_notes.append(tr("No time range was given: showing the last 7 days."));
    }
    if (retained && whole.from < oldest) {
        plan.m_notes.append(
                tr("Plivo keeps calls for 90 days: the range starts at %1 UTC instead of "
                   "%2 UTC.")
                        .arg(QueryEncoding::filterTime(oldest),
                             QueryEncoding::filterTime(whole.from)));
        whole.from = oldest;
        whole.fromInclusive = true;
    }
    if (whole.from > whole.to
        || (whole.from == whole.to && !(whole.fromInclusive && whole.toInclusive)))
        return plan;

    if (!retained) { // an archive answers any range at once
        plan.m_windows.append(whole);
        return plan;
    }

    // Newest first; each window is at most 30 days, and neighbours share a boundary second that
    // exactly one of them includes: the newer window starts with it, the older ends before it.
    QDateTime upper = whole.to;
    bool upperInclusive = whole.toInclusive;
    while (whole.from.secsTo(upper) > MaxWindowSeconds) {
        QueryWindow window;
        window.to = upper;
        window.toInclusive = upperInclusive;
        window.from = upper.addSecs(-MaxWindowSeconds);
        window.fromInclusive = true;
        plan.m_windows.append(window);
        upper = window.from;
        upperInclusive = false;
    }
    QueryWindow last;
    last.from = whole.from;
    last.fromInclusive = whole.fromInclusive;
    last.to = upper;
    last.toInclusive = upperInclusive;
    plan.m_windows.append(last);
    if (plan.m_windows.size() > 1)
        plan.m_notes.append(tr("The range is longer than the 30 days Plivo allows per request: "
                               "Callscope asks for it in %n windows.",
                               nullptr, int(plan.m_windows.size())));
    return plan;
}

QueryParameters QueryPlan::parameters(qsizetype windowIndex) const
{
    QueryParameters out = m_filter.parametersWithoutTime();
    const QueryWindow &window = m_windows.at(windowIndex);
    if (window.exactEndTime) {
        out.append({QStringLiteral("end_time"), QueryEncoding::filterTime(*window.exactEndTime)});
        return out;
    }
    out.append({window.fromInclusive ? QStringLiteral("end_time__gte")
                                     : QStringLiteral("end_time__gt"),
                QueryEncoding::filterTime(window.from)});
    out.append(
            {window.toInclusive ? QStringLiteral("end_time__lte") : QStringLiteral("end_time__lt"),
             QueryEncoding::filterTime(window.to)});
    return out;
}
