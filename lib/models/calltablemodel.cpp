#include "calltablemodel.h"

#include <algorithm>

namespace {

// Bulk fetches under way at once while loading everything; the source paces them anyway.
constexpr int loadAllLookahead = 48;

} // namespace

CallTableModel::CallTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CallTableModel::~CallTableModel()
{
    // No signals from here: whoever listens may be half destroyed already.
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    if (m_source) {
        m_source->cancelFetches(RequestPriority::Interactive);
        m_source->cancelFetches(RequestPriority::Bulk);
    }
}

void CallTableModel::setSource(CallSource *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    if (m_source) {
        m_source->cancelFetches(RequestPriority::Interactive);
        m_source->cancelFetches(RequestPriority::Bulk);
    }
    m_source = source;
    if (source) {
        m_sourceConnections = {
                connect(source, &CallSource::counted, this, &CallTableModel::handleCounted),
                connect(source, &CallSource::rowsReady, this, &CallTableModel::handleRows),
                connect(source, &CallSource::failed, this, &CallTableModel::handleFailed),
                connect(source, &CallSource::notReturned, this, &CallTableModel::handleNotReturned),
        };
    }
    clear();
}

void CallTableModel::clear()
{
    reset({}, {});
}

void CallTableModel::reset(const CallQuery &query, const QueryPlan &plan)
{
    beginResetModel();
    m_generation = 0; // no source's generation: whatever is on its way belongs to no query now
    m_query = query;
    m_plan = plan;
    m_counting = false;
    m_countFailed = false;
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_sortedRows.clear();
    m_sortColumn = -1;
    m_store.clear();
    m_loadedRows = 0;
    m_fetches.clear();
    m_failedRuns.clear();
    m_lastError = ApiError();
    m_lastFirstRow = 0;
    m_loadingAll = false;
    m_loadAllCursor = 0;
    m_followed.clear();
    m_followedAtMs.clear();
    m_followedUuids.clear();
    m_followedDropped = 0;
    m_freeSlots.clear();
    endResetModel();
    emit progressChanged();
}

void CallTableModel::setQuery(const CallQuery &query)
{
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    const QueryPlan::Reach reach = m_source ? m_source->reach() : QueryPlan::Reach::PlivoRetention;
    const QueryPlan plan = QueryPlan::build(query.filter, now, reach);
    CallQuery pinned = query;
    pinned.now = plan.pinnedNow();
    if (reach == QueryPlan::Reach::Unlimited && !plan.isEmpty()) {
        // The archive grows while it is read (sync): the range the plan pinned keeps every
        // position where it was.
        const QueryWindow &whole = plan.windows().first();
        RangeFilter<QDateTime> &range = pinned.filter.endTime;
        range = {};
        if (whole.exactEndTime) {
            range.exact = whole.exactEndTime;
        } else {
            (whole.fromInclusive ? range.atLeast : range.greaterThan) = whole.from;
            (whole.toInclusive ? range.atMost : range.lessThan) = whole.to;
        }
    }
    reset(pinned, plan);
    startQuery();
}

void CallTableModel::startQuery()
{
    if (!m_source || m_plan.isEmpty()) {
        // Nothing to ask: the range lies outside what the source keeps.
        emit queryCounted();
        emit progressChanged();
        return;
    }
    m_counting = true;
    m_generation = m_source->start(m_query);
    emit progressChanged();
}

void CallTableModel::handleCounted(quint64 generation, qint64 total)
{
    if (m_generation == 0 || generation != m_generation || !m_counting)
        return;
    m_counting = false;
    m_countFailed = false;
    if (total > 0) {
        const int followed = followedCount();
        beginInsertRows(
                {}, followed,
                followed
                        + int(qMin<qint64>(total, std::numeric_limits<int>::max() - followed) - 1));
        m_rows.assign(size_t(total), NotLoaded);
        endInsertRows();
    }
    emit queryCounted();
    emit progressChanged();
}

void CallTableModel::handleRows(quint64 generation, qint64 first, const QList<CallRecord> &calls)
{
    if (m_generation == 0 || generation != m_generation || m_counting)
        return;
    const qint64 end = qMin<qint64>(first + calls.size(), qint64(m_rows.size()));
    bool stored = false;
    for (qint64 position = qMax<qint64>(first, 0); position < end; ++position) {
        quint32 &slot = m_rows[size_t(position)];
        if (holdsCall(slot))
            continue;
        if (slot != MissingSlot)
            ++m_loadedRows;
        slot = m_store.append(calls.at(qsizetype(position - first)));
        stored = true;
    }
    if (stored) {
        // A retried run that now loaded is no longer a failure.
        std::erase_if(m_failedRuns, [&](const std::pair<qint64, qint64> &run) {
            for (qint64 p = run.first; p < run.first + run.second; ++p) {
                if (m_rows[size_t(p)] == FailedSlot)
                    return false;
            }
            return true;
        });
        emitRowsChanged(first, end - 1);
    }
    forgetSettledFetches();
    if (m_loadingAll)
        continueLoadAll();
    emit progressChanged();
}

void CallTableModel::handleFailed(quint64 generation, qint64 first, int count,
                                  const ApiError &error)
{
    if (m_generation == 0 || generation != m_generation
        || error.category() == ApiError::Category::Cancelled)
        return;
    m_lastError = error;
    if (first < 0) { // the count itself failed
        m_countFailed = true;
        emit errorOccurred(error);
        emit progressChanged();
        return;
    }
    settle(first, count, FailedSlot);
    m_failedRuns.emplace_back(first, count);
    forgetSettledFetches();
    emitRowsChanged(first, first + count - 1);
    emit errorOccurred(error);
    if (m_loadingAll)
        continueLoadAll();
    emit progressChanged();
}

void CallTableModel::handleNotReturned(quint64 generation, qint64 first, int count)
{
    if (m_generation == 0 || generation != m_generation || m_counting)
        return;
    settle(first, count, MissingSlot);
    forgetSettledFetches();
    emitRowsChanged(first, first + count - 1);
    if (m_loadingAll)
        continueLoadAll();
    emit progressChanged();
}

void CallTableModel::settle(qint64 first, qint64 count, quint32 slot)
{
    const qint64 end = qMin<qint64>(first + count, qint64(m_rows.size()));
    for (qint64 position = qMax<qint64>(first, 0); position < end; ++position) {
        quint32 &current = m_rows[size_t(position)];
        if (holdsCall(current) || current == MissingSlot)
            continue;
        if (slot == MissingSlot)
            ++m_loadedRows; // nothing more will come for it: the row is as loaded as it gets
        current = slot;
    }
}

void CallTableModel::forgetSettledFetches()
{
    std::erase_if(m_fetches, [this](const Fetch &fetch) {
        const qint64 end = qMin<qint64>(fetch.first + fetch.count, qint64(m_rows.size()));
        for (qint64 position = fetch.first; position < end; ++position) {
            if (m_rows[size_t(position)] == Requested)
                return false;
        }
        return true;
    });
}

void CallTableModel::dropFetches(RequestPriority priority)
{
    if (m_source)
        m_source->cancelFetches(priority);
    // Rows still waiting on those fetches may be asked for again.
    std::erase_if(m_fetches, [this, priority](const Fetch &fetch) {
        if (fetch.priority != priority)
            return false;
        const qint64 end = qMin<qint64>(fetch.first + fetch.count, qint64(m_rows.size()));
        for (qint64 position = fetch.first; position < end; ++position) {
            if (m_rows[size_t(position)] == Requested)
                m_rows[size_t(position)] = NotLoaded;
        }
        return true;
    });
}

void CallTableModel::fetch(qint64 first, int count, RequestPriority priority)
{
    const qint64 end = qMin<qint64>(first + count, qint64(m_rows.size()));
    first = qMax<qint64>(first, 0);
    // Only what is not there yet, in runs: a source that answers whole pages fills neighbours,
    // which are then not asked for again.
    qint64 runStart = -1;
    const auto flush = [&](qint64 runEnd) {
        if (runStart < 0)
            return;
        m_fetches.push_back({runStart, int(runEnd - runStart), priority});
        m_source->fetch(runStart, int(runEnd - runStart), priority);
        runStart = -1;
    };
    for (qint64 position = first; position < end; ++position) {
        quint32 &slot = m_rows[size_t(position)];
        if (slot == NotLoaded) {
            slot = Requested;
            if (runStart < 0)
                runStart = position;
        } else {
            flush(position);
        }
    }
    flush(end);
}

qint64 CallTableModel::positionOf(int row) const
{
    const int followed = followedCount();
    if (row < followed)
        return -1 - row; // a followed call: negative, newest (row 0) at -1
    row -= followed;
    if (!m_sortedRows.empty())
        return m_sortedRows[size_t(row)];
    return m_order == Order::NewestFirst ? row : qint64(m_rows.size()) - 1 - row;
}

int CallTableModel::rowOfPosition(qint64 position) const
{
    if (position < 0)
        return int(-1 - position);
    const int followed = followedCount();
    if (!m_sortedRows.empty()) {
        const auto it = std::find(m_sortedRows.begin(), m_sortedRows.end(), position);
        return followed + int(it - m_sortedRows.begin());
    }
    return followed
            + int(m_order == Order::NewestFirst ? position : qint64(m_rows.size()) - 1 - position);
}

quint32 CallTableModel::slotAt(qint64 position) const
{
    if (position < 0) // newest last in m_followed
        return m_followed[m_followed.size() - size_t(-position)];
    return m_rows[size_t(position)];
}

void CallTableModel::addFollowed(const QList<CallRecord> &calls)
{
    QList<CallRecord> fresh;
    for (const CallRecord &call : calls) {
        if (!m_followedUuids.contains(call.callUuid)) {
            m_followedUuids.insert(call.callUuid);
            fresh.append(call);
        }
    }
    if (fresh.isEmpty())
        return;
    const qint64 now = m_followClock.isValid() ? m_followClock.elapsed() : 0;
    if (!m_followClock.isValid())
        m_followClock.start();
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    for (const CallRecord &call : std::as_const(fresh)) {
        if (m_freeSlots.empty()) {
            m_followed.push_back(m_store.append(call));
        } else {
            m_store.replace(m_freeSlots.back(), call);
            m_followed.push_back(m_freeSlots.back());
            m_freeSlots.pop_back();
        }
        m_followedAtMs.push_back(now);
    }
    endInsertRows();
    emit followedArrived(int(fresh.size()));
    dropOldestFollowed();
    emit progressChanged();
}

void CallTableModel::setFollowLimit(int limit)
{
    m_followLimit = qMax(1, limit);
    dropOldestFollowed();
    emit progressChanged();
}

void CallTableModel::dropOldestFollowed()
{
    const int excess = followedCount() - m_followLimit;
    if (excess <= 0)
        return;
    // The oldest followed calls are the last followed rows, just above the query's own.
    beginRemoveRows({}, m_followLimit, followedCount() - 1);
    for (int i = 0; i < excess; ++i) {
        m_followedUuids.remove(m_store.compact(m_followed[size_t(i)]).callUuid);
        m_freeSlots.push_back(m_followed[size_t(i)]);
    }
    m_followed.erase(m_followed.begin(), m_followed.begin() + excess);
    m_followedAtMs.erase(m_followedAtMs.begin(), m_followedAtMs.begin() + excess);
    m_followedDropped += excess;
    endRemoveRows();
    emit followedLeft(m_followLimit, excess);
}

bool CallTableModel::isNew(int row) const
{
    const int followed = followedCount();
    if (row < 0 || row >= followed || !m_followClock.isValid())
        return false;
    return m_followClock.elapsed() - m_followedAtMs[size_t(followed - 1 - row)] < NewForMs;
}

void CallTableModel::emitRowsChanged(qint64 firstPosition, qint64 lastPosition)
{
    lastPosition = qMin(lastPosition, qint64(m_rows.size()) - 1);
    if (lastPosition < firstPosition || m_rows.empty())
        return;
    if (!m_sortedRows.empty()) { // sorted rows are scattered: repaint everything
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    const int a = rowOfPosition(firstPosition);
    const int b = rowOfPosition(lastPosition);
    emit dataChanged(index(qMin(a, b), 0), index(qMax(a, b), columnCount() - 1));
}

void CallTableModel::requestRows(int first, int last)
{
    if (isCounting() || m_rows.empty() || !m_source)
        return;
    first = qBound(0, first, rowCount() - 1);
    last = qBound(first, last, rowCount() - 1);
    const bool scrollingDown = first >= m_lastFirstRow;
    m_lastFirstRow = first;
    // A fetch's worth ahead in the direction the person is scrolling.
    const int step = m_source->fetchSize(RequestPriority::Interactive);
    const int ahead = scrollingDown ? qMin(last + step, rowCount() - 1) : qMax(first - step, 0);

    // Rows asked for while the person dragged past them, and not yet on their way, are not
    // needed now.
    dropFetches(RequestPriority::Interactive);

    // Followed calls are loaded as they arrive: only the query's rows are fetched.
    const int from = qMax(qMin(first, ahead), followedCount());
    const int to = qMax(last, ahead);
    if (from > to) {
        emit progressChanged();
        return;
    }
    if (m_sortedRows.empty()) {
        const qint64 a = positionOf(from);
        const qint64 b = positionOf(to);
        fetch(qMin(a, b), int(qAbs(b - a) + 1), RequestPriority::Interactive);
    } else {
        for (int row = from; row <= to; ++row)
            fetch(positionOf(row), 1, RequestPriority::Interactive);
    }
    emit progressChanged();
}

void CallTableModel::loadAll()
{
    if (isCounting() || isComplete() || !m_source)
        return;
    m_loadingAll = true;
    m_loadAllCursor = 0;
    continueLoadAll();
    emit progressChanged();
}

void CallTableModel::continueLoadAll()
{
    int bulkInFlight = 0;
    for (const Fetch &fetch : m_fetches)
        bulkInFlight += fetch.priority == RequestPriority::Bulk;
    const int step = m_source ? m_source->fetchSize(RequestPriority::Bulk) : 0;
    const qint64 total = qint64(m_rows.size());
    while (m_source && bulkInFlight < loadAllLookahead && m_loadAllCursor < total) {
        while (m_loadAllCursor < total && m_rows[size_t(m_loadAllCursor)] != NotLoaded)
            ++m_loadAllCursor;
        if (m_loadAllCursor >= total)
            break;
        const size_t before = m_fetches.size();
        fetch(m_loadAllCursor, step, RequestPriority::Bulk);
        bulkInFlight += int(m_fetches.size() - before);
        m_loadAllCursor += step;
    }
    if (bulkInFlight == 0 && m_loadAllCursor >= total) {
        m_loadingAll = false;
        emit loadAllFinished(isComplete());
    }
}

void CallTableModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    dropFetches(RequestPriority::Bulk);
    emit loadAllFinished(false);
    emit progressChanged();
}

void CallTableModel::retryFailed()
{
    m_lastError = ApiError();
    if (m_countFailed) { // nothing was counted: ask again from the start
        m_countFailed = false;
        reset(CallQuery(m_query), QueryPlan(m_plan));
        startQuery();
        return;
    }
    const auto failed = std::exchange(m_failedRuns, {});
    for (const auto &[first, count] : failed) {
        for (qint64 position = first; position < first + count; ++position) {
            if (m_rows[size_t(position)] == FailedSlot)
                m_rows[size_t(position)] = NotLoaded;
        }
        fetch(first, int(count), RequestPriority::Interactive);
        emitRowsChanged(first, first + count - 1);
    }
    emit progressChanged();
}

CallTableModel::RowState CallTableModel::rowState(int row) const
{
    const quint32 slot = slotAt(positionOf(row));
    if (holdsCall(slot) || slot == MissingSlot)
        return RowState::Loaded;
    return slot == FailedSlot ? RowState::Failed : RowState::Pending;
}

std::optional<CallRecord> CallTableModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const quint32 slot = slotAt(positionOf(row));
    if (!holdsCall(slot))
        return std::nullopt;
    return m_store.record(slot);
}

int CallTableModel::rowOf(const QUuid &callUuid) const
{
    for (size_t i = 0; i < m_followed.size(); ++i) {
        if (m_store.compact(m_followed[i]).callUuid == callUuid)
            return int(m_followed.size() - 1 - i);
    }
    for (size_t position = 0; position < m_rows.size(); ++position) {
        const quint32 slot = m_rows[position];
        if (holdsCall(slot) && m_store.compact(slot).callUuid == callUuid)
            return rowOfPosition(qint64(position));
    }
    return -1;
}

void CallTableModel::setOrder(Order order)
{
    if (m_query.sortField != CallField::EndTime) {
        // The source sorted by another column: it orders by end time again.
        m_order = order;
        m_query.sortField = CallField::EndTime;
        m_query.sortOrder = Qt::DescendingOrder;
        reset(CallQuery(m_query), QueryPlan(m_plan));
        startQuery();
        return;
    }
    if (order == m_order && m_sortedRows.empty())
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> positions;
    for (const QModelIndex &index : before)
        positions.append(positionOf(index.row()));
    m_order = order;
    m_sortedRows.clear();
    m_sortColumn = -1;
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfPosition(positions[i]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

bool CallTableModel::sourceSorts(CallField field, Qt::SortOrder order) const
{
    if (!m_source)
        return false;
    CallQuery sorted = m_query;
    sorted.sortField = field;
    sorted.sortOrder = order;
    return m_source->problems(sorted).isEmpty();
}

void CallTableModel::setTimeDisplay(TimeDisplay display)
{
    if (display == m_timeDisplay)
        return;
    m_timeDisplay = display;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void CallTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    const CallField field = fieldOf(column);
    if (field == CallField::EndTime) {
        setOrder(order == Qt::DescendingOrder ? Order::NewestFirst : Order::OldestFirst);
        return;
    }
    if (column != LegColumn && sourceSorts(field, order)) {
        // The source orders any result by any column at once (an archive's index).
        m_query.sortField = field;
        m_query.sortOrder = order;
        m_order = Order::NewestFirst; // positions are the source's order as they come
        reset(CallQuery(m_query), QueryPlan(m_plan));
        startQuery();
        return;
    }
    if (!isComplete()) {
        emit sortUnavailable(
                tr("Sorting by \u201c%1\u201d needs every call of the result: use "
                   "Load all (Ctrl+L) first. Newest or oldest first works at any "
                   "size: click \u201c%2\u201d.")
                        .arg(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                             CallFormat::columnTitle(CallField::EndTime)));
        return;
    }
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> positions;
    for (const QModelIndex &index : before)
        positions.append(positionOf(index.row()));

    // Keys are built once per row, then compared: sorting a million rows stays in seconds.
    std::vector<QVariant> keys(m_rows.size());
    for (size_t position = 0; position < m_rows.size(); ++position) {
        const quint32 slot = m_rows[position];
        QVariant &key = keys[position];
        if (!holdsCall(slot))
            continue; // a call Plivo counted but did not return: no key, sorted together
        const CompactCall &call = m_store.compact(slot);
        if (column == LegColumn)
            key = call.isALeg();
        else if (field == CallField::BillDuration)
            key = call.billDuration;
        else if (field == CallField::CallDuration)
            key = call.callDuration;
        else if (field == CallField::BilledDuration)
            key = call.billedDuration;
        else if (field == CallField::TotalAmount)
            key = call.totalAmount;
        else if (field == CallField::TotalRate)
            key = call.totalRate;
        else
            key = displayValue(call, field);
    }
    m_sortedRows.resize(m_rows.size());
    for (size_t i = 0; i < m_sortedRows.size(); ++i)
        m_sortedRows[i] = qint64(i);
    std::stable_sort(m_sortedRows.begin(), m_sortedRows.end(), [&](qint64 a, qint64 b) {
        const QPartialOrdering c = QVariant::compare(keys[size_t(a)], keys[size_t(b)]);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                           : c == QPartialOrdering::Greater;
    });
    m_sortColumn = column;
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfPosition(positions[i]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid()
            ? 0
            : int(qMin<size_t>(m_followed.size() + m_rows.size(), std::numeric_limits<int>::max()));
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LegColumn + 1;
}

void CallTableModel::setFamilySize(const QString &aLegUuid, int legCount)
{
    const QUuid uuid = QUuid::fromString(QStringView(aLegUuid));
    if (m_familySizes.value(uuid) == legCount)
        return;
    m_familySizes.insert(uuid, legCount);
    const int row = rowOf(uuid);
    if (row >= 0)
        emit dataChanged(index(row, LegColumn), index(row, LegColumn));
}

QVariant CallTableModel::displayValue(const CompactCall &c, CallField field) const
{
    const auto money = [](qint64 units) {
        return units == CompactCall::NoMoney ? QString() : Money::fromUnits(units).toString();
    };
    switch (field) {
    case CallField::CallUuid:
        return CallFields::uuidText(c.callUuid);
    case CallField::ParentCallUuid:
        return c.isALeg() ? QString() : CallFields::uuidText(c.parentCallUuid);
    case CallField::ConferenceUuid:
        return m_store.text(c.conferenceUuid);
    case CallField::ApiId:
        return m_store.text(c.apiId);
    case CallField::CallDirection:
        return CallFormat::direction(c.direction);
    case CallField::CallState:
        return m_store.text(c.callState);
    case CallField::FromNumber:
        return m_store.text(c.fromNumber);
    case CallField::ToNumber:
        return m_store.text(c.toNumber);
    case CallField::InitiationTime:
        return CallFormat::time(CallStore::time(c.initiationUs, c.initiationOffsetMinutes),
                                m_timeDisplay);
    case CallField::AnswerTime:
        return CallFormat::time(CallStore::time(c.answerUs, c.answerOffsetMinutes), m_timeDisplay);
    case CallField::EndTime:
        return CallFormat::time(CallStore::time(c.endUs, c.endOffsetMinutes), m_timeDisplay);
    case CallField::CallDuration:
        return CallFormat::duration(c.callDuration);
    case CallField::BillDuration:
        return CallFormat::duration(c.billDuration);
    case CallField::BilledDuration:
        return CallFormat::duration(c.billedDuration);
    case CallField::TotalAmount:
        return money(c.totalAmount);
    case CallField::TotalRate:
        return money(c.totalRate);
    case CallField::HangupCauseCode:
        return c.hangupCauseCode == CompactCall::NoCode ? QVariant() : QVariant(c.hangupCauseCode);
    case CallField::HangupCauseName:
        return m_store.text(c.hangupCauseName);
    case CallField::HangupSource:
        return m_store.text(c.hangupSource);
    case CallField::ResourceUri:
        return c.resourceUri ? m_store.text(c.resourceUri) + CallFields::uuidText(c.callUuid) + u'/'
                             : QString();
    case CallField::StirVerification:
        return m_store.text(c.stirVerification);
    case CallField::StirAttestation:
        return m_store.text(c.stirAttestation);
    case CallField::VoiceNetworkGroup:
        return m_store.text(c.voiceNetworkGroup);
    case CallField::SourceIp:
        return m_store.text(c.sourceIp);
    case CallField::CnamLookup:
        return m_store.text(c.cnamLookup);
    }
    return {};
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallField field = fieldOf(index.column());
    const quint32 slot = slotAt(positionOf(index.row()));

    if (!holdsCall(slot)) {
        const bool failed = slot == FailedSlot;
        switch (role) {
        case Qt::DisplayRole:
            if (field == CallField::EndTime)
                return slot == MissingSlot ? tr("Not returned")
                        : failed           ? tr("Not loaded")
                                           : tr("Loading\u2026");
            return QString();
        case Qt::ToolTipRole:
            return slot == MissingSlot ? tr("The source counted this call but did not return it.")
                    : failed ? tr("This page could not be loaded: %1").arg(m_lastError.message())
                             : tr("This call is being loaded.");
        case LoadedRole:
            return false;
        default:
            return {};
        }
    }

    const CompactCall &call = m_store.compact(slot);
    if (index.column() == LegColumn) {
        if (role == Qt::DisplayRole) {
            const int legs
                    = m_familySizes.value(call.isALeg() ? call.callUuid : call.parentCallUuid, -1);
            const QString kind = CallFormat::legKind(call.isALeg());
            return legs < 0 ? kind : tr("%1 · %n leg(s)", nullptr, legs).arg(kind);
        }
        if (role == Qt::ToolTipRole)
            return call.isALeg() ? tr("An A-leg: the call that came in or was started.")
                                 : tr("A B-leg, dialled by A-leg %1.")
                                           .arg(CallFields::uuidText(call.parentCallUuid));
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(call, field);
    case Qt::ToolTipRole:
        if (field == CallField::HangupCauseName || field == CallField::HangupCauseCode)
            return CallFormat::hangupCauseExplanation(call.hangupCauseCode == CompactCall::NoCode
                                                              ? std::nullopt
                                                              : std::optional(call.hangupCauseCode),
                                                      m_store.text(call.hangupCauseName));
        return {};
    case Qt::TextAlignmentRole:
        switch (field) {
        case CallField::CallDuration:
        case CallField::BillDuration:
        case CallField::BilledDuration:
        case CallField::TotalAmount:
        case CallField::TotalRate:
        case CallField::HangupCauseCode:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case CallUuidRole:
        return CallFields::uuidText(call.callUuid);
    case LoadedRole:
        return true;
    case NewRole:
        return isNew(index.row());
    case ALegRole:
        return call.isALeg();
    default:
        return {};
    }
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LegColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Leg")) : QVariant();
    if (role == Qt::DisplayRole)
        return CallFormat::columnTitle(fieldOf(section));
    if (role == Qt::ToolTipRole)
        return CallFields::apiName(fieldOf(section));
    return {};
}
