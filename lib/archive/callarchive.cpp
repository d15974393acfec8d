#include "callarchive.h"

#include "plivo/jsontext.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The charts' rollups: counts of calls by key, kept exact by triggers whatever writes the calls.
// call_rollup counts by day (UTC), direction, cause, source and billed-duration bucket; the
// totals and the duration, cause and source charts come from it. call_hours counts by hour,
// direction, cause and source, for the calls-over-time chart in buckets of hours. A missing
// value is keyed by a value no call has (time -1, code -1, text id 0): keys have no NULLs.
struct Rollup
{
    QString table;
    QString keys;
    QString counts;
    qint64 unitUs;
    bool full; // all of call_rollup's keys and counts, or call_hours' few

    // The key of one row of `calls` (`row`: new, old or an alias).
    QString keyOf(const QString &row) const
    {
        const QString key = u"CASE WHEN %1.end_us IS NULL THEN -1 ELSE %1.end_us - ((%1.end_us %3"
                            " %2) + %2) %3 %2 END, %1.direction, COALESCE(%1.hangup_cause_code, "
                            "-1), "_s.arg(row, QString::number(unitUs), u"%"_s);
        if (!full)
            return key + u"COALESCE(%1.hangup_source, 0)"_s.arg(row);
        return key
                + u"COALESCE(%1.hangup_cause_name, 0), COALESCE(%1.hangup_source, 0), %2"_s.arg(
                        row, CallArchive::durationBucketExpression(row + u".bill_duration"_s));
    }

    // One row's counts, negated for a sign of -1.
    QString countsOf(const QString &row, int sign) const
    {
        return full ? CallArchive::rollupCountsOf(row, sign) : sign < 0 ? u"-1"_s : u"1"_s;
    }

    QString create() const
    {
        QStringList columns;
        for (const QString &column : (keys + u", "_s + counts).split(u", "_s))
            columns.append(column + u" %INT% NOT NULL"_s);
        return u"CREATE TABLE %1 (%2, PRIMARY KEY (%3))%WITHOUT_ROWID%"_s.arg(
                table, columns.join(u", "_s), keys);
    }

    // Counts the calls an archive already holds.
    QString fill() const
    {
        QStringList groups;
        for (qsizetype i = 1; i <= keys.count(u',') + 1; ++i)
            groups.append(QString::number(i));
        const QString sums = full ? u"COUNT(*), COUNT(c.answer_us), COALESCE(SUM(c.bill_duration), "
                                    "0), COALESCE(SUM(c.billed_duration), 0), "
                                    "COALESCE(SUM(c.total_amount), 0), COUNT(c.total_amount)"_s
                                  : u"COUNT(*)"_s;
        return u"INSERT INTO %1 (%2, %3) SELECT %4, %5 FROM calls AS c GROUP BY %6"_s.arg(
                table, keys, counts, keyOf(u"c"_s), sums, groups.join(u", "_s));
    }

    // A statement that adds one row's counts, or takes them away and drops a key no call holds
    // any more.
    QString change(const QString &row, bool add) const
    {
        QStringList sums;
        for (const QString &count : counts.split(u", "_s))
            sums.append(u"%1 = %2.%1 + excluded.%1"_s.arg(count, table));
        QString change
                = u"INSERT INTO %1 (%2, %3) VALUES (%4, %5) ON CONFLICT (%2) DO UPDATE SET %6;"_s
                          .arg(table, keys, counts, keyOf(row), countsOf(row, add ? 1 : -1),
                               sums.join(u", "_s));
        if (!add)
            change += u" DELETE FROM %1 WHERE calls = 0 AND (%2) = (%3);"_s.arg(table, keys,
                                                                                keyOf(row));
        return change;
    }
};

const Rollup rollups[] = {
        {u"call_rollup"_s,
         u"day_us, direction, hangup_cause_code, hangup_cause_name, hangup_source, "
         "duration_bucket"_s,
         u"calls, answered, bill_seconds, billed_seconds, amount_units, amount_calls"_s,
         CallArchive::RollupDayUs, true},
        {u"call_hours"_s, u"hour_us, direction, hangup_cause_code, hangup_source"_s, u"calls"_s,
         CallArchive::RollupHourUs, false},
};

// Every rollup's change for one row, as a trigger's body.
QString rollupChanges(const QString &row, bool add)
{
    QStringList changes;
    for (const Rollup &rollup : rollups)
        changes.append(rollup.change(row, add));
    return changes.join(u' ');
}

// The columns whose change moves a call in a rollup.
const QString rollupSources = u"end_us, direction, hangup_cause_code, hangup_cause_name, "
                              "hangup_source, bill_duration, billed_duration, answer_us, "
                              "total_amount"_s;

QString rollupChanged()
{
    QStringList changed;
    for (const QString &column : rollupSources.split(u", "_s))
        changed.append(u"old.%1 IS NOT new.%1"_s.arg(column));
    return changed.join(u" OR "_s);
}

// The schema's steps, applied in order on open: step N takes an archive from version N - 1 to
// N. Written once for both engines; the placeholders stand for what the dialects spell apart.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{
            // 1: interned text, shared key orders, one row per call.
            {
                    u"CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                    u"CREATE TABLE texts (id %ID%, text TEXT NOT NULL UNIQUE)"_s,
                    u"CREATE TABLE shapes (id %ID%, keys %BYTES% NOT NULL UNIQUE)"_s,
                    u"CREATE TABLE calls ("
                    " %CALL_KEY%,"
                    " parent_call_uuid %BYTES%, conference_uuid %BYTES%, api_id TEXT,"
                    " direction %INT% NOT NULL, call_state %INT%,"
                    " from_number TEXT, to_number TEXT,"
                    " initiation_us %INT%, initiation_offset %INT%,"
                    " answer_us %INT%, answer_offset %INT%,"
                    " end_us %INT%, end_offset %INT%,"
                    " call_duration %INT% NOT NULL, bill_duration %INT% NOT NULL,"
                    " billed_duration %INT% NOT NULL,"
                    " total_amount %INT%, total_rate %INT%,"
                    " hangup_cause_code %INT%, hangup_cause_name %INT%, hangup_source %INT%,"
                    " resource_uri_prefix %INT%, resource_uri TEXT,"
                    " stir_verification %INT%, stir_attestation %INT%,"
                    " voice_network_group %INT%, source_ip %INT%, cnam_lookup %INT%,"
                    " unknown_fields TEXT, sent_shape %INT%, sent_json %BYTES%)"
                    "%PARTITIONED%"_s,
                    u"%UNDATED_PARTITION%"_s,
                    u"%UUID_INDEX%"_s,
                    // Newest first is how every list starts; B-legs are found by their A-leg.
                    u"CREATE INDEX calls_by_end ON calls (end_us DESC%NULLS_LAST%, call_uuid DESC)"_s,
                    u"CREATE INDEX calls_by_parent ON calls (parent_call_uuid)"
                    " WHERE parent_call_uuid IS NOT NULL"_s,
            },
            // 2: synced ranges, where each record came from, and the lookups support staff
            // start from (a customer's number, a cause).
            {
                    u"CREATE TABLE synced_ranges (from_us %INT% PRIMARY KEY, to_us %INT% NOT NULL)"_s,
                    u"ALTER TABLE calls ADD COLUMN origin %INT% NOT NULL DEFAULT 3"_s,
                    u"CREATE INDEX calls_by_from ON calls (from_number)"_s,
                    u"CREATE INDEX calls_by_to ON calls (to_number)"_s,
                    u"CREATE INDEX calls_by_cause ON calls (hangup_cause_code, end_us)"_s,
            },
            // 3: numbers found by any part, not only their start ("which calls had 4242 in
            // them?"), through a trigram index: SQLite's FTS5 trigram tokenizer, kept by
            // triggers; PostgreSQL's pg_trgm, whose index LIKE uses by itself.
            {
                    u"%SQLITE%CREATE VIRTUAL TABLE call_numbers USING fts5(from_number, to_number,"
                    " content='calls', content_rowid='id', tokenize='trigram')"_s,
                    u"%SQLITE%INSERT INTO call_numbers (call_numbers) VALUES ('rebuild')"_s,
                    u"%SQLITE%CREATE TRIGGER call_numbers_insert AFTER INSERT ON calls BEGIN"
                    " INSERT INTO call_numbers (rowid, from_number, to_number)"
                    " VALUES (new.id, new.from_number, new.to_number); END"_s,
                    u"%SQLITE%CREATE TRIGGER call_numbers_delete AFTER DELETE ON calls BEGIN"
                    " INSERT INTO call_numbers (call_numbers, rowid, from_number, to_number)"
                    " VALUES ('delete', old.id, old.from_number, old.to_number); END"_s,
                    // A re-synced call mostly keeps its numbers: only a change touches the index.
                    u"%SQLITE%CREATE TRIGGER call_numbers_update AFTER UPDATE OF from_number,"
                    " to_number ON calls WHEN old.from_number IS NOT new.from_number"
                    " OR old.to_number IS NOT new.to_number BEGIN"
                    " INSERT INTO call_numbers (call_numbers, rowid, from_number, to_number)"
                    " VALUES ('delete', old.id, old.from_number, old.to_number);"
                    " INSERT INTO call_numbers (rowid, from_number, to_number)"
                    " VALUES (new.id, new.from_number, new.to_number); END"_s,
                    u"%POSTGRESQL%CREATE EXTENSION IF NOT EXISTS pg_trgm"_s,
                    u"%POSTGRESQL%CREATE INDEX calls_by_from_part ON calls"
                    " USING gin (from_number gin_trgm_ops)"_s,
                    u"%POSTGRESQL%CREATE INDEX calls_by_to_part ON calls"
                    " USING gin (to_number gin_trgm_ops)"_s,
            },
            // 4: the charts' counts kept by day and by hour (see Rollup), so that charts and
            // counts over direction, causes, source and time need not read every call.
            {
                    rollups[0].create(),
                    rollups[0].fill(),
                    rollups[1].create(),
                    rollups[1].fill(),
                    u"%SQLITE%CREATE TRIGGER call_rollup_insert AFTER INSERT ON calls BEGIN "_s
                            + rollupChanges(u"new"_s, true) + u" END"_s,
                    u"%SQLITE%CREATE TRIGGER call_rollup_delete AFTER DELETE ON calls BEGIN "_s
                            + rollupChanges(u"old"_s, false) + u" END"_s,
                    u"%SQLITE%CREATE TRIGGER call_rollup_update AFTER UPDATE OF "_s + rollupSources
                            + u" ON calls WHEN "_s + rollupChanged() + u" BEGIN "_s
                            + rollupChanges(u"old"_s, false) + u" "_s
                            + rollupChanges(u"new"_s, true) + u" END"_s,
                    u"%POSTGRESQL%CREATE FUNCTION call_rollup_follow() RETURNS trigger"
                    " LANGUAGE plpgsql AS $$ BEGIN"
                    " IF TG_OP = 'UPDATE' THEN IF (%1) IS NOT DISTINCT FROM (%2) THEN"
                    " RETURN NULL; END IF; END IF;"
                    " IF TG_OP <> 'INSERT' THEN %3 END IF;"
                    " IF TG_OP <> 'DELETE' THEN %4 END IF;"
                    " RETURN NULL; END $$"_s.arg(
                            u"OLD."_s + QString(rollupSources).replace(u", "_s, u", OLD."_s),
                            u"NEW."_s + QString(rollupSources).replace(u", "_s, u", NEW."_s),
                            rollupChanges(u"OLD"_s, false), rollupChanges(u"NEW"_s, true)),
                    u"%POSTGRESQL%CREATE TRIGGER call_rollup_follow"
                    " AFTER INSERT OR UPDATE OR DELETE ON calls"
                    " FOR EACH ROW EXECUTE FUNCTION call_rollup_follow()"_s,
            },
            // 5: sorts by billed duration, amount and answer time, and counts of billed-duration
            // and amount ranges, read an index instead of every call. Ties go by row on SQLite,
            // whose index entries end in the row's id, and by uuid on PostgreSQL.
            {
                    u"CREATE INDEX calls_by_bill ON calls (bill_duration%TIE%)"_s,
                    u"CREATE INDEX calls_by_billed ON calls (billed_duration%TIE%)"_s,
                    u"CREATE INDEX calls_by_amount ON calls (total_amount%TIE%)"_s,
                    u"CREATE INDEX calls_by_answer ON calls (answer_us%TIE%)"_s,
            },
            // 6: SQLite's trigram index takes new calls a batch at a time, from the store (see
            // storeInTransaction): FTS5 writes its pending terms at the end of every statement,
            // so a trigger's insert per call wrote a segment per call.
            {
                    u"%SQLITE%DROP TRIGGER call_numbers_insert"_s,
            },
    };
    return steps;
}

QString dialect(QString statement, CallArchive::Engine engine)
{
    const bool sqlite = engine == CallArchive::Engine::Sqlite;
    // A statement only one engine has.
    if (statement.startsWith(u"%SQLITE%"))
        return sqlite ? statement.mid(8) : QString();
    if (statement.startsWith(u"%POSTGRESQL%"))
        return sqlite ? QString() : statement.mid(12);
    const std::pair<const char16_t *, QString> words[] = {
            {u"%ID%",
             sqlite ? u"INTEGER PRIMARY KEY"_s
                    : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s},
            {u"%INT%", sqlite ? u"INTEGER"_s : u"BIGINT"_s},
            {u"%BYTES%", sqlite ? u"BLOB"_s : u"BYTEA"_s},
            // A partitioned table's unique keys must contain the partition key, which a uuid
            // lookup does not know: there, the one writer at a time keeps call_uuid unique.
            {u"%CALL_KEY%",
             sqlite ? u"id INTEGER PRIMARY KEY, call_uuid BLOB NOT NULL UNIQUE"_s
                    : u"call_uuid BYTEA NOT NULL"_s},
            {u"%PARTITIONED%", sqlite ? QString() : u" PARTITION BY RANGE (end_us)"_s},
            {u"%UNDATED_PARTITION%",
             sqlite ? QString() : u"CREATE TABLE calls_undated PARTITION OF calls DEFAULT"_s},
            {u"%UUID_INDEX%",
             sqlite ? QString() : u"CREATE INDEX calls_by_uuid ON calls (call_uuid)"_s},
            {u"%NULLS_LAST%", sqlite ? QString() : u" NULLS LAST"_s},
            {u"%TIE%", sqlite ? QString() : u", call_uuid"_s},
            {u"%WITHOUT_ROWID%", sqlite ? u" WITHOUT ROWID"_s : QString()},
    };
    for (const auto &[word, spelling] : words)
        statement.replace(QString::fromUtf16(word), spelling);
    return statement;
}

// The columns written and read, in this order.
const QStringList columns{
        u"call_uuid"_s,
        u"parent_call_uuid"_s,
        u"conference_uuid"_s,
        u"api_id"_s,
        u"direction"_s,
        u"call_state"_s,
        u"from_number"_s,
        u"to_number"_s,
        u"initiation_us"_s,
        u"initiation_offset"_s,
        u"answer_us"_s,
        u"answer_offset"_s,
        u"end_us"_s,
        u"end_offset"_s,
        u"call_duration"_s,
        u"bill_duration"_s,
        u"billed_duration"_s,
        u"total_amount"_s,
        u"total_rate"_s,
        u"hangup_cause_code"_s,
        u"hangup_cause_name"_s,
        u"hangup_source"_s,
        u"resource_uri_prefix"_s,
        u"resource_uri"_s,
        u"stir_verification"_s,
        u"stir_attestation"_s,
        u"voice_network_group"_s,
        u"source_ip"_s,
        u"cnam_lookup"_s,
        u"unknown_fields"_s,
        u"sent_shape"_s,
        u"sent_json"_s,
};

// Calls looked up and inserted per statement when a batch is stored on PostgreSQL, where every
// statement is a round trip: well inside its limit of 65,535 bound values, at 38 per row.
// SQLite has no round trips to save, and its import measured slower with these sizes.
constexpr qsizetype PostgreSqlUuidsPerLookup = 500;
constexpr qsizetype PostgreSqlRowsPerInsert = 100;

QVariant null()
{
    return QVariant();
}

QVariant uuidValue(const std::optional<QUuid> &uuid)
{
    return uuid ? QVariant(uuid->toRfc4122()) : null();
}

std::optional<QUuid> uuidFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QUuid::fromRfc4122(value.toByteArray());
}

std::optional<ApiTime> timeFrom(const QVariant &microseconds, const QVariant &offset)
{
    if (microseconds.isNull())
        return std::nullopt;
    const qint64 us = microseconds.toLongLong();
    qint64 seconds = us / 1000000;
    qint64 rest = us % 1000000;
    if (rest < 0) {
        rest += 1000000;
        --seconds;
    }
    return ApiTime(seconds, offset.toInt(), int(rest));
}

// Unknown fields as a JSON array of [name, value] pairs, which keeps order and repeats.
QString encodeUnknown(const QList<std::pair<QString, QJsonValue>> &fields)
{
    QJsonArray array;
    for (const auto &[name, value] : fields)
        array.append(QJsonArray{name, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<std::pair<QString, QJsonValue>> decodeUnknown(const QString &text)
{
    QList<std::pair<QString, QJsonValue>> fields;
    for (const QJsonValue &pair : QJsonDocument::fromJson(text.toUtf8()).array())
        fields.append({pair.toArray().at(0).toString(), pair.toArray().at(1)});
    return fields;
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// The id of `value` in a table of unique values (texts, key orders), added if new.
std::optional<qint64> findOrInsert(const QSqlDatabase &db, const QString &table,
                                   const QString &column, const QVariant &value, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM "_s + table + u" WHERE "_s + column + u" = ?"_s);
    query.addBindValue(value);
    if (!query.exec()) {
        *error = sqlError(query);
        return std::nullopt;
    }
    if (query.next())
        return query.value(0).toLongLong();
    // RETURNING: both engines say the new id the same way.
    query.prepare(u"INSERT INTO "_s + table + u" ("_s + column + u") VALUES (?) RETURNING id"_s);
    query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        *error = sqlError(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

int monthKey(qint64 endUs)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(endUs / 1000, QTimeZone::utc()).date();
    return date.year() * 12 + date.month() - 1;
}

qint64 monthStartUs(int key)
{
    const QDate first(key / 12, key % 12 + 1, 1);
    return QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

// The advisory lock every Callscope writer of a PostgreSQL archive takes ("Call" in ASCII).
constexpr qint64 writerLockKey = 0x43616C6C;

} // namespace

CallArchive::CallArchive(const QString &connectionName, Engine engine)
    : m_connectionName(connectionName)
    , m_engine(engine)
{ }

CallArchive::~CallArchive()
{
    releaseWriter();
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CallArchive::streamsRows() const
{
    // Qt's PostgreSQL driver reads a forward-only result row by row from the connection; a text
    // looked up while reading would discard the rest. There a (bounded) result is read whole.
    return m_engine == Engine::Sqlite;
}

QSqlDatabase CallArchive::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {
QString newConnectionName(const char *kind)
{
    static QAtomicInteger<quint64> connections;
    return u"callscope-archive-"_s + QLatin1StringView(kind) + u'-'
            + QString::number(++connections);
}
} // namespace

QString CallArchive::rollupCountsOf(const QString &row, int sign)
{
    return u"%2 1, %2 CASE WHEN %1.answer_us IS NULL THEN 0 ELSE 1 END, %2 %1.bill_duration, "
           "%2 %1.billed_duration, %2 COALESCE(%1.total_amount, 0), "
           "%2 CASE WHEN %1.total_amount IS NULL THEN 0 ELSE 1 END"_s.arg(
                   row, sign < 0 ? u"-"_s : QString());
}

QString CallArchive::durationBucketExpression(const QString &seconds)
{
    return u"CASE WHEN %1 < 1 THEN 0 WHEN %1 < 10 THEN 1 WHEN %1 < 30 THEN 2 WHEN %1 < 60 THEN 3 "
           "WHEN %1 < 120 THEN 4 WHEN %1 < 300 THEN 5 WHEN %1 < 600 THEN 6 "
           "WHEN %1 < 1800 THEN 7 ELSE 8 END"_s.arg(seconds);
}

bool CallArchive::isPostgreSqlLocation(const QString &location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
            || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

QString CallArchive::displayLocation(const QString &location)
{
    if (!isPostgreSqlLocation(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

std::unique_ptr<CallArchive> CallArchive::open(const QString &location, QString *error)
{
    if (isPostgreSqlLocation(location)) {
        const QUrl url(location, QUrl::StrictMode);
        if (!url.isValid()) {
            *error = tr("%1 is not a PostgreSQL URL (postgresql://user@host:port/database).")
                             .arg(displayLocation(location));
            return nullptr;
        }
        return openPostgreSql(url, error);
    }
    return openSqlite(location, error);
}

std::unique_ptr<CallArchive> CallArchive::openSqlite(const QString &path, QString *error)
{
    const QString name = newConnectionName("sqlite");
    std::unique_ptr<CallArchive> archive(new CallArchive(name, Engine::Sqlite));
    archive->m_sqlitePath = path;
    archive->m_location = path;
    // The archive holds phone numbers: created readable by its owner only, before SQLite
    // writes anything (its journal files take the database file's mode).
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            *error = tr("The archive %1 could not be created: %2").arg(path, file.errorString());
            return nullptr;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isValid()) {
        *error = tr("SQLite is not available to Qt (the package libqt6sql6-sqlite is missing).");
        return nullptr;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = tr("The archive %1 could not be opened: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    QSqlQuery pragma(db);
    // WAL: readers never wait for a writer.
    if (!pragma.exec(u"PRAGMA journal_mode=WAL"_s) || !pragma.exec(u"PRAGMA foreign_keys=ON"_s)
        || !archive->migrate(error)) {
        if (error->isEmpty())
            *error = tr("The archive %1 could not be prepared: %2").arg(path, sqlError(pragma));
        return nullptr;
    }
    return archive;
}

std::unique_ptr<CallArchive> CallArchive::openPostgreSql(const QUrl &url, QString *error)
{
    const QString name = newConnectionName("postgresql");
    std::unique_ptr<CallArchive> archive(new CallArchive(name, Engine::PostgreSql));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid()) {
        *error = tr("PostgreSQL is not available to Qt (the package libqt6sql6-psql is "
                    "missing).");
        return nullptr;
    }
    // libpq's URL parts; a socket folder comes as ?host=/path, other parameters (sslmode, …)
    // pass through. Without a password in the URL, libpq looks in PGPASSWORD and ~/.pgpass.
    QUrlQuery query(url);
    QString host = url.host();
    if (query.hasQueryItem(u"host"_s)) {
        host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
        query.removeAllQueryItems(u"host"_s);
    }
    db.setHostName(host);
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setPassword(url.password(QUrl::FullyDecoded));
    db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
    QStringList options{u"connect_timeout=10"_s};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        options.append(key + u'=' + value);
    db.setConnectOptions(options.join(u';'));
    const QString shown = displayLocation(url.toString());
    archive->m_location = shown;
    if (!db.open()) {
        *error = tr("The archive %1 could not be opened: %2")
                         .arg(shown, db.lastError().text().trimmed());
        return nullptr;
    }
    QSqlQuery quiet(db);
    quiet.exec(u"SET client_min_messages = warning"_s);
    if (!archive->migrate(error)) {
        if (error->isEmpty())
            *error = tr("The archive %1 could not be prepared.").arg(shown);
        return nullptr;
    }
    return archive;
}

bool CallArchive::migrate(QString *error)
{
    QSqlDatabase db = database();
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        *error = tr("The archive was written by a newer Callscope (schema %1; this one knows up to "
                    "%2).")
                         .arg(version)
                         .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    const auto applySteps = [&](QString *reason) {
        QSqlQuery query(db);
        for (int step = version + 1; step <= SchemaVersion; ++step) {
            for (const QString &statement : migrationSteps().at(step - 1)) {
                const QString sql = dialect(statement, m_engine);
                if (!sql.isEmpty() && !query.exec(sql)) {
                    *reason = sqlError(query);
                    return false;
                }
            }
        }
        query.prepare(version == 0 ? u"INSERT INTO archive_meta (key, value) "
                                     "VALUES ('schema_version', ?)"_s
                                   : u"UPDATE archive_meta SET value = ? "
                                     "WHERE key = 'schema_version'"_s);
        query.addBindValue(QString::number(SchemaVersion));
        if (!query.exec()) {
            *reason = sqlError(query);
            return false;
        }
        return true;
    };
    QString reason;
    if (!inTransaction(applySteps, &reason)) {
        *error = tr("The archive's tables could not be brought to version %1: %2")
                         .arg(SchemaVersion)
                         .arg(reason);
        return false;
    }
    return true;
}

bool CallArchive::inTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    QSqlDatabase db = database();
    if (!beginTransaction()) {
        *error = db.lastError().text();
        return false;
    }
    QString reason;
    if (!work(&reason) || !db.commit()) {
        if (reason.isEmpty())
            reason = db.lastError().text();
        endTransaction(false);
        *error = reason;
        return false;
    }
    endTransaction(true);
    return true;
}

bool CallArchive::beginTransaction()
{
    // Every insert into calls runs the rollup triggers, so SQLite keeps a statement journal
    // for it; in a temporary file, that journal wrote a dozen pages per call. And each insert
    // walks ten indexes: with SQLite's 2 MB page cache their pages were read again and
    // again. Only writes get both: a read's sort over millions of calls must not fill memory.
    if (m_engine == Engine::Sqlite) {
        QSqlQuery pragma(database());
        if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next())
            m_readCacheSize = pragma.value(0).toLongLong();
        pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
        pragma.exec(u"PRAGMA cache_size = -65536"_s); // 64 MiB
    }
    return database().transaction();
}

void CallArchive::endTransaction(bool commit)
{
    if (!commit)
        database().rollback();
    if (m_engine == Engine::Sqlite) {
        QSqlQuery pragma(database());
        pragma.exec(u"PRAGMA temp_store = DEFAULT"_s);
        pragma.exec(u"PRAGMA cache_size = %1"_s.arg(m_readCacheSize));
    }
}

int CallArchive::schemaVersion() const
{
    QSqlDatabase db = database();
    // A fresh database has no meta table; asking the catalogue keeps PostgreSQL from
    // aborting a transaction over it.
    if (!db.tables().contains(u"archive_meta"_s))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM archive_meta WHERE key = 'schema_version'"_s)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString CallArchive::journalMode() const
{
    if (m_engine != Engine::Sqlite)
        return QString();
    QSqlQuery query(database());
    return query.exec(u"PRAGMA journal_mode"_s) && query.next() ? query.value(0).toString()
                                                                : QString();
}

bool CallArchive::acquireWriter(QString *error, bool *busyElsewhere)
{
    if (busyElsewhere)
        *busyElsewhere = false;
    if (m_writerHeld)
        return true;
    const QString busy = tr("Another sync or import is writing to this archive; try again when it "
                            "has finished.");
    if (m_engine == Engine::PostgreSql) {
        // Held by this session: released when the connection ends, however the process ends.
        QSqlQuery query(database());
        query.prepare(u"SELECT pg_try_advisory_lock(?)"_s);
        query.addBindValue(writerLockKey);
        if (!query.exec() || !query.next()) {
            *error = tr("The archive's writer lock could not be taken: %1").arg(sqlError(query));
            return false;
        }
        if (!query.value(0).toBool()) {
            *error = busy;
            if (busyElsewhere)
                *busyElsewhere = true;
            return false;
        }
        m_writerHeld = true;
        return true;
    }
    // SQLite: an exclusive transaction held open on a companion file. The archive itself stays
    // free for readers and for this writer's own commits; the operating system drops the lock
    // with the process.
    const QString lockPath = m_sqlitePath + u".writer"_s;
    if (!QFileInfo::exists(lockPath)) {
        QFile file(lockPath);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            *error = tr("The archive's writer lock %1 could not be created: %2")
                             .arg(lockPath, file.errorString());
            return false;
        }
    }
    m_lockConnectionName = newConnectionName("writer");
    {
        QSqlDatabase lock = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_lockConnectionName);
        lock.setDatabaseName(lockPath);
        lock.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QSqlQuery query(lock);
        if (lock.open() && query.exec(u"BEGIN EXCLUSIVE"_s)) {
            m_writerHeld = true;
            return true;
        }
        *error = lock.isOpen() ? busy
                               : tr("The archive's writer lock %1 could not be opened: %2")
                                         .arg(lockPath, lock.lastError().text());
        if (busyElsewhere)
            *busyElsewhere = lock.isOpen();
        lock.close();
    }
    QSqlDatabase::removeDatabase(m_lockConnectionName);
    m_lockConnectionName.clear();
    return false;
}

void CallArchive::releaseWriter()
{
    if (!m_writerHeld)
        return;
    m_writerHeld = false;
    if (m_engine == Engine::PostgreSql) {
        QSqlQuery query(database());
        query.prepare(u"SELECT pg_advisory_unlock(?)"_s);
        query.addBindValue(writerLockKey);
        query.exec();
        return;
    }
    {
        QSqlDatabase lock = QSqlDatabase::database(m_lockConnectionName, false);
        QSqlQuery(lock).exec(u"ROLLBACK"_s);
        lock.close();
    }
    QSqlDatabase::removeDatabase(m_lockConnectionName);
    m_lockConnectionName.clear();
}

std::optional<qint64> CallArchive::textId(const std::optional<QString> &text, QString *error)
{
    if (!text)
        return -1; // stored as NULL
    const auto known = m_textIds.constFind(*text);
    if (known != m_textIds.constEnd())
        return *known;
    const std::optional<qint64> id = findOrInsert(database(), u"texts"_s, u"text"_s, *text, error);
    if (!id)
        return std::nullopt;
    m_textIds.insert(*text, *id);
    m_texts.insert(*id, *text);
    return id;
}

std::optional<QString> CallArchive::text(const QVariant &id) const
{
    if (id.isNull())
        return std::nullopt;
    const qint64 key = id.toLongLong();
    const auto known = m_texts.constFind(key);
    if (known != m_texts.constEnd())
        return *known;
    QSqlQuery query(database());
    query.prepare(u"SELECT text FROM texts WHERE id = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString text = query.value(0).toString();
    m_texts.insert(key, text);
    return text;
}

CallArchive::PreparedCall CallArchive::prepare(CallRecord call)
{
    PreparedCall prepared;
    if (!call.unknownFields.isEmpty())
        prepared.unknownText = encodeUnknown(call.unknownFields);
    if (!call.sentJson.isEmpty()) {
        // The call as it will be read back (unknown fields through their stored text) must
        // rebuild the sent text exactly for the key order alone to be kept.
        CallRecord stored = call;
        stored.sentJson.clear();
        stored.unknownFields = decodeUnknown(prepared.unknownText);
        if (const auto members = JsonText::members(call.sentJson)) {
            QList<QByteArray> keys;
            keys.reserve(members->size());
            for (const JsonText::Member &member : *members)
                keys.append(member.key.toByteArray());
            if (stored.jsonWithKeys(keys) == call.sentJson)
                prepared.sentKeyOrder = keys.join('\n');
        }
    }
    prepared.call = std::move(call);
    return prepared;
}

QList<CallArchive::PreparedCall> CallArchive::prepareAll(const QList<CallRecord> &calls)
{
    QList<PreparedCall> prepared;
    prepared.reserve(calls.size());
    for (const CallRecord &call : calls)
        prepared.append(prepare(call));
    return prepared;
}

// The id of a sent object's key order; nullopt on a database error.
std::optional<qint64> CallArchive::shapeId(const QByteArray &keyOrder, QString *error)
{
    const auto known = m_shapeIds.constFind(keyOrder);
    if (known != m_shapeIds.constEnd())
        return *known;
    const std::optional<qint64> id
            = findOrInsert(database(), u"shapes"_s, u"keys"_s, keyOrder, error);
    if (!id)
        return std::nullopt;
    m_shapeIds.insert(keyOrder, *id);
    m_shapes.insert(*id, keyOrder.split('\n'));
    return id;
}

bool CallArchive::ensurePartition(qint64 endUs, QString *reason)
{
    const int key = monthKey(endUs);
    if (m_engine != Engine::PostgreSql || m_partitions.contains(key))
        return true;
    const QString name = u"calls_%1_%2"_s.arg(key / 12).arg(key % 12 + 1, 2, 10, QChar(u'0'));
    QSqlQuery query(database());
    if (!query.exec(
                u"CREATE TABLE IF NOT EXISTS %1 PARTITION OF calls FOR VALUES FROM (%2) TO (%3)"_s
                        .arg(name)
                        .arg(monthStartUs(key))
                        .arg(monthStartUs(key + 1)))) {
        *reason = sqlError(query);
        return false;
    }
    m_partitions.insert(key);
    return true;
}

bool CallArchive::store(const QList<CallRecord> &calls, StoreCounts *counts, QString *error,
                        Origin origin)
{
    StoreCounts done;
    QString reason;
    const QList<PreparedCall> prepared = prepareAll(calls);
    if (!inTransaction(
                [&](QString *why) { return storeInTransaction(prepared, origin, &done, why); },
                &reason)) {
        *error = tr("The calls could not be stored in the archive: %1").arg(reason);
        return false;
    }
    if (counts)
        *counts = done;
    return true;
}

bool CallArchive::storeSynced(const QList<CallRecord> &calls, const TimeRange &range,
                              StoreCounts *counts, QString *error)
{
    StoreCounts done;
    QString reason;
    const QList<PreparedCall> prepared = prepareAll(calls);
    if (!inTransaction(
                [&](QString *why) {
                    return storeInTransaction(prepared, Origin::Api, &done, why)
                            && addSyncedRange(range, why);
                },
                &reason)) {
        *error = tr("The calls could not be stored in the archive: %1").arg(reason);
        return false;
    }
    if (counts)
        *counts = done;
    return true;
}

bool CallArchive::storeInTransaction(const QList<PreparedCall> &calls, Origin origin,
                                     StoreCounts *done, QString *reason)
{
    QSqlDatabase db = database();
    // Ids handed out inside a transaction that fails are given out again after it, perhaps
    // to other values: forget them both ways. Partitions made in it are gone with it.
    const Caches before = caches();
    const auto fail = [&](const QString &why) {
        restore(before);
        *reason = why;
        return false;
    };

    QStringList placeholders;
    QStringList assignments;
    for (const QString &column : columns) {
        placeholders.append(u"?"_s);
        assignments.append(column + u" = ?"_s);
    }
    // SQLite's trigram index takes the new calls in one statement after them (see schema
    // step 6): those with ids past the last indexed one.
    const bool sqlite = m_engine == Engine::Sqlite;
    qint64 indexedUpTo = 0;
    bool inserted = false;
    QSqlQuery numbers(db);
    const auto lastId = [&] {
        return numbers.exec(u"SELECT COALESCE(MAX(id), 0) FROM calls"_s) && numbers.next()
                ? std::optional<qint64>(numbers.value(0).toLongLong())
                : std::nullopt;
    };
    const auto indexNewNumbers = [&] {
        numbers.prepare(u"INSERT INTO call_numbers (rowid, from_number, to_number)"
                        " SELECT id, from_number, to_number FROM calls WHERE id > ?"_s);
        numbers.addBindValue(indexedUpTo);
        if (!numbers.exec())
            return false;
        const std::optional<qint64> last = lastId();
        indexedUpTo = last.value_or(indexedUpTo);
        return last.has_value();
    };
    if (sqlite) {
        const std::optional<qint64> last = lastId();
        if (!last)
            return fail(sqlError(numbers));
        indexedUpTo = *last;
    }

    // What the archive already holds of this batch's calls.
    const qsizetype uuidsPerLookup = sqlite ? 1 : PostgreSqlUuidsPerLookup;
    const qsizetype rowsPerInsert = sqlite ? 1 : PostgreSqlRowsPerInsert;
    struct Held
    {
        int origin = 0;
        qsizetype newAs = -1; // a call new in this batch: its place among the batch's new calls
    };
    QHash<QByteArray, Held> held;
    {
        QList<QByteArray> uuids;
        uuids.reserve(calls.size());
        for (const PreparedCall &prepared : calls)
            uuids.append(prepared.call.callUuid.toRfc4122());
        QSqlQuery lookup(db);
        qsizetype preparedCount = 0;
        for (qsizetype first = 0; first < uuids.size(); first += uuidsPerLookup) {
            const qsizetype count = qMin<qsizetype>(uuidsPerLookup, uuids.size() - first);
            if (count != preparedCount) {
                preparedCount = count;
                lookup.prepare(u"SELECT call_uuid, origin FROM calls WHERE call_uuid IN (%1)"_s.arg(
                        QStringList(count, u"?"_s).join(u", ")));
            }
            for (qsizetype i = first; i < first + count; ++i)
                lookup.addBindValue(uuids.at(i));
            if (!lookup.exec())
                return fail(sqlError(lookup));
            while (lookup.next())
                held.insert(lookup.value(0).toByteArray(), {lookup.value(1).toInt()});
        }
    }

    // New calls, written some rows to a statement.
    const QString insertColumns
            = u"INSERT INTO calls ("_s + columns.join(u", ") + u", origin) VALUES "_s;
    const QString oneRow = u"("_s + placeholders.join(u", ") + u", ?)"_s;
    QSqlQuery insert(db);
    qsizetype preparedRows = 0;
    QVariantList pendingValues;
    qsizetype newCalls = 0; // calls new in this batch so far
    qsizetype newWritten = 0; // how many of them are written
    qsizetype newIndexed = 0; // SQLite: how many of them are in the trigram index
    const auto flushInserts = [&] {
        const qsizetype rows = newCalls - newWritten;
        if (rows == 0)
            return true;
        if (preparedRows != rows) {
            preparedRows = rows;
            insert.prepare(insertColumns + QStringList(rows, oneRow).join(u", "));
        }
        for (const QVariant &value : std::as_const(pendingValues))
            insert.addBindValue(value);
        pendingValues.clear();
        newWritten = newCalls;
        return insert.exec();
    };
    QSqlQuery update(db);
    update.prepare(u"UPDATE calls SET "_s + assignments.join(u", ")
                   + u", origin = ? WHERE call_uuid = ?"_s);
    QString why;
    for (const PreparedCall &prepared : calls) {
        const CallRecord &call = prepared.call;
        const QByteArray uuid = call.callUuid.toRfc4122();
        const auto found = held.constFind(uuid);
        const bool known = found != held.constEnd();
        if (known && found->origin > int(origin)) {
            ++done->keptRicher;
            continue;
        }
        // A call new in this batch is written before its update, and on SQLite indexed before
        // the update's trigger takes its old numbers out of the index.
        if (known && found->newAs >= newWritten && !flushInserts())
            return fail(sqlError(insert));
        if (sqlite && known && found->newAs >= newIndexed) {
            if (!indexNewNumbers())
                return fail(sqlError(numbers));
            newIndexed = newCalls;
        }

        const QString &unknown = prepared.unknownText;

        QVariantList values;
        const auto addText = [&](const std::optional<QString> &text) {
            const std::optional<qint64> id = textId(text, &why);
            values.append(!id ? QVariant() : *id < 0 ? null() : QVariant(*id));
            return id.has_value();
        };
        const auto addTime = [&](const std::optional<ApiTime> &time) {
            values.append(time ? QVariant(time->utcSeconds() * 1000000 + time->microseconds())
                               : null());
            values.append(time ? QVariant(time->offsetSeconds()) : null());
        };
        const auto addMoney = [&](const std::optional<Money> &money) {
            values.append(money ? QVariant(money->units()) : null());
        };
        values << call.callUuid.toRfc4122() << uuidValue(call.parentCallUuid)
               << uuidValue(call.conferenceUuid) << (call.apiId ? QVariant(*call.apiId) : null())
               << int(call.direction);
        bool ok = addText(call.callState);
        values << (call.fromNumber ? QVariant(*call.fromNumber) : null())
               << (call.toNumber ? QVariant(*call.toNumber) : null());
        addTime(call.initiationTime);
        addTime(call.answerTime);
        addTime(call.endTime);
        values << call.callDuration << call.billDuration << call.billedDuration;
        addMoney(call.totalAmount);
        addMoney(call.totalRate);
        values << (call.hangupCauseCode ? QVariant(*call.hangupCauseCode) : null());
        ok = ok && addText(call.hangupCauseName) && addText(call.hangupSource);
        // The resource URI is the account's call path plus the uuid: the path is shared.
        const QString uuidPart = CallFields::uuidText(call.callUuid) + u'/';
        if (call.resourceUri && call.resourceUri->endsWith(uuidPart)) {
            ok = ok && addText(call.resourceUri->chopped(uuidPart.size()));
            values << null();
        } else {
            values << null() << (call.resourceUri ? QVariant(*call.resourceUri) : null());
        }
        ok = ok && addText(call.stirVerification) && addText(call.stirAttestation)
                && addText(call.voiceNetworkGroup) && addText(call.sourceIp)
                && addText(call.cnamLookup);
        values << (unknown.isEmpty() ? null() : QVariant(unknown));
        if (!ok)
            return fail(why);
        const std::optional<qint64> shape = prepared.sentKeyOrder.isEmpty()
                ? std::optional<qint64>(-1)
                : shapeId(prepared.sentKeyOrder, &why);
        if (!shape)
            return fail(why);
        values << (*shape < 0 ? null() : QVariant(*shape))
               << (*shape < 0 && !call.sentJson.isEmpty() ? QVariant(call.sentJson) : null());
        values << int(origin);
        if (call.endTime
            && !ensurePartition(call.endTime->utcSeconds() * 1000000 + call.endTime->microseconds(),
                                &why))
            return fail(why);

        if (known) {
            for (const QVariant &value : std::as_const(values))
                update.addBindValue(value);
            update.addBindValue(uuid);
            if (!update.exec())
                return fail(sqlError(update));
            ++done->updated;
            continue;
        }
        pendingValues += values;
        held.insert(uuid, {int(origin), newCalls++});
        ++done->inserted;
        inserted = true;
        if (newCalls - newWritten == rowsPerInsert && !flushInserts())
            return fail(sqlError(insert));
    }
    if (!flushInserts())
        return fail(sqlError(insert));
    if (sqlite && inserted && !indexNewNumbers())
        return fail(sqlError(numbers));
    return true;
}

CallArchive::Caches CallArchive::caches() const
{
    return {m_textIds, m_texts, m_shapeIds, m_shapes, m_partitions};
}

void CallArchive::restore(const Caches &caches)
{
    m_textIds = caches.textIds;
    m_texts = caches.texts;
    m_shapeIds = caches.shapeIds;
    m_shapes = caches.shapes;
    m_partitions = caches.partitions;
}

bool CallArchive::beginWrite(QString *error)
{
    if (!beginTransaction()) {
        *error = tr("The archive could not start a transaction: %1")
                         .arg(database().lastError().text());
        return false;
    }
    m_openWrite = caches();
    m_atCommit.clear();
    if (m_engine == Engine::Sqlite && !deferUpkeepOfEmptyArchive(error)) {
        abortWrite();
        return false;
    }
    return true;
}

bool CallArchive::deferUpkeepOfEmptyArchive(QString *error)
{
    // Into an empty archive every call is new: its indexes are built once at the end from
    // sorted keys, and the chart rollups counted once from the calls, instead of both growing
    // call by call. The uuid's own index stays, for finding a call stored twice. All of it is
    // dropped inside the transaction, so a rollback brings it back.
    const auto failed = [&](const QSqlQuery &query) {
        *error = tr("The archive could not prepare the import: %1").arg(sqlError(query));
        return false;
    };
    QSqlQuery query(database());
    if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM calls)"_s) || !query.next())
        return failed(query);
    if (query.value(0).toBool())
        return true;
    if (!query.exec(u"SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'calls'"
                    " AND ((type = 'index' AND sql IS NOT NULL)"
                    " OR (type = 'trigger' AND name LIKE 'call_rollup_%'))"_s))
        return failed(query);
    QStringList drops;
    QStringList creates;
    while (query.next()) {
        drops.append(u"DROP %1 \"%2\""_s.arg(query.value(0).toString().toUpper(),
                                             query.value(1).toString()));
        creates.append(query.value(2).toString());
    }
    for (const QString &drop : std::as_const(drops)) {
        if (!query.exec(drop))
            return failed(query);
    }
    for (const Rollup &rollup : rollups)
        m_atCommit << u"DELETE FROM "_s + rollup.table << rollup.fill();
    m_atCommit += creates;
    return true;
}

bool CallArchive::storeMore(const QList<CallRecord> &calls, Origin origin, StoreCounts *counts,
                            QString *error)
{
    return storeMore(prepareAll(calls), origin, counts, error);
}

bool CallArchive::storeMore(const QList<PreparedCall> &calls, Origin origin, StoreCounts *counts,
                            QString *error)
{
    QString reason;
    if (!storeInTransaction(calls, origin, counts, &reason)) {
        *error = tr("The calls could not be stored in the archive: %1").arg(reason);
        return false;
    }
    return true;
}

bool CallArchive::commitWrite(QString *error)
{
    QSqlQuery upkeep(database());
    for (const QString &sql : std::as_const(m_atCommit)) {
        if (!upkeep.exec(sql)) {
            *error = tr("The calls could not be stored in the archive: %1").arg(sqlError(upkeep));
            abortWrite();
            return false;
        }
    }
    m_atCommit.clear();
    if (!database().commit()) {
        *error = tr("The calls could not be stored in the archive: %1")
                         .arg(database().lastError().text());
        abortWrite();
        return false;
    }
    endTransaction(true);
    m_openWrite.reset();
    return true;
}

void CallArchive::abortWrite()
{
    endTransaction(false);
    m_atCommit.clear();
    if (m_openWrite)
        restore(*m_openWrite);
    m_openWrite.reset();
}

bool CallArchive::addSyncedRange(const TimeRange &range, QString *reason)
{
    if (range.toUs <= range.fromUs)
        return true;
    // Merged with every range it touches or overlaps, so the table stays a list of disjoint
    // ranges however the windows arrive.
    QSqlQuery query(database());
    query.prepare(u"SELECT from_us, to_us FROM synced_ranges WHERE to_us >= ? AND from_us <= ?"_s);
    query.addBindValue(range.fromUs);
    query.addBindValue(range.toUs);
    if (!query.exec()) {
        *reason = sqlError(query);
        return false;
    }
    TimeRange merged = range;
    while (query.next()) {
        merged.fromUs = qMin(merged.fromUs, query.value(0).toLongLong());
        merged.toUs = qMax(merged.toUs, query.value(1).toLongLong());
    }
    query.finish();
    QSqlQuery change(database());
    change.prepare(u"DELETE FROM synced_ranges WHERE to_us >= ? AND from_us <= ?"_s);
    change.addBindValue(range.fromUs);
    change.addBindValue(range.toUs);
    if (!change.exec()) {
        *reason = sqlError(change);
        return false;
    }
    change.prepare(u"INSERT INTO synced_ranges (from_us, to_us) VALUES (?, ?)"_s);
    change.addBindValue(merged.fromUs);
    change.addBindValue(merged.toUs);
    if (!change.exec()) {
        *reason = sqlError(change);
        return false;
    }
    return true;
}

QList<CallArchive::TimeRange> CallArchive::syncedRanges() const
{
    QList<TimeRange> ranges;
    QSqlQuery query(database());
    if (!query.exec(u"SELECT from_us, to_us FROM synced_ranges ORDER BY from_us"_s))
        return ranges;
    while (query.next())
        ranges.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return ranges;
}

qint64 CallArchive::count() const
{
    QSqlQuery query(database());
    return query.exec(u"SELECT COUNT(*) FROM calls"_s) && query.next() ? query.value(0).toLongLong()
                                                                       : 0;
}

CallArchive::Summary CallArchive::summary() const
{
    Summary summary;
    QSqlQuery query(database());
    if (query.exec(u"SELECT COUNT(*), MIN(end_us), MAX(end_us) FROM calls"_s) && query.next()) {
        summary.calls = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            summary.firstEndUs = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            summary.lastEndUs = query.value(2).toLongLong();
    }
    if (m_engine == Engine::PostgreSql) {
        if (query.exec(u"SELECT pg_database_size(current_database())"_s) && query.next())
            summary.bytesOnDisk = query.value(0).toLongLong();
    } else {
        summary.bytesOnDisk = 0;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            summary.bytesOnDisk += QFileInfo(m_sqlitePath + suffix).size();
    }
    return summary;
}
CallRecord CallArchive::recordFrom(const QSqlQuery &row) const
{
    int i = 0;
    const auto next = [&] {
        return row.value(i++);
    };
    CallRecord r;
    r.callUuid = QUuid::fromRfc4122(next().toByteArray());
    r.parentCallUuid = uuidFrom(next());
    r.conferenceUuid = uuidFrom(next());
    const QVariant apiId = next();
    if (!apiId.isNull())
        r.apiId = apiId.toString();
    r.direction = CallDirection(next().toInt());
    r.callState = text(next());
    const QVariant from = next();
    if (!from.isNull())
        r.fromNumber = from.toString();
    const QVariant to = next();
    if (!to.isNull())
        r.toNumber = to.toString();
    for (std::optional<ApiTime> *time : {&r.initiationTime, &r.answerTime, &r.endTime}) {
        const QVariant us = next();
        *time = timeFrom(us, next());
    }
    r.callDuration = next().toLongLong();
    r.billDuration = next().toLongLong();
    r.billedDuration = next().toLongLong();
    for (std::optional<Money> *money : {&r.totalAmount, &r.totalRate}) {
        const QVariant units = next();
        if (!units.isNull())
            *money = Money::fromUnits(units.toLongLong());
    }
    const QVariant code = next();
    if (!code.isNull())
        r.hangupCauseCode = code.toInt();
    r.hangupCauseName = text(next());
    r.hangupSource = text(next());
    const std::optional<QString> prefix = text(next());
    const QVariant uri = next();
    if (prefix)
        r.resourceUri = *prefix + CallFields::uuidText(r.callUuid) + u'/';
    else if (!uri.isNull())
        r.resourceUri = uri.toString();
    r.stirVerification = text(next());
    r.stirAttestation = text(next());
    r.voiceNetworkGroup = text(next());
    r.sourceIp = text(next());
    r.cnamLookup = text(next());
    const QVariant unknown = next();
    if (!unknown.isNull())
        r.unknownFields = decodeUnknown(unknown.toString());
    const QVariant shape = next();
    const QVariant sent = next();
    if (!shape.isNull()) {
        const qint64 id = shape.toLongLong();
        auto known = m_shapes.constFind(id);
        if (known == m_shapes.constEnd()) {
            QSqlQuery query(database());
            query.prepare(u"SELECT keys FROM shapes WHERE id = ?"_s);
            query.addBindValue(id);
            if (query.exec() && query.next())
                known = m_shapes.insert(id, query.value(0).toByteArray().split('\n'));
        }
        if (known != m_shapes.constEnd())
            r.sentJson = r.jsonWithKeys(*known);
    } else if (!sent.isNull()) {
        r.sentJson = sent.toByteArray();
    }
    return r;
}

std::optional<CallRecord> CallArchive::call(const QUuid &callUuid) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + columns.join(u", ") + u" FROM calls WHERE call_uuid = ?"_s);
    query.addBindValue(callUuid.toRfc4122());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

QList<CallRecord> CallArchive::newestFirst(qint64 offset, int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(streamsRows());
    query.prepare(u"SELECT "_s + columns.join(u", ")
                  + u" FROM calls ORDER BY end_us DESC%1, call_uuid DESC LIMIT ? OFFSET ?"_s.arg(
                          m_engine == Engine::PostgreSql ? u" NULLS LAST"_s : QString()));
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<CallRecord> calls;
    if (!query.exec())
        return calls;
    while (query.next())
        calls.append(recordFrom(query));
    return calls;
}

bool CallArchive::forEachNewestFirst(const std::function<bool(const QList<CallRecord> &)> &visit,
                                     QString *error) const
{
    return forEachSelected(QString(), {},
                           m_engine == Engine::PostgreSql
                                   ? u"end_us DESC NULLS LAST, call_uuid DESC"_s
                                   : u"end_us DESC, call_uuid DESC"_s,
                           visit, error);
}

bool CallArchive::forEachSelected(const QString &where, const QVariantList &values,
                                  const QString &orderBy,
                                  const std::function<bool(const QList<CallRecord> &)> &visit,
                                  QString *error) const
{
    constexpr int batch = 2000;
    const QString select = u"SELECT "_s + columns.join(u", ") + u" FROM calls"_s
            + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY "_s + orderBy;
    QSqlDatabase db = database();
    QList<CallRecord> calls;
    calls.reserve(batch);
    if (m_engine == Engine::Sqlite) {
        // SQLite steps through the result as it is read.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(select);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            *error = sqlError(query);
            return false;
        }
        while (query.next()) {
            calls.append(recordFrom(query));
            if (calls.size() == batch) {
                if (!visit(calls))
                    return true;
                calls.clear();
            }
        }
        if (!calls.isEmpty())
            visit(calls);
        return true;
    }
    // PostgreSQL hands Qt a whole result at once: a cursor keeps it to one batch.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto done = qScopeGuard([&db] { db.rollback(); });
    // DECLARE cannot be prepared: the values go in as literals the driver quotes.
    QString declared = select;
    qsizetype at = 0;
    for (const QVariant &value : values) {
        at = declared.indexOf(u'?', at);
        if (at < 0)
            break;
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        const QString literal = db.driver()->formatValue(field);
        declared.replace(at, 1, literal);
        at += literal.size();
    }
    QSqlQuery query(db);
    if (!query.exec(u"DECLARE archive_rows NO SCROLL CURSOR FOR "_s + declared)) {
        *error = sqlError(query);
        return false;
    }
    for (;;) {
        query.setForwardOnly(streamsRows());
        if (!query.exec(u"FETCH %1 FROM archive_rows"_s.arg(batch))) {
            *error = sqlError(query);
            return false;
        }
        calls.clear();
        while (query.next())
            calls.append(recordFrom(query));
        if (calls.isEmpty() || !visit(calls))
            return true;
    }
}

QString CallArchive::defaultLocation(const QString &authId)
{
    const QString folder
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/archives"_s;
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return folder + u'/' + authId + u".sqlite"_s;
}

std::optional<qint64> CallArchive::knownTextId(const QString &text) const
{
    const auto known = m_textIds.constFind(text);
    if (known != m_textIds.constEnd())
        return *known;
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM texts WHERE text = ?"_s);
    query.addBindValue(text);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<QList<CallRecord>> CallArchive::selectCalls(const QString &where,
                                                          const QVariantList &values,
                                                          const QString &orderBy, qint64 offset,
                                                          int limit, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(streamsRows());
    query.prepare(u"SELECT "_s + columns.join(u", ") + u" FROM calls"_s
                  + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY "_s + orderBy
                  + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        *error = sqlError(query);
        return std::nullopt;
    }
    QList<CallRecord> calls;
    while (query.next())
        calls.append(recordFrom(query));
    return calls;
}
