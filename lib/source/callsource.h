#pragma once

#include "plivo/apierror.h"
#include "plivo/callfilter.h"
#include "plivo/callrecord.h"
#include "plivo/money.h"
#include "plivo/plivoclient.h"
#include "plivo/queryplan.h"

#include <QDateTime>
#include <QObject>

#include <array>
#include <vector>

// What a person asks of a source of calls: the API's filters, what only an archive can add, the
// order, and the instant the question is pinned at.
struct CallQuery
{
    enum class NumberMatch { Prefix, Contains };

    CallFilter filter;
    NumberMatch numberMatch = NumberMatch::Prefix;
    QList<int> hangupCauseCodes; // any of them (together with filter.hangupCauseCode)
    std::optional<Money> amountAtLeast;
    std::optional<Money> amountAtMost;
    CallField sortField = CallField::EndTime;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    QDateTime now; // UTC; invalid: the current time when the query starts

    // Uses something only an archive can answer.
    bool needsArchive() const
    {
        return numberMatch != NumberMatch::Prefix || !hangupCauseCodes.isEmpty() || amountAtLeast
                || amountAtMost || !(sortField == CallField::EndTime);
    }
};

// The charts' counts of a whole result, computed where the calls are (an archive's SQL).
struct CallAggregates
{
    std::array<qint64, 9> durations{}; // CallStats::DurationBucket order
    struct Cause
    {
        std::optional<int> code;
        QString name;
        qint64 count = 0;
    };
    QList<Cause> causes;
    QList<std::pair<QString, qint64>> sources; // empty text: no hangup_source
    // Per time bucket [origin + i × width, …): calls by outcome (normal, failed).
    std::vector<std::array<qint64, 2>> timeCounts;
    qint64 calls = 0;
    qint64 answered = 0;
    qint64 billSeconds = 0;
    qint64 billedSeconds = 0;
    Money amount;
    qint64 callsWithAmount = 0;
    qint64 outsideTimeBuckets = 0;
};

// The time buckets the charts count by: `count` buckets of `widthSeconds` from `originSecond`
// (UTC), covering end times firstSecond…lastSecond.
struct TimeBuckets
{
    qint64 originSecond = 0;
    qint64 widthSeconds = 60;
    int count = 0;
    qint64 firstSecond = 0;
    qint64 lastSecond = -1;
};

// Where the calls of a result come from: Plivo's API or an archive. A source counts a query's
// result and hands out its calls by position, asynchronously; every view and the export talk to
// this interface, so they work on either source alike.
//
// The contract: start() begins a query and returns its generation; counted() follows once with the
// number of calls (or failed() with first = -1). fetch() asks for positions in the query's order;
// rowsReady() delivers them, possibly in several parts and in any order and with neighbours that
// were not asked for; failed() names positions that could not be had, notReturned() positions the
// source counted but has no call for. After start(), nothing of an earlier generation is emitted.
class CallSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Sentences about what this source cannot answer in `query`; empty when it can.
    virtual QStringList problems(const CallQuery &query) const = 0;
    virtual quint64 start(const CallQuery &query) = 0;
    virtual void fetch(qint64 first, int count, RequestPriority priority) = 0;
    // Drops the fetches of `priority` not yet under way (the query stays); what is already being
    // answered may still arrive.
    virtual void cancelFetches(RequestPriority priority) = 0;
    // How many positions one fetch should ask for: what a request answers at once.
    virtual int fetchSize(RequestPriority priority) const = 0;
    // How far back the source reaches: what the time range of a query becomes.
    virtual QueryPlan::Reach reach() const = 0;
    // Asks for the charts' counts of the current query, answered by aggregated(); false when
    // the source cannot count without handing out every call (Plivo's API).
    virtual bool requestAggregates(const TimeBuckets &buckets)
    {
        Q_UNUSED(buckets)
        return false;
    }
    // Asks for one call by its uuid, whatever the query; lookedUp() answers with the call, or
    // with an error (NotFound when the source holds no such call).
    virtual void lookUp(const QUuid &callUuid) = 0;
    quint64 generation() const { return m_generation; }

signals:
    void counted(quint64 generation, qint64 total);
    void rowsReady(quint64 generation, qint64 first, const QList<CallRecord> &calls);
    void failed(quint64 generation, qint64 first, int count, const ApiError &error);
    void notReturned(quint64 generation, qint64 first, int count);
    void aggregated(quint64 generation, const CallAggregates &aggregates);
    void lookedUp(const QUuid &callUuid, const std::optional<CallRecord> &call,
                  const ApiError &error);

protected:
    quint64 m_generation = 0;
};
