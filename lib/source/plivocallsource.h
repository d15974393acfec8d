#pragma once

#include "callsource.h"

#include "plivo/queryplan.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <vector>

// Calls from Plivo's API: the query becomes a pinned QueryPlan (≤30-day windows within the 90
// days), positions map to a window and a page of 20, every page is asked for once through the
// account's client at the caller's priority.
class PlivoCallSource : public CallSource
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 20;

    explicit PlivoCallSource(PlivoClient *client, QObject *parent = nullptr);
    ~PlivoCallSource() override;

    QStringList problems(const CallQuery &query) const override;
    quint64 start(const CallQuery &query) override;
    void fetch(qint64 first, int count, RequestPriority priority) override;
    void cancelFetches(RequestPriority priority) override;
    int fetchSize(RequestPriority) const override { return m_pageSize; }
    void lookUp(const QUuid &callUuid) override;
    // Records per request (Plivo's `limit`, 1…20); tests use small pages to see paging.
    void setPageSize(int limit) { m_pageSize = qBound(1, limit, 20); }
    QueryPlan::Reach reach() const override { return QueryPlan::Reach::PlivoRetention; }

    const QueryPlan &plan() const { return m_plan; }

private:
    struct PageKey
    {
        int window;
        qint64 page;
        friend bool operator==(PageKey, PageKey) = default;
        friend size_t qHash(PageKey key, size_t seed = 0)
        {
            return qHashMulti(seed, key.window, key.page);
        }
    };

    void requestPage(PageKey key, RequestPriority priority);
    void handleReply(PageKey key, PlivoReply *reply);
    void deliver(PageKey key, const QList<CallRecord> &records);
    PageKey pageOf(qint64 global) const;
    qint64 globalOf(PageKey key) const;
    qint64 total() const;
    qint64 positionOf(qint64 global) const;
    quint64 tag() const;

    QPointer<PlivoClient> m_client;
    int m_pageSize = DefaultPageSize;
    QueryPlan m_plan;
    bool m_oldestFirst = false;
    std::vector<qint64> m_windowTotals;
    std::vector<qint64> m_windowStarts;
    int m_counting = 0;
    QHash<int, QList<CallRecord>> m_firstPages; // kept until every window is counted
    QHash<PageKey, PlivoReply *> m_inFlight;
    QList<std::pair<qint64, std::pair<int, RequestPriority>>> m_waiting; // fetches before count
};
