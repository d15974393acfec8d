#pragma once

#include "callfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

// One request series: the filter restricted to an end_time interval the API accepts.
struct QueryWindow
{
    QDateTime from; // UTC
    bool fromInclusive = true;
    QDateTime to; // UTC
    bool toInclusive = true;
    std::optional<QDateTime> exactEndTime; // the person asked for one instant

    bool operator==(const QueryWindow &) const = default;
};

// Turns a filter and a pinned "now" into the windows to request, newest first: an explicit
// 7-day window when no time is given, an upper bound pinned before the current second (end_time
// __lt now, whole seconds) so paging never shifts,
// ranges split into windows of at most 30 days, clamped to the 90-day retention.
class QueryPlan
{
    Q_DECLARE_TR_FUNCTIONS(QueryPlan)

public:
    static constexpr qint64 MaxWindowSeconds = 30 * 86400;
    static constexpr qint64 RetentionSeconds = 90 * 86400;
    static constexpr qint64 DefaultSpanSeconds = 7 * 86400;

    // Plivo keeps 90 days; an archive keeps what it was given, so its ranges are not clamped.
    enum class Reach { PlivoRetention, Unlimited };

    QueryPlan() = default;
    static QueryPlan build(const CallFilter &filter, const QDateTime &now,
                           Reach reach = Reach::PlivoRetention);

    const CallFilter &filter() const { return m_filter; }
    QDateTime pinnedNow() const { return m_now; }
    const QList<QueryWindow> &windows() const { return m_windows; }
    bool isEmpty() const { return m_windows.isEmpty(); }
    // Sentences about what the plan changed from what was asked (clamping, defaults).
    const QStringList &notes() const { return m_notes; }

    // Every parameter of the window's requests, end_time bounds included (limit and offset not).
    QueryParameters parameters(qsizetype windowIndex) const;

private:
    CallFilter m_filter;
    QDateTime m_now;
    QList<QueryWindow> m_windows;
    QStringList m_notes;
};
