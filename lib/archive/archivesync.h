#pragma once

#include "callarchive.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <map>

class PlivoClient;
class PlivoReply;
class QThread;
class WindowStore;

struct SyncOptions
{
    // Re-asked behind the end of every synced range: a record whose end time falls in a second
    // already synced may reach the API late. The upsert makes asking twice harmless.
    std::chrono::seconds overlap{600};
    // A window whose first page reports more calls than this is halved before it is read, so a
    // window held in memory until its one transaction stays small.
    int maxWindowCalls = 20000;
    // Page requests handed to the client at once; the client's budget paces them.
    int maxPagesInFlight = 64;
    // The first sync starts this far inside Plivo's 90 days, so its oldest calls do not expire
    // while they are being read.
    std::chrono::seconds retentionMargin{300};
    // A window whose count keeps changing while it is read is read again up to this many times.
    int maxWindowAttempts = 5;
};

struct SyncProgress
{
    qint64 windowsDone = 0;
    qint64 windowsPlanned = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 callsExpected = 0; // the sum of the windows' counts known so far
    qint64 callsRead = 0; // stored, plus read into windows not yet stored
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 elapsedMs = 0;
    double callsPerSecond = 0;
};

// Brings an archive up to date with the account: asks the API only for the end-time ranges the
// archive does not hold completely (all that Plivo keeps on the first run; since the last sync,
// minus an overlap, afterwards), in windows of at most 30 days, every page at bulk priority
// through the account's client. Each window is stored with its range in one transaction, so a
// sync stopped at any moment resumes with no gap and no duplicate.
class ArchiveSync : public QObject
{
    Q_OBJECT

public:
    enum class Status { NotStarted, Running, Completed, Failed, Cancelled };
    Q_ENUM(Status)

    using TimeRange = CallArchive::TimeRange;

    ArchiveSync(PlivoClient *client, CallArchive *archive, const SyncOptions &options = {},
                QObject *parent = nullptr);
    ~ArchiveSync() override;

    // The account's "now"; the current time when start() runs if never set.
    void setNow(const QDateTime &now);

    void start();
    // Stops at once; every window stored so far stays, the one being read is dropped.
    void cancel();

    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    // Failed because another sync or import holds the archive's writer lock.
    bool anotherWriter() const { return m_anotherWriter; }
    SyncProgress progress() const;

    // The windows a sync at `nowUs` asks for, oldest first (whole seconds, each ≤ 30 days).
    static QList<TimeRange> plan(const QList<TimeRange> &synced, qint64 nowUs,
                                 const SyncOptions &options);
    // End-time ranges that were never synced and are older than Plivo's retention at `nowUs`:
    // calls there can no longer be had.
    static QList<TimeRange> lostRanges(const QList<TimeRange> &synced, qint64 nowUs,
                                       const SyncOptions &options = {});
    // "Calls that ended between … and … were never synced; Plivo no longer keeps them."
    static QString lostRangeSentence(const TimeRange &range);

signals:
    void progressChanged();
    // Completed, failed or cancelled: see status().
    void finished();

private:
    struct Window
    {
        TimeRange range;
        qint64 totalCount = -1; // from the first page
        qint64 pageCount = 0;
        qint64 nextPage = 0;
        int inFlight = 0;
        int attempts = 1;
        quint64 generation = 0; // replies of an earlier reading are ignored
        std::map<qint64, QList<CallRecord>> pages;
        bool storing = false; // read completely, handed to the store
        qint64 callsHandedOver = 0;
    };
    struct PageKey
    {
        quint64 window;
        quint64 generation;
        qint64 page;
    };

    void pump();
    void requestPage(quint64 id, Window &window, qint64 page);
    void handleReply(PlivoReply *reply, PageKey key);
    void restartWindow(quint64 id, Window &window);
    void completeWindow(quint64 id, Window &window);
    void windowStored(quint64 id, const CallArchive::StoreCounts &counts, const QString &error);
    void fail(const QString &message);
    void stop(Status status);

    QPointer<PlivoClient> m_client;
    CallArchive *m_archive;
    SyncOptions m_options;
    QDateTime m_now;
    Status m_status = Status::NotStarted;
    QString m_error;
    bool m_anotherWriter = false;
    quint64 m_tag = 0;

    std::deque<TimeRange> m_queue; // planned, not yet being read; oldest first
    std::map<quint64, Window> m_active;
    quint64 m_nextWindowId = 0;
    QHash<PlivoReply *, PageKey> m_inFlight;

    SyncProgress m_progress;
    QElapsedTimer m_clock;

    // Each window's one transaction runs on a thread of its own, over its own connection: a
    // window of 20,000 calls takes most of a second to store, which the thread that reads the
    // next pages (a window's event loop) must not spend.
    std::unique_ptr<QThread> m_storeThread;
    WindowStore *m_store = nullptr; // lives on m_storeThread
};
