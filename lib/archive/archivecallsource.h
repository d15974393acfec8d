#pragma once

#include "archivequery.h"
#include "callarchive.h"

#include <QAtomicInteger>
#include <QThread>

#include <array>
#include <memory>

class ArchiveWorker;

// Calls from an archive: the query runs as SQL on a thread of its own, over its own connection,
// so counting ten million calls never stalls the window. Any range, any order, numbers by any
// part, several causes, amounts.
class ArchiveCallSource : public CallSource
{
    Q_OBJECT

public:
    // `location`: a SQLite path or a postgresql:// URL, opened on the worker thread.
    explicit ArchiveCallSource(const QString &location, QObject *parent = nullptr);
    ~ArchiveCallSource() override;

    QStringList problems(const CallQuery &query) const override;
    quint64 start(const CallQuery &query) override;
    void fetch(qint64 first, int count, RequestPriority priority) override;
    void cancelFetches(RequestPriority priority) override;
    // A local query answers a screenful cheaply, and thousands for "Load all".
    int fetchSize(RequestPriority priority) const override
    {
        return priority == RequestPriority::Bulk ? 5000 : 200;
    }
    QueryPlan::Reach reach() const override { return QueryPlan::Reach::Unlimited; }

    bool requestAggregates(const TimeBuckets &buckets) override;
    void lookUp(const QUuid &callUuid) override;

    // Asks what the archive holds; summaryReady() or summaryFailed() answers, from the source's
    // thread, so counting millions of calls never stalls the window.
    void requestSummary();

signals:
    void summaryReady(const CallArchive::Summary &summary,
                      const QList<CallArchive::TimeRange> &synced);
    void summaryFailed(const QString &error);

private:
    QThread m_thread;
    ArchiveWorker *m_worker; // lives on m_thread
    std::shared_ptr<QAtomicInteger<quint64>> m_current; // the generation the worker still serves
    // Per priority (interactive, bulk), bumped by cancelFetches().
    std::shared_ptr<std::array<QAtomicInteger<quint64>, 2>> m_fetchEpochs;
};
