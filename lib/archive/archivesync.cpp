#include "archivesync.h"

#include "plivo/callfilter.h"
#include "plivo/plivoclient.h"
#include "plivo/queryplan.h"

#include <QAtomicInteger>
#include <QLocale>
#include <QSet>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 20;
constexpr qint64 Second = 1000000;
constexpr qint64 MaxWindowUs = QueryPlan::MaxWindowSeconds * Second;
constexpr qint64 RetentionUs = QueryPlan::RetentionSeconds * Second;
// Windows read at once: enough that one window's first page never leaves the budget idle.
constexpr size_t ActiveWindows = 4;

// Tags no other part of the application hands out: "SYNC" in the high half.
quint64 nextTag()
{
    static QAtomicInteger<quint64> serial;
    return (quint64(0x53594E43) << 32) | ++serial;
}

qint64 floorToSecond(qint64 us)
{
    return us >= 0 ? us - us % Second : us - (Second + us % Second) % Second;
}

QDateTime instant(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
}

// The oldest end time a sync asks for: inside Plivo's retention by the margin.
qint64 oldestAsked(qint64 nowUs, const SyncOptions &options)
{
    return floorToSecond(nowUs - RetentionUs + qint64(options.retentionMargin.count()) * Second);
}

} // namespace

// Stores read windows on the sync's store thread, over a connection of its own to the same
// archive, one transaction per window, in the order they were handed over.
class WindowStore : public QObject
{
    Q_OBJECT

public:
    explicit WindowStore(const QString &location)
        : m_location(location)
    { }

    void store(quint64 id, const QList<CallRecord> &calls, const CallArchive::TimeRange &range)
    {
        QString error;
        CallArchive::StoreCounts counts;
        if (!m_archive)
            m_archive = CallArchive::open(m_location, &error);
        if (m_archive)
            m_archive->storeSynced(calls, range, &counts, &error);
        emit stored(id, counts, error);
    }

    void close() { m_archive.reset(); }

signals:
    void stored(quint64 id, const CallArchive::StoreCounts &counts, const QString &error);

private:
    QString m_location;
    std::unique_ptr<CallArchive> m_archive;
};

ArchiveSync::ArchiveSync(PlivoClient *client, CallArchive *archive, const SyncOptions &options,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archive(archive)
    , m_options(options)
    , m_tag(nextTag())
{
    // An archive another connection can open (not an in-memory one) is stored to from a thread.
    const QString location = archive ? archive->location() : QString();
    if (!location.isEmpty() && location != u":memory:"_s) {
        qRegisterMetaType<CallArchive::StoreCounts>();
        qRegisterMetaType<CallArchive::TimeRange>();
        qRegisterMetaType<QList<CallRecord>>();
        m_storeThread = std::make_unique<QThread>();
        m_storeThread->setObjectName(u"archive store"_s);
        m_store = new WindowStore(location);
        m_store->moveToThread(m_storeThread.get());
        connect(m_storeThread.get(), &QThread::finished, m_store, &QObject::deleteLater);
        connect(m_store, &WindowStore::stored, this, &ArchiveSync::windowStored);
        m_storeThread->start();
    }
}

ArchiveSync::~ArchiveSync()
{
    if (m_status == Status::Running)
        stop(Status::Cancelled);
    if (m_storeThread) {
        // A window being stored commits or rolls back whole; the thread ends after it.
        QMetaObject::invokeMethod(m_store, &WindowStore::close, Qt::BlockingQueuedConnection);
        m_storeThread->quit();
        m_storeThread->wait();
    }
}

void ArchiveSync::setNow(const QDateTime &now)
{
    if (m_status == Status::NotStarted)
        m_now = now.toUTC();
}

QList<ArchiveSync::TimeRange> ArchiveSync::plan(const QList<TimeRange> &synced, qint64 nowUs,
                                                const SyncOptions &options)
{
    const qint64 overlapUs = qint64(options.overlap.count()) * Second;
    const qint64 upper = floorToSecond(nowUs);
    qint64 cursor = oldestAsked(nowUs, options);
    // What is missing between the oldest end time asked and now, each synced range's end pulled
    // back by the overlap.
    QList<TimeRange> missing;
    for (const TimeRange &range : synced) {
        const qint64 heldTo = floorToSecond(qMax(range.fromUs, range.toUs - overlapUs));
        if (range.fromUs > cursor)
            missing.append({cursor, qMin(range.fromUs, upper)});
        cursor = qMax(cursor, heldTo);
    }
    if (cursor < upper)
        missing.append({cursor, upper});

    QList<TimeRange> windows;
    for (const TimeRange &gap : std::as_const(missing)) {
        for (qint64 from = gap.fromUs; from < gap.toUs; from += MaxWindowUs)
            windows.append({from, qMin(gap.toUs, from + MaxWindowUs)});
    }
    return windows;
}

QList<ArchiveSync::TimeRange> ArchiveSync::lostRanges(const QList<TimeRange> &synced, qint64 nowUs,
                                                      const SyncOptions &options)
{
    // Between two synced ranges, or after the last one, whatever ended before the oldest time a
    // sync can still ask for is gone.
    const qint64 reachable = oldestAsked(nowUs, options);
    QList<TimeRange> lost;
    for (qsizetype i = 0; i < synced.size(); ++i) {
        const qint64 from = synced.at(i).toUs;
        const qint64 to = i + 1 < synced.size() ? synced.at(i + 1).fromUs : reachable;
        if (from < qMin(to, reachable))
            lost.append({from, qMin(to, reachable)});
    }
    return lost;
}

QString ArchiveSync::lostRangeSentence(const TimeRange &range)
{
    const QLocale locale;
    const auto text = [&](qint64 us) {
        return locale.toString(instant(us), u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
    };
    return tr("Calls that ended between %1 and %2 were never synced, and Plivo no longer keeps "
              "them: the archive cannot hold them.")
            .arg(text(range.fromUs), text(range.toUs));
}

void ArchiveSync::start()
{
    if (m_status != Status::NotStarted)
        return;
    m_status = Status::Running;
    m_clock.start();
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    if (!m_client || !m_archive) {
        fail(tr("There is no account or archive to sync."));
        return;
    }
    QString error;
    if (!m_archive->acquireWriter(&error, &m_anotherWriter)) {
        fail(error);
        return;
    }
    const qint64 nowUs = m_now.toMSecsSinceEpoch() * 1000;
    for (const TimeRange &window : plan(m_archive->syncedRanges(), nowUs, m_options))
        m_queue.push_back(window);
    m_progress.windowsPlanned = qint64(m_queue.size());
    emit progressChanged();
    pump();
}

void ArchiveSync::cancel()
{
    if (m_status == Status::Running || m_status == Status::NotStarted)
        stop(Status::Cancelled);
}

SyncProgress ArchiveSync::progress() const
{
    SyncProgress progress = m_progress;
    progress.callsRead = progress.inserted + progress.updated;
    for (const auto &[id, window] : m_active) {
        progress.callsRead += window.callsHandedOver;
        for (const auto &[page, records] : window.pages)
            progress.callsRead += records.size();
    }
    progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (progress.elapsedMs > 0)
        progress.callsPerSecond
                = double(progress.inserted + progress.updated) * 1000.0 / progress.elapsedMs;
    return progress;
}

void ArchiveSync::pump()
{
    while (m_status == Status::Running && m_inFlight.size() < m_options.maxPagesInFlight) {
        bool requested = false;
        for (auto &[id, window] : m_active) {
            if (window.totalCount < 0 && window.nextPage == 0) {
                requestPage(id, window, window.nextPage++);
                requested = true;
                break;
            }
            if (window.totalCount >= 0 && window.nextPage < window.pageCount) {
                requestPage(id, window, window.nextPage++);
                requested = true;
                break;
            }
        }
        if (requested)
            continue;
        if (m_active.size() < ActiveWindows && !m_queue.empty()) {
            Window window;
            window.range = m_queue.front();
            m_queue.pop_front();
            m_active.emplace(m_nextWindowId++, std::move(window));
            continue;
        }
        break;
    }
    if (m_status == Status::Running && m_active.empty() && m_queue.empty()) {
        m_archive->releaseWriter();
        stop(Status::Completed);
    }
}

void ArchiveSync::requestPage(quint64 id, Window &window, qint64 page)
{
    const QueryParameters parameters{
            {u"end_time__gte"_s, QueryEncoding::filterTime(instant(window.range.fromUs))},
            {u"end_time__lt"_s, QueryEncoding::filterTime(instant(window.range.toUs))},
    };
    PlivoReply *reply = m_client->listCalls(parameters, page * PageSize, PageSize,
                                            RequestPriority::Bulk, m_tag);
    const PageKey key{id, window.generation, page};
    ++window.inFlight;
    m_inFlight.insert(reply, key);
    connect(reply, &PlivoReply::retryScheduled, this, [this] {
        ++m_progress.requests;
        ++m_progress.retries;
    });
    connect(reply, &PlivoReply::finished, this, [this, reply, key] { handleReply(reply, key); });
}

void ArchiveSync::handleReply(PlivoReply *reply, PageKey key)
{
    reply->deleteLater();
    if (!m_inFlight.remove(reply) || m_status != Status::Running)
        return;
    if (reply->attempts() > 0)
        ++m_progress.requests;
    const auto found = m_active.find(key.window);
    if (found == m_active.end())
        return;
    Window &window = found->second;
    --window.inFlight;
    if (reply->error().category() == ApiError::Category::Cancelled) {
        stop(Status::Cancelled);
        return;
    }
    if (!reply->isOk()) {
        fail(tr("The calls that ended between %1 and %2 could not be read (%n attempt(s)): %3",
                nullptr, reply->attempts())
                     .arg(QueryEncoding::filterTime(instant(window.range.fromUs)),
                          QueryEncoding::filterTime(instant(window.range.toUs)),
                          reply->error().message()));
        return;
    }
    if (key.generation != window.generation) {
        // A page of a reading given up on: the window is being read again.
        if (window.inFlight == 0 && window.totalCount >= 0
            && qint64(window.pages.size()) == window.pageCount)
            completeWindow(key.window, window);
        pump();
        return;
    }

    const CallPage &page = reply->page();
    if (key.page == 0) {
        window.totalCount = qMax<qint64>(0, page.meta.totalCount);
        // Too many calls to hold until one transaction: read the two halves instead.
        if (window.totalCount > m_options.maxWindowCalls
            && window.range.toUs - window.range.fromUs >= 2 * Second) {
            const qint64 middle = floorToSecond(window.range.fromUs
                                                + (window.range.toUs - window.range.fromUs) / 2);
            m_queue.push_front({middle, window.range.toUs});
            m_queue.push_front({window.range.fromUs, middle});
            ++m_progress.windowsPlanned;
            m_active.erase(found);
            pump();
            return;
        }
        window.pageCount = qMax<qint64>(1, (window.totalCount + PageSize - 1) / PageSize);
        m_progress.callsExpected += window.totalCount;
    } else if (page.meta.totalCount != window.totalCount) {
        restartWindow(key.window, window);
        pump();
        return;
    }
    window.pages.insert_or_assign(key.page, page.records);
    if (window.inFlight == 0 && qint64(window.pages.size()) == window.pageCount)
        completeWindow(key.window, window);
    if (m_status == Status::Running)
        emit progressChanged();
    pump();
}

void ArchiveSync::restartWindow(quint64 id, Window &window)
{
    Q_UNUSED(id)
    if (++window.attempts > m_options.maxWindowAttempts) {
        fail(tr("The calls that ended between %1 and %2 kept changing while they were read; "
                "nothing of that range was stored. Try again.")
                     .arg(QueryEncoding::filterTime(instant(window.range.fromUs)),
                          QueryEncoding::filterTime(instant(window.range.toUs))));
        return;
    }
    if (window.totalCount >= 0)
        m_progress.callsExpected -= window.totalCount;
    ++window.generation;
    window.pages.clear();
    window.totalCount = -1;
    window.pageCount = 0;
    window.nextPage = 0;
}

void ArchiveSync::completeWindow(quint64 id, Window &window)
{
    if (window.inFlight > 0 || window.storing)
        return; // stale replies of an earlier reading are still out, or it is being stored
    if (window.totalCount < 0) {
        return;
    }
    QList<CallRecord> calls;
    calls.reserve(window.totalCount);
    QSet<QUuid> seen;
    for (const auto &[page, records] : window.pages) {
        for (const CallRecord &record : records) {
            if (!seen.contains(record.callUuid)) {
                seen.insert(record.callUuid);
                calls.append(record);
            }
        }
    }
    // Offsets shift when a call arrives or expires mid-reading: a record seen twice, or one
    // never seen. Only a reading whose distinct calls match its count is stored.
    if (calls.size() != window.totalCount) {
        restartWindow(id, window);
        return;
    }
    if (m_store) {
        window.storing = true;
        window.callsHandedOver = calls.size();
        window.pages.clear();
        QMetaObject::invokeMethod(m_store, [store = m_store, id, calls, range = window.range] {
            store->store(id, calls, range);
        });
        return;
    }
    CallArchive::StoreCounts counts;
    QString error;
    m_archive->storeSynced(calls, window.range, &counts, &error);
    windowStored(id, counts, error);
}

void ArchiveSync::windowStored(quint64 id, const CallArchive::StoreCounts &counts,
                               const QString &error)
{
    if (m_status != Status::Running || !m_active.contains(id))
        return; // stopped meanwhile: what was stored stays, with its range
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    m_progress.inserted += counts.inserted;
    m_progress.updated += counts.updated;
    ++m_progress.windowsDone;
    m_active.erase(id);
    if (m_store) { // on the store's answer: go on from here
        emit progressChanged();
        pump();
    }
}

void ArchiveSync::fail(const QString &message)
{
    m_error = message;
    stop(Status::Failed);
}

void ArchiveSync::stop(Status status)
{
    m_status = status;
    const QList<PlivoReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (PlivoReply *reply : replies)
        reply->disconnect(this);
    if (m_client)
        m_client->cancelTag(m_tag);
    for (PlivoReply *reply : replies)
        reply->deleteLater();
    m_active.clear();
    m_queue.clear();
    if (m_archive)
        m_archive->releaseWriter();
    emit progressChanged();
    QMetaObject::invokeMethod(this, &ArchiveSync::finished, Qt::QueuedConnection);
}

#include "archivesync.moc"
