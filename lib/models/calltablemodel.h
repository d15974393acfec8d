#pragma once

#include "callformat.h"
#include "plivo/plivoclient.h"
#include "plivo/queryplan.h"
#include "store/callstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <vector>

// The whole result of a query as rows: rowCount() is the total over the plan's windows as soon as
// each window's first page answers; other rows are placeholders until their page is fetched on
// demand (requestRows), visible ones first. Tags every request with the query generation so a
// reply for a superseded query never reaches the view.
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 20;
    enum class Order { NewestFirst, OldestFirst };
    enum Role { CallUuidRole = Qt::UserRole + 1, LoadedRole, ALegRole };
    enum class RowState { Loaded, Pending, Failed };

    explicit CallTableModel(QObject *parent = nullptr);
    ~CallTableModel() override;

    void setClient(PlivoClient *client);
    PlivoClient *client() const { return m_client; }
    // Starts a new query: drops everything loaded and asks each window for its first page.
    void setQuery(const QueryPlan &plan);
    const QueryPlan &query() const { return m_plan; }
    void clear();

    void setOrder(Order order);
    Order order() const { return m_order; }
    void setTimeDisplay(TimeDisplay display);
    TimeDisplay timeDisplay() const { return m_timeDisplay; }

    // The view shows rows first..last: fetch their pages now, and one page ahead.
    void requestRows(int first, int last);
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }
    void retryFailed();

    // One column per call field, then the leg column ("A-leg · 4 legs").
    static constexpr int LegColumn = 25;
    static CallField fieldOf(int column) { return CallField(column); }
    static int columnOf(CallField field) { return int(field); }
    // Remembers how many legs an A-leg's family has, once someone fetched it.
    void setFamilySize(const QString &aLegUuid, int legCount);

    RowState rowState(int row) const;
    std::optional<CallRecord> record(int row) const;
    // Row of a loaded call, or -1.
    int rowOf(const QUuid &callUuid) const;

    bool isCounting() const { return m_countingWindows > 0; }
    qint64 totalCount() const { return qint64(m_rows.size()); }
    qint64 loadedCount() const { return m_loadedRows; }
    int pagesInFlight() const { return int(m_inFlight.size()); }
    bool isComplete() const { return !isCounting() && m_loadedRows == totalCount(); }
    bool hasFailures() const { return !m_failedPages.isEmpty(); }
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

private:
    struct PageKey
    {
        int window;
        qint64 page;
        friend bool operator==(PageKey, PageKey) = default;
        friend size_t qHash(PageKey key, size_t seed = 0)
        {
            return qHashMulti(seed, key.window, key.page);
        }
    };
    static constexpr quint32 NotLoaded = 0xffffffffu;

    quint64 tag(RequestPriority priority) const;
    qint64 globalIndex(int row) const;
    int rowOfGlobal(qint64 global) const;
    PageKey pageOf(qint64 global) const;
    qint64 globalOf(PageKey key) const;
    qint64 pageCount(int window) const;
    void requestPage(PageKey key, RequestPriority priority);
    void handleCountReply(int window, PlivoReply *reply);
    void handlePageReply(PageKey key, PlivoReply *reply);
    void storePage(PageKey key, const CallPage &page);
    void emitRowsChanged(qint64 firstGlobal, qint64 lastGlobal);
    void pruneQueuedPages(const QSet<PageKey> &wanted);
    void continueLoadAll();
    QVariant displayValue(const CompactCall &call, CallField field) const;

    QPointer<PlivoClient> m_client;
    QueryPlan m_plan;
    quint64 m_generation = 0;
    Order m_order = Order::NewestFirst;
    TimeDisplay m_timeDisplay = TimeDisplay::Utc;

    std::vector<qint64> m_windowTotals;
    std::vector<qint64> m_windowStarts;
    int m_countingWindows = 0;
    std::vector<quint32> m_rows; // global (newest-first) index → store slot
    std::vector<qint64> m_sortedRows; // display row → global index, when sorted by a column
    int m_sortColumn = -1;
    CallStore m_store;
    qint64 m_loadedRows = 0;
    QHash<PageKey, PlivoReply *> m_inFlight;
    QHash<int, CallPage> m_countPages;
    QHash<QUuid, int> m_familySizes;
    QSet<PageKey> m_loadedPages;
    QSet<PageKey> m_failedPages;
    ApiError m_lastError;
    int m_lastFirstRow = 0;
    bool m_loadingAll = false;
};
