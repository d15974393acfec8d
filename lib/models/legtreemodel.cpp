#include "legtreemodel.h"

#include <QTimeZone>

namespace {

// Internal ids: 0 = the A-leg row, n + 1 = a B-leg row (children of the A-leg).
constexpr quintptr aLegId = 0;

} // namespace

LegTreeModel::LegTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

LegTreeModel::~LegTreeModel()
{
    // No signals from here: whoever listens may be half destroyed already.
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    if (m_source && m_generation != 0)
        m_source->cancelFetches(RequestPriority::Interactive);
}

void LegTreeModel::setSource(CallSource *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    clear();
    m_source = source;
    if (!source)
        return;
    m_sourceConnections = {
            connect(source, &CallSource::lookedUp, this, &LegTreeModel::handleLookedUp),
            connect(source, &CallSource::counted, this,
                    [this](quint64 generation, qint64 total) {
                        if (generation != m_generation || m_generation == 0)
                            return;
                        m_expected = total;
                        // After what the source hands out with its count (Plivo's first page):
                        // only the rest is asked for.
                        QMetaObject::invokeMethod(
                                this,
                                [this, generation] {
                                    if (generation == m_generation)
                                        fetchMissing();
                                },
                                Qt::QueuedConnection);
                        finishIfComplete();
                    }),
            connect(source, &CallSource::rowsReady, this,
                    [this](quint64 generation, qint64 first, const QList<CallRecord> &calls) {
                        if (generation == m_generation && m_generation != 0)
                            addBLegs(first, calls);
                    }),
            connect(source, &CallSource::notReturned, this,
                    [this](quint64 generation, qint64 first, int count) {
                        if (generation != m_generation || m_generation == 0)
                            return;
                        for (qint64 position = first; position < first + count; ++position)
                            m_received.insert(position);
                        finishIfComplete();
                    }),
            connect(source, &CallSource::failed, this,
                    [this](quint64 generation, qint64, int, const ApiError &error) {
                        if (generation != m_generation || m_generation == 0
                            || error.category() == ApiError::Category::Cancelled)
                            return;
                        m_error = error;
                        setStatus(Status::Failed);
                    }),
    };
}

void LegTreeModel::setTimeDisplay(TimeDisplay display)
{
    m_timeDisplay = display;
    if (m_aLeg)
        emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
    if (!m_bLegs.isEmpty())
        emit dataChanged(index(0, 0, index(0, 0)),
                         index(int(m_bLegs.size()) - 1, ColumnCount - 1, index(0, 0)));
}

void LegTreeModel::clear()
{
    if (m_source && m_generation != 0)
        m_source->cancelFetches(RequestPriority::Interactive);
    beginResetModel();
    m_generation = 0;
    m_aLeg.reset();
    m_bLegs.clear();
    m_plan = QueryPlan();
    m_error = ApiError();
    m_selected.clear();
    m_pendingUuid.clear();
    m_lookingUp = QUuid();
    m_expected = -1;
    m_received.clear();
    endResetModel();
    setStatus(Status::Empty);
}

void LegTreeModel::setStatus(Status status)
{
    m_status = status;
    emit statusChanged();
}

void LegTreeModel::showFamilyOf(const CallRecord &call)
{
    const QString uuid = CallFields::uuidText(call.callUuid);
    if (m_aLeg && (CallFields::uuidText(m_aLeg->callUuid) == uuid || indexOf(uuid).isValid())) {
        // Same family: only the highlight moves.
        const QModelIndex old = indexOf(m_selected);
        m_selected = uuid;
        if (old.isValid())
            emit dataChanged(old.siblingAtColumn(0), old.siblingAtColumn(ColumnCount - 1));
        const QModelIndex now = indexOf(uuid);
        emit dataChanged(now.siblingAtColumn(0), now.siblingAtColumn(ColumnCount - 1));
        return;
    }
    clear();
    m_selected = uuid;
    if (call.isALeg()) {
        setALeg(call);
        return;
    }
    showFamilyOf(CallFields::uuidText(*call.parentCallUuid));
    m_selected = uuid;
}

void LegTreeModel::showFamilyOf(const QString &callUuid)
{
    if (!m_source)
        return;
    const QString selected = m_selected.isEmpty() ? callUuid : m_selected;
    clear();
    m_selected = selected;
    m_pendingUuid = callUuid;
    m_lookingUp = QUuid::fromString(QStringView(callUuid));
    setStatus(Status::LoadingALeg);
    m_source->lookUp(m_lookingUp);
}

void LegTreeModel::handleLookedUp(const QUuid &callUuid, const std::optional<CallRecord> &call,
                                  const ApiError &error)
{
    if (m_status != Status::LoadingALeg || callUuid != m_lookingUp)
        return; // an answer for a family no longer wanted
    m_lookingUp = QUuid();
    if (!call) {
        m_error = error;
        setStatus(Status::Failed);
        return;
    }
    if (!call->isALeg()) { // asked for a B-leg's family by uuid: go one level up
        const QString selectedLeg = m_selected;
        showFamilyOf(CallFields::uuidText(*call->parentCallUuid));
        m_selected = selectedLeg;
        return;
    }
    setALeg(*call);
}

QueryPlan LegTreeModel::bLegPlan() const
{
    if (!m_aLeg)
        return {};
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    CallFilter filter;
    filter.parentCallUuid = CallFields::uuidText(m_aLeg->callUuid);
    const std::optional<ApiTime> start
            = m_aLeg->initiationTime ? m_aLeg->initiationTime : m_aLeg->endTime;
    if (start)
        filter.endTime.atLeast = start->toUtc().addSecs(-60);
    if (m_aLeg->endTime)
        filter.endTime.atMost = qMin(now, m_aLeg->endTime->toUtc().addSecs(WindowMarginSeconds));
    return QueryPlan::build(filter, now,
                            m_source ? m_source->reach() : QueryPlan::Reach::PlivoRetention);
}

void LegTreeModel::setALeg(const CallRecord &aLeg)
{
    beginInsertRows({}, 0, 0);
    m_aLeg = aLeg;
    endInsertRows();
    m_plan = bLegPlan();
    if (m_plan.isEmpty()) {
        setStatus(Status::Loaded);
        emit familyLoaded();
        return;
    }
    startBLegs();
}

void LegTreeModel::startBLegs()
{
    setStatus(Status::LoadingBLegs);
    CallQuery query;
    query.filter = m_plan.filter();
    query.now = m_plan.pinnedNow();
    m_expected = -1;
    m_received.clear();
    m_generation = m_source->start(query);
}

void LegTreeModel::fetchMissing()
{
    qint64 runStart = -1;
    for (qint64 position = 0; position <= m_expected; ++position) {
        const bool missing = position < m_expected && !m_received.contains(position);
        if (missing && runStart < 0)
            runStart = position;
        if (!missing && runStart >= 0) {
            m_source->fetch(runStart, int(position - runStart), RequestPriority::Interactive);
            runStart = -1;
        }
    }
}

void LegTreeModel::addBLegs(qint64 first, const QList<CallRecord> &calls)
{
    for (qint64 position = first; position < first + calls.size(); ++position)
        m_received.insert(position);
    QList<CallRecord> fresh;
    for (const CallRecord &record : calls) {
        // A page boundary may deliver a leg twice; the family holds it once.
        const bool known = std::any_of(m_bLegs.begin(), m_bLegs.end(), [&](const CallRecord &r) {
            return r.callUuid == record.callUuid;
        });
        const bool twice = std::any_of(fresh.begin(), fresh.end(), [&](const CallRecord &r) {
            return r.callUuid == record.callUuid;
        });
        if (!known && !twice && record.callUuid != m_aLeg->callUuid)
            fresh.append(record);
    }
    if (!fresh.isEmpty()) {
        const QModelIndex parent = index(0, 0);
        beginInsertRows(parent, int(m_bLegs.size()), int(m_bLegs.size() + fresh.size()) - 1);
        m_bLegs += fresh;
        endInsertRows();
    }
    finishIfComplete();
}

void LegTreeModel::finishIfComplete()
{
    if (m_status != Status::LoadingBLegs || m_expected < 0 || m_received.size() < m_expected)
        return;
    // B-legs in the order they started, as a person reads a timeline.
    if (m_bLegs.size() > 1) {
        emit layoutAboutToBeChanged();
        std::stable_sort(m_bLegs.begin(), m_bLegs.end(),
                         [](const CallRecord &a, const CallRecord &b) {
                             return a.initiationTime.value_or(ApiTime())
                                     < b.initiationTime.value_or(ApiTime());
                         });
        emit layoutChanged();
    }
    setStatus(Status::Loaded);
    emit familyLoaded();
}

void LegTreeModel::retry()
{
    if (m_status != Status::Failed)
        return;
    m_error = ApiError();
    if (!m_aLeg) {
        const QString selected = m_selected;
        showFamilyOf(m_pendingUuid);
        m_selected = selected;
        return;
    }
    startBLegs(); // legs already known are kept once
}

int LegTreeModel::legCount() const
{
    return m_status == Status::Loaded && m_aLeg ? 1 + int(m_bLegs.size()) : -1;
}

QString LegTreeModel::statusText() const
{
    switch (m_status) {
    case Status::Empty:
        return tr("Select a call to see its family of legs.");
    case Status::LoadingALeg:
        return tr("Fetching the A-leg\u2026");
    case Status::LoadingBLegs:
        return tr("Fetching the B-legs\u2026");
    case Status::Loaded:
        return m_bLegs.isEmpty() ? tr("This A-leg dialled no B-legs.")
                                 : tr("An A-leg and %n B-leg(s).", nullptr, int(m_bLegs.size()));
    case Status::Failed:
        return tr("The family could not be loaded: %1").arg(m_error.message());
    }
    return {};
}

QModelIndex LegTreeModel::indexOf(const QString &callUuid) const
{
    if (!m_aLeg)
        return {};
    if (CallFields::uuidText(m_aLeg->callUuid) == callUuid)
        return index(0, 0);
    for (int i = 0; i < m_bLegs.size(); ++i) {
        if (CallFields::uuidText(m_bLegs[i].callUuid) == callUuid)
            return index(i, 0, index(0, 0));
    }
    return {};
}

const CallRecord *LegTreeModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_aLeg)
        return nullptr;
    if (index.internalId() == aLegId)
        return &*m_aLeg;
    const qsizetype i = qsizetype(index.internalId()) - 1;
    return i < m_bLegs.size() ? &m_bLegs[i] : nullptr;
}

std::optional<CallRecord> LegTreeModel::record(const QModelIndex &index) const
{
    const CallRecord *r = recordAt(index);
    return r ? std::optional(*r) : std::nullopt;
}

QModelIndex LegTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 && m_aLeg ? createIndex(0, column, aLegId) : QModelIndex();
    if (parent.internalId() == aLegId && parent.column() == 0 && row < m_bLegs.size())
        return createIndex(row, column, quintptr(row) + 1);
    return {};
}

QModelIndex LegTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == aLegId)
        return {};
    return createIndex(0, 0, aLegId);
}

int LegTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_aLeg ? 1 : 0;
    if (parent.internalId() == aLegId && parent.column() == 0)
        return int(m_bLegs.size());
    return 0;
}

int LegTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LegTreeModel::data(const QModelIndex &index, int role) const
{
    const CallRecord *r = recordAt(index);
    if (!r)
        return {};
    const bool isALeg = index.internalId() == aLegId;
    if (role == CallUuidRole)
        return CallFields::uuidText(r->callUuid);
    if (role == SelectedLegRole)
        return CallFields::uuidText(r->callUuid) == m_selected;
    if (role == Qt::FontRole || role == Qt::ToolTipRole) {
        if (role == Qt::ToolTipRole && index.column() == HangupCause)
            return CallFormat::hangupCauseExplanation(r->hangupCauseCode,
                                                      r->hangupCauseName.value_or(QString()));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Leg:
        return isALeg ? CallFormat::legKind(true) : tr("B-leg %1").arg(index.row() + 1);
    case Direction:
        return CallFormat::direction(r->direction);
    case From:
        return r->fromNumber.value_or(QString());
    case To:
        return r->toNumber.value_or(QString());
    case State:
        return r->callState.value_or(tr("not answered"));
    case Billed:
        return CallFormat::duration(r->billDuration);
    case HangupCause:
        return r->hangupCauseName.value_or(QString());
    case HangupSource:
        return r->hangupSource.value_or(QString());
    case Initiated:
        return CallFormat::time(r->initiationTime, m_timeDisplay);
    case Answered:
        return CallFormat::time(r->answerTime, m_timeDisplay);
    case Ended:
        return CallFormat::time(r->endTime, m_timeDisplay);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LegTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Leg:
        return tr("Leg");
    case Direction:
        return CallFormat::columnTitle(CallField::CallDirection);
    case From:
        return CallFormat::columnTitle(CallField::FromNumber);
    case To:
        return CallFormat::columnTitle(CallField::ToNumber);
    case State:
        return CallFormat::columnTitle(CallField::CallState);
    case Billed:
        return CallFormat::columnTitle(CallField::BillDuration);
    case HangupCause:
        return CallFormat::columnTitle(CallField::HangupCauseName);
    case HangupSource:
        return CallFormat::columnTitle(CallField::HangupSource);
    case Initiated:
        return CallFormat::columnTitle(CallField::InitiationTime);
    case Answered:
        return CallFormat::columnTitle(CallField::AnswerTime);
    case Ended:
        return CallFormat::columnTitle(CallField::EndTime);
    case ColumnCount:
        break;
    }
    return {};
}

QString LegTreeModel::familyText() const
{
    if (!m_aLeg)
        return {};
    QStringList lines;
    const auto line = [this](const QString &label, const CallRecord &r) {
        return tr("%1  %2  %3 \u2192 %4  initiated %5  answered %6  ended %7  billed %8  %9 (%10) "
                  "by %11")
                .arg(label, CallFields::uuidText(r.callUuid), r.fromNumber.value_or(tr("unknown")),
                     r.toNumber.value_or(tr("unknown")),
                     CallFormat::time(r.initiationTime, TimeDisplay::Utc),
                     r.answerTime ? CallFormat::time(r.answerTime, TimeDisplay::Utc) : tr("never"),
                     CallFormat::time(r.endTime, TimeDisplay::Utc),
                     CallFormat::duration(r.billDuration), r.hangupCauseName.value_or(QString()))
                .arg(r.hangupCauseCode ? QString::number(*r.hangupCauseCode) : QString(),
                     r.hangupSource.value_or(tr("unknown")));
    };
    lines.append(tr("Call family (times in UTC):"));
    lines.append(line(CallFormat::legKind(true), *m_aLeg));
    for (int i = 0; i < m_bLegs.size(); ++i)
        lines.append(line(tr("B-leg %1").arg(i + 1), m_bLegs[i]));
    return lines.join(u'\n') + u'\n';
}
