#include "calltablemodel.h"

#include <algorithm>

namespace {

constexpr quint32 missingSlot = 0xfffffffeu; // the page came back shorter than total_count said
// Bulk pages in flight at once while loading everything; the client's budget paces them anyway.
constexpr int loadAllLookahead = 48;

} // namespace

CallTableModel::CallTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CallTableModel::~CallTableModel()
{
    if (m_client) {
        m_client->cancelTag(tag(RequestPriority::Interactive));
        m_client->cancelTag(tag(RequestPriority::Bulk));
    }
}

void CallTableModel::setClient(PlivoClient *client)
{
    clear();
    m_client = client;
}

quint64 CallTableModel::tag(RequestPriority priority) const
{
    // Unique per model instance, generation and priority, so cancelTag never hits another user.
    return (quintptr(this) << 20) ^ (m_generation << 1)
            ^ (priority == RequestPriority::Bulk ? 1 : 0);
}

void CallTableModel::clear()
{
    setQuery(QueryPlan());
}

void CallTableModel::setQuery(const QueryPlan &plan)
{
    for (PlivoReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    beginResetModel();
    ++m_generation;
    m_plan = plan;
    m_inFlight.clear();
    m_loadedPages.clear();
    m_failedPages.clear();
    m_lastError = ApiError();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_sortedRows.clear();
    m_sortColumn = -1;
    m_store.clear();
    m_loadedRows = 0;
    m_lastFirstRow = 0;
    m_loadingAll = false;
    m_windowTotals.assign(size_t(plan.windows().size()), -1);
    m_windowStarts.assign(size_t(plan.windows().size()), 0);
    m_countingWindows = int(plan.windows().size());
    endResetModel();

    if (!m_client)
        m_countingWindows = 0;
    for (int w = 0; w < m_countingWindows; ++w)
        requestPage({w, 0}, RequestPriority::Interactive);
    if (m_countingWindows == 0 && m_client)
        emit queryCounted();
    emit progressChanged();
}

void CallTableModel::requestPage(PageKey key, RequestPriority priority)
{
    if (!m_client || m_inFlight.contains(key) || m_loadedPages.contains(key))
        return;
    PlivoReply *reply = m_client->listCalls(m_plan.parameters(key.window), key.page * PageSize,
                                            PageSize, priority, tag(priority));
    m_inFlight.insert(key, reply);
    const quint64 generation = m_generation;
    connect(reply, &PlivoReply::finished, this, [this, key, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation) // a reply for a superseded query: drop it
            return;
        m_inFlight.remove(key);
        if (m_windowTotals[size_t(key.window)] < 0)
            handleCountReply(key.window, reply);
        else
            handlePageReply(key, reply);
        if (m_loadingAll)
            continueLoadAll();
        emit progressChanged();
    });
}

void CallTableModel::handleCountReply(int window, PlivoReply *reply)
{
    if (!reply->isOk()) {
        if (reply->error().category() == ApiError::Category::Cancelled)
            return;
        m_failedPages.insert({window, 0});
        m_lastError = reply->error();
        emit errorOccurred(m_lastError);
        return;
    }
    m_failedPages.remove({window, 0});
    m_windowTotals[size_t(window)] = reply->page().meta.totalCount;
    // The first page is kept until every window is counted and the rows exist.
    m_countPages.insert(window, reply->page());
    if (--m_countingWindows > 0)
        return;

    qint64 total = 0;
    for (size_t w = 0; w < m_windowTotals.size(); ++w) {
        m_windowStarts[w] = total;
        total += m_windowTotals[w];
    }
    if (total > 0) {
        beginInsertRows({}, 0, int(qMin<qint64>(total, std::numeric_limits<int>::max()) - 1));
        m_rows.assign(size_t(total), NotLoaded);
        endInsertRows();
    }
    const QHash<int, CallPage> pages = std::exchange(m_countPages, {});
    for (auto it = pages.constBegin(); it != pages.constEnd(); ++it)
        storePage({it.key(), 0}, it.value());
    emit queryCounted();
}

void CallTableModel::handlePageReply(PageKey key, PlivoReply *reply)
{
    if (reply->isOk()) {
        m_failedPages.remove(key);
        storePage(key, reply->page());
        return;
    }
    if (reply->error().category() == ApiError::Category::Cancelled)
        return;
    m_failedPages.insert(key);
    m_lastError = reply->error();
    emitRowsChanged(globalOf(key),
                    qMin(globalOf(key) + PageSize,
                         m_windowStarts[size_t(key.window)] + m_windowTotals[size_t(key.window)])
                            - 1);
    emit errorOccurred(m_lastError);
}

void CallTableModel::storePage(PageKey key, const CallPage &page)
{
    if (m_loadedPages.contains(key))
        return;
    m_loadedPages.insert(key);
    const qint64 windowEnd
            = m_windowStarts[size_t(key.window)] + m_windowTotals[size_t(key.window)];
    const qint64 first = globalOf(key);
    const qint64 last = qMin(first + PageSize, windowEnd) - 1;
    if (last < first)
        return;
    for (qint64 global = first; global <= last; ++global) {
        const qsizetype i = qsizetype(global - first);
        quint32 &slot = m_rows[size_t(global)];
        if (slot == NotLoaded)
            ++m_loadedRows;
        slot = i < page.records.size() ? m_store.append(page.records.at(i)) : missingSlot;
    }
    emitRowsChanged(first, last);
}

void CallTableModel::emitRowsChanged(qint64 firstGlobal, qint64 lastGlobal)
{
    if (lastGlobal < firstGlobal || m_rows.empty())
        return;
    if (!m_sortedRows.empty()) { // sorted rows are scattered: repaint everything
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    const int a = rowOfGlobal(firstGlobal);
    const int b = rowOfGlobal(lastGlobal);
    emit dataChanged(index(qMin(a, b), 0), index(qMax(a, b), columnCount() - 1));
}

qint64 CallTableModel::globalIndex(int row) const
{
    if (!m_sortedRows.empty())
        return m_sortedRows[size_t(row)];
    return m_order == Order::NewestFirst ? row : qint64(m_rows.size()) - 1 - row;
}

int CallTableModel::rowOfGlobal(qint64 global) const
{
    if (!m_sortedRows.empty()) {
        const auto it = std::find(m_sortedRows.begin(), m_sortedRows.end(), global);
        return int(it - m_sortedRows.begin());
    }
    return int(m_order == Order::NewestFirst ? global : qint64(m_rows.size()) - 1 - global);
}

CallTableModel::PageKey CallTableModel::pageOf(qint64 global) const
{
    const auto it = std::upper_bound(m_windowStarts.begin(), m_windowStarts.end(), global);
    int window = int(it - m_windowStarts.begin()) - 1;
    // Skip empty windows that share a start with the next one.
    while (window + 1 < int(m_windowStarts.size()) && m_windowStarts[size_t(window + 1)] <= global)
        ++window;
    return {window, (global - m_windowStarts[size_t(window)]) / PageSize};
}

qint64 CallTableModel::globalOf(PageKey key) const
{
    return m_windowStarts[size_t(key.window)] + key.page * PageSize;
}

qint64 CallTableModel::pageCount(int window) const
{
    return (m_windowTotals[size_t(window)] + PageSize - 1) / PageSize;
}

void CallTableModel::requestRows(int first, int last)
{
    if (isCounting() || m_rows.empty())
        return;
    first = qBound(0, first, rowCount() - 1);
    last = qBound(first, last, rowCount() - 1);
    const bool scrollingDown = first >= m_lastFirstRow;
    m_lastFirstRow = first;
    // One page ahead in the direction the person is scrolling.
    const int ahead
            = scrollingDown ? qMin(last + PageSize, rowCount() - 1) : qMax(first - PageSize, 0);

    QSet<PageKey> wanted;
    for (int row = qMin(first, ahead); row <= qMax(last, ahead); ++row) {
        const qint64 global = globalIndex(row);
        if (m_rows[size_t(global)] == NotLoaded)
            wanted.insert(pageOf(global));
    }
    pruneQueuedPages(wanted);
    for (const PageKey &key : std::as_const(wanted)) {
        if (!m_failedPages.contains(key))
            requestPage(key, RequestPriority::Interactive);
    }
    emit progressChanged();
}

void CallTableModel::pruneQueuedPages(const QSet<PageKey> &wanted)
{
    // Pages asked for while the person dragged past them, and not yet sent, are not needed now.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        PlivoReply *reply = it.value();
        if (reply->priority() == RequestPriority::Interactive && reply->attempts() == 0
            && !wanted.contains(it.key()) && m_windowTotals[size_t(it.key().window)] >= 0) {
            reply->disconnect(this);
            reply->cancel();
            reply->deleteLater();
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
}

void CallTableModel::loadAll()
{
    if (isCounting() || isComplete() || !m_client)
        return;
    m_loadingAll = true;
    m_failedPages.clear();
    continueLoadAll();
    emit progressChanged();
}

void CallTableModel::continueLoadAll()
{
    int bulkInFlight = 0;
    for (PlivoReply *reply : std::as_const(m_inFlight))
        bulkInFlight += reply->priority() == RequestPriority::Bulk;
    for (int w = 0; w < int(m_windowTotals.size()) && bulkInFlight < loadAllLookahead; ++w) {
        for (qint64 p = 0; p < pageCount(w) && bulkInFlight < loadAllLookahead; ++p) {
            const PageKey key{w, p};
            if (m_loadedPages.contains(key) || m_inFlight.contains(key)
                || m_failedPages.contains(key))
                continue;
            requestPage(key, RequestPriority::Bulk);
            ++bulkInFlight;
        }
    }
    if (bulkInFlight == 0) {
        m_loadingAll = false;
        emit loadAllFinished(isComplete());
    }
}

void CallTableModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it.value()->priority() == RequestPriority::Bulk) {
            it.value()->disconnect(this);
            it.value()->cancel();
            it.value()->deleteLater();
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    emit loadAllFinished(false);
    emit progressChanged();
}

void CallTableModel::retryFailed()
{
    const QSet<PageKey> failed = std::exchange(m_failedPages, {});
    m_lastError = ApiError();
    for (const PageKey &key : failed)
        requestPage(key, RequestPriority::Interactive);
    emit progressChanged();
}

CallTableModel::RowState CallTableModel::rowState(int row) const
{
    const qint64 global = globalIndex(row);
    if (m_rows[size_t(global)] != NotLoaded)
        return RowState::Loaded;
    return m_failedPages.contains(pageOf(global)) ? RowState::Failed : RowState::Pending;
}

std::optional<CallRecord> CallTableModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const quint32 slot = m_rows[size_t(globalIndex(row))];
    if (slot == NotLoaded || slot == missingSlot)
        return std::nullopt;
    return m_store.record(slot);
}

int CallTableModel::rowOf(const QUuid &callUuid) const
{
    for (size_t global = 0; global < m_rows.size(); ++global) {
        const quint32 slot = m_rows[global];
        if (slot != NotLoaded && slot != missingSlot && m_store.compact(slot).callUuid == callUuid)
            return rowOfGlobal(qint64(global));
    }
    return -1;
}

void CallTableModel::setOrder(Order order)
{
    if (order == m_order && m_sortedRows.empty())
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> globals;
    for (const QModelIndex &index : before)
        globals.append(globalIndex(index.row()));
    m_order = order;
    m_sortedRows.clear();
    m_sortColumn = -1;
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfGlobal(globals[i]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged();
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
    QList<qint64> globals;
    for (const QModelIndex &index : before)
        globals.append(globalIndex(index.row()));

    // Keys are built once per row, then compared: sorting a million rows stays in seconds.
    std::vector<QVariant> keys(m_rows.size());
    for (size_t global = 0; global < m_rows.size(); ++global) {
        const quint32 slot = m_rows[global];
        if (column == LegColumn) {
            keys[global]
                    = slot == missingSlot ? QVariant() : QVariant(m_store.compact(slot).isALeg());
            continue;
        }
        keys[global]
                = slot == missingSlot ? QVariant() : displayValue(m_store.compact(slot), field);
        if (field == CallField::BillDuration || field == CallField::CallDuration
            || field == CallField::BilledDuration)
            keys[global] = slot == missingSlot         ? QVariant()
                    : field == CallField::BillDuration ? m_store.compact(slot).billDuration
                    : field == CallField::CallDuration ? m_store.compact(slot).callDuration
                                                       : m_store.compact(slot).billedDuration;
        else if (field == CallField::TotalAmount || field == CallField::TotalRate)
            keys[global] = slot == missingSlot        ? QVariant()
                    : field == CallField::TotalAmount ? m_store.compact(slot).totalAmount
                                                      : m_store.compact(slot).totalRate;
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
        after.append(index(rowOfGlobal(globals[i]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<size_t>(m_rows.size(), std::numeric_limits<int>::max()));
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
    const qint64 global = globalIndex(index.row());
    const quint32 slot = m_rows[size_t(global)];

    if (slot == NotLoaded || slot == missingSlot) {
        const bool failed = slot == NotLoaded && m_failedPages.contains(pageOf(global));
        switch (role) {
        case Qt::DisplayRole:
            if (field == CallField::EndTime)
                return slot == missingSlot ? tr("Not returned")
                        : failed           ? tr("Not loaded")
                                           : tr("Loading\u2026");
            return QString();
        case Qt::ToolTipRole:
            return slot == missingSlot
                    ? tr("Plivo counted this call but did not return it on its page.")
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
