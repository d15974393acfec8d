#pragma once

#include "callformat.h"
#include "source/callsource.h"
#include "store/callstore.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <vector>

// The whole result of a query as rows, from a CallSource (Plivo's API or an archive): rowCount()
// is the result's size as soon as the source has counted it; other rows are placeholders until
// they are fetched on demand (requestRows), visible ones first. Whatever arrives for a
// superseded query never reaches the view.
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Order { NewestFirst, OldestFirst };
    enum Role { CallUuidRole = Qt::UserRole + 1, LoadedRole, ALegRole, NewRole };
    // How long a followed call counts as new (NewRole), for the view to highlight it.
    static constexpr qint64 NewForMs = 4000;
    enum class RowState { Loaded, Pending, Failed };

    explicit CallTableModel(QObject *parent = nullptr);
    ~CallTableModel() override;

    // Where rows come from (not owned); nullptr detaches. Drops the current result.
    void setSource(CallSource *source);
    CallSource *source() const { return m_source; }
    // Starts a new query: drops everything loaded and asks the source to count it. The time
    // range is resolved and pinned here (plan()), so the result holds still while it is read.
    void setQuery(const CallQuery &query);
    const CallQuery &query() const { return m_query; }
    // The query's time range as the source reaches it, and the instant it is pinned at.
    const QueryPlan &plan() const { return m_plan; }
    void clear();

    void setOrder(Order order);
    Order order() const { return m_order; }
    void setTimeDisplay(TimeDisplay display);
    TimeDisplay timeDisplay() const { return m_timeDisplay; }

    // The view shows rows first..last: fetch them now, and a screenful ahead.
    void requestRows(int first, int last);
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }
    void retryFailed();

    // One column per call field, then the leg column ("A-leg · 4 legs").
    static constexpr int LegColumn = 25;
    static CallField fieldOf(int column) { return CallField(column); }
    static int columnOf(CallField field) { return int(field); }
    // Calls that ended since the query was pinned (Follow), oldest first: they become the top
    // rows, newest first, each call once; the query's rows stay as they are below them.
    void addFollowed(const QList<CallRecord> &calls);
    int followedCount() const { return int(m_followed.size()); }
    // Above this many followed calls the oldest of them leave the table (their memory is used
    // again for new ones), so a window left following for days stays the same size.
    static constexpr int DefaultFollowLimit = 200'000;
    void setFollowLimit(int limit);
    int followLimit() const { return m_followLimit; }
    // Followed calls that left the table since the query started.
    qint64 followedDropped() const { return m_followedDropped; }
    bool isNew(int row) const;

    // Remembers how many legs an A-leg's family has, once someone fetched it.
    void setFamilySize(const QString &aLegUuid, int legCount);

    RowState rowState(int row) const;
    std::optional<CallRecord> record(int row) const;
    // Row of a loaded call, or -1.
    int rowOf(const QUuid &callUuid) const;

    bool isCounting() const { return m_counting; }
    qint64 totalCount() const { return qint64(m_followed.size() + m_rows.size()); }
    qint64 loadedCount() const { return qint64(m_followed.size()) + m_loadedRows; }
    int fetchesInFlight() const { return int(m_fetches.size()); }
    bool isComplete() const { return !isCounting() && m_loadedRows == qint64(m_rows.size()); }
    bool hasFailures() const { return m_countFailed || !m_failedRuns.empty(); }
    const ApiError &lastError() const { return m_lastError; }
    const CallStore &store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // Loaded or total counts, in-flight pages or errors changed.
    void progressChanged();
    void queryCounted();
    void errorOccurred(const ApiError &error);
    // A column sort needs every row; the sentence says why it cannot happen yet.
    void sortUnavailable(const QString &reason);
    void loadAllFinished(bool complete);
    // Followed calls became the top rows.
    void followedArrived(int count);
    // The oldest followed calls, rows firstRow… (count of them), left the table (the limit).
    void followedLeft(int firstRow, int count);

private:
    struct Fetch
    {
        qint64 first; // position in the source's order
        int count;
        RequestPriority priority;
    };
    // Slots of rows without a call; every other value indexes the store.
    static constexpr quint32 NotLoaded = 0xffffffffu;
    static constexpr quint32 Requested = 0xfffffffeu;
    static constexpr quint32 FailedSlot = 0xfffffffdu;
    static constexpr quint32 MissingSlot = 0xfffffffcu; // the source counted it, gave nothing
    static bool holdsCall(quint32 slot) { return slot < MissingSlot; }

    // Drops every row and takes `query` (pinned) and `plan` as the current ones.
    void reset(const CallQuery &query, const QueryPlan &plan);
    void startQuery();
    void handleCounted(quint64 generation, qint64 total);
    void handleRows(quint64 generation, qint64 first, const QList<CallRecord> &calls);
    void handleFailed(quint64 generation, qint64 first, int count, const ApiError &error);
    void handleNotReturned(quint64 generation, qint64 first, int count);
    // Marks positions first..first+count-1 with `slot` where nothing better is known yet.
    void settle(qint64 first, qint64 count, quint32 slot);
    void forgetSettledFetches();
    void fetch(qint64 first, int count, RequestPriority priority);
    // Drops the fetches of `priority` not yet answered, at the source and here.
    void dropFetches(RequestPriority priority);
    void dropOldestFollowed();
    // A row's position in the source's order; negative for a followed call.
    qint64 positionOf(int row) const;
    quint32 slotAt(qint64 position) const;
    int rowOfPosition(qint64 position) const;
    void emitRowsChanged(qint64 firstPosition, qint64 lastPosition);
    void continueLoadAll();
    // The source can order by this column itself (an archive): the query starts over sorted.
    bool sourceSorts(CallField field, Qt::SortOrder order) const;
    QVariant displayValue(const CompactCall &call, CallField field) const;

    QPointer<CallSource> m_source;
    QList<QMetaObject::Connection> m_sourceConnections;
    CallQuery m_query;
    QueryPlan m_plan;
    quint64 m_generation = 0;
    Order m_order = Order::NewestFirst;
    TimeDisplay m_timeDisplay = TimeDisplay::Utc;

    bool m_counting = false;
    bool m_countFailed = false;
    std::vector<quint32> m_rows; // position in the source's order → store slot
    std::vector<qint64> m_sortedRows; // display row → position, when sorted here by a column
    int m_sortColumn = -1;
    CallStore m_store;
    qint64 m_loadedRows = 0;
    std::vector<Fetch> m_fetches; // asked for, not yet settled
    std::vector<std::pair<qint64, qint64>> m_failedRuns; // first, count
    QHash<QUuid, int> m_familySizes;
    ApiError m_lastError;
    int m_lastFirstRow = 0;
    bool m_loadingAll = false;
    qint64 m_loadAllCursor = 0; // positions before it are loaded, failed or asked for
    std::vector<quint32> m_followed; // store slots of followed calls, newest last
    std::vector<qint64> m_followedAtMs; // when each arrived, on m_followClock
    QSet<QUuid> m_followedUuids;
    QElapsedTimer m_followClock;
    int m_followLimit = DefaultFollowLimit;
    qint64 m_followedDropped = 0;
    std::vector<quint32> m_freeSlots; // store slots of followed calls that left the table
};
