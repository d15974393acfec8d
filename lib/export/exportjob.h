#pragma once

#include "csvwriter.h"
#include "plivo/queryplan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <deque>
#include <map>
#include <memory>

class PlivoClient;
class PlivoReply;
class QIODevice;
class QSaveFile;

// How far an export has come, for a progress bar and a status line.
struct ExportProgress
{
    qint64 rowsWritten = 0;
    qint64 totalRows = -1; // the sum of total_count; -1 until every window's first page answered
    qint64 duplicatesSkipped = 0;
    qint64 requests = 0; // HTTP requests sent for this export, retries included
    qint64 retries = 0;
    double rowsPerSecond = 0;
    double secondsLeft = -1; // -1 while unknown
    qint64 elapsedMs = 0;
};

struct ExportOptions
{
    CsvWriter::Options writer;
    // Pages requested ahead of the first page not yet written: bounds the memory an export holds
    // (pages × 20 records) while keeping the client's budget busy through slow or retried pages.
    int lookAheadPages = 256;
    // call_uuids remembered to recognise a record a page boundary delivered twice.
    int recentUuids = 1000;
};

// Exports the whole result of a filter: the same pinned QueryPlan as the table, every page of
// every window fetched in parallel at bulk priority, rows written in result order through a
// bounded reorder buffer, into a QSaveFile that only appears when the export completes.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Status { NotStarted, Running, Completed, Failed, Cancelled };
    Q_ENUM(Status)

    static constexpr int PageSize = 20;

    // Writes to the file at `path` ("-" is standard output, written as it goes).
    ExportJob(PlivoClient *client, const CallFilter &filter, const QString &path,
              const ExportOptions &options = {}, QObject *parent = nullptr);
    // Writes to a device the caller opened and keeps; nothing is undone on failure.
    ExportJob(PlivoClient *client, const CallFilter &filter, QIODevice *device,
              const ExportOptions &options = {}, QObject *parent = nullptr);
    ~ExportJob() override;

    // The instant the plan is pinned at; the current time when start() runs if never set.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    // Valid once start() has run.
    const QueryPlan &plan() const { return m_plan; }

    void start();
    // Stops at once: no more requests, and a file destination is left as it was.
    void cancel();

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    ExportProgress progress() const;
    // Why the export failed, as a sentence.
    QString errorString() const { return m_error; }
    // Rows written plus duplicates skipped equal the sum of total_count, and no window's
    // total_count changed while the export ran.
    bool countMatches() const;
    // A sentence about a count that does not match; empty when it does.
    QString countMismatchMessage() const;
    qint64 expectedRows() const { return m_expectedRows; }
    qint64 rowsWritten() const { return m_rowsWritten; }
    qint64 duplicatesSkipped() const { return m_duplicates; }
    quint64 tag() const { return m_tag; }

signals:
    // Every window's first page has answered: the number of rows is known.
    void totalKnown(qint64 totalRows);
    void progressChanged(const ExportProgress &progress);
    // Completed, failed or cancelled: see status().
    void finished();

private:
    struct Window
    {
        qint64 totalCount = -1; // from the first page
        qint64 lastTotalCount = -1; // from the latest page: differs when the result moved
        qint64 pageCount = 0;
        qint64 nextPage = 1; // the first page is requested at start
    };
    using PageKey = std::pair<qsizetype, qint64>; // window, page

    ExportJob(PlivoClient *client, const CallFilter &filter, const ExportOptions &options,
              QObject *parent);
    void requestPage(qsizetype window, qint64 page);
    void requestMore();
    void handleReply(PlivoReply *reply, PageKey key);
    void writeContiguous();
    bool advanceWriteCursor();
    void finishCompleted();
    void fail(const QString &message);
    void stop(Status status);
    void emitProgress(bool force);
    bool rememberUuid(const QUuid &uuid);
    bool resultChanged() const;

    QPointer<PlivoClient> m_client;
    CallFilter m_filter;
    ExportOptions m_options;
    QString m_path;
    QPointer<QIODevice> m_device;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QSaveFile *m_saveFile = nullptr;
    std::unique_ptr<CsvWriter> m_writer;
    QDateTime m_now;
    QueryPlan m_plan;
    quint64 m_tag = 0;
    Status m_status = Status::NotStarted;
    QString m_error;

    QList<Window> m_windows;
    qsizetype m_requestWindow = 0; // where the next page request comes from
    PageKey m_writeCursor{0, 0}; // the next page to write
    QHash<PlivoReply *, PageKey> m_inFlight;
    std::map<PageKey, QList<CallRecord>> m_arrived;
    qsizetype m_windowsKnown = 0;
    qint64 m_expectedRows = 0;

    qint64 m_rowsWritten = 0;
    qint64 m_duplicates = 0;
    qint64 m_requests = 0;
    qint64 m_retries = 0;
    std::deque<QUuid> m_recentOrder;
    QSet<QUuid> m_recent;

    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    std::deque<std::pair<qint64, qint64>> m_rateSamples; // (ms, rows)
};
