#include "callarchive.h"

#include "plivo/jsontext.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Version 1: interned text, shared key orders, one row per call.
const char *const schemaV1[] = {
        "CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
        "CREATE TABLE shapes (id INTEGER PRIMARY KEY, keys BLOB NOT NULL UNIQUE)",
        "CREATE TABLE calls ("
        " id INTEGER PRIMARY KEY,"
        " call_uuid BLOB NOT NULL UNIQUE,"
        " parent_call_uuid BLOB, conference_uuid BLOB, api_id TEXT,"
        " direction INTEGER NOT NULL, call_state INTEGER,"
        " from_number TEXT, to_number TEXT,"
        " initiation_us INTEGER, initiation_offset INTEGER,"
        " answer_us INTEGER, answer_offset INTEGER,"
        " end_us INTEGER, end_offset INTEGER,"
        " call_duration INTEGER NOT NULL, bill_duration INTEGER NOT NULL,"
        " billed_duration INTEGER NOT NULL,"
        " total_amount INTEGER, total_rate INTEGER,"
        " hangup_cause_code INTEGER, hangup_cause_name INTEGER, hangup_source INTEGER,"
        " resource_uri_prefix INTEGER, resource_uri TEXT,"
        " stir_verification INTEGER, stir_attestation INTEGER, voice_network_group INTEGER,"
        " source_ip INTEGER, cnam_lookup INTEGER,"
        " unknown_fields TEXT, sent_shape INTEGER, sent_json BLOB)",
        // Newest first is how every list starts; B-legs are found by their A-leg.
        "CREATE INDEX calls_by_end ON calls (end_us DESC, call_uuid DESC)",
        "CREATE INDEX calls_by_parent ON calls (parent_call_uuid)"
        " WHERE parent_call_uuid IS NOT NULL",
};

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
    query.prepare(u"INSERT INTO "_s + table + u" ("_s + column + u") VALUES (?)"_s);
    query.addBindValue(value);
    if (!query.exec()) {
        *error = sqlError(query);
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace

CallArchive::CallArchive(const QString &connectionName)
    : m_connectionName(connectionName)
{ }

CallArchive::~CallArchive()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase CallArchive::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<CallArchive> CallArchive::openSqlite(const QString &path, QString *error)
{
    static QAtomicInteger<quint64> connections;
    const QString name = u"callscope-archive-"_s + QString::number(++connections);
    std::unique_ptr<CallArchive> archive(new CallArchive(name));
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
    db.transaction();
    QSqlQuery query(db);
    for (const char *statement : schemaV1) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = tr("The archive's tables could not be created: %1").arg(sqlError(query));
            db.rollback();
            return false;
        }
    }
    query.prepare(u"INSERT INTO archive_meta (key, value) VALUES ('schema_version', ?)"_s);
    query.addBindValue(QString::number(SchemaVersion));
    if (!query.exec() || !db.commit()) {
        *error = tr("The archive's version could not be written: %1").arg(sqlError(query));
        db.rollback();
        return false;
    }
    return true;
}

int CallArchive::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT value FROM archive_meta WHERE key = 'schema_version'"_s)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString CallArchive::journalMode() const
{
    QSqlQuery query(database());
    return query.exec(u"PRAGMA journal_mode"_s) && query.next() ? query.value(0).toString()
                                                                : QString();
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

// The key order of a sent object, if the stored fields rebuild the object from it exactly;
// -1 when they do not (the text is then kept whole), nullopt on a database error.
std::optional<qint64> CallArchive::shapeId(const QByteArray &sentJson, const CallRecord &stored,
                                           QString *error)
{
    const std::optional<QList<JsonText::Member>> members = JsonText::members(sentJson);
    if (!members)
        return -1;
    QList<QByteArray> keys;
    for (const JsonText::Member &member : *members)
        keys.append(member.key.toByteArray());
    if (stored.jsonWithKeys(keys) != sentJson)
        return -1;
    const QByteArray joined = keys.join('\n');
    const auto known = m_shapeIds.constFind(joined);
    if (known != m_shapeIds.constEnd())
        return *known;
    const std::optional<qint64> id
            = findOrInsert(database(), u"shapes"_s, u"keys"_s, joined, error);
    if (!id)
        return std::nullopt;
    m_shapeIds.insert(joined, *id);
    m_shapes.insert(*id, keys);
    return id;
}

bool CallArchive::store(const QList<CallRecord> &calls, StoreCounts *counts, QString *error)
{
    QSqlDatabase db = database();
    // Ids handed out inside a transaction that fails are given out again after it, perhaps
    // to other values: forget them both ways.
    const auto textIds = m_textIds;
    const auto texts = m_texts;
    const auto shapeIds = m_shapeIds;
    const auto shapes = m_shapes;
    const auto fail = [&](const QString &reason) {
        db.rollback();
        m_textIds = textIds;
        m_texts = texts;
        m_shapeIds = shapeIds;
        m_shapes = shapes;
        *error = tr("The calls could not be stored in the archive: %1").arg(reason);
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());

    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders.append(u"?"_s);
        if (column != u"call_uuid")
            updates.append(column + u" = excluded."_s + column);
    }
    QSqlQuery exists(db);
    exists.prepare(u"SELECT 1 FROM calls WHERE call_uuid = ?"_s);
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO calls ("_s + columns.join(u", ") + u") VALUES ("_s
                   + placeholders.join(u", ") + u") ON CONFLICT (call_uuid) DO UPDATE SET "_s
                   + updates.join(u", "));
    StoreCounts done;
    QString reason;
    for (const CallRecord &call : calls) {
        exists.addBindValue(call.callUuid.toRfc4122());
        if (!exists.exec())
            return fail(sqlError(exists));
        const bool known = exists.next();
        exists.finish();

        // The call as it will be read back: unknown fields go through their JSON text.
        CallRecord stored = call;
        stored.sentJson.clear();
        const QString unknown
                = call.unknownFields.isEmpty() ? QString() : encodeUnknown(call.unknownFields);
        stored.unknownFields = decodeUnknown(unknown);

        QVariantList values;
        const auto addText = [&](const std::optional<QString> &text) {
            const std::optional<qint64> id = textId(text, &reason);
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
            return fail(reason);
        const std::optional<qint64> shape = call.sentJson.isEmpty()
                ? std::optional<qint64>(-1)
                : shapeId(call.sentJson, stored, &reason);
        if (!shape)
            return fail(reason);
        values << (*shape < 0 ? null() : QVariant(*shape))
               << (*shape < 0 && !call.sentJson.isEmpty() ? QVariant(call.sentJson) : null());

        for (const QVariant &value : std::as_const(values))
            upsert.addBindValue(value);
        if (!upsert.exec())
            return fail(sqlError(upsert));
        ++(known ? done.updated : done.inserted);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    if (counts)
        *counts = done;
    return true;
}

qint64 CallArchive::count() const
{
    QSqlQuery query(database());
    return query.exec(u"SELECT COUNT(*) FROM calls"_s) && query.next() ? query.value(0).toLongLong()
                                                                       : 0;
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
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + columns.join(u", ")
                  + u" FROM calls ORDER BY end_us DESC, call_uuid DESC LIMIT ? OFFSET ?"_s);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<CallRecord> calls;
    if (!query.exec())
        return calls;
    while (query.next())
        calls.append(recordFrom(query));
    return calls;
}
