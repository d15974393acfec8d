#pragma once

#include <QtGlobal>

#include <deque>

// At most `limit` requests in any rolling window of `windowMs` milliseconds: the share of the
// account's 300-per-5-seconds limit that Callscope allows itself.
class RequestBudget
{
public:
    RequestBudget(int limit, qint64 windowMs)
        : m_limit(limit)
        , m_windowMs(windowMs)
    { }

    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }

    // Records a request at `nowMs` when the budget allows one; false otherwise.
    bool tryAcquire(qint64 nowMs);
    // How long until tryAcquire() can succeed (0 when it can now).
    qint64 msUntilAvailable(qint64 nowMs);
    // Requests recorded in the window ending at `nowMs`.
    int used(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_sentAt;
};
