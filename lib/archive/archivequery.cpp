#include "archivequery.h"

#include "plivo/hangupcauses.h"

#include <QRegularExpression>
#include <QScopeGuard>
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
    // Conditions on what the chart rollup is keyed by, spelt alike for calls and call_rollup.
    const auto addKey = [&](const QString &condition, const QVariantList &values) {
        add(condition, values);
        m_keyConditions.append(condition);
        m_keyValues += values;
    };
    if (filter.callDirection == u"inbound")
        addKey(u"direction = ?"_s, {int(CallDirection::Inbound)});
    else if (filter.callDirection == u"outbound")
        addKey(u"direction = ?"_s, {int(CallDirection::Outbound)});

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
    const qsizetype beforeEnd = m_conditions.size();
    range(u"end_us"_s, filter.endTime, [](const QDateTime &time) { return microseconds(time); });
    const qsizetype endConditions = m_conditions.size() - beforeEnd;
    // The same bounds as one range [from, until), for splitting it into whole days.
    const auto narrow = [](std::optional<qint64> &bound, qint64 value, bool lower) {
        bound = !bound ? value : lower ? qMax(*bound, value) : qMin(*bound, value);
    };
    if (const auto &time = filter.endTime; time.exact) {
        narrow(m_endFrom, microseconds(*time.exact), true);
        narrow(m_endUntil, microseconds(*time.exact) + 1, false);
    }
    if (filter.endTime.greaterThan)
        narrow(m_endFrom, microseconds(*filter.endTime.greaterThan) + 1, true);
    if (filter.endTime.atLeast)
        narrow(m_endFrom, microseconds(*filter.endTime.atLeast), true);
    if (filter.endTime.lessThan)
        narrow(m_endUntil, microseconds(*filter.endTime.lessThan), false);
    if (filter.endTime.atMost)
        narrow(m_endUntil, microseconds(*filter.endTime.atMost) + 1, false);

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
        addKey(u"hangup_cause_code IN ("_s + marks.join(u", ") + u')', codes);
    }
    const auto interned = [&](const QString &column, const QString &text, bool key) {
        if (text.isEmpty())
            return;
        const std::optional<qint64> id = archive->knownTextId(text);
        if (!id)
            m_matchesNothing = true; // no call has ever had it
        else if (key)
            addKey(column + u" = ?"_s, {*id});
        else
            add(column + u" = ?"_s, {*id});
    };
    interned(u"hangup_source"_s, filter.hangupSource, true);
    interned(u"stir_verification"_s, filter.stirVerification, false);
    if (criteria.amountAtLeast)
        add(u"total_amount >= ?"_s, {criteria.amountAtLeast->units()});
    if (criteria.amountAtMost)
        add(u"total_amount <= ?"_s, {criteria.amountAtMost->units()});
    m_rolledUp = !m_matchesNothing && m_conditions.size() == m_keyConditions.size() + endConditions;
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
    if (m_rolledUp) {
        const RollupRows rows
                = rollupRows(Rows::Totals, m_endFrom, m_endUntil, CallArchive::RollupDayUs);
        query.prepare(u"SELECT COALESCE(SUM(calls), 0) FROM ("_s + rows.sql + u") AS r"_s);
        for (const QVariant &value : rows.values)
            query.addBindValue(value);
    } else {
        query.prepare(u"SELECT COUNT(*) FROM calls"_s
                      + (m_conditions.isEmpty() ? QString() : u" WHERE "_s + where()));
        for (const QVariant &value : m_values)
            query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

ArchiveQuery::RollupRows ArchiveQuery::rollupRows(Rows kind, std::optional<qint64> from,
                                                  std::optional<qint64> until, qint64 unitUs,
                                                  bool chartRange) const
{
    const auto floorUnit = [unitUs](qint64 us) {
        return us - ((us % unitUs) + unitUs) % unitUs;
    };
    QStringList rollup;
    QVariantList rollupValues;
    QStringList calls;
    QVariantList callValues;
    if (m_rolledUp && unitUs > 0) {
        rollup = m_keyConditions;
        rollupValues = m_keyValues;
        calls = m_keyConditions;
        callValues = m_keyValues;
        // Whole units from the rollup; the ragged ends of the range from the calls.
        const qint64 firstUnit
                = from ? floorUnit(*from) + (floorUnit(*from) < *from ? unitUs : 0) : 0;
        const qint64 endUnit = until ? floorUnit(*until) : 0;
        QStringList ends;
        if (from && until && firstUnit >= endUnit) {
            rollup = {u"1 = 0"_s};
            rollupValues.clear();
            ends.append(u"(end_us >= ? AND end_us < ?)"_s);
            callValues << *from << *until;
        } else {
            if (from || until) // calls without an end time are outside any range
                rollup.append(u"time_us <> -1"_s);
            if (from) {
                rollup.append(u"time_us >= ?"_s);
                rollupValues.append(firstUnit);
                if (*from < firstUnit) {
                    ends.append(u"(end_us >= ? AND end_us < ?)"_s);
                    callValues << *from << firstUnit;
                }
            }
            if (until) {
                rollup.append(u"time_us < ?"_s);
                rollupValues.append(endUnit);
                if (endUnit < *until) {
                    ends.append(u"(end_us >= ? AND end_us < ?)"_s);
                    callValues << endUnit << *until;
                }
            }
        }
        calls.append(ends.isEmpty() ? u"1 = 0"_s : u'(' + ends.join(u" OR "_s) + u')');
    } else {
        rollup = {u"1 = 0"_s};
        calls = m_conditions;
        callValues = m_values;
        // With other conditions a chart's own time range must not steer SQLite to the
        // end-time index: "+end_us" leaves the choice to the conditions' indexes.
        const QString end = chartRange && !m_conditions.isEmpty()
                        && m_archive->engine() == CallArchive::Engine::Sqlite
                ? u"+end_us"_s
                : u"end_us"_s;
        if (from && chartRange) { // a filter's own range is among its conditions
            calls.append(end + u" >= ?"_s);
            callValues.append(*from);
        }
        if (until && chartRange) {
            calls.append(end + u" < ?"_s);
            callValues.append(*until);
        }
    }
    // The time column is "time_us" in the rollup (a day or hour's start) and a call's exact end
    // time in the calls.
    const bool hours = unitUs == CallArchive::RollupHourUs;
    const QString rollupRows = kind == Rows::Totals
            ? u"SELECT day_us AS time_us, direction, hangup_cause_code, hangup_cause_name, "
              "hangup_source, duration_bucket, calls, answered, bill_seconds, billed_seconds, "
              "amount_units, amount_calls FROM call_rollup"_s
            : u"SELECT %1 AS time_us, direction, hangup_cause_code, hangup_source, calls FROM %2"_s
                      .arg(hours ? u"hour_us"_s : u"day_us"_s,
                           hours ? u"call_hours"_s : u"call_rollup"_s);
    const QString callRows = kind == Rows::Totals
            ? u"SELECT end_us, direction, COALESCE(hangup_cause_code, -1), "
              "COALESCE(hangup_cause_name, 0), COALESCE(hangup_source, 0), %1, %2 FROM calls"_s.arg(
                      CallArchive::durationBucketExpression(u"bill_duration"_s),
                      CallArchive::rollupCountsOf(u"calls"_s))
            : u"SELECT end_us, direction, COALESCE(hangup_cause_code, -1), "
              "COALESCE(hangup_source, 0), 1 FROM calls"_s;
    const auto whereOf = [](const QStringList &conditions) {
        return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
    };
    // The rollup's time is named in its own select: conditions on it go around that.
    return {u"SELECT * FROM ("_s + rollupRows + u") AS units"_s + whereOf(rollup) + u" UNION ALL "_s
                    + callRows + whereOf(calls),
            rollupValues + callValues};
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
    // names one call. Both engines read "NULLS LAST" along an index (SQLite since 3.30).
    const QString direction = order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    return sortExpression(field) + direction + u" NULLS LAST, call_uuid"_s + direction;
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
    QSqlDatabase db = m_archive->database();
    const auto run = [&](const QString &sql, const QVariantList &values,
                         const std::function<void(const QSqlQuery &)> &row) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            row(query);
        return true;
    };
    const auto code = [](const QVariant &value) {
        return value.toInt() < 0 ? std::nullopt : std::optional<int>(value.toInt());
    };
    // Both passes read one snapshot, so that a sync committing between them cannot make the
    // time chart count calls the totals do not.
    const bool snapshot = db.transaction();
    if (snapshot && m_archive->engine() == CallArchive::Engine::PostgreSql)
        QSqlQuery(db).exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s);
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            db.rollback();
    });

    // Totals, billed durations, causes and sources in one pass, by the rollup's keys.
    const RollupRows all
            = rollupRows(Rows::Totals, m_endFrom, m_endUntil, CallArchive::RollupDayUs);
    QMap<std::pair<int, QString>, qint64> causes;
    QMap<QString, qint64> sources;
    if (!run(u"SELECT duration_bucket, hangup_cause_code, "
             "(SELECT text FROM texts WHERE id = r.hangup_cause_name), "
             "(SELECT text FROM texts WHERE id = r.hangup_source), SUM(calls), SUM(answered), "
             "SUM(bill_seconds), SUM(billed_seconds), SUM(amount_units), SUM(amount_calls) "
             "FROM ("_s
                     + all.sql
                     + u") AS r GROUP BY duration_bucket, hangup_cause_code, hangup_cause_name, "
                       "hangup_source"_s,
             all.values, [&](const QSqlQuery &q) {
                 const qint64 n = q.value(4).toLongLong();
                 out.durations[size_t(q.value(0).toInt())] += n;
                 causes[{q.value(1).toInt(), q.value(2).toString()}] += n;
                 sources[q.value(3).toString()] += n;
                 out.calls += n;
                 out.answered += q.value(5).toLongLong();
                 out.billSeconds += q.value(6).toLongLong();
                 out.billedSeconds += q.value(7).toLongLong();
                 out.amount = Money::fromUnits(out.amount.units() + q.value(8).toLongLong());
                 out.callsWithAmount += q.value(9).toLongLong();
             }))
        return std::nullopt;
    for (auto cause = causes.cbegin(); cause != causes.cend(); ++cause)
        out.causes.append({code(cause.key().first), cause.key().second, cause.value()});
    for (auto source = sources.cbegin(); source != sources.cend(); ++source)
        out.sources.append({source.key(), source.value()});

    // Calls over time: by bucket and cause, classified here as CallStats does. Buckets of whole
    // days from a midnight (UTC) are counted by day, of whole hours by hour, others call by call.
    qint64 bucketed = 0;
    const auto within = [](std::optional<qint64> bound, qint64 chart, bool lower) {
        return !bound ? chart : lower ? qMax(*bound, chart) : qMin(*bound, chart);
    };
    const auto fits = [&](qint64 unitUs) {
        return originSecond * Second % unitUs == 0 && widthSeconds * Second % unitUs == 0;
    };
    const qint64 unitUs = fits(CallArchive::RollupDayUs) ? CallArchive::RollupDayUs
            : fits(CallArchive::RollupHourUs)            ? CallArchive::RollupHourUs
                                                         : 0;
    const RollupRows timed
            = rollupRows(Rows::OverTime, within(m_endFrom, firstSecond * Second, true),
                         within(m_endUntil, (lastSecond + 1) * Second, false), unitUs, true);
    if (buckets > 0
        && !run(u"SELECT (time_us / 1000000 - ?) / ? AS t, hangup_cause_code, SUM(calls) FROM ("_s
                        + timed.sql + u") AS r GROUP BY t, hangup_cause_code"_s,
                QVariantList{originSecond, widthSeconds} + timed.values, [&](const QSqlQuery &q) {
                    const qint64 index = q.value(0).toLongLong();
                    if (index < 0 || index >= buckets)
                        return;
                    const std::optional<int> cause = code(q.value(1));
                    const bool normal = cause && HangupCauses::isNormalEnding(*cause);
                    const qint64 n = q.value(2).toLongLong();
                    out.timeCounts[size_t(index)][normal ? 0 : 1] += n;
                    bucketed += n;
                }))
        return std::nullopt;
    out.outsideTimeBuckets = out.calls - bucketed;
    return out;
}
