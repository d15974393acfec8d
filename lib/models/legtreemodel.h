#pragma once

#include "callformat.h"
#include "plivo/queryplan.h"
#include "source/callsource.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QSet>

// The family of one call: its A-leg as the root and the B-legs it dialled as children, asked of a
// CallSource (Plivo or an archive) through parent_call_uuid, every one of them, within an
// explicit end_time window around the A-leg (the API searches only the last 7 days otherwise).
// From a B-leg, the A-leg is looked up first. The source is the family's own: it runs one query
// at a time.
class LegTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Leg,
        Direction,
        From,
        To,
        State,
        Billed,
        HangupCause,
        HangupSource,
        Initiated,
        Answered,
        Ended,
        ColumnCount
    };
    enum Role { CallUuidRole = Qt::UserRole + 1, SelectedLegRole };
    enum class Status { Empty, LoadingALeg, LoadingBLegs, Loaded, Failed };

    // B-legs end after their A-leg starts and, allowing for slow teardown, soon after it ends.
    static constexpr qint64 WindowMarginSeconds = 3600;

    explicit LegTreeModel(QObject *parent = nullptr);
    ~LegTreeModel() override;

    // Where legs come from (not owned; not the table's source); nullptr detaches.
    void setSource(CallSource *source);
    CallSource *source() const { return m_source; }
    void setTimeDisplay(TimeDisplay display);
    // "Now" for the retention and the window; the current time unless set (tests pin it).
    void setNow(const QDateTime &now) { m_now = now; }

    // Shows the family of `call`: as it is when an A-leg, through its parent when a B-leg.
    void showFamilyOf(const CallRecord &call);
    void showFamilyOf(const QString &callUuid);
    void clear();
    // Tries again what failed last (the A-leg or a page of B-legs).
    void retry();

    Status status() const { return m_status; }
    const ApiError &error() const { return m_error; }
    // A sentence for the panel: what is shown, loading, empty or failed.
    QString statusText() const;
    // Legs in the family, once every B-leg is known; -1 before.
    int legCount() const;
    std::optional<CallRecord> aLeg() const { return m_aLeg; }
    const QList<CallRecord> &bLegs() const { return m_bLegs; }
    QString selectedUuid() const { return m_selected; }
    QModelIndex indexOf(const QString &callUuid) const;
    std::optional<CallRecord> record(const QModelIndex &index) const;
    // The family as plain text, one line per leg, for a ticket.
    QString familyText() const;
    // The window the B-legs are searched in.
    QueryPlan bLegPlan() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void statusChanged();
    void familyLoaded();

private:
    void setStatus(Status status);
    void setALeg(const CallRecord &aLeg);
    void handleLookedUp(const QUuid &callUuid, const std::optional<CallRecord> &call,
                        const ApiError &error);
    void startBLegs();
    void fetchMissing();
    void addBLegs(qint64 first, const QList<CallRecord> &calls);
    void finishIfComplete();
    const CallRecord *recordAt(const QModelIndex &index) const;

    QPointer<CallSource> m_source;
    QList<QMetaObject::Connection> m_sourceConnections;
    TimeDisplay m_timeDisplay = TimeDisplay::Utc;
    QDateTime m_now;
    quint64 m_generation = 0; // of the B-leg query on the source; 0: none
    Status m_status = Status::Empty;
    ApiError m_error;
    QString m_selected;
    QString m_pendingUuid; // the uuid being looked up, for retry
    QUuid m_lookingUp;
    std::optional<CallRecord> m_aLeg;
    QList<CallRecord> m_bLegs;
    QueryPlan m_plan;
    qint64 m_expected = -1; // B-legs the source counted; -1 until it did
    QSet<qint64> m_received; // positions of the B-leg query handed out (or known missing)
};
