#include "archivequery.h"

#include "plivo/hangupcauses.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000000;

qint64 microseconds(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * 1000;
}

// The smallest text greater than every text that starts with `prefix`, for an index range.
QString afterPrefix(const QString &prefix)
{
    QString next = prefix;
    next.back() = QChar(next.back().unicode() + 1);
    return next;
}

// LIKE with the pattern's own wildcards escaped.
QString likeContains(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

// An FTS5 query for `text` anywhere in one column of the trigram index: a quoted string,
// its quotes doubled, so that no character of a number is read as query syntax.
QString trigramPhrase(const QString &column, const QString &text)
{
    return u"{%1} : \"%2\""_s.arg(column, QString(text).replace(u"\""_s, u"\"\""_s));
}

} // namespace

ArchiveQuery::ArchiveQuery(const CallArchive *archive, const ArchiveCriteria &criteria)
    : m_archive(archive)
    , m_criteria(criteria)
{
    const CallFilter &filter = criteria.filter;
    const auto add = [this](const QString &condition, const QVariantList &values = {}) {
        m_conditions.append(condition);
        m_values += values;
    };
    if (!filter.subaccount.isEmpty())
        m_problems.append(tr("The archive cannot filter by subaccount: Plivo's call objects do "
                             "not say which subaccount a call belongs to."));
    if (filter.callDirection == u"inbound")
        add(u"direction = ?"_s, {int(CallDirection::Inbound)});
    else if (filter.callDirection == u"outbound")
        add(u"direction = ?"_s, {int(CallDirection::Outbound)});

    // Numbers as the API matches them: a prefix, with or without the leading "+" on either side.
    const auto number = [&](const char16_t *column, const QString &given) {
        if (given.isEmpty())
            return;
        const QString col = QString::fromUtf16(column);
        QString bare = CallFilter::normalizeNumber(given);
        if (bare.startsWith(u'+'))
            bare.remove(0, 1);
        if (bare.isEmpty())
            return;
        if (criteria.numberMatch == ArchiveCriteria::NumberMatch::Contains) {
            // Three characters make a trigram, which the index can look up; fewer are scanned.
            if (bare.toUcs4().size() >= 3 && archive->engine() == CallArchive::Engine::Sqlite) {
                m_partConditions.append({m_conditions.size(), m_values.size(),
                                         col + u" LIKE ? ESCAPE '\\'"_s, likeContains(bare)});
                add(u"calls.id IN (SELECT rowid FROM call_numbers WHERE call_numbers MATCH ?)"_s,
                    {trigramPhrase(col, bare)});
                return;
            }
            add(col + u" LIKE ? ESCAPE '\\'"_s, {likeContains(bare)});
            return;
        }
        const QString plus = u'+' + bare;
        m_numberConditions.append(m_conditions.size());
        add(u"((%1 >= ? AND %1 < ?) OR (%1 >= ? AND %1 < ?))"_s.arg(col),
            {bare, afterPrefix(bare), plus, afterPrefix(plus)});
    };
    number(u"from_number", filter.fromNumber);
    number(u"to_number", filter.toNumber);

    if (!filter.parentCallUuid.isEmpty()) {
        const QUuid parent = QUuid::fromString(filter.parentCallUuid.trimmed());
        if (parent.isNull())
            m_matchesNothing = true;
        else
            add(u"parent_call_uuid = ?"_s, {parent.toRfc4122()});
    }
    const auto range = [&](const QString &column, const auto &bounds, auto value) {
        if (bounds.exact)
            add(column + u" = ?"_s, {value(*bounds.exact)});
        if (bounds.greaterThan)
            add(column + u" > ?"_s, {value(*bounds.greaterThan)});
        if (bounds.atLeast)
            add(column + u" >= ?"_s, {value(*bounds.atLeast)});
        if (bounds.lessThan)
            add(column + u" < ?"_s, {value(*bounds.lessThan)});
        if (bounds.atMost)
            add(column + u" <= ?"_s, {value(*bounds.atMost)});
    };
    range(u"bill_duration"_s, filter.billDuration, [](qint64 seconds) { return seconds; });
    range(u"end_us"_s, filter.endTime, [](const QDateTime &time) { return microseconds(time); });

    QList<int> causes = criteria.hangupCauseCodes;
    if (filter.hangupCauseCode)
        causes.append(*filter.hangupCauseCode);
    if (!causes.isEmpty()) {
        QStringList marks;
        QVariantList codes;
        for (const int code : std::as_const(causes)) {
            marks.append(u"?"_s);
            codes.append(code);
        }
        add(u"hangup_cause_code IN ("_s + marks.join(u", ") + u')', codes);
    }
    const auto interned = [&](const QString &column, const QString &text) {
        if (text.isEmpty())
            return;
        const std::optional<qint64> id = archive->knownTextId(text);
        if (!id)
            m_matchesNothing = true; // no call has ever had it
        else
            add(column + u" = ?"_s, {*id});
    };
    interned(u"hangup_source"_s, filter.hangupSource);
    interned(u"stir_verification"_s, filter.stirVerification);
    if (criteria.amountAtLeast)
        add(u"total_amount >= ?"_s, {criteria.amountAtLeast->units()});
    if (criteria.amountAtMost)
        add(u"total_amount <= ?"_s, {criteria.amountAtMost->units()});
    if (m_matchesNothing) {
        m_conditions = {u"1 = 0"_s};
        m_values.clear();
        m_numberConditions.clear();
        m_partConditions.clear();
    }
}

QString ArchiveQuery::where(bool broad) const
{
    if (!broad)
        return m_conditions.join(u" AND "_s);
    QStringList conditions = m_conditions;
    for (const qsizetype i : m_numberConditions) // SQLite uses no index for a term "+column"
        conditions[i].replace(QRegularExpression(u"\\b(from_number|to_number) "_s), u"+\\1 "_s);
    for (const PartCondition &part : m_partConditions)
        conditions[part.condition] = part.scan;
    return conditions.join(u" AND "_s);
}

QVariantList ArchiveQuery::values(bool broad) const
{
    QVariantList values = m_values;
    if (broad) {
        for (const PartCondition &part : m_partConditions)
            values[part.value] = part.scanValue;
    }
    return values;
}

bool ArchiveQuery::numbersAreBroad() const
{
    // Newest first by a number index means sorting every match; when there are many, the
    // end-time index finds the first rows sooner. A bounded count tells which: of the whole
    // filter for prefixes, of the trigram index alone for parts (the filter would gather
    // every match of the index before counting).
    constexpr int broad = 5000;
    if (m_archive->engine() != CallArchive::Engine::Sqlite)
        return false;
    const auto atLeastBroad = [&](const QString &sql, const QVariantList &bound) {
        QSqlQuery query(m_archive->database());
        query.prepare(u"SELECT COUNT(*) FROM (%1 LIMIT %2)"_s.arg(sql).arg(broad));
        for (const QVariant &value : bound)
            query.addBindValue(value);
        return query.exec() && query.next() && query.value(0).toInt() >= broad;
    };
    for (const PartCondition &part : m_partConditions) {
        if (atLeastBroad(u"SELECT 1 FROM call_numbers WHERE call_numbers MATCH ?"_s,
                         {m_values.at(part.value)}))
            return true;
    }
    return !m_numberConditions.isEmpty()
            && atLeastBroad(u"SELECT 1 FROM calls WHERE "_s + where(), m_values);
}

std::optional<qint64> ArchiveQuery::count(QString *error) const
{
    QSqlQuery query(m_archive->database());
    query.prepare(u"SELECT COUNT(*) FROM calls"_s
                  + (m_conditions.isEmpty() ? QString() : u" WHERE "_s + where()));
    for (const QVariant &value : m_values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QString ArchiveQuery::sortExpression(CallField field) const
{
    switch (field) {
    case CallField::CallUuid:
        return u"call_uuid"_s;
    case CallField::ParentCallUuid:
        return u"parent_call_uuid"_s;
    case CallField::ConferenceUuid:
        return u"conference_uuid"_s;
    case CallField::ApiId:
        return u"api_id"_s;
    case CallField::CallDirection:
        return u"direction"_s;
    case CallField::FromNumber:
        return u"from_number"_s;
    case CallField::ToNumber:
        return u"to_number"_s;
    case CallField::InitiationTime:
        return u"initiation_us"_s;
    case CallField::AnswerTime:
        return u"answer_us"_s;
    case CallField::EndTime:
        return u"end_us"_s;
    case CallField::CallDuration:
        return u"call_duration"_s;
    case CallField::BillDuration:
        return u"bill_duration"_s;
    case CallField::BilledDuration:
        return u"billed_duration"_s;
    case CallField::TotalAmount:
        return u"total_amount"_s;
    case CallField::TotalRate:
        return u"total_rate"_s;
    case CallField::HangupCauseCode:
        return u"hangup_cause_code"_s;
    case CallField::ResourceUri:
        return u"COALESCE(resource_uri, (SELECT text FROM texts WHERE id = "
               "calls.resource_uri_prefix))"_s;
    case CallField::CallState:
    case CallField::HangupCauseName:
    case CallField::HangupSource:
    case CallField::StirVerification:
    case CallField::StirAttestation:
    case CallField::VoiceNetworkGroup:
    case CallField::SourceIp:
    case CallField::CnamLookup:
        break;
    }
    static const QHash<CallField, QString> internedColumns{
            {CallField::CallState, u"call_state"_s},
            {CallField::HangupCauseName, u"hangup_cause_name"_s},
            {CallField::HangupSource, u"hangup_source"_s},
            {CallField::StirVerification, u"stir_verification"_s},
            {CallField::StirAttestation, u"stir_attestation"_s},
            {CallField::VoiceNetworkGroup, u"voice_network_group"_s},
            {CallField::SourceIp, u"source_ip"_s},
            {CallField::CnamLookup, u"cnam_lookup"_s},
    };
    return u"(SELECT text FROM texts WHERE id = calls.%1)"_s.arg(internedColumns.value(field));
}

QString ArchiveQuery::orderBy(CallField field, Qt::SortOrder order) const
{
    // Missing values last either way, as the table shows them; ties by uuid, so every position
    // names one call.
    const bool postgres = m_archive->engine() == CallArchive::Engine::PostgreSql;
    const QString direction = order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    const QString expression = sortExpression(field);
    if (postgres)
        return expression + direction + u" NULLS LAST, call_uuid"_s + direction;
    if (order == Qt::DescendingOrder)
        return expression + direction + u", call_uuid"_s + direction; // NULLs sort last
    return expression + u" IS NULL, "_s + expression + direction + u", call_uuid"_s + direction;
}

std::optional<QList<CallRecord>> ArchiveQuery::calls(CallField field, Qt::SortOrder order,
                                                     qint64 offset, int limit, QString *error) const
{
    const bool broad = field == CallField::EndTime && numbersAreBroad();
    return m_archive->selectCalls(where(broad), values(broad), orderBy(field, order), offset, limit,
                                  error);
}

bool ArchiveQuery::forEach(CallField field, Qt::SortOrder order,
                           const std::function<bool(const QList<CallRecord> &)> &visit,
                           QString *error) const
{
    const bool broad = field == CallField::EndTime && numbersAreBroad();
    return m_archive->forEachSelected(where(broad), values(broad), orderBy(field, order), visit,
                                      error);
}

std::optional<ArchiveQuery::Aggregates>
ArchiveQuery::aggregates(qint64 originSecond, qint64 widthSeconds, int buckets, qint64 firstSecond,
                         qint64 lastSecond, QString *error) const
{
    Aggregates out;
    out.timeCounts.assign(size_t(qMax(0, buckets)), {0, 0});
    const QString filtered = m_conditions.isEmpty() ? QString() : u" WHERE "_s + where();
    QSqlDatabase db = m_archive->database();
    const auto run = [&](const QString &sql, const QVariantList &leading,
                         const std::function<void(const QSqlQuery &)> &row) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : leading)
            query.addBindValue(value);
        for (const QVariant &value : m_values)
            query.addBindValue(value);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            row(query);
        return true;
    };

    // Totals.
    if (!run(u"SELECT COUNT(*), COUNT(answer_us), COALESCE(SUM(bill_duration), 0), "
             "COALESCE(SUM(billed_duration), 0), COALESCE(SUM(total_amount), 0), "
             "COUNT(total_amount) FROM calls"_s
                     + filtered,
             {}, [&](const QSqlQuery &q) {
                 out.calls = q.value(0).toLongLong();
                 out.answered = q.value(1).toLongLong();
                 out.billSeconds = q.value(2).toLongLong();
                 out.billedSeconds = q.value(3).toLongLong();
                 out.amount = Money::fromUnits(q.value(4).toLongLong());
                 out.callsWithAmount = q.value(5).toLongLong();
             }))
        return std::nullopt;

    // Billed durations, in CallStats' buckets.
    if (!run(u"SELECT CASE WHEN bill_duration < 1 THEN 0 WHEN bill_duration < 10 THEN 1 "
             "WHEN bill_duration < 30 THEN 2 WHEN bill_duration < 60 THEN 3 "
             "WHEN bill_duration < 120 THEN 4 WHEN bill_duration < 300 THEN 5 "
             "WHEN bill_duration < 600 THEN 6 WHEN bill_duration < 1800 THEN 7 ELSE 8 END AS b, "
             "COUNT(*) FROM calls"_s
                     + filtered + u" GROUP BY b"_s,
             {}, [&](const QSqlQuery &q) {
                 out.durations[size_t(q.value(0).toInt())] = q.value(1).toLongLong();
             }))
        return std::nullopt;

    // Causes, by code and the name Plivo gave.
    if (!run(u"SELECT hangup_cause_code, (SELECT text FROM texts WHERE id = c.hangup_cause_name), "
             "n FROM (SELECT hangup_cause_code, hangup_cause_name, COUNT(*) AS n FROM calls"_s
                     + filtered + u" GROUP BY hangup_cause_code, hangup_cause_name) AS c"_s,
             {}, [&](const QSqlQuery &q) {
                 Aggregates::Cause cause;
                 if (!q.value(0).isNull())
                     cause.code = q.value(0).toInt();
                 cause.name = q.value(1).toString();
                 cause.count = q.value(2).toLongLong();
                 out.causes.append(cause);
             }))
        return std::nullopt;

    if (!run(u"SELECT (SELECT text FROM texts WHERE id = s.hangup_source), n FROM "
             "(SELECT hangup_source, COUNT(*) AS n FROM calls"_s
                     + filtered + u" GROUP BY hangup_source) AS s"_s,
             {}, [&](const QSqlQuery &q) {
                 out.sources.append({q.value(0).toString(), q.value(1).toLongLong()});
             }))
        return std::nullopt;

    // Calls over time: by bucket and cause, classified here as CallStats does.
    qint64 bucketed = 0;
    const QString bucketOf = u"((end_us / 1000000 - ?) / ?)"_s;
    // With other conditions the chart's own time range must not steer SQLite to the end-time
    // index: "+end_us" leaves the choice to the conditions' indexes.
    const bool sqlite = m_archive->engine() == CallArchive::Engine::Sqlite;
    const QString endColumn = sqlite && !m_conditions.isEmpty() ? u"+end_us"_s : u"end_us"_s;
    QString timeWhere = u" WHERE %1 IS NOT NULL AND %1 >= ? AND %1 < ?"_s.arg(endColumn);
    if (!m_conditions.isEmpty())
        timeWhere += u" AND "_s + where();
    if (buckets > 0
        && !run(u"SELECT "_s + bucketOf + u" AS t, hangup_cause_code, COUNT(*) FROM calls"_s
                        + timeWhere + u" GROUP BY t, hangup_cause_code"_s,
                {originSecond, widthSeconds, firstSecond * Second, (lastSecond + 1) * Second},
                [&](const QSqlQuery &q) {
                    const qint64 index = q.value(0).toLongLong();
                    if (index < 0 || index >= buckets)
                        return;
                    const std::optional<int> code = q.value(1).isNull()
                            ? std::nullopt
                            : std::optional<int>(q.value(1).toInt());
                    const bool normal = code && HangupCauses::isNormalEnding(*code);
                    const qint64 n = q.value(2).toLongLong();
                    out.timeCounts[size_t(index)][normal ? 0 : 1] += n;
                    bucketed += n;
                }))
        return std::nullopt;
    out.outsideTimeBuckets = out.calls - bucketed;
    return out;
}
