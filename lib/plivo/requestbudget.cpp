#include "requestbudget.h"

void RequestBudget::expire(qint64 nowMs)
{
    while (!m_sentAt.empty() && m_sentAt.front() <= nowMs - m_windowMs)
        m_sentAt.pop_front();
}

bool RequestBudget::tryAcquire(qint64 nowMs)
{
    expire(nowMs);
    if (int(m_sentAt.size()) >= m_limit)
        return false;
    m_sentAt.push_back(nowMs);
    return true;
}

qint64 RequestBudget::msUntilAvailable(qint64 nowMs)
{
    expire(nowMs);
    if (int(m_sentAt.size()) < m_limit)
        return 0;
    // The request that frees a slot is the one `limit` places from the end.
    const qint64 freedBy = m_sentAt[m_sentAt.size() - size_t(m_limit)];
    return freedBy + m_windowMs - nowMs;
}

int RequestBudget::used(qint64 nowMs)
{
    expire(nowMs);
    return int(m_sentAt.size());
}
