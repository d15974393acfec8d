#pragma once

#include "plivo/callrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

// The calls of one account kept in a database of the user's own, past Plivo's 90 days. One row
// per call_uuid (storing a call again updates it, never duplicates it), typed columns for what
// filters and sorts use, and what it takes to give each call object back exactly as Plivo sent
// it: repeated text interned, the object's key order shared between calls, and the sent text only
// for calls their fields cannot rebuild.
//
// SQLite for now (the single-user default: WAL, file mode 0600); the schema is written to carry
// over to PostgreSQL for a team archive.
class CallArchive
{
    Q_DECLARE_TR_FUNCTIONS(CallArchive)

public:
    static constexpr int SchemaVersion = 1;

    struct StoreCounts
    {
        qint64 inserted = 0;
        qint64 updated = 0;
    };

    ~CallArchive();
    CallArchive(const CallArchive &) = delete;
    CallArchive &operator=(const CallArchive &) = delete;

    // Opens (creating if needed, readable by its owner only) and migrates a SQLite archive; on
    // failure nullptr and a sentence in *error.
    static std::unique_ptr<CallArchive> openSqlite(const QString &path, QString *error);

    int schemaVersion() const;
    QString journalMode() const;

    // Stores the calls in one transaction: all of them or, on failure, none.
    bool store(const QList<CallRecord> &calls, StoreCounts *counts, QString *error);

    qint64 count() const;
    std::optional<CallRecord> call(const QUuid &callUuid) const;
    // Newest first (end time, then call_uuid, descending), as the API lists them.
    QList<CallRecord> newestFirst(qint64 offset, int limit) const;

private:
    explicit CallArchive(const QString &connectionName);
    bool migrate(QString *error);
    std::optional<qint64> textId(const std::optional<QString> &text, QString *error);
    std::optional<qint64> shapeId(const QByteArray &sentJson, const CallRecord &stored,
                                  QString *error);
    std::optional<QString> text(const QVariant &id) const;
    CallRecord recordFrom(const class QSqlQuery &row) const;
    QSqlDatabase database() const;

    QString m_connectionName;
    // Interned text and key orders, both ways; filled as rows are read or written.
    QHash<QString, qint64> m_textIds;
    mutable QHash<qint64, QString> m_texts;
    QHash<QByteArray, qint64> m_shapeIds;
    mutable QHash<qint64, QList<QByteArray>> m_shapes;
};
