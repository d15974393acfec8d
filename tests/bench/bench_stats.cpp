// What the charts' counts cost: CallStats per stored call, a full recompute over a million calls,
// and page-by-page feeding, each next to the cost of merely reading the same fields from the
// store, measured in the same run.
//   bench_stats [records]   (default 1,000,000)

#include "models/callstats.h"
#include "plivo/hangupcauses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace {

const QDateTime fixedNow(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc());
constexpr int repeats = 5;
constexpr int pageSize = 20;

// Calls of a busy 30-day result: causes from Plivo's table (a few frequent, many rare), the
// hangup sources, durations from 0 s to an hour, amounts, some unanswered.
CallRecord makeRecord(QRandomGenerator &random, const QList<HangupCause> &causes, int i)
{
    static const QStringList sources{u"Caller"_qs,      u"Callee"_qs,     u"Plivo"_qs,
                                     u"API Request"_qs, u"Answer XML"_qs, u"Error"_qs,
                                     u"Unknown"_qs};
    CallRecord r;
    r.callUuid = QUuid::createUuidV5(QUuid(), QByteArray::number(i));
    const qint64 end = fixedNow.toSecsSinceEpoch() - random.bounded(30 * 86400);
    r.endTime = ApiTime(end, 19800);
    const bool answered = random.bounded(10) < 7;
    r.billDuration = answered ? random.bounded(random.bounded(10) ? 600 : 3600) : 0;
    r.billedDuration = (r.billDuration + 59) / 60 * 60;
    if (answered)
        r.answerTime = ApiTime(end - r.billDuration, 19800);
    r.totalAmount = Money::fromUnits(850 * r.billedDuration / 60);
    const int index = int(random.bounded(causes.size()) * random.bounded(1, 100) / 100);
    r.hangupCauseCode = causes.at(index).code;
    r.hangupCauseName = causes.at(index).name;
    r.hangupSource = sources.at(random.bounded(sources.size()));
    r.fromNumber = u'+' + QString::number(14150000000LL + random.bounded(300000));
    r.toNumber = QString::number(4420000000LL + random.bounded(300000));
    return r;
}

template<typename Work> double medianMs(Work work)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTextStream out(stdout);
    CallFilter filter;
    filter.endTime.atLeast = fixedNow.addDays(-30);
    const QueryPlan plan = QueryPlan::build(filter, fixedNow);

    QElapsedTimer timer;
    timer.start();
    CallStore store;
    store.reserve(count);
    QRandomGenerator random(1);
    const QList<HangupCause> &causes = HangupCauses::instance().all();
    for (int i = 0; i < count; ++i)
        store.append(makeRecord(random, causes, i));
    out << "records: " << count << " (generated and stored in " << timer.elapsed() << " ms)\n";

    // Baseline: read every field the counts use, and no more.
    qint64 sink = 0;
    const double iterateMs = medianMs([&] {
        for (qsizetype slot = 0; slot < store.size(); ++slot) {
            const CompactCall &c = store.compact(CallStore::Slot(slot));
            sink += c.billDuration + c.billedDuration + c.hangupCauseCode + c.hangupSource
                    + (c.endUs >> 20) + (c.answerUs != CompactCall::NoTime) + c.totalAmount;
        }
    });

    CallStats stats;
    stats.reset(plan, count);
    const double recomputeMs = medianMs([&] { stats.recompute(store); });

    // Page by page, as the model feeds it: each page costs its own records only.
    const double pagesMs = medianMs([&] {
        CallStats live;
        live.reset(plan, count);
        for (qsizetype first = 0; first < store.size(); first += pageSize) {
            const qsizetype last = std::min<qsizetype>(first + pageSize, store.size());
            for (qsizetype slot = first; slot < last; ++slot)
                live.addCompact(store.compact(CallStore::Slot(slot)), store);
        }
        sink += live.calls();
    });

    // What a redraw reads: the sorted causes and sources, the time buckets.
    const double readMs = medianMs([&] {
        sink += stats.causes().size() + stats.sources().size() + stats.timeBuckets().size();
    });

    // Whole records (CallStats::add) on a tenth of the calls.
    const qsizetype recordCount = std::max<qsizetype>(store.size() / 10, 1);
    std::vector<CallRecord> records;
    records.reserve(size_t(recordCount));
    for (qsizetype slot = 0; slot < recordCount; ++slot)
        records.push_back(store.record(CallStore::Slot(slot)));
    const double recordsMs = medianMs([&] {
        CallStats fromRecords;
        fromRecords.reset(plan, recordCount);
        for (const CallRecord &r : records)
            fromRecords.add(r);
        sink += fromRecords.calls();
    });

    // The alternative the design avoids: counting everything loaded again after each page.
    const qsizetype small = std::min<qsizetype>(20000, store.size());
    const double rescanMs = medianMs([&] {
        CallStats rescan;
        for (qsizetype loaded = pageSize; loaded < small + pageSize; loaded += pageSize) {
            rescan.reset(plan, small);
            for (qsizetype slot = 0; slot < std::min(loaded, small); ++slot)
                rescan.addCompact(store.compact(CallStore::Slot(slot)), store);
        }
        sink += rescan.calls();
    });
    const double smallPagesMs = medianMs([&] {
        CallStats live;
        live.reset(plan, small);
        for (qsizetype slot = 0; slot < small; ++slot)
            live.addCompact(store.compact(CallStore::Slot(slot)), store);
        sink += live.calls();
    });

    const auto perRecord = [&](double ms, qsizetype n) {
        return ms * 1e6 / double(n);
    };
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "time bucket width: " << stats.timeBucketSeconds() << " s, " << stats.timeBucketCount()
        << " buckets; " << stats.causes().size() << " causes\n"
        << "medians of " << repeats << " runs:\n"
        << "  iterate the store (baseline)      " << iterateMs << " ms  "
        << perRecord(iterateMs, count) << " ns/call\n"
        << "  CallStats::recompute (1 pass)     " << recomputeMs << " ms  "
        << perRecord(recomputeMs, count) << " ns/call  (" << recomputeMs / iterateMs
        << " x baseline)\n"
        << "  addCompact, pages of 20           " << pagesMs << " ms  " << perRecord(pagesMs, count)
        << " ns/call  " << pagesMs * 1000.0 / double((count + pageSize - 1) / pageSize)
        << " us/page\n"
        << "  add(CallRecord)                   " << recordsMs << " ms for " << recordCount << "  "
        << perRecord(recordsMs, recordCount) << " ns/call\n"
        << "  read for a redraw                 " << readMs * 1000.0 << " us\n"
        << "  " << small << " calls page by page: incremental " << smallPagesMs
        << " ms, recount after every page " << rescanMs << " ms\n"
        << "(checksum " << sink << ")\n";
    return 0;
}
