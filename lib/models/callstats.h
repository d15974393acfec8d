#pragma once

#include "plivo/callrecord.h"
#include "plivo/queryplan.h"
#include "source/callsource.h"
#include "store/callstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>
#include <vector>

class CallTableModel;

// What a result looks like: billed durations, hangup causes and sources, calls over time and
// totals, counted over the calls loaded so far. Each call is added once, in O(1), so following a
// model as its pages arrive costs time proportional to the pages and never rescans the store.
class CallStats : public QObject
{
    Q_OBJECT

public:
    // Billed duration (bill_duration) buckets. Each is [lower, upper) in whole seconds:
    // 0 s = exactly 0, 1–10 s = 1…9, 10–30 s = 10…29, 30–60 s = 30…59, 1–2 min = 60…119,
    // 2–5 min = 120…299, 5–10 min = 300…599, 10–30 min = 600…1,799, 30 min+ = 1,800 and more.
    // A negative duration (never sent by Plivo) counts as 0 s.
    enum class DurationBucket {
        Zero,
        UpTo10s,
        UpTo30s,
        UpTo60s,
        UpTo2m,
        UpTo5m,
        UpTo10m,
        UpTo30m,
        From30m,
    };
    static constexpr int DurationBucketCount = 9;
    // A call ended normally when Plivo's cause says so (HangupCauses::isNormalEnding); every
    // other cause, and a missing one, is a failure.
    enum class Outcome { NormalEnding, Failure };

    struct CauseCount
    {
        std::optional<int> code; // nullopt: the call had no hangup_cause_code
        QString name;
        qint64 count = 0;
        bool operator==(const CauseCount &) const = default;
    };
    struct SourceCount
    {
        QString source; // empty: the call had no hangup_source
        qint64 count = 0;
        bool operator==(const SourceCount &) const = default;
    };
    // Calls whose end_time lies in [start, end), by outcome.
    struct TimeBucket
    {
        QDateTime start; // UTC
        QDateTime end; // UTC, exclusive
        qint64 normal = 0;
        qint64 failed = 0;
        qint64 total() const { return normal + failed; }
        bool operator==(const TimeBucket &) const = default;
    };
    struct Totals
    {
        qint64 calls = 0;
        qint64 answered = 0; // answer_time is set
        qint64 billSeconds = 0; // sum of bill_duration
        qint64 billedSeconds = 0; // sum of billed_duration (rounded to the billing interval)
        Money amount; // sum of total_amount, exact
        qint64 callsWithAmount = 0;
        qint64 outsideTimeBuckets = 0; // no end_time, or one outside the query's range
        bool operator==(const Totals &) const = default;
    };

    // One bar of a chart, as the thing a click narrows the filter to.
    struct Bucket
    {
        enum class Kind { Duration, Cause, Source, Time };
        Kind kind = Kind::Duration;
        int index = 0; // DurationBucket or time bucket index
        std::optional<int> causeCode;
        QString source;

        static Bucket duration(DurationBucket bucket)
        {
            return {Kind::Duration, int(bucket), {}, {}};
        }
        static Bucket cause(std::optional<int> code) { return {Kind::Cause, 0, code, {}}; }
        static Bucket hangupSource(const QString &source) { return {Kind::Source, 0, {}, source}; }
        static Bucket time(int index) { return {Kind::Time, index, {}, {}}; }
    };

    explicit CallStats(QObject *parent = nullptr);
    ~CallStats() override;

    static DurationBucket durationBucketOf(qint64 billSeconds);
    static qint64 durationLowerBound(DurationBucket bucket);
    // Exclusive; nullopt for 30 min+.
    static std::optional<qint64> durationUpperBound(DurationBucket bucket);
    static QString durationLabel(DurationBucket bucket);
    static Outcome outcomeOf(std::optional<int> causeCode);
    // The width of the time buckets for an end_time range: 1, 5, 15 or 30 minutes, 1, 3, 6 or
    // 12 hours, or a day, the narrowest that gives at most MaxTimeBuckets.
    static constexpr int MaxTimeBuckets = 100;
    static qint64 timeBucketSeconds(qint64 firstSecond, qint64 lastSecond);

    // Drops every count and sets what the counts are of: the query (its end_time range sets the
    // time buckets) and the size of its result (-1 while unknown).
    void reset(const QueryPlan &plan, qint64 totalCount = -1);
    void setTotalCount(qint64 totalCount);
    // Set by the model feed when every row is loaded, though Plivo may have returned fewer
    // records than it counted.
    void setComplete(bool complete);

    void add(const CallRecord &record);
    // A stored row; the store must stay the same one until the next reset() or recompute().
    void addCompact(const CompactCall &call, const CallStore &store);
    // Counts every row of the store again, keeping the query and the total.
    void recompute(const CallStore &store);
    // Takes the whole result's counts from its source at once (an archive counts in SQL);
    // they stay until the next reset().
    void setAggregates(const CallAggregates &aggregates);
    // The time buckets of the current query, as a source counts them.
    TimeBuckets bucketLayout() const;
    bool hasSourceCounts() const { return m_fromSource; }
    // Follows the model: counts rows as its store grows, starts over when it resets. nullptr
    // detaches. Emits changed() once per batch of new rows.
    void setModel(CallTableModel *model);
    CallTableModel *model() const;

    const QueryPlan &plan() const { return m_plan; }
    qint64 calls() const { return m_totals.calls; }
    qint64 totalCount() const { return m_totalCount; }
    // The counts describe the whole result.
    bool isComplete() const;

    qint64 durationCount(DurationBucket bucket) const { return m_durations[size_t(bucket)]; }
    // Most frequent first; equal counts by code.
    QList<CauseCount> causes() const;
    // Most frequent first; equal counts by name.
    QList<SourceCount> sources() const;
    qint64 timeBucketSeconds() const { return m_timeWidth; }
    qsizetype timeBucketCount() const { return qsizetype(m_timeCounts.size()); }
    QList<TimeBucket> timeBuckets() const;
    const Totals &totals() const { return m_totals; }
    // Share of calls with an answer time, 0 when there are none.
    double answeredShare() const;

    // The filter that shows the calls behind one bar: `base` (normally plan().filter())
    // narrowed by the bucket's hangup_cause_code, hangup_source, bill_duration bounds (met with
    // the base's own) or end_time bounds (clipped to the query's range). The end_time of the
    // other kinds is pinned to the query's range, so a relative "last 7 days" does not move on.
    // Bounds are written inclusive (__gte/__lte) as the filter panel shows them. nullopt when
    // the bar cannot be written as a filter (no cause code, an unknown source) or when nothing
    // can match it.
    std::optional<CallFilter> narrowedFilter(const CallFilter &base, const Bucket &bucket) const;

signals:
    // Counts, the query or the total changed.
    void changed();

private:
    void clearCounts();
    void countCall(qint64 billSeconds, std::optional<int> code, qint64 endSecond, bool hasEnd,
                   bool answered, qint64 billedSeconds, std::optional<qint64> amountUnits);
    int causeIndex(int key);
    int sourceIndex(const QString &source);
    void feedFromModel();
    void startOverFromModel();
    void askSourceForCounts();

    QueryPlan m_plan;
    qint64 m_totalCount = -1;
    bool m_complete = false;

    std::array<qint64, DurationBucketCount> m_durations{};
    struct CauseEntry
    {
        int key; // the code, or CompactCall::NoCode
        QString name;
        qint64 count;
    };
    std::vector<CauseEntry> m_causes;
    QHash<int, int> m_causeIndex; // key → index into m_causes
    std::vector<SourceCount> m_sources;
    QHash<QString, int> m_sourceIndex;
    // Store string ids already resolved to an index into m_sources (valid for m_idStore only).
    QHash<StringPool::Id, int> m_sourceIndexById;
    const CallStore *m_idStore = nullptr;

    qint64 m_timeFirst = 0; // first and last second of the query's range, inclusive
    qint64 m_timeLast = -1;
    qint64 m_timeOrigin = 0; // start of bucket 0, aligned to the width in UTC
    qint64 m_timeWidth = 60;
    std::vector<std::array<qint64, 2>> m_timeCounts; // [bucket][Outcome]
    Totals m_totals;

    bool m_fromSource = false; // the counts came whole from the source: the store is not fed
    QPointer<CallTableModel> m_model;
    QMetaObject::Connection m_sourceConnection;
    qsizetype m_fedSlots = 0;
    QList<QMetaObject::Connection> m_modelConnections;
};
