#pragma once

#include "plivo/callfilter.h"
#include "plivo/plivoclient.h"
#include "plivo/requestbudget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

struct FollowOptions
{
    // Each poll asks again this far behind the end of the last one: a record can reach the API
    // some seconds after calls that ended later than it. Duplicates are dropped by uuid.
    std::chrono::seconds overlap{120};
    // Polls come this often while calls arrive, and back off to `slowInterval` while none do.
    std::chrono::milliseconds fastInterval{2000};
    std::chrono::milliseconds slowInterval{30000};
    // The share of the client's budget follow may take; browsing and export keep the rest.
    double budgetShare = 0.10;
    // Late records sit among calls already seen, so finding them means paging through the
    // overlap; that is done at most this often, for all of them at once. New calls never wait
    // for it.
    std::chrono::milliseconds lateScanInterval{10000};
};

// Follows a filter as calls end: polls Plivo for the calls that ended since the last poll (and
// the overlap before it), and hands out each call it has not seen before, once, as soon as its
// page answers. A poll is one request while fewer than 20 calls arrive; it pages further at once
// while whole pages are new, and through the overlap (every lateScanInterval at most) when the
// count says late records are there.
class CallFollower : public QObject
{
    Q_OBJECT

public:
    CallFollower(PlivoClient *client, const CallFilter &filter, const FollowOptions &options = {},
                 QObject *parent = nullptr);
    ~CallFollower() override;

    // Follows calls that ended at `since` or later (UTC): the first poll reports those already
    // there, later polls what arrives.
    void start(const QDateTime &since);
    void stop();
    bool isRunning() const { return m_running; }

    // Requests sent (first attempts; the client retries within its own budget).
    qint64 requestsSent() const { return m_requests; }
    qint64 polls() const { return m_polls; }
    std::chrono::milliseconds interval() const { return m_interval; }
    int budgetLimit() const { return m_budget.limit(); }

signals:
    // Calls seen for the first time, oldest end time first.
    void arrived(const QList<CallRecord> &calls);
    // A poll failed after the client's retries; following goes on, and the next poll asks for
    // the same range again.
    void problem(const ApiError &error);

private:
    void poll();
    void requestPage();
    void handlePage(PlivoReply *reply);
    void finishPoll(bool ok);
    qint64 seenSince(qint64 fromSecond) const;
    quint64 tag() const;

    QPointer<PlivoClient> m_client;
    CallFilter m_filter;
    FollowOptions m_options;
    RequestBudget m_budget;
    QElapsedTimer m_clock;
    QTimer m_next;
    bool m_running = false;
    std::chrono::milliseconds m_interval;

    qint64 m_since = 0; // first end second followed
    qint64 m_polledUntil = 0; // exclusive end second of the last complete poll
    QHash<QUuid, qint64> m_seen; // uuid → end second, for calls that may still be asked again

    // The poll under way.
    qint64 m_pollFrom = 0;
    qint64 m_pollTo = 0; // exclusive, pinned when the poll starts
    qint64 m_offset = 0;
    qint64 m_unseenExpected = -1;
    qint64 m_foundThisPoll = 0;
    bool m_scanning = false; // this poll pages through the overlap for late records
    QElapsedTimer m_sinceLateScan;
    QPointer<PlivoReply> m_reply;

    qint64 m_requests = 0;
    qint64 m_polls = 0;
};
