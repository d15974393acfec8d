#pragma once

#include "archivecallsource.h"
#include "archivesync.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

// An account's archive while a window has it open: keeps it current in the background (a sync
// when it opens and every few minutes, through the account's client at bulk priority, so
// browsing keeps its share of the budget), says in one line what it holds, and is the CallSource
// the table reads when the person chooses the archive.
class AccountArchive : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes DefaultSyncInterval{5};

    // `location`: a SQLite path or a postgresql:// URL.
    AccountArchive(PlivoClient *client, const QString &location, QObject *parent = nullptr);
    ~AccountArchive() override;

    // Opens (a SQLite file is created); false with a sentence when it cannot.
    bool open(QString *error);
    QString location() const { return m_location; }
    QString displayLocation() const;
    CallSource *source() const { return m_source.get(); }
    // A second source over the same archive for call families: a source runs one query at a
    // time, and the table's must not be interrupted.
    CallSource *familySource() const { return m_familySource.get(); }

    // Every `interval` a sync runs if none is running; zero: only syncNow().
    void setSyncInterval(std::chrono::milliseconds interval);
    void syncNow();
    bool isSyncing() const { return m_sync != nullptr; }
    SyncProgress syncProgress() const;
    // The last sync's failure, as a sentence; empty after a sync that completed.
    QString syncProblem() const { return m_syncProblem; }

    // What the archive held when last asked (after opening and after each sync).
    const CallArchive::Summary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }
    // The end of the newest range synced completely: the "now" of the last complete sync, by
    // this window or by another process (a timer) on the same archive.
    std::optional<QDateTime> syncedUntil() const;
    // "Archive: 1,234,567 calls since 2026-03-01 · synced 2 min ago"
    QString statusText(const QDateTime &now) const;
    // Ranges lost to Plivo's retention before they were synced, in sentences.
    QStringList lostRangeSentences(const QDateTime &now) const;
    static QString agoText(qint64 seconds);

signals:
    // The summary, the sync's progress or its state changed.
    void changed();
    // A sync ended (completed, failed, or stopped because another process syncs).
    void syncFinished();

private:
    void refreshSummary();

    QPointer<PlivoClient> m_client;
    QString m_location;
    std::unique_ptr<CallArchive> m_archive; // this thread's connection, for the sync
    std::unique_ptr<ArchiveCallSource> m_source; // its own thread and connection
    std::unique_ptr<ArchiveCallSource> m_familySource;
    std::unique_ptr<ArchiveSync> m_sync;
    QTimer m_syncTimer;
    QString m_syncProblem;
    CallArchive::Summary m_summary;
    QList<CallArchive::TimeRange> m_synced;
    bool m_hasSummary = false;
    qint64 m_windowsStored = 0; // by the running sync
};
