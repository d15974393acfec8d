#include "plivocallsource.h"

#include <algorithm>

PlivoCallSource::PlivoCallSource(PlivoClient *client, QObject *parent)
    : CallSource(parent)
    , m_client(client)
{ }

PlivoCallSource::~PlivoCallSource()
{
    if (m_client)
        m_client->cancelTag(tag());
}

quint64 PlivoCallSource::tag() const
{
    // Unique per source and generation, so cancelTag never reaches another user of the client.
    return (quintptr(this) << 16) ^ m_generation ^ 0x5000000000000000ull;
}

QStringList PlivoCallSource::problems(const CallQuery &query) const
{
    QStringList sentences;
    if (query.numberMatch == CallQuery::NumberMatch::Contains)
        sentences.append(tr("Plivo matches numbers by their beginning only; the archive finds them "
                            "by any part."));
    if (!query.hangupCauseCodes.isEmpty())
        sentences.append(tr("Plivo takes one hangup cause at a time; the archive takes several."));
    if (query.amountAtLeast || query.amountAtMost)
        sentences.append(tr("Plivo cannot filter by amount; the archive can."));
    if (query.sortField != CallField::EndTime)
        sentences.append(tr("Plivo lists calls by end time only; sorting by “%1” needs every call "
                            "loaded, or the archive.")
                                 .arg(CallFields::apiName(query.sortField)));
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    for (const CallFilter::Problem &problem : query.filter.validate(now))
        sentences.append(problem.message);
    return sentences;
}

quint64 PlivoCallSource::start(const CallQuery &query)
{
    if (m_client)
        m_client->cancelTag(tag());
    for (PlivoReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->deleteLater();
    }
    m_inFlight.clear();
    m_waiting.clear();
    m_firstPages.clear();
    ++m_generation;
    const QDateTime now = query.now.isValid()
            ? query.now
            : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_plan = QueryPlan::build(query.filter, now);
    m_oldestFirst = query.sortOrder == Qt::AscendingOrder;
    m_windowTotals.assign(size_t(m_plan.windows().size()), -1);
    m_windowStarts.assign(size_t(m_plan.windows().size()), 0);
    m_counting = int(m_plan.windows().size());
    const quint64 generation = m_generation;
    if (!m_client) {
        QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    emit failed(generation, -1, 0,
                                ApiError::unavailable(tr("There is no account to ask.")));
                },
                Qt::QueuedConnection);
        return generation;
    }
    if (m_counting == 0)
        QMetaObject::invokeMethod(
                this, [this, generation] { emit counted(generation, 0); }, Qt::QueuedConnection);
    for (int w = 0; w < int(m_plan.windows().size()); ++w)
        requestPage({w, 0}, RequestPriority::Interactive);
    return generation;
}

qint64 PlivoCallSource::total() const
{
    return m_windowStarts.empty() ? 0 : m_windowStarts.back() + m_windowTotals.back();
}

qint64 PlivoCallSource::positionOf(qint64 global) const
{
    return m_oldestFirst ? total() - 1 - global : global;
}

PlivoCallSource::PageKey PlivoCallSource::pageOf(qint64 global) const
{
    const auto it = std::upper_bound(m_windowStarts.begin(), m_windowStarts.end(), global);
    int window = int(it - m_windowStarts.begin()) - 1;
    while (window + 1 < int(m_windowStarts.size()) && m_windowStarts[size_t(window + 1)] <= global)
        ++window;
    return {window, (global - m_windowStarts[size_t(window)]) / m_pageSize};
}

qint64 PlivoCallSource::globalOf(PageKey key) const
{
    return m_windowStarts[size_t(key.window)] + key.page * m_pageSize;
}

void PlivoCallSource::fetch(qint64 first, int count, RequestPriority priority)
{
    if (count <= 0)
        return;
    if (m_counting > 0) {
        m_waiting.append({first, {count, priority}});
        return;
    }
    const qint64 all = total();
    QSet<PageKey> pages;
    for (qint64 position = qMax<qint64>(0, first); position < qMin(all, first + count);
         ++position) {
        const qint64 global = m_oldestFirst ? all - 1 - position : position;
        pages.insert(pageOf(global));
    }
    for (const PageKey &key : std::as_const(pages))
        requestPage(key, priority);
}

void PlivoCallSource::lookUp(const QUuid &callUuid)
{
    if (!m_client) {
        emit lookedUp(callUuid, std::nullopt,
                      ApiError::unavailable(tr("There is no account to ask.")));
        return;
    }
    PlivoReply *reply = m_client->retrieveCall(CallFields::uuidText(callUuid),
                                               RequestPriority::Interactive, tag());
    connect(reply, &PlivoReply::finished, this, [this, reply, callUuid] {
        reply->deleteLater();
        if (reply->error().category() == ApiError::Category::Cancelled)
            return;
        if (reply->isOk())
            emit lookedUp(callUuid, reply->call(), {});
        else
            emit lookedUp(callUuid, std::nullopt, reply->error());
    });
}

void PlivoCallSource::cancelFetches(RequestPriority priority)
{
    // Only requests not yet sent: one on the wire has cost its share of the budget already.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        PlivoReply *reply = it.value();
        if (m_windowTotals[size_t(it.key().window)] >= 0 && reply->priority() == priority
            && reply->attempts() == 0) {
            reply->disconnect(this);
            reply->cancel();
            reply->deleteLater();
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    m_waiting.removeIf(
            [priority](const auto &waiting) { return waiting.second.second == priority; });
}

void PlivoCallSource::requestPage(PageKey key, RequestPriority priority)
{
    if (m_inFlight.contains(key))
        return;
    PlivoReply *reply = m_client->listCalls(m_plan.parameters(key.window), key.page * m_pageSize,
                                            m_pageSize, priority, tag());
    m_inFlight.insert(key, reply);
    const quint64 generation = m_generation;
    connect(reply, &PlivoReply::finished, this, [this, key, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_inFlight.remove(key);
        handleReply(key, reply);
    });
}

void PlivoCallSource::handleReply(PageKey key, PlivoReply *reply)
{
    const quint64 generation = m_generation;
    const bool counting = m_windowTotals[size_t(key.window)] < 0;
    if (!reply->isOk()) {
        if (reply->error().category() == ApiError::Category::Cancelled)
            return;
        if (counting) {
            emit failed(generation, -1, 0, reply->error());
            return;
        }
        const qint64 windowEnd
                = m_windowStarts[size_t(key.window)] + m_windowTotals[size_t(key.window)];
        const qint64 first = globalOf(key);
        const qint64 last = qMin(first + m_pageSize, windowEnd) - 1;
        const qint64 a = positionOf(first);
        const qint64 b = positionOf(last);
        emit failed(generation, qMin(a, b), int(qAbs(b - a) + 1), reply->error());
        return;
    }
    if (!counting) {
        deliver(key, reply->page().records);
        return;
    }
    m_windowTotals[size_t(key.window)] = qMax<qint64>(0, reply->page().meta.totalCount);
    m_firstPages.insert(key.window, reply->page().records);
    if (--m_counting > 0)
        return;
    qint64 sum = 0;
    for (size_t w = 0; w < m_windowTotals.size(); ++w) {
        m_windowStarts[w] = sum;
        sum += m_windowTotals[w];
    }
    emit counted(generation, sum);
    if (generation != m_generation)
        return;
    const QHash<int, QList<CallRecord>> pages = std::exchange(m_firstPages, {});
    for (auto it = pages.constBegin(); it != pages.constEnd(); ++it) {
        deliver({it.key(), 0}, it.value());
        if (generation != m_generation)
            return;
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[first, rest] : waiting)
        fetch(first, rest.first, rest.second);
}

void PlivoCallSource::deliver(PageKey key, const QList<CallRecord> &records)
{
    const qint64 windowEnd
            = m_windowStarts[size_t(key.window)] + m_windowTotals[size_t(key.window)];
    const qint64 first = globalOf(key);
    const qint64 expected = qMin<qint64>(m_pageSize, windowEnd - first);
    const qint64 count = qMin<qint64>(records.size(), expected);
    const quint64 generation = m_generation;
    if (count > 0) {
        QList<CallRecord> rows = records.mid(0, count);
        qint64 position = first;
        if (m_oldestFirst) {
            std::reverse(rows.begin(), rows.end());
            position = positionOf(first + count - 1);
        }
        emit rowsReady(generation, position, rows);
    }
    // Plivo counted more calls than the page holds: say which positions stay empty.
    if (count < expected && generation == m_generation) {
        const qint64 a = positionOf(first + qMax<qint64>(count, 0));
        const qint64 b = positionOf(first + expected - 1);
        emit notReturned(generation, qMin(a, b), int(qAbs(b - a) + 1));
    }
}
