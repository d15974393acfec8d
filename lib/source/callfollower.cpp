#include "callfollower.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

constexpr int PageSize = 20;

qint64 endSecond(const CallRecord &call)
{
    return call.endTime ? call.endTime->utcSeconds() : 0;
}

} // namespace

CallFollower::CallFollower(PlivoClient *client, const CallFilter &filter,
                           const FollowOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filter(filter)
    , m_options(options)
    , m_budget(1, 5000)
    , m_interval(options.fastInterval)
{
    if (client) {
        const ClientOptions &clientOptions = client->options();
        m_budget = RequestBudget(
                qMax(1, int(std::lround(clientOptions.budget * options.budgetShare))),
                clientOptions.budgetWindow.count());
    }
    m_clock.start();
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &CallFollower::poll);
}

CallFollower::~CallFollower()
{
    stop();
}

quint64 CallFollower::tag() const
{
    // "FOLW" in the high half: no other part of the application hands it out.
    return (quint64(0x464F4C57) << 32) ^ (quintptr(this) & 0xffffffffu);
}

void CallFollower::start(const QDateTime &since)
{
    stop();
    m_running = true;
    m_since = since.toSecsSinceEpoch();
    m_polledUntil = m_since;
    m_seen.clear();
    m_interval = m_options.fastInterval;
    m_sinceLateScan.invalidate();
    poll();
}

void CallFollower::stop()
{
    m_running = false;
    m_next.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
    }
    if (m_client)
        m_client->cancelTag(tag());
}

qint64 CallFollower::seenSince(qint64 fromSecond) const
{
    qint64 count = 0;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        count += it.value() >= fromSecond && it.value() < m_pollTo;
    return count;
}

void CallFollower::poll()
{
    if (!m_running || !m_client)
        return;
    ++m_polls;
    // Pinned before the running second, as every query: a call ending later in it comes next.
    m_pollTo = QDateTime::currentSecsSinceEpoch();
    m_pollFrom = qMax(m_since, m_polledUntil - qint64(m_options.overlap.count()));
    m_offset = 0;
    m_unseenExpected = -1;
    m_foundThisPoll = 0;
    m_scanning = false;
    requestPage();
}

void CallFollower::requestPage()
{
    if (!m_running)
        return;
    // Follow's own share of the budget: wait for a slot rather than take browsing's.
    if (!m_budget.tryAcquire(m_clock.elapsed())) {
        QTimer::singleShot(int(qMax<qint64>(1, m_budget.msUntilAvailable(m_clock.elapsed()))), this,
                           &CallFollower::requestPage);
        return;
    }
    CallFilter filter = m_filter;
    filter.endTime = {};
    filter.endTime.atLeast = QDateTime::fromSecsSinceEpoch(m_pollFrom, QTimeZone::utc());
    filter.endTime.lessThan = QDateTime::fromSecsSinceEpoch(m_pollTo, QTimeZone::utc());
    ++m_requests;
    m_reply = m_client->listCalls(filter.parameters(), m_offset, PageSize,
                                  RequestPriority::Interactive, tag());
    PlivoReply *reply = m_reply;
    connect(reply, &PlivoReply::finished, this, [this, reply] {
        reply->deleteLater();
        handlePage(reply);
    });
}

void CallFollower::handlePage(PlivoReply *reply)
{
    if (!m_running || reply->error().category() == ApiError::Category::Cancelled)
        return;
    if (!reply->isOk()) {
        emit problem(reply->error());
        finishPoll(false);
        return;
    }
    const CallPage &page = reply->page();
    if (m_unseenExpected < 0) {
        // What the range holds, less what was seen of it: the calls this poll must find.
        m_unseenExpected = page.meta.totalCount - seenSince(m_pollFrom);
    }
    QList<CallRecord> found;
    for (const CallRecord &call : page.records) {
        if (m_seen.contains(call.callUuid))
            continue;
        m_seen.insert(call.callUuid, endSecond(call));
        found.append(call);
    }
    m_foundThisPoll += found.size();
    m_offset += PageSize;
    const bool allFound = m_foundThisPoll >= m_unseenExpected;
    const bool lastPage = page.records.size() < PageSize || m_offset >= page.meta.totalCount;
    const bool wholePageNew = found.size() == page.records.size();
    if (!found.isEmpty()) { // handed out now: the rest of the poll may take a while
        std::stable_sort(found.begin(), found.end(), [](const CallRecord &a, const CallRecord &b) {
            return endSecond(a) < endSecond(b);
        });
        emit arrived(found);
        if (!m_running)
            return;
    }
    if (allFound || lastPage) {
        finishPoll(true);
        return;
    }
    // Unseen calls remain below calls already seen: late records. Look for them now only if
    // the last scan for them is long enough ago; the next polls' counts keep them in sight.
    if (!wholePageNew && !m_scanning) {
        if (m_sinceLateScan.isValid()
            && m_sinceLateScan.elapsed() < m_options.lateScanInterval.count()) {
            finishPoll(true);
            return;
        }
        m_scanning = true;
    }
    requestPage();
}

void CallFollower::finishPoll(bool ok)
{
    if (ok) {
        m_polledUntil = m_pollTo;
        // Calls that ended before the next poll's range can never be asked for again.
        const qint64 horizon = m_polledUntil - qint64(m_options.overlap.count());
        m_seen.removeIf([horizon](const QHash<QUuid, qint64>::iterator &it) {
            return it.value() < horizon;
        });
        if (m_scanning)
            m_sinceLateScan.start();
    }
    if (!m_running)
        return;
    // Quick while calls arrive, slower and slower while none do.
    m_interval = ok && m_foundThisPoll == 0 && m_polls > 1
            ? std::min(m_options.slowInterval, m_interval * 2)
            : m_options.fastInterval;
    m_next.start(m_interval);
}
