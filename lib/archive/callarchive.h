#pragma once

#include "plivo/callrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

// The calls of one account kept in a database of the user's own, past Plivo's 90 days. One row
// per call_uuid (storing a call again updates it, never duplicates it), typed columns for what
// filters and sorts use, and what it takes to give each call object back exactly as Plivo sent
// it: repeated text interned, the object's key order shared between calls, and the sent text only
// for calls their fields cannot rebuild.
//
// Two engines, one schema: SQLite, the single-user default (WAL, file mode 0600), and PostgreSQL
// for a team (calls partitioned by month of their end time, so old months can be dropped whole).
class CallArchive
{
    Q_DECLARE_TR_FUNCTIONS(CallArchive)

public:
    static constexpr int SchemaVersion = 6;
    // The chart rollups' time units: counts are kept per day of end time (UTC), and for the
    // calls-over-time chart per hour.
    static constexpr qint64 RollupDayUs = 86400LL * 1000000;
    static constexpr qint64 RollupHourUs = 3600LL * 1000000;

    enum class Engine { Sqlite, PostgreSql };

    // Where a record came from, poorest first: a record never replaces a richer one (a console
    // CSV, whose older numbers are redacted, never overwrites what the API sent).
    enum class Origin { ConsoleCsv = 1, CallscopeCsv = 2, Api = 3 };

    struct StoreCounts
    {
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 keptRicher = 0; // already held from a richer origin: left as it was
    };

    // End times [fromUs, toUs), UTC microseconds since the epoch.
    struct TimeRange
    {
        qint64 fromUs = 0;
        qint64 toUs = 0;
        bool operator==(const TimeRange &) const = default;
    };

    // A call made ready to store: the work that depends on the call alone. Thread-safe, so an
    // import prepares the next batch on its reading thread while the archive stores this one.
    struct PreparedCall
    {
        CallRecord call;
        QString unknownText; // the unknown fields as stored; empty when there are none
        // The sent object's keys in order, one per line, when the stored fields rebuild its text
        // exactly; empty when they do not (the text is then kept whole) or nothing was sent.
        QByteArray sentKeyOrder;
    };
    static PreparedCall prepare(CallRecord call);
    static QList<PreparedCall> prepareAll(const QList<CallRecord> &calls);

    struct Summary
    {
        qint64 calls = 0;
        std::optional<qint64> firstEndUs;
        std::optional<qint64> lastEndUs;
        qint64 bytesOnDisk = -1; // -1 when the engine does not say
    };

    ~CallArchive();
    CallArchive(const CallArchive &) = delete;
    CallArchive &operator=(const CallArchive &) = delete;

    // A SQLite file path, or a postgresql:// URL (libpq's form; the socket folder may be given as
    // ?host=/path). On failure nullptr and a sentence in *error.
    static std::unique_ptr<CallArchive> open(const QString &location, QString *error);
    // Opens (creating if needed, readable by its owner only) and migrates a SQLite archive.
    static std::unique_ptr<CallArchive> openSqlite(const QString &path, QString *error);
    static std::unique_ptr<CallArchive> openPostgreSql(const QUrl &url, QString *error);
    static bool isPostgreSqlLocation(const QString &location);
    // SQL giving the index of CallStats' billed-duration bucket for a duration in seconds.
    static QString durationBucketExpression(const QString &seconds);
    // SQL giving one call's contribution to the rollup's counts (calls, answered, bill_seconds,
    // billed_seconds, amount_units, amount_calls), negated for a sign of -1; `row` names the
    // calls table or its alias.
    static QString rollupCountsOf(const QString &row, int sign = 1);
    // The location as it may be shown: a URL's password is left out.
    static QString displayLocation(const QString &location);

    Engine engine() const { return m_engine; }
    // The path or URL it was opened from, password left out.
    QString location() const { return m_location; }
    int schemaVersion() const;
    QString journalMode() const; // SQLite only

    // Makes this the archive's only writer until releaseWriter() or destruction: a sync or an
    // import elsewhere (another process, another machine on PostgreSQL) is refused meanwhile.
    // Readers are never blocked. Released by the operating system if the process dies.
    // `busyElsewhere`: set when another connection or process holds the lock.
    bool acquireWriter(QString *error, bool *busyElsewhere = nullptr);
    void releaseWriter();
    bool holdsWriter() const { return m_writerHeld; }

    // Stores the calls in one transaction: all of them or, on failure, none.
    bool store(const QList<CallRecord> &calls, StoreCounts *counts, QString *error,
               Origin origin = Origin::Api);
    // Stores a sync window's calls and records its end-time range as completely synced, in one
    // transaction: progress never runs ahead of the calls it stands for.
    bool storeSynced(const QList<CallRecord> &calls, const TimeRange &range, StoreCounts *counts,
                     QString *error);
    // One transaction over several batches (an import): all of them stay, or none.
    bool beginWrite(QString *error);
    bool storeMore(const QList<CallRecord> &calls, Origin origin, StoreCounts *counts,
                   QString *error);
    bool storeMore(const QList<PreparedCall> &calls, Origin origin, StoreCounts *counts,
                   QString *error);
    bool commitWrite(QString *error);
    void abortWrite();

    // The end-time ranges known to be held completely, merged, oldest first.
    QList<TimeRange> syncedRanges() const;

    qint64 count() const;
    Summary summary() const;
    std::optional<CallRecord> call(const QUuid &callUuid) const;
    // Newest first (end time, then call_uuid, descending), as the API lists them.
    QList<CallRecord> newestFirst(qint64 offset, int limit) const;
    // Every call, newest first, handed to `visit` in batches; stops early when it returns false.
    bool forEachNewestFirst(const std::function<bool(const QList<CallRecord> &)> &visit,
                            QString *error) const;
    // Every call matching a WHERE clause, in the given order, in batches, as forEachNewestFirst.
    bool forEachSelected(const QString &where, const QVariantList &values, const QString &orderBy,
                         const std::function<bool(const QList<CallRecord> &)> &visit,
                         QString *error) const;
    // Where an account's archive lives unless a person chooses otherwise: one SQLite file per
    // account in Callscope's data folder (created, readable by its owner only).
    static QString defaultLocation(const QString &authId);

    QSqlDatabase database() const;

    // For ArchiveQuery: the id of an interned text, if any call uses it.
    std::optional<qint64> knownTextId(const QString &text) const;
    // Calls matching a WHERE clause (with ? placeholders for `values`) in the given order.
    std::optional<QList<CallRecord>> selectCalls(const QString &where, const QVariantList &values,
                                                 const QString &orderBy, qint64 offset, int limit,
                                                 QString *error) const;

private:
    CallArchive(const QString &connectionName, Engine engine);
    bool migrate(QString *error);
    bool storeInTransaction(const QList<PreparedCall> &calls, Origin origin, StoreCounts *counts,
                            QString *reason);
    bool addSyncedRange(const TimeRange &range, QString *reason);
    bool ensurePartition(qint64 endUs, QString *reason);
    std::optional<qint64> textId(const std::optional<QString> &text, QString *error);
    std::optional<qint64> shapeId(const QByteArray &keyOrder, QString *error);
    std::optional<QString> text(const QVariant &id) const;
    CallRecord recordFrom(const class QSqlQuery &row) const;
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error);
    // Starts and ends a write transaction; see beginTransaction() in the source.
    bool beginTransaction();
    void endTransaction(bool commit);
    bool streamsRows() const;

    QString m_connectionName;
    Engine m_engine;
    QString m_sqlitePath;
    QString m_location;
    QString m_lockConnectionName; // SQLite: the companion lock file's connection
    bool m_writerHeld = false;
    qint64 m_readCacheSize = -2000; // SQLite's page cache outside writes (see beginTransaction)
    // Interned text and key orders, both ways; filled as rows are read or written.
    QHash<QString, qint64> m_textIds;
    mutable QHash<qint64, QString> m_texts;
    QHash<QByteArray, qint64> m_shapeIds;
    mutable QHash<qint64, QList<QByteArray>> m_shapes;
    QSet<int> m_partitions; // PostgreSQL: months (year × 12 + month) known to have a partition
    struct Caches
    {
        QHash<QString, qint64> textIds;
        QHash<qint64, QString> texts;
        QHash<QByteArray, qint64> shapeIds;
        QHash<qint64, QList<QByteArray>> shapes;
        QSet<int> partitions;
    };
    Caches caches() const;
    void restore(const Caches &caches);
    std::optional<Caches> m_openWrite; // the caches as they were when beginWrite() ran
    // SQLite: what a write into an empty archive left for its end (see
    // deferUpkeepOfEmptyArchive), run before it commits.
    QStringList m_atCommit;
    bool deferUpkeepOfEmptyArchive(QString *error);
};

Q_DECLARE_METATYPE(CallArchive::Summary)
Q_DECLARE_METATYPE(CallArchive::TimeRange)
