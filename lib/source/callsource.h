#pragma once

#include "plivo/apierror.h"
#include "plivo/callfilter.h"
#include "plivo/callrecord.h"
#include "plivo/money.h"
#include "plivo/plivoclient.h"
#include "plivo/queryplan.h"

#include <QDateTime>
#include <QObject>

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
    quint64 generation() const { return m_generation; }

signals:
    void counted(quint64 generation, qint64 total);
    void rowsReady(quint64 generation, qint64 first, const QList<CallRecord> &calls);
    void failed(quint64 generation, qint64 first, int count, const ApiError &error);
    void notReturned(quint64 generation, qint64 first, int count);

protected:
    quint64 m_generation = 0;
};
