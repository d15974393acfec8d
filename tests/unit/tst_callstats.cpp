#include "models/callstats.h"
#include "plivo/hangupcauses.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <map>

namespace {

const QDateTime fixedNow(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc());

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

// The query's end_time range in whole seconds, read from the plan's windows.
std::pair<qint64, qint64> rangeOf(const QueryPlan &plan)
{
    const QueryWindow &newest = plan.windows().first();
    const QueryWindow &oldest = plan.windows().last();
    return {oldest.from.toSecsSinceEpoch() + (oldest.fromInclusive ? 0 : 1),
            newest.to.toSecsSinceEpoch() - (newest.toInclusive ? 0 : 1)};
}

// Random calls with many values on and next to the bucket boundaries. With `inRange`, every
// call has an end time inside [first, last]; otherwise some lie outside or have none.
QList<CallRecord> randomCalls(quint32 seed, int count, qint64 first, qint64 last, bool inRange)
{
    static const qint64 edges[]
            = {0,   1,   2,   9,   10,  11,  29,  30,  31,   59,   60,   61,  119,
               120, 121, 299, 300, 301, 599, 600, 601, 1799, 1800, 1801, 7200};
    QRandomGenerator random(seed);
    const QList<HangupCause> &table = HangupCauses::instance().all();
    const QStringList sources = CallFilter::hangupSources();
    QList<CallRecord> calls;
    for (int i = 0; i < count; ++i) {
        CallRecord r;
        r.callUuid = QUuid::createUuidV5(QUuid(),
                                         QByteArray::number(seed) + '/' + QByteArray::number(i));
        r.billDuration = random.bounded(3) ? edges[random.bounded(int(std::size(edges)))]
                                           : random.bounded(5000);
        r.billedDuration = (r.billDuration + 59) / 60 * 60;
        const int pick = random.bounded(100);
        if (pick < 4) {
            // no cause at all
        } else if (pick < 6) {
            r.hangupCauseCode = 9999; // not in the table
        } else {
            // A skewed choice, so that some causes are frequent and many are rare.
            const int index = int(random.bounded(table.size()) * random.bounded(1, 100) / 100);
            r.hangupCauseCode = table.at(index).code;
            if (random.bounded(10) > 0)
                r.hangupCauseName = table.at(index).name;
        }
        const int sourcePick = random.bounded(int(sources.size()) + 2);
        if (sourcePick < sources.size())
            r.hangupSource = sources.at(sourcePick);
        else if (sourcePick == sources.size() && !inRange)
            r.hangupSource = QStringLiteral("Martian");
        if (inRange || random.bounded(20) > 0) {
            const qint64 margin = inRange ? 0 : 600;
            const qint64 end = random.bounded(qint64(first - margin), qint64(last + margin + 1));
            r.endTime = ApiTime(end, 19800, random.bounded(3) ? 0 : random.bounded(1000000));
        }
        if (random.bounded(10) < 6)
            r.answerTime = ApiTime(r.endTime ? r.endTime->utcSeconds() - r.billDuration : 0, 19800);
        if (random.bounded(10) > 0)
            r.totalAmount = Money::fromUnits(random.bounded(-100, 500000));
        calls.append(r);
    }
    return calls;
}

// The counts written out plainly, one call at a time, from the documented rules.
struct Expected
{
    std::array<qint64, CallStats::DurationBucketCount> durations{};
    std::map<std::optional<int>, qint64> causes;
    std::map<std::optional<int>, QString> causeNames;
    std::map<QString, qint64> sources;
    QList<std::pair<qint64, qint64>> time; // normal, failed per bucket
    CallStats::Totals totals;
};

Expected bruteForce(const QList<CallRecord> &calls, const QueryPlan &plan)
{
    Expected e;
    qint64 first = 0, last = -1, width = 60, origin = 0;
    if (!plan.isEmpty()) {
        std::tie(first, last) = rangeOf(plan);
        width = CallStats::timeBucketSeconds(first, last);
        origin = first - ((first % width) + width) % width;
        for (qint64 start = origin; start <= last; start += width)
            e.time.append({0, 0});
    }
    for (const CallRecord &r : calls) {
        const qint64 d = r.billDuration;
        const int bucket = d < 1 ? 0
                : d < 10         ? 1
                : d < 30         ? 2
                : d < 60         ? 3
                : d < 120        ? 4
                : d < 300        ? 5
                : d < 600        ? 6
                : d < 1800       ? 7
                                 : 8;
        ++e.durations[size_t(bucket)];
        ++e.causes[r.hangupCauseCode];
        if (e.causeNames[r.hangupCauseCode].isEmpty())
            e.causeNames[r.hangupCauseCode] = r.hangupCauseName.value_or(QString());
        ++e.sources[r.hangupSource.value_or(QString())];
        ++e.totals.calls;
        e.totals.answered += r.answerTime.has_value();
        e.totals.billSeconds += r.billDuration;
        e.totals.billedSeconds += r.billedDuration;
        if (r.totalAmount) {
            e.totals.amount += *r.totalAmount;
            ++e.totals.callsWithAmount;
        }
        bool placed = false;
        for (qsizetype i = 0; r.endTime && i < e.time.size(); ++i) {
            const qint64 start = origin + i * width;
            const qint64 end = r.endTime->utcSeconds();
            if (end >= start && end < start + width && end >= first && end <= last) {
                const bool normal = r.hangupCauseCode
                        && ((*r.hangupCauseCode >= 4000 && *r.hangupCauseCode < 5000)
                            || *r.hangupCauseCode == 6000);
                ++(normal ? e.time[i].first : e.time[i].second);
                placed = true;
            }
        }
        e.totals.outsideTimeBuckets += !placed;
    }
    for (auto &[code, name] : e.causeNames) {
        if (name.isEmpty() && code && HangupCauses::instance().find(*code))
            name = HangupCauses::instance().find(*code)->name;
    }
    return e;
}

void compareWithExpected(const CallStats &stats, const Expected &e)
{
    for (int i = 0; i < CallStats::DurationBucketCount; ++i)
        QCOMPARE(stats.durationCount(CallStats::DurationBucket(i)), e.durations[size_t(i)]);
    const QList<CallStats::CauseCount> causes = stats.causes();
    QCOMPARE(causes.size(), qsizetype(e.causes.size()));
    for (qsizetype i = 0; i < causes.size(); ++i) {
        QCOMPARE(causes[i].count, e.causes.at(causes[i].code));
        QCOMPARE(causes[i].name, e.causeNames.at(causes[i].code));
        if (i > 0)
            QVERIFY(causes[i - 1].count >= causes[i].count); // most frequent first
    }
    const QList<CallStats::SourceCount> sources = stats.sources();
    QCOMPARE(sources.size(), qsizetype(e.sources.size()));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QCOMPARE(sources[i].count, e.sources.at(sources[i].source));
        if (i > 0)
            QVERIFY(sources[i - 1].count >= sources[i].count);
    }
    const QList<CallStats::TimeBucket> time = stats.timeBuckets();
    QCOMPARE(time.size(), e.time.size());
    for (qsizetype i = 0; i < time.size(); ++i) {
        QCOMPARE(time[i].normal, e.time[i].first);
        QCOMPARE(time[i].failed, e.time[i].second);
        QCOMPARE(time[i].start.secsTo(time[i].end), stats.timeBucketSeconds());
    }
    QCOMPARE(stats.totals(), e.totals);
    QCOMPARE(stats.calls(), e.totals.calls);
}

void compareStats(const CallStats &a, const CallStats &b)
{
    for (int i = 0; i < CallStats::DurationBucketCount; ++i)
        QCOMPARE(a.durationCount(CallStats::DurationBucket(i)),
                 b.durationCount(CallStats::DurationBucket(i)));
    QCOMPARE(a.causes(), b.causes());
    QCOMPARE(a.sources(), b.sources());
    QCOMPARE(a.timeBuckets(), b.timeBuckets());
    QCOMPARE(a.totals(), b.totals());
}

// Whether a call passes the filter's duration, cause, source and end_time conditions, read the
// way Plivo reads them (end times in whole seconds).
bool matches(const CallFilter &f, const CallRecord &r)
{
    const auto inRange = [](const auto &range, const auto &value) {
        return (!range.exact || value == *range.exact)
                && (!range.greaterThan || value > *range.greaterThan)
                && (!range.atLeast || value >= *range.atLeast)
                && (!range.lessThan || value < *range.lessThan)
                && (!range.atMost || value <= *range.atMost);
    };
    if (!inRange(f.billDuration, r.billDuration))
        return false;
    if (f.hangupCauseCode && r.hangupCauseCode != f.hangupCauseCode)
        return false;
    if (!f.hangupSource.isEmpty() && r.hangupSource.value_or(QString()) != f.hangupSource)
        return false;
    return r.endTime && inRange(f.endTime, utc(r.endTime->utcSeconds()));
}

QueryPlan planFor(const QString &range)
{
    CallFilter filter;
    filter.callDirection = QStringLiteral("outbound"); // kept by every narrowed filter
    if (range == u"hour")
        filter.endTime.atLeast = fixedNow.addSecs(-3600);
    else if (range == u"day")
        filter.endTime.atLeast = fixedNow.addDays(-1);
    else if (range == u"30days")
        filter.endTime.atLeast = fixedNow.addDays(-30);
    else if (range == u"90days")
        filter.endTime.atLeast = fixedNow.addDays(-90);
    else if (range == u"exclusive") {
        filter.endTime.greaterThan = fixedNow.addSecs(-5 * 3600 - 17);
        filter.endTime.lessThan = fixedNow.addSecs(-3 * 60);
    } else if (range == u"instant")
        filter.endTime.exact = fixedNow.addSecs(-3600);
    // "default": no time, the plan's 7 days
    return QueryPlan::build(filter, fixedNow);
}

} // namespace

class TestCallStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void durationBuckets_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("bucket");
        const std::pair<qint64, int> cases[]
                = {{-5, 0},  {0, 0},   {1, 1},   {9, 1},    {10, 2},   {29, 2},
                   {30, 3},  {59, 3},  {60, 4},  {119, 4},  {120, 5},  {299, 5},
                   {300, 6}, {599, 6}, {600, 7}, {1799, 7}, {1800, 8}, {86400, 8}};
        for (const auto &[seconds, bucket] : cases)
            QTest::addRow("%llds", seconds) << seconds << bucket;
    }

    void durationBuckets()
    {
        QFETCH(qint64, seconds);
        QFETCH(int, bucket);
        const auto b = CallStats::durationBucketOf(seconds);
        QCOMPARE(int(b), bucket);
        if (seconds >= 0) {
            QVERIFY(seconds >= CallStats::durationLowerBound(b));
            QVERIFY(!CallStats::durationUpperBound(b)
                    || seconds < *CallStats::durationUpperBound(b));
        }
        QVERIFY(!CallStats::durationLabel(b).isEmpty());
    }

    void timeBucketWidth_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("width");
        QTest::newRow("1 hour: minutes") << qint64(3600) << qint64(60);
        QTest::newRow("6 hours: 5 minutes") << qint64(6 * 3600) << qint64(300);
        QTest::newRow("24 hours: 15 minutes") << qint64(86400) << qint64(900);
        QTest::newRow("2 days: 30 minutes") << qint64(2 * 86400) << qint64(1800);
        QTest::newRow("4 days: 1 hour") << qint64(4 * 86400) << qint64(3600);
        QTest::newRow("7 days: 3 hours") << qint64(7 * 86400) << qint64(3 * 3600);
        QTest::newRow("30 days: 12 hours") << qint64(30 * 86400) << qint64(12 * 3600);
        QTest::newRow("90 days: days") << qint64(90 * 86400) << qint64(86400);
        QTest::newRow("250 days: 3 days") << qint64(250 * 86400) << qint64(3 * 86400);
    }

    void timeBucketWidth()
    {
        QFETCH(qint64, span);
        QFETCH(qint64, width);
        const qint64 last = fixedNow.toSecsSinceEpoch();
        QCOMPARE(CallStats::timeBucketSeconds(last - span, last), width);
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("count");
        for (const char *range :
             {"hour", "day", "default", "30days", "90days", "exclusive", "instant"}) {
            for (quint32 seed = 1; seed <= 6; ++seed) {
                const int count = seed == 1 ? 0 : seed == 2 ? 1 : int(seed) * 700;
                QTest::addRow("%s/seed %u/%d calls", range, seed, count)
                        << QString::fromLatin1(range) << seed << count;
            }
        }
    }

    void matchesBruteForce()
    {
        QFETCH(QString, range);
        QFETCH(quint32, seed);
        QFETCH(int, count);
        const QueryPlan plan = planFor(range);
        const auto [first, last] = rangeOf(plan);
        const QList<CallRecord> calls = randomCalls(seed, count, first, last, false);

        CallStats fromRecords;
        fromRecords.reset(plan, count);
        for (const CallRecord &r : calls)
            fromRecords.add(r);
        compareWithExpected(fromRecords, bruteForce(calls, plan));
        QCOMPARE(fromRecords.isComplete(), true);

        // The stored rows give the same counts as the records.
        CallStore store;
        for (const CallRecord &r : calls)
            store.append(r);
        CallStats fromStore;
        fromStore.reset(plan, count);
        for (qsizetype slot = 0; slot < store.size(); ++slot)
            fromStore.addCompact(store.compact(CallStore::Slot(slot)), store);
        compareStats(fromStore, fromRecords);
    }

    void incrementalEqualsRecompute_data() { matchesBruteForce_data(); }

    void incrementalEqualsRecompute()
    {
        QFETCH(QString, range);
        QFETCH(quint32, seed);
        QFETCH(int, count);
        const QueryPlan plan = planFor(range);
        const auto [first, last] = rangeOf(plan);
        const QList<CallRecord> calls = randomCalls(seed + 100, count, first, last, false);

        // Pages of 1 to 40 calls arrive; the counts are read between pages, as the charts do.
        CallStore store;
        CallStats live;
        QSignalSpy changed(&live, &CallStats::changed);
        live.reset(plan, count);
        QCOMPARE(changed.size(), 1);
        QRandomGenerator random(seed);
        qsizetype next = 0;
        while (next < calls.size()) {
            const qsizetype page = std::min<qsizetype>(random.bounded(1, 41), calls.size() - next);
            for (qsizetype i = 0; i < page; ++i) {
                const CallStore::Slot slot = store.append(calls.at(next + i));
                live.addCompact(store.compact(slot), store);
            }
            next += page;
            QCOMPARE(live.calls(), next);
            QCOMPARE(live.isComplete(), next == count);
            (void)live.causes();
        }
        CallStats full;
        full.reset(plan, count);
        full.recompute(store);
        compareStats(live, full);
        compareWithExpected(full, bruteForce(calls, plan));

        // A recompute starts from zero: doing it twice counts nothing twice.
        full.recompute(store);
        compareStats(live, full);
    }

    void resetDropsEverything()
    {
        const QueryPlan plan = planFor(QStringLiteral("day"));
        const auto [first, last] = rangeOf(plan);
        CallStats stats;
        stats.reset(plan, 10);
        for (const CallRecord &r : randomCalls(3, 10, first, last, true))
            stats.add(r);
        QVERIFY(stats.isComplete());
        stats.reset(planFor(QStringLiteral("hour")));
        QCOMPARE(stats.calls(), 0);
        QCOMPARE(stats.totalCount(), -1);
        QVERIFY(!stats.isComplete());
        QVERIFY(stats.causes().isEmpty());
        QCOMPARE(stats.timeBucketSeconds(), 60);
        QCOMPARE(stats.timeBucketCount(), 60); // 11:00:00 up to the pinned 12:00:00, excluded
        for (const CallStats::TimeBucket &bucket : stats.timeBuckets())
            QCOMPARE(bucket.total(), 0);
        QCOMPARE(stats.answeredShare(), 0.0);
    }

    void narrowedFilter_data()
    {
        QTest::addColumn<CallFilter>("base");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("index");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("possible");
        QTest::addColumn<CallFilter>("expected");

        // The plan's range is pinned into every narrowed filter: 7 days before fixedNow.
        // The plan stops before the running second, so the last one is 11:59:59.
        const RangeFilter<QDateTime> week{{}, {}, fixedNow.addDays(-7), {}, fixedNow.addSecs(-1)};
        const auto with = [&](auto change) {
            CallFilter f;
            f.endTime = week;
            change(f);
            return f;
        };
        using K = CallStats::Bucket::Kind;
        const auto duration = [](RangeFilter<qint64> r) {
            return [r](CallFilter &f) {
                f.billDuration = r;
            };
        };
        const auto base = [](RangeFilter<qint64> r) {
            CallFilter f;
            f.billDuration = r;
            return f;
        };
        const CallFilter none;

        QTest::newRow("0 s") << none << int(K::Duration) << 0 << QVariant() << true
                             << with(duration({0, {}, {}, {}, {}}));
        QTest::newRow("1-10 s") << none << int(K::Duration) << 1 << QVariant() << true
                                << with(duration({{}, {}, 1, {}, 9}));
        QTest::newRow("10-30 min") << none << int(K::Duration) << 7 << QVariant() << true
                                   << with(duration({{}, {}, 600, {}, 1799}));
        QTest::newRow("30 min+") << none << int(K::Duration) << 8 << QVariant() << true
                                 << with(duration({{}, {}, 1800, {}, {}}));
        QTest::newRow("1-10 s within min 5")
                << base({{}, {}, 5, {}, {}}) << int(K::Duration) << 1 << QVariant() << true
                << with(duration({{}, {}, 5, {}, 9}));
        QTest::newRow("1-10 s within >4 <8")
                << base({{}, 4, {}, 8, {}}) << int(K::Duration) << 1 << QVariant() << true
                << with(duration({{}, {}, 5, {}, 7}));
        QTest::newRow("1-10 s within exactly 7")
                << base({7, {}, {}, {}, {}}) << int(K::Duration) << 1 << QVariant() << true
                << with(duration({7, {}, {}, {}, {}}));
        QTest::newRow("10-30 s within max 10")
                << base({{}, {}, {}, {}, 10}) << int(K::Duration) << 2 << QVariant() << true
                << with(duration({10, {}, {}, {}, {}}));
        QTest::newRow("30 min+ within max 3600")
                << base({{}, {}, {}, {}, 3600}) << int(K::Duration) << 8 << QVariant() << true
                << with(duration({{}, {}, 1800, {}, 3600}));
        QTest::newRow("1-10 s outside min 100") << base({{}, {}, 100, {}, {}}) << int(K::Duration)
                                                << 1 << QVariant() << false << CallFilter();
        QTest::newRow("no such duration bucket")
                << none << int(K::Duration) << 9 << QVariant() << false << CallFilter();

        QTest::newRow("cause 8011") << none << int(K::Cause) << 0 << QVariant(8011) << true
                                    << with([](CallFilter &f) { f.hangupCauseCode = 8011; });
        QTest::newRow("cause without a code")
                << none << int(K::Cause) << 0 << QVariant() << false << CallFilter();
        CallFilter busy;
        busy.hangupCauseCode = 3010;
        QTest::newRow("cause 8011 within 3010")
                << busy << int(K::Cause) << 0 << QVariant(8011) << false << CallFilter();
        QTest::newRow("source Callee")
                << none << int(K::Source) << 0 << QVariant(QStringLiteral("Callee")) << true
                << with([](CallFilter &f) { f.hangupSource = QStringLiteral("Callee"); });
        QTest::newRow("source not given")
                << none << int(K::Source) << 0 << QVariant(QString()) << false << CallFilter();
        QTest::newRow("unknown source")
                << none << int(K::Source) << 0 << QVariant(QStringLiteral("Martian")) << false
                << CallFilter();

        // 7 days before 12:00 in 3-hour buckets aligned to UTC midnight: bucket 0 is 12:00-15:00
        // on 20 Nov (starting at the range), the last one ends at 12:00:00 on 27 Nov.
        const auto time = [](const QDateTime &from, const QDateTime &to) {
            return [from, to](CallFilter &f) {
                f.endTime = {};
                f.endTime.atLeast = from;
                f.endTime.atMost = to;
            };
        };
        const QDateTime start = fixedNow.addDays(-7);
        QTest::newRow("first time bucket") << none << int(K::Time) << 0 << QVariant() << true
                                           << with(time(start, start.addSecs(3 * 3600 - 1)));
        QTest::newRow("time bucket 3")
                << none << int(K::Time) << 3 << QVariant() << true
                << with(time(start.addSecs(9 * 3600), start.addSecs(12 * 3600 - 1)));
        QTest::newRow("last time bucket")
                << none << int(K::Time) << 55 << QVariant() << true
                << with(time(start.addSecs(55 * 3 * 3600), fixedNow.addSecs(-1)));
        QTest::newRow("no such time bucket")
                << none << int(K::Time) << 56 << QVariant() << false << CallFilter();
    }

    void narrowedFilter()
    {
        QFETCH(CallFilter, base);
        QFETCH(int, kind);
        QFETCH(int, index);
        QFETCH(QVariant, value);
        QFETCH(bool, possible);
        QFETCH(CallFilter, expected);

        CallStats stats;
        stats.reset(QueryPlan::build(base, fixedNow));
        QCOMPARE(stats.timeBucketCount(), 56);
        CallStats::Bucket bucket;
        bucket.kind = CallStats::Bucket::Kind(kind);
        bucket.index = index;
        if (bucket.kind == CallStats::Bucket::Kind::Cause && value.isValid())
            bucket.causeCode = value.toInt();
        bucket.source = value.toString();
        const std::optional<CallFilter> narrowed = stats.narrowedFilter(base, bucket);
        QCOMPARE(narrowed.has_value(), possible);
        if (!possible)
            return;
        QCOMPARE(*narrowed, expected);
        QVERIFY2(narrowed->validate(fixedNow).isEmpty(),
                 qPrintable(narrowed->validate(fixedNow).value(0).message));
    }

    // Every bar of every kind, over many random results: its narrowed filter selects exactly the
    // calls counted in that bar, keeps the rest of the filter, and passes validation.
    void narrowedFilterSelectsTheBar_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<quint32>("seed");
        for (const char *range : {"hour", "day", "default", "30days", "exclusive"}) {
            for (quint32 seed = 1; seed <= 4; ++seed)
                QTest::addRow("%s/seed %u", range, seed) << QString::fromLatin1(range) << seed;
        }
    }

    void narrowedFilterSelectsTheBar()
    {
        QFETCH(QString, range);
        QFETCH(quint32, seed);
        const QueryPlan plan = planFor(range);
        const auto [first, last] = rangeOf(plan);
        const QList<CallRecord> calls = randomCalls(seed + 200, 3000, first, last, true);
        CallStats stats;
        stats.reset(plan, calls.size());
        for (const CallRecord &r : calls)
            stats.add(r);
        const CallFilter base = plan.filter();

        const auto check = [&](const CallStats::Bucket &bucket, qint64 count) {
            const std::optional<CallFilter> f = stats.narrowedFilter(base, bucket);
            if (!f)
                return false;
            if (f->callDirection != base.callDirection || !f->validate(fixedNow).isEmpty())
                return false;
            const qint64 matching
                    = std::count_if(calls.begin(), calls.end(),
                                    [&](const CallRecord &r) { return matches(*f, r); });
            if (matching != count)
                qWarning() << "bar" << int(bucket.kind) << bucket.index
                           << bucket.causeCode.value_or(-1) << bucket.source << "counts" << count
                           << "filter selects" << matching;
            return matching == count;
        };
        for (int i = 0; i < CallStats::DurationBucketCount; ++i)
            QVERIFY(check(CallStats::Bucket::duration(CallStats::DurationBucket(i)),
                          stats.durationCount(CallStats::DurationBucket(i))));
        int causesChecked = 0;
        for (const CallStats::CauseCount &cause : stats.causes()) {
            if (cause.code) {
                QVERIFY(check(CallStats::Bucket::cause(cause.code), cause.count));
                ++causesChecked;
            } else {
                QVERIFY(!stats.narrowedFilter(base, CallStats::Bucket::cause(cause.code)));
            }
        }
        QVERIFY(causesChecked > 10);
        for (const CallStats::SourceCount &source : stats.sources()) {
            if (!source.source.isEmpty())
                QVERIFY(check(CallStats::Bucket::hangupSource(source.source), source.count));
        }
        const QList<CallStats::TimeBucket> time = stats.timeBuckets();
        QVERIFY(!time.isEmpty());
        for (int i = 0; i < int(time.size()); ++i)
            QVERIFY(check(CallStats::Bucket::time(i), time[i].total()));
    }

    void totalsAreExact()
    {
        CallStats stats;
        stats.reset(planFor(QStringLiteral("hour")), 3);
        CallRecord r;
        r.endTime = ApiTime(fixedNow.toSecsSinceEpoch() - 10, 0);
        r.billDuration = 61;
        r.billedDuration = 120;
        r.answerTime = ApiTime(fixedNow.toSecsSinceEpoch() - 71, 0);
        r.totalAmount = Money::parse(u"0.01667");
        stats.add(r);
        r.answerTime.reset();
        r.totalAmount = Money::parse(u"0.00001");
        stats.add(r);
        r.totalAmount.reset();
        stats.add(r);
        QCOMPARE(stats.totals().amount, *Money::parse(u"0.01668"));
        QCOMPARE(stats.totals().callsWithAmount, 2);
        QCOMPARE(stats.totals().billedSeconds, 360);
        QCOMPARE(stats.totals().billSeconds, 183);
        QCOMPARE(stats.answeredShare(), 1.0 / 3.0);
        QVERIFY(stats.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestCallStats)
#include "tst_callstats.moc"
