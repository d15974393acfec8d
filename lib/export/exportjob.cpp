#include "exportjob.h"

#include "plivo/plivoclient.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace {

constexpr qint64 progressIntervalMs = 100;
constexpr qint64 rateWindowMs = 5000;

// Tags no other part of the application hands out: "EXPT" in the high half.
quint64 nextTag()
{
    static std::atomic<quint64> counter{0};
    return (quint64(0x45585054) << 32) | ++counter;
}

} // namespace

ExportJob::ExportJob(PlivoClient *client, const CallFilter &filter, const ExportOptions &options,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filter(filter)
    , m_options(options)
    , m_tag(nextTag())
{
    m_options.lookAheadPages = qMax(1, m_options.lookAheadPages);
    m_options.recentUuids = qMax(0, m_options.recentUuids);
}

ExportJob::ExportJob(PlivoClient *client, const CallFilter &filter, const QString &path,
                     const ExportOptions &options, QObject *parent)
    : ExportJob(client, filter, options, parent)
{
    m_path = path;
}

ExportJob::ExportJob(PlivoClient *client, const CallFilter &filter, QIODevice *device,
                     const ExportOptions &options, QObject *parent)
    : ExportJob(client, filter, options, parent)
{
    m_device = device;
}

ExportJob::~ExportJob()
{
    if (m_status == Status::Running)
        stop(Status::Cancelled);
}

void ExportJob::setNow(const QDateTime &now)
{
    if (m_status == Status::NotStarted)
        m_now = now.toUTC();
}

void ExportJob::start()
{
    if (m_status != Status::NotStarted)
        return;
    m_status = Status::Running;
    m_clock.start();
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    if (!m_client) {
        fail(tr("There is no connection to an account to export from."));
        return;
    }
    const QList<CallFilter::Problem> problems = m_filter.validate(m_now);
    if (!problems.isEmpty()) {
        QStringList sentences;
        for (const CallFilter::Problem &problem : problems)
            sentences.append(problem.message);
        fail(sentences.join(u' '));
        return;
    }
    m_plan = QueryPlan::build(m_filter, m_now);

    if (!m_device) {
        if (m_path == u"-") {
            auto *out = new QFile;
            m_ownedDevice.reset(out);
            out->open(fileno(stdout), QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        } else {
            m_saveFile = new QSaveFile(m_path);
            m_ownedDevice.reset(m_saveFile);
            m_saveFile->open(QIODevice::WriteOnly);
        }
        m_device = m_ownedDevice.get();
    }
    if (!m_device->isWritable()) {
        fail(m_path.isEmpty() || m_path == u"-"
                     ? tr("The export cannot be written: %1").arg(m_device->errorString())
                     : tr("Cannot write \u201c%1\u201d: %2").arg(m_path, m_device->errorString()));
        return;
    }
    m_writer = std::make_unique<CsvWriter>(m_device, m_options.writer);
    if (!m_writer->writeHeader()) {
        fail(m_writer->errorString());
        return;
    }

    m_windows.resize(m_plan.windows().size());
    if (m_windows.isEmpty()) {
        emit totalKnown(0);
        finishCompleted();
        return;
    }
    // Every window's first page first: their total_count tells how many pages follow.
    for (qsizetype w = 0; w < m_windows.size(); ++w)
        requestPage(w, 0);
    emitProgress(true);
}

void ExportJob::cancel()
{
    if (m_status == Status::Running || m_status == Status::NotStarted)
        stop(Status::Cancelled);
}

void ExportJob::requestPage(qsizetype window, qint64 page)
{
    PlivoReply *reply = m_client->listCalls(m_plan.parameters(window), page * PageSize, PageSize,
                                            RequestPriority::Bulk, m_tag);
    const PageKey key{window, page};
    m_inFlight.insert(reply, key);
    connect(reply, &PlivoReply::retryScheduled, this, [this] {
        ++m_requests;
        ++m_retries;
        emitProgress(false);
    });
    connect(reply, &PlivoReply::finished, this, [this, reply, key] { handleReply(reply, key); });
}

void ExportJob::requestMore()
{
    while (m_requestWindow < m_windows.size()) {
        Window &window = m_windows[m_requestWindow];
        if (window.totalCount < 0)
            return; // its first page has not answered yet
        if (window.nextPage >= window.pageCount) {
            ++m_requestWindow;
            continue;
        }
        if (m_inFlight.size() + qsizetype(m_arrived.size()) >= m_options.lookAheadPages)
            return;
        requestPage(m_requestWindow, window.nextPage++);
    }
}

void ExportJob::handleReply(PlivoReply *reply, PageKey key)
{
    reply->deleteLater();
    if (!m_inFlight.remove(reply) || m_status != Status::Running)
        return;
    if (reply->attempts() > 0)
        ++m_requests;
    if (reply->error().category() == ApiError::Category::Cancelled) {
        // The client was told to stop everything (the account is going away, for one).
        stop(Status::Cancelled);
        return;
    }
    if (!reply->isOk()) {
        const QString where = m_windows.size() > 1
                ? tr("Page %1 of window %2 could not be loaded")
                          .arg(key.second + 1)
                          .arg(key.first + 1)
                : tr("Page %1 could not be loaded").arg(key.second + 1);
        fail(tr("%1 (%n attempt(s)): %2", nullptr, reply->attempts())
                     .arg(where, reply->error().message()));
        return;
    }

    const CallPage &page = reply->page();
    Window &window = m_windows[key.first];
    if (key.second == 0) {
        window.totalCount = qMax<qint64>(0, page.meta.totalCount);
        window.pageCount = qMax<qint64>(1, (window.totalCount + PageSize - 1) / PageSize);
        m_expectedRows += window.totalCount;
        if (++m_windowsKnown == m_windows.size())
            emit totalKnown(m_expectedRows);
    }
    window.lastTotalCount = page.meta.totalCount;
    m_arrived.emplace(key, page.records);

    writeContiguous();
    if (m_status != Status::Running)
        return;
    if (!advanceWriteCursor()) {
        finishCompleted();
        return;
    }
    requestMore();
    emitProgress(false);
}

bool ExportJob::advanceWriteCursor()
{
    while (m_writeCursor.first < m_windows.size()) {
        const Window &window = m_windows.at(m_writeCursor.first);
        if (window.totalCount < 0 || m_writeCursor.second < window.pageCount)
            return true;
        m_writeCursor = {m_writeCursor.first + 1, 0};
    }
    return false;
}

void ExportJob::writeContiguous()
{
    while (advanceWriteCursor()) {
        const auto it = m_arrived.find(m_writeCursor);
        if (it == m_arrived.end())
            return;
        for (const CallRecord &record : std::as_const(it->second)) {
            if (!rememberUuid(record.callUuid)) {
                ++m_duplicates;
                continue;
            }
            if (!m_writer->writeRecord(record)) {
                fail(m_writer->errorString());
                return;
            }
            ++m_rowsWritten;
        }
        m_arrived.erase(it);
        ++m_writeCursor.second;
    }
}

bool ExportJob::rememberUuid(const QUuid &uuid)
{
    if (uuid.isNull() || m_options.recentUuids == 0)
        return true;
    if (m_recent.contains(uuid))
        return false;
    m_recent.insert(uuid);
    m_recentOrder.push_back(uuid);
    if (qsizetype(m_recentOrder.size()) > m_options.recentUuids) {
        m_recent.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
    return true;
}

void ExportJob::finishCompleted()
{
    if (m_saveFile) {
        if (!m_saveFile->commit()) {
            fail(tr("Cannot write \u201c%1\u201d: %2").arg(m_path, m_saveFile->errorString()));
            return;
        }
    } else if (auto *file = qobject_cast<QFileDevice *>(m_device.data())) {
        if (!file->flush()) {
            fail(tr("The export cannot be written: %1").arg(file->errorString()));
            return;
        }
    }
    stop(Status::Completed);
}

void ExportJob::fail(const QString &message)
{
    m_error = message;
    stop(Status::Failed);
}

void ExportJob::stop(Status status)
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
    m_arrived.clear();
    m_writer.reset();
    if (status != Status::Completed && m_saveFile)
        m_saveFile->cancelWriting();
    // Destroying an uncommitted QSaveFile removes its temporary file.
    m_saveFile = nullptr;
    m_ownedDevice.reset();
    emitProgress(true);
    QMetaObject::invokeMethod(this, &ExportJob::finished, Qt::QueuedConnection);
}

bool ExportJob::countMatches() const
{
    // A total that moved means offsets shifted under the export: rows may be missing even when
    // the numbers add up.
    return m_rowsWritten + m_duplicates == m_expectedRows && !resultChanged();
}

bool ExportJob::resultChanged() const
{
    return std::any_of(m_windows.cbegin(), m_windows.cend(), [](const Window &window) {
        return window.lastTotalCount >= 0 && window.lastTotalCount != window.totalCount;
    });
}

QString ExportJob::countMismatchMessage() const
{
    if (m_status != Status::Completed || countMatches())
        return {};
    QString message
            = tr("Plivo reported %n call(s) for this filter; ", nullptr, int(m_expectedRows))
            + tr("the export holds %n row(s)", nullptr, int(m_rowsWritten));
    if (m_duplicates > 0)
        message += u' ' + tr("(%n repeated record(s) skipped)", nullptr, int(m_duplicates));
    message += u'.';
    if (resultChanged())
        message += u' '
                + tr("The result changed while it was exported (calls arrived or expired inside "
                     "the time range); export again to get a consistent file.");
    return message;
}

ExportProgress ExportJob::progress() const
{
    ExportProgress progress;
    progress.rowsWritten = m_rowsWritten;
    progress.totalRows = m_windowsKnown == m_windows.size() && m_status != Status::NotStarted
            ? m_expectedRows
            : -1;
    progress.duplicatesSkipped = m_duplicates;
    progress.requests = m_requests;
    progress.retries = m_retries;
    progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const qint64 done = m_rowsWritten + m_duplicates;
    if (!m_rateSamples.empty() && progress.elapsedMs - m_rateSamples.front().first >= 500) {
        const auto &[ms, rows] = m_rateSamples.front();
        progress.rowsPerSecond = double(done - rows) * 1000.0 / double(progress.elapsedMs - ms);
    } else if (progress.elapsedMs > 0) {
        progress.rowsPerSecond = double(done) * 1000.0 / double(progress.elapsedMs);
    }
    if (progress.totalRows >= 0 && m_status == Status::Running && progress.rowsPerSecond > 0)
        progress.secondsLeft
                = double(qMax<qint64>(0, progress.totalRows - done)) / progress.rowsPerSecond;
    else if (m_status == Status::Completed)
        progress.secondsLeft = 0;
    return progress;
}

void ExportJob::emitProgress(bool force)
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!force && m_lastProgressMs >= 0 && ms - m_lastProgressMs < progressIntervalMs)
        return;
    m_lastProgressMs = ms;
    m_rateSamples.emplace_back(ms, m_rowsWritten + m_duplicates);
    while (m_rateSamples.size() > 2 && ms - m_rateSamples[1].first >= rateWindowMs)
        m_rateSamples.pop_front();
    emit progressChanged(progress());
}
