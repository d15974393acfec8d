#include "callstats.h"

#include "calltablemodel.h"
#include "plivo/hangupcauses.h"

#include <QTimeZone>

#include <algorithm>

namespace {

constexpr std::array<qint64, CallStats::DurationBucketCount> durationLowerBounds{
        0, 1, 10, 30, 60, 120, 300, 600, 1800};

// Widths that divide a UTC day, so buckets line up with midnight, then a whole day.
constexpr std::array<qint64, 9> timeWidths{60,       5 * 60,   15 * 60,   30 * 60, 3600,
                                           3 * 3600, 6 * 3600, 12 * 3600, 86400};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 bucketSpan(qint64 first, qint64 last, qint64 width)
{
    return floorDiv(last, width) - floorDiv(first, width) + 1;
}

// end_time from `first` to `last`, inclusive whole seconds, as the filter panel writes it.
RangeFilter<QDateTime> timeRange(qint64 first, qint64 last)
{
    RangeFilter<QDateTime> range;
    if (first == last) {
        range.exact = QDateTime::fromSecsSinceEpoch(first, QTimeZone::utc());
    } else {
        range.atLeast = QDateTime::fromSecsSinceEpoch(first, QTimeZone::utc());
        range.atMost = QDateTime::fromSecsSinceEpoch(last, QTimeZone::utc());
    }
    return range;
}

} // namespace

CallStats::CallStats(QObject *parent)
    : QObject(parent)
{ }

CallStats::~CallStats() = default;

CallStats::DurationBucket CallStats::durationBucketOf(qint64 billSeconds)
{
    int bucket = DurationBucketCount - 1;
    while (bucket > 0 && billSeconds < durationLowerBounds[size_t(bucket)])
        --bucket;
    return DurationBucket(bucket);
}

qint64 CallStats::durationLowerBound(DurationBucket bucket)
{
    return durationLowerBounds[size_t(bucket)];
}

std::optional<qint64> CallStats::durationUpperBound(DurationBucket bucket)
{
    const size_t next = size_t(bucket) + 1;
    return next < durationLowerBounds.size() ? std::optional(durationLowerBounds[next])
                                             : std::nullopt;
}

QString CallStats::durationLabel(DurationBucket bucket)
{
    switch (bucket) {
    case DurationBucket::Zero:
        return tr("0 s");
    case DurationBucket::UpTo10s:
        return tr("1–10 s");
    case DurationBucket::UpTo30s:
        return tr("10–30 s");
    case DurationBucket::UpTo60s:
        return tr("30–60 s");
    case DurationBucket::UpTo2m:
        return tr("1–2 min");
    case DurationBucket::UpTo5m:
        return tr("2–5 min");
    case DurationBucket::UpTo10m:
        return tr("5–10 min");
    case DurationBucket::UpTo30m:
        return tr("10–30 min");
    case DurationBucket::From30m:
        return tr("30 min+");
    }
    return {};
}

CallStats::Outcome CallStats::outcomeOf(std::optional<int> causeCode)
{
    return causeCode && HangupCauses::isNormalEnding(*causeCode) ? Outcome::NormalEnding
                                                                 : Outcome::Failure;
}

qint64 CallStats::timeBucketSeconds(qint64 firstSecond, qint64 lastSecond)
{
    for (const qint64 width : timeWidths) {
        if (bucketSpan(firstSecond, lastSecond, width) <= MaxTimeBuckets)
            return width;
    }
    // Longer than MaxTimeBuckets days: whole days, as many as it takes.
    qint64 days = 2;
    while (bucketSpan(firstSecond, lastSecond, days * 86400) > MaxTimeBuckets)
        ++days;
    return days * 86400;
}

void CallStats::reset(const QueryPlan &plan, qint64 totalCount)
{
    m_plan = plan;
    m_totalCount = totalCount;
    m_complete = false;
    m_timeFirst = 0;
    m_timeLast = -1;
    if (!plan.windows().isEmpty()) {
        // Windows are newest first; filters are written in whole seconds.
        const QueryWindow &newest = plan.windows().first();
        const QueryWindow &oldest = plan.windows().last();
        m_timeFirst = oldest.from.toSecsSinceEpoch() + (oldest.fromInclusive ? 0 : 1);
        m_timeLast = newest.to.toSecsSinceEpoch() - (newest.toInclusive ? 0 : 1);
    }
    if (m_timeLast >= m_timeFirst) {
        m_timeWidth = timeBucketSeconds(m_timeFirst, m_timeLast);
        m_timeOrigin = floorDiv(m_timeFirst, m_timeWidth) * m_timeWidth;
    } else {
        m_timeWidth = 60;
        m_timeOrigin = 0;
    }
    clearCounts();
    emit changed();
}

void CallStats::clearCounts()
{
    m_fromSource = false;
    m_durations.fill(0);
    m_causes.clear();
    m_causeIndex.clear();
    m_sources.clear();
    m_sourceIndex.clear();
    m_sourceIndexById.clear();
    m_idStore = nullptr;
    m_totals = Totals();
    m_timeCounts.assign(m_timeLast >= m_timeFirst
                                ? size_t(bucketSpan(m_timeFirst, m_timeLast, m_timeWidth))
                                : 0,
                        {0, 0});
}

void CallStats::setTotalCount(qint64 totalCount)
{
    if (totalCount == m_totalCount)
        return;
    m_totalCount = totalCount;
    emit changed();
}

void CallStats::setComplete(bool complete)
{
    if (complete == m_complete)
        return;
    m_complete = complete;
    emit changed();
}

bool CallStats::isComplete() const
{
    return m_complete || (m_totalCount >= 0 && m_totals.calls >= m_totalCount);
}

int CallStats::causeIndex(int key)
{
    const auto it = m_causeIndex.constFind(key);
    if (it != m_causeIndex.constEnd())
        return it.value();
    m_causes.push_back({key, QString(), 0});
    const int index = int(m_causes.size()) - 1;
    m_causeIndex.insert(key, index);
    return index;
}

int CallStats::sourceIndex(const QString &source)
{
    const auto it = m_sourceIndex.constFind(source);
    if (it != m_sourceIndex.constEnd())
        return it.value();
    m_sources.push_back({source, 0});
    const int index = int(m_sources.size()) - 1;
    m_sourceIndex.insert(source, index);
    return index;
}

void CallStats::add(const CallRecord &record)
{
    const int key = record.hangupCauseCode.value_or(CompactCall::NoCode);
    CauseEntry &cause = m_causes[size_t(causeIndex(key))];
    ++cause.count;
    if (cause.name.isEmpty() && record.hangupCauseName)
        cause.name = *record.hangupCauseName;
    ++m_sources[size_t(sourceIndex(record.hangupSource.value_or(QString())))].count;
    countCall(record.billDuration, record.hangupCauseCode,
              record.endTime ? record.endTime->utcSeconds() : 0, record.endTime.has_value(),
              record.answerTime.has_value(), record.billedDuration,
              record.totalAmount ? std::optional(record.totalAmount->units()) : std::nullopt);
}

void CallStats::addCompact(const CompactCall &call, const CallStore &store)
{
    if (m_idStore != &store) {
        m_sourceIndexById.clear();
        m_idStore = &store;
    }
    CauseEntry &cause = m_causes[size_t(causeIndex(call.hangupCauseCode))];
    ++cause.count;
    if (cause.name.isEmpty() && call.hangupCauseName != StringPool::Null)
        cause.name = store.text(call.hangupCauseName);

    auto source = m_sourceIndexById.constFind(call.hangupSource);
    if (source == m_sourceIndexById.constEnd())
        source = m_sourceIndexById.insert(call.hangupSource,
                                          sourceIndex(store.text(call.hangupSource)));
    ++m_sources[size_t(source.value())].count;

    const bool hasEnd = call.endUs != CompactCall::NoTime;
    countCall(call.billDuration,
              call.hangupCauseCode == CompactCall::NoCode ? std::nullopt
                                                          : std::optional(call.hangupCauseCode),
              hasEnd ? floorDiv(call.endUs, 1000000) : 0, hasEnd,
              call.answerUs != CompactCall::NoTime, call.billedDuration,
              call.totalAmount == CompactCall::NoMoney ? std::nullopt
                                                       : std::optional(call.totalAmount));
}

void CallStats::countCall(qint64 billSeconds, std::optional<int> code, qint64 endSecond,
                          bool hasEnd, bool answered, qint64 billedSeconds,
                          std::optional<qint64> amountUnits)
{
    ++m_durations[size_t(durationBucketOf(billSeconds))];
    ++m_totals.calls;
    m_totals.answered += answered;
    m_totals.billSeconds += billSeconds;
    m_totals.billedSeconds += billedSeconds;
    if (amountUnits) {
        m_totals.amount += Money::fromUnits(*amountUnits);
        ++m_totals.callsWithAmount;
    }
    if (hasEnd && endSecond >= m_timeFirst && endSecond <= m_timeLast)
        ++m_timeCounts[size_t((endSecond - m_timeOrigin) / m_timeWidth)][size_t(outcomeOf(code))];
    else
        ++m_totals.outsideTimeBuckets;
}

void CallStats::recompute(const CallStore &store)
{
    clearCounts();
    for (qsizetype slot = 0; slot < store.size(); ++slot)
        addCompact(store.compact(CallStore::Slot(slot)), store);
    emit changed();
}

QList<CallStats::CauseCount> CallStats::causes() const
{
    QList<CauseCount> out;
    out.reserve(qsizetype(m_causes.size()));
    for (const CauseEntry &entry : m_causes) {
        CauseCount cause;
        if (entry.key != CompactCall::NoCode)
            cause.code = entry.key;
        cause.name = entry.name;
        if (cause.name.isEmpty() && cause.code) {
            if (const std::optional<HangupCause> known = HangupCauses::instance().find(*cause.code))
                cause.name = known->name;
        }
        cause.count = entry.count;
        out.append(cause);
    }
    std::sort(out.begin(), out.end(), [](const CauseCount &a, const CauseCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.code.has_value() != b.code.has_value())
            return a.code.has_value();
        return a.code.value_or(0) < b.code.value_or(0);
    });
    return out;
}

QList<CallStats::SourceCount> CallStats::sources() const
{
    QList<SourceCount> out(m_sources.begin(), m_sources.end());
    std::sort(out.begin(), out.end(), [](const SourceCount &a, const SourceCount &b) {
        return a.count != b.count ? a.count > b.count : a.source < b.source;
    });
    return out;
}

QList<CallStats::TimeBucket> CallStats::timeBuckets() const
{
    QList<TimeBucket> out;
    out.reserve(timeBucketCount());
    for (size_t i = 0; i < m_timeCounts.size(); ++i) {
        const qint64 start = m_timeOrigin + qint64(i) * m_timeWidth;
        out.append({QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()),
                    QDateTime::fromSecsSinceEpoch(start + m_timeWidth, QTimeZone::utc()),
                    m_timeCounts[i][size_t(Outcome::NormalEnding)],
                    m_timeCounts[i][size_t(Outcome::Failure)]});
    }
    return out;
}

double CallStats::answeredShare() const
{
    return m_totals.calls > 0 ? double(m_totals.answered) / double(m_totals.calls) : 0.0;
}

std::optional<CallFilter> CallStats::narrowedFilter(const CallFilter &base,
                                                    const Bucket &bucket) const
{
    CallFilter filter = base;
    // The calls behind a bar are those of the query's pinned range, not of a range that moves on.
    if (!base.endTime.exact && m_timeLast >= m_timeFirst && bucket.kind != Bucket::Kind::Time)
        filter.endTime = timeRange(m_timeFirst, m_timeLast);
    switch (bucket.kind) {
    case Bucket::Kind::Cause:
        if (!bucket.causeCode || *bucket.causeCode < 0
            || (base.hangupCauseCode && *base.hangupCauseCode != *bucket.causeCode))
            return std::nullopt;
        filter.hangupCauseCode = bucket.causeCode;
        return filter;
    case Bucket::Kind::Source:
        if (!CallFilter::hangupSources().contains(bucket.source)
            || (!base.hangupSource.isEmpty() && base.hangupSource != bucket.source))
            return std::nullopt;
        filter.hangupSource = bucket.source;
        return filter;
    case Bucket::Kind::Duration: {
        if (bucket.index < 0 || bucket.index >= DurationBucketCount)
            return std::nullopt;
        // The base's bounds and the bucket's, intersected, as inclusive whole seconds.
        const RangeFilter<qint64> &range = base.billDuration;
        const auto bucketId = DurationBucket(bucket.index);
        qint64 low = durationLowerBound(bucketId);
        std::optional<qint64> high;
        if (const std::optional<qint64> upper = durationUpperBound(bucketId))
            high = *upper - 1;
        const auto lowerTo = [&](qint64 value) {
            low = std::max(low, value);
        };
        const auto upperTo = [&](qint64 value) {
            high = high ? std::min(*high, value) : value;
        };
        if (range.exact) {
            lowerTo(*range.exact);
            upperTo(*range.exact);
        }
        if (range.greaterThan)
            lowerTo(*range.greaterThan + 1);
        if (range.atLeast)
            lowerTo(*range.atLeast);
        if (range.lessThan)
            upperTo(*range.lessThan - 1);
        if (range.atMost)
            upperTo(*range.atMost);
        if (high && low > *high)
            return std::nullopt;
        filter.billDuration = {};
        if (high && low == *high) {
            filter.billDuration.exact = low;
        } else {
            if (low > 0)
                filter.billDuration.atLeast = low;
            filter.billDuration.atMost = high;
        }
        return filter;
    }
    case Bucket::Kind::Time: {
        if (bucket.index < 0 || bucket.index >= timeBucketCount())
            return std::nullopt;
        const qint64 start = m_timeOrigin + qint64(bucket.index) * m_timeWidth;
        const qint64 low = std::max(start, m_timeFirst);
        const qint64 high = std::min(start + m_timeWidth - 1, m_timeLast);
        if (low > high)
            return std::nullopt;
        filter.endTime = timeRange(low, high);
        return filter;
    }
    }
    return std::nullopt;
}

TimeBuckets CallStats::bucketLayout() const
{
    return {m_timeOrigin, m_timeWidth, int(m_timeCounts.size()), m_timeFirst, m_timeLast};
}

void CallStats::setAggregates(const CallAggregates &aggregates)
{
    clearCounts();
    m_fromSource = true;
    m_durations = aggregates.durations;
    for (const CallAggregates::Cause &cause : aggregates.causes) {
        CauseEntry &entry = m_causes[size_t(causeIndex(cause.code.value_or(CompactCall::NoCode)))];
        entry.count += cause.count;
        if (entry.name.isEmpty())
            entry.name = cause.name;
    }
    for (const auto &[source, count] : aggregates.sources)
        m_sources[size_t(sourceIndex(source))].count += count;
    for (size_t i = 0; i < m_timeCounts.size() && i < aggregates.timeCounts.size(); ++i)
        m_timeCounts[i] = aggregates.timeCounts[i];
    m_totals.calls = aggregates.calls;
    m_totals.answered = aggregates.answered;
    m_totals.billSeconds = aggregates.billSeconds;
    m_totals.billedSeconds = aggregates.billedSeconds;
    m_totals.amount = aggregates.amount;
    m_totals.callsWithAmount = aggregates.callsWithAmount;
    m_totals.outsideTimeBuckets = aggregates.outsideTimeBuckets;
    m_complete = true;
    emit changed();
}

void CallStats::askSourceForCounts()
{
    CallSource *source = m_model ? m_model->source() : nullptr;
    if (!source || m_model->isCounting())
        return;
    disconnect(m_sourceConnection);
    // Connected before asking: a source may answer at once.
    m_sourceConnection = connect(source, &CallSource::aggregated, this,
                                 [this, source](quint64 generation, const CallAggregates &counts) {
                                     if (generation == source->generation())
                                         setAggregates(counts);
                                 });
    if (!source->requestAggregates(bucketLayout()))
        disconnect(m_sourceConnection);
}

void CallStats::setModel(CallTableModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    disconnect(m_sourceConnection);
    m_model = model;
    m_fedSlots = 0;
    if (!model)
        return;
    m_modelConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, &CallStats::startOverFromModel),
            // The store only grows between resets; new rows arrive with dataChanged.
            connect(model, &QAbstractItemModel::dataChanged, this, &CallStats::feedFromModel),
            connect(model, &CallTableModel::progressChanged, this, &CallStats::feedFromModel),
            connect(model, &CallTableModel::queryCounted, this, &CallStats::askSourceForCounts),
    };
    startOverFromModel();
}

CallTableModel *CallStats::model() const
{
    return m_model;
}

void CallStats::startOverFromModel()
{
    if (!m_model)
        return;
    m_fedSlots = 0;
    disconnect(m_sourceConnection);
    reset(m_model->plan(), -1);
    feedFromModel();
}

void CallStats::feedFromModel()
{
    if (!m_model)
        return;
    if (m_fromSource) {
        // Exact already: only the total may still change its mind (a recount).
        const qint64 total = m_model->isCounting() ? -1 : m_model->totalCount();
        if (total != m_totalCount) {
            m_totalCount = total;
            emit changed();
        }
        return;
    }
    const CallStore &store = m_model->store();
    bool changedAnything = false;
    if (store.size() < m_fedSlots) { // the store was cleared without a reset: count it afresh
        clearCounts();
        m_fedSlots = 0;
        changedAnything = true;
    }
    if (store.size() > m_fedSlots) {
        for (qsizetype slot = m_fedSlots; slot < store.size(); ++slot)
            addCompact(store.compact(CallStore::Slot(slot)), store);
        m_fedSlots = store.size();
        changedAnything = true;
    }
    const qint64 total = m_model->isCounting() ? -1 : m_model->totalCount();
    const bool complete = !m_model->isCounting() && m_model->isComplete();
    changedAnything = changedAnything || total != m_totalCount || complete != m_complete;
    m_totalCount = total;
    m_complete = complete;
    if (changedAnything)
        emit changed();
}
