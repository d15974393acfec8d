#include "accountarchive.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

AccountArchive::AccountArchive(PlivoClient *client, const QString &location, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_location(location)
{
    m_syncTimer.setInterval(DefaultSyncInterval);
    connect(&m_syncTimer, &QTimer::timeout, this, &AccountArchive::syncNow);
}

AccountArchive::~AccountArchive()
{
    // The window closes: the window being read is dropped, every stored one stays.
    if (m_sync)
        m_sync->cancel();
    m_sync.reset();
}

bool AccountArchive::open(QString *error)
{
    m_archive = CallArchive::open(m_location, error);
    if (!m_archive)
        return false;
    m_source = std::make_unique<ArchiveCallSource>(m_location);
    m_familySource = std::make_unique<ArchiveCallSource>(m_location);
    connect(m_source.get(), &ArchiveCallSource::summaryReady, this,
            [this](const CallArchive::Summary &summary,
                   const QList<CallArchive::TimeRange> &synced) {
                m_summary = summary;
                m_synced = synced;
                m_hasSummary = true;
                emit changed();
            });
    connect(m_source.get(), &ArchiveCallSource::summaryFailed, this, [this](const QString &error) {
        m_syncProblem = error;
        emit changed();
    });
    m_source->requestSummary();
    return true;
}

QString AccountArchive::displayLocation() const
{
    return CallArchive::displayLocation(m_location);
}

void AccountArchive::setSyncInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_syncTimer.stop();
        return;
    }
    m_syncTimer.setInterval(interval);
    m_syncTimer.start();
}

void AccountArchive::syncNow()
{
    if (m_sync || !m_archive || !m_client)
        return;
    m_sync = std::make_unique<ArchiveSync>(m_client, m_archive.get());
    m_windowsStored = 0;
    connect(m_sync.get(), &ArchiveSync::progressChanged, this, [this] {
        // Each stored window is new calls to count: the summary follows the first sync.
        if (const qint64 stored = m_sync->progress().windowsDone; stored > m_windowsStored) {
            m_windowsStored = stored;
            refreshSummary();
        }
        emit changed();
    });
    connect(m_sync.get(), &ArchiveSync::finished, this, [this] {
        // Another Callscope (a timer, a teammate's window) keeps this archive current: not a
        // problem, and its ranges show in the summary.
        if (m_sync->status() == ArchiveSync::Status::Failed && !m_sync->anotherWriter())
            m_syncProblem = m_sync->errorString();
        else
            m_syncProblem.clear();
        // Deleted after this signal returns: the sync is still on the stack.
        m_sync.release()->deleteLater();
        refreshSummary();
        emit changed();
        emit syncFinished();
    });
    m_sync->start();
    emit changed();
}

SyncProgress AccountArchive::syncProgress() const
{
    return m_sync ? m_sync->progress() : SyncProgress();
}

void AccountArchive::refreshSummary()
{
    if (m_source)
        m_source->requestSummary();
}

std::optional<QDateTime> AccountArchive::syncedUntil() const
{
    if (m_synced.isEmpty())
        return std::nullopt;
    qint64 newest = m_synced.first().toUs;
    for (const CallArchive::TimeRange &range : m_synced)
        newest = qMax(newest, range.toUs);
    return QDateTime::fromMSecsSinceEpoch(newest / 1000, QTimeZone::utc());
}

QString AccountArchive::agoText(qint64 seconds)
{
    if (seconds < 60)
        return tr("synced just now");
    if (seconds < 3600)
        return tr("synced %n min ago", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("synced %n h ago", nullptr, int(seconds / 3600));
    return tr("synced %n day(s) ago", nullptr, int(seconds / 86400));
}

QString AccountArchive::statusText(const QDateTime &now) const
{
    const QLocale locale;
    QStringList parts;
    if (!m_hasSummary) {
        parts.append(tr("Archive: opening\u2026"));
    } else if (m_summary.calls == 0) {
        parts.append(tr("Archive: empty"));
    } else {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(
                m_summary.firstEndUs.value_or(0) / 1000, QTimeZone::utc());
        parts.append(tr("Archive: %Ln call(s) since %1", nullptr,
                        int(qMin<qint64>(m_summary.calls, std::numeric_limits<int>::max())))
                             .arg(first.toString(u"yyyy-MM-dd"_s)));
    }
    if (m_sync) {
        const SyncProgress progress = m_sync->progress();
        parts.append(progress.callsExpected > 0
                             ? tr("syncing: %1 of %2 calls")
                                       .arg(locale.toString(progress.callsRead),
                                            locale.toString(progress.callsExpected))
                             : tr("syncing\u2026"));
    } else if (const std::optional<QDateTime> until = syncedUntil()) {
        parts.append(agoText(qMax<qint64>(0, until->secsTo(now))));
    } else if (m_hasSummary) {
        parts.append(tr("never synced"));
    }
    if (!m_syncProblem.isEmpty())
        parts.append(tr("last sync failed"));
    return parts.join(u" \u00b7 "_s);
}

QStringList AccountArchive::lostRangeSentences(const QDateTime &now) const
{
    QStringList sentences;
    if (m_synced.isEmpty())
        return sentences; // never synced: nothing was expected yet
    for (const CallArchive::TimeRange &range :
         ArchiveSync::lostRanges(m_synced, now.toMSecsSinceEpoch() * 1000))
        sentences.append(ArchiveSync::lostRangeSentence(range));
    return sentences;
}
