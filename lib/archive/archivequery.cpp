#include "archivequery.h"

#include "models/callstats.h"
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
        const qsizetype before = m_conditions.size();
        const auto steering = qScopeGuard([&] {
            for (qsizetype i = before; column != u"end_us" && i < m_conditions.size(); ++i)
                m_rangeConditions.append(i);
        });
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
    const qsizetype beforeBill = m_conditions.size();
    range(u"bill_duration"_s, filter.billDuration, [](qint64 seconds) { return seconds; });
    const qsizetype billConditions = m_conditions.size() - beforeBill;
    m_billConditions = m_conditions.mid(beforeBill);
    m_billValues = m_values.mid(m_values.size() - billConditions);
    const qsizetype beforeEnd = m_conditions.size();
    range(u"end_us"_s, filter.endTime, [](const QDateTime &time) { return microseconds(time); });
    const qsizetype endConditions = m_conditions.size() - beforeEnd;
    // The same bounds as one range [from, until), for splitting it into whole days and whole
    // duration buckets.
    const auto narrow = [](std::optional<qint64> &bound, qint64 value, bool lower) {
        bound = !bound ? value : lower ? qMax(*bound, value) : qMin(*bound, value);
    };
    if (const auto &bill = filter.billDuration; bill.exact) {
        narrow(m_billFrom, *bill.exact, true);
        narrow(m_billUntil, *bill.exact + 1, false);
    }
    if (filter.billDuration.greaterThan)
        narrow(m_billFrom, *filter.billDuration.greaterThan + 1, true);
    if (filter.billDuration.atLeast)
        narrow(m_billFrom, *filter.billDuration.atLeast, true);
    if (filter.billDuration.lessThan)
        narrow(m_billUntil, *filter.billDuration.lessThan, false);
    if (filter.billDuration.atMost)
        narrow(m_billUntil, *filter.billDuration.atMost + 1, false);
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
    if (criteria.amountAtLeast) {
        m_rangeConditions.append(m_conditions.size());
        add(u"total_amount >= ?"_s, {criteria.amountAtLeast->units()});
    }
    if (criteria.amountAtMost) {
        m_rangeConditions.append(m_conditions.size());
        add(u"total_amount <= ?"_s, {criteria.amountAtMost->units()});
    }
    m_rolledUp = !m_matchesNothing
            && m_conditions.size() == m_keyConditions.size() + billConditions + endConditions;
    if (m_rolledUp && (m_billFrom || m_billUntil)) {
        m_durationSplit = splitDurations();
        // A range that cuts a duration bucket reads that bucket's calls in the range one by
        // one; when they are many, reading the matching calls themselves is quicker.
        constexpr int manyCutCalls = 20000;
        QStringList cuts;
        QVariantList cutValues;
        for (const auto &[cutFrom, cutUntil] : std::as_const(m_durationSplit.cuts)) {
            cuts.append(u"(bill_duration >= ? AND bill_duration < ?)"_s);
            cutValues << cutFrom.value_or(std::numeric_limits<qint64>::min())
                      << cutUntil.value_or(std::numeric_limits<qint64>::max());
        }
        m_rolledUp = cuts.isEmpty()
                || countUpTo(u"SELECT 1 FROM calls WHERE "_s + cuts.join(u" OR "_s), cutValues,
                             manyCutCalls)
                        < manyCutCalls;
    }
    if (m_matchesNothing) {
        m_conditions = {u"1 = 0"_s};
        m_values.clear();
        m_numberConditions.clear();
        m_rangeConditions.clear();
        m_partConditions.clear();
    }
}

QString ArchiveQuery::where(bool broad) const
{
    if (!broad)
        return m_conditions.join(u" AND "_s);
    QStringList conditions = unsteered(m_numberConditions + m_rangeConditions);
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

qint64 ArchiveQuery::countUpTo(const QString &select, const QVariantList &values,
                               qint64 limit) const
{
    QSqlQuery query(m_archive->database());
    query.prepare(u"SELECT COUNT(*) FROM (%1 LIMIT %2) AS bounded"_s.arg(select).arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool ArchiveQuery::rangesAreBroad() const
{
    // Reading calls through an index costs a lookup each; past about a twentieth of the table,
    // reading the table straight through is quicker (at ten million calls, a million lookups
    // took 9.1 s, reading every call 5.0 s).
    if (m_rangesBroad)
        return *m_rangesBroad;
    m_rangesBroad = false;
    if (m_rangeConditions.isEmpty() || m_archive->engine() != CallArchive::Engine::Sqlite)
        return false;
    QSqlQuery size(m_archive->database());
    const qint64 rows = size.exec(u"SELECT MAX(id) FROM calls"_s) && size.next()
            ? size.value(0).toLongLong()
            : 0;
    const qint64 broad = qMax<qint64>(5000, rows / 20);
    QStringList ranges;
    QVariantList rangeValues;
    qsizetype value = 0;
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        const qsizetype marks = m_conditions.at(i).count(u'?');
        if (m_rangeConditions.contains(i)) {
            ranges.append(m_conditions.at(i));
            rangeValues += m_values.mid(value, marks);
        }
        value += marks;
    }
    m_rangesBroad = countUpTo(u"SELECT 1 FROM calls WHERE "_s + ranges.join(u" AND "_s),
                              rangeValues, broad)
            >= broad;
    return *m_rangesBroad;
}

QStringList ArchiveQuery::unsteered(const QList<qsizetype> &which) const
{
    // SQLite uses no index for a term "+column".
    QStringList conditions = m_conditions;
    for (const qsizetype i : which)
        conditions[i].replace(QRegularExpression(u"\\b(from_number|to_number|bill_duration|"
                                                 "total_amount) "_s),
                              u"+\\1 "_s);
    return conditions;
}

bool ArchiveQuery::matchesAreBroad() const
{
    // Newest first by a number, duration or amount index means sorting every match; when
    // there are many, the end-time index finds the first rows sooner. A bounded count tells
    // which: of the whole filter for prefixes and ranges, of the trigram index alone for parts
    // (the filter would gather every match of the index before counting).
    constexpr int broad = 5000;
    if (m_archive->engine() != CallArchive::Engine::Sqlite)
        return false;
    const auto atLeastBroad = [&](const QString &sql, const QVariantList &bound) {
        return countUpTo(sql, bound, broad) >= broad;
    };
    for (const PartCondition &part : m_partConditions) {
        if (atLeastBroad(u"SELECT 1 FROM call_numbers WHERE call_numbers MATCH ?"_s,
                         {m_values.at(part.value)}))
            return true;
    }
    return (!m_numberConditions.isEmpty() || !m_rangeConditions.isEmpty())
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
    // call_hours has no duration buckets: with a billed-duration range, hours come from calls.
    const bool billed = m_billFrom || m_billUntil;
    const bool rolled
            = m_rolledUp && unitUs > 0 && !(billed && unitUs == CallArchive::RollupHourUs);
    QStringList rollup = {u"1 = 0"_s};
    QVariantList rollupValues;
    // What the rollup does not count, read from the calls as disjoint parts.
    struct Part
    {
        QStringList conditions;
        QVariantList values;
    };
    QList<Part> callParts;
    if (rolled) {
        rollup = m_keyConditions;
        rollupValues = m_keyValues;
        // The ragged ends are read along the end-time index, the cut buckets along the
        // duration index: "+column" keeps SQLite from choosing the other one (on PostgreSQL
        // it is a no-op).
        const bool sqlite = m_archive->engine() == CallArchive::Engine::Sqlite;
        const QString plus = sqlite ? u"+"_s : QString();
        QStringList billUnsteered;
        for (const QString &condition : m_billConditions)
            billUnsteered.append(plus + condition);
        const Part keyed{m_keyConditions + billUnsteered, m_keyValues + m_billValues};
        // Whole units from the rollup; the ragged ends of the range from the calls.
        const qint64 firstUnit
                = from ? floorUnit(*from) + (floorUnit(*from) < *from ? unitUs : 0) : 0;
        const qint64 endUnit = until ? floorUnit(*until) : 0;
        QStringList ends;
        QVariantList endValues;
        Part wholeUnits = {m_keyConditions, m_keyValues}; // the calls of the rollup's units
        const bool noWholeUnit = from && until && firstUnit >= endUnit;
        if (noWholeUnit) {
            rollup = {u"1 = 0"_s};
            rollupValues.clear();
            ends.append(u"(end_us >= ? AND end_us < ?)"_s);
            endValues << *from << *until;
        } else {
            if (from || until) // calls without an end time are outside any range
                rollup.append(u"time_us <> -1"_s);
            if (from) {
                rollup.append(u"time_us >= ?"_s);
                rollupValues.append(firstUnit);
                wholeUnits.conditions.append(plus + u"end_us >= ?"_s);
                wholeUnits.values.append(firstUnit);
                if (*from < firstUnit) {
                    ends.append(u"(end_us >= ? AND end_us < ?)"_s);
                    endValues << *from << firstUnit;
                }
            }
            if (until) {
                rollup.append(u"time_us < ?"_s);
                rollupValues.append(endUnit);
                wholeUnits.conditions.append(plus + u"end_us < ?"_s);
                wholeUnits.values.append(endUnit);
                if (endUnit < *until) {
                    ends.append(u"(end_us >= ? AND end_us < ?)"_s);
                    endValues << endUnit << *until;
                }
            }
        }
        if (!ends.isEmpty())
            callParts.append({keyed.conditions + QStringList{u'(' + ends.join(u" OR "_s) + u')'},
                              keyed.values + endValues});
        if (billed) {
            // Whole duration buckets from the rollup; the seconds of the range that only cut a
            // bucket from the calls of the whole units.
            const DurationSplit &split = m_durationSplit;
            if (split.wholeBuckets.first < split.wholeBuckets.second) {
                rollup.append(u"duration_bucket >= ? AND duration_bucket < ?"_s);
                rollupValues << split.wholeBuckets.first << split.wholeBuckets.second;
            } else {
                rollup = {u"1 = 0"_s};
                rollupValues.clear();
            }
            QStringList cuts;
            QVariantList cutValues;
            for (const auto &[cutFrom, cutUntil] : split.cuts) {
                QStringList bounds;
                if (cutFrom) {
                    bounds.append(u"bill_duration >= ?"_s);
                    cutValues.append(*cutFrom);
                }
                if (cutUntil) {
                    bounds.append(u"bill_duration < ?"_s);
                    cutValues.append(*cutUntil);
                }
                cuts.append(u'(' + bounds.join(u" AND "_s) + u')');
            }
            if (!cuts.isEmpty() && !noWholeUnit)
                callParts.append(
                        {wholeUnits.conditions + QStringList{u'(' + cuts.join(u" OR "_s) + u')'},
                         wholeUnits.values + cutValues});
        }
    } else {
        Part every{rangesAreBroad() ? unsteered(m_rangeConditions) : m_conditions, m_values};
        // With other conditions a chart's own time range must not steer SQLite to the
        // end-time index: "+end_us" leaves the choice to the conditions' indexes.
        const QString end = chartRange && !m_conditions.isEmpty()
                        && m_archive->engine() == CallArchive::Engine::Sqlite
                ? u"+end_us"_s
                : u"end_us"_s;
        if (from && chartRange) { // a filter's own range is among its conditions
            every.conditions.append(end + u" >= ?"_s);
            every.values.append(*from);
        }
        if (until && chartRange) {
            every.conditions.append(end + u" < ?"_s);
            every.values.append(*until);
        }
        callParts.append(every);
    }
    // The time column is "time_us" in the rollup (a day or hour's start) and a call's exact end
    // time in the calls.
    const bool hours = unitUs == CallArchive::RollupHourUs;
    const QString rollupRows = kind == Rows::Totals
            ? u"SELECT day_us AS time_us, direction, hangup_cause_code, hangup_cause_name, "
              "hangup_source, duration_bucket, calls, answered, bill_seconds, billed_seconds, "
              "amount_units, amount_calls FROM call_rollup"_s
            : hours ? u"SELECT hour_us AS time_us, direction, hangup_cause_code, hangup_source, "
                      "calls FROM call_hours"_s
                    : u"SELECT day_us AS time_us, direction, hangup_cause_code, hangup_source, "
                      "duration_bucket, calls FROM call_rollup"_s;
    // The rows' columns, alike in both halves of the union.
    const QString rollupColumns = kind == Rows::Totals
            ? u"*"_s
            : u"time_us, direction, hangup_cause_code, hangup_source, calls"_s;
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
    RollupRows rows{u"SELECT "_s + rollupColumns + u" FROM ("_s + rollupRows + u") AS units"_s
                            + whereOf(rollup),
                    rollupValues};
    for (const Part &part : std::as_const(callParts)) {
        rows.sql += u" UNION ALL "_s + callRows + whereOf(part.conditions);
        rows.values += part.values;
    }
    return rows;
}

ArchiveQuery::DurationSplit ArchiveQuery::splitDurations() const
{
    using Bucket = CallStats::DurationBucket;
    // The first bucket holds everything below 1 s: whole for a range from 0 unless a call was
    // stored with a negative duration.
    qint64 lowest = 0;
    if (m_billFrom && *m_billFrom <= 0) {
        QSqlQuery query(m_archive->database());
        if (query.exec(u"SELECT MIN(bill_duration) FROM calls"_s) && query.next()
            && !query.isNull(0))
            lowest = qMin<qint64>(0, query.value(0).toLongLong());
    }
    DurationSplit split{{0, 0}, {}};
    bool found = false;
    for (int bucket = 0; bucket < CallStats::DurationBucketCount; ++bucket) {
        const qint64 lower = bucket == 0 ? lowest : CallStats::durationLowerBound(Bucket(bucket));
        const std::optional<qint64> upper = CallStats::durationUpperBound(Bucket(bucket));
        const bool whole = (!m_billFrom || *m_billFrom <= lower)
                && (!m_billUntil || (upper && *upper <= *m_billUntil));
        if (!whole)
            continue;
        if (!found)
            split.wholeBuckets.first = bucket;
        split.wholeBuckets.second = bucket + 1;
        found = true;
    }
    if (!found) {
        split.cuts.append({m_billFrom, m_billUntil});
        return split;
    }
    const qint64 wholeFrom = split.wholeBuckets.first == 0
            ? std::numeric_limits<qint64>::min()
            : CallStats::durationLowerBound(Bucket(split.wholeBuckets.first));
    const std::optional<qint64> wholeUntil
            = CallStats::durationUpperBound(Bucket(split.wholeBuckets.second - 1));
    if (m_billFrom && *m_billFrom < wholeFrom)
        split.cuts.append({m_billFrom, wholeFrom});
    if (wholeUntil && (!m_billUntil || *wholeUntil < *m_billUntil))
        split.cuts.append({*wholeUntil, m_billUntil});
    return split;
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
    // Missing values last either way, as the table shows them; ties in a fixed order, so every
    // position names one call: by uuid where the index holds it (end time, and every index on
    // PostgreSQL), else by SQLite's row id, which ends each of its index entries. Both engines
    // read "NULLS LAST" along an index (SQLite since 3.30).
    const QString direction = order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    const bool byRow
            = m_archive->engine() == CallArchive::Engine::Sqlite && field != CallField::EndTime;
    return sortExpression(field) + direction + u" NULLS LAST, "_s
            + (byRow ? u"calls.id"_s : u"call_uuid"_s) + direction;
}

std::optional<QList<CallRecord>> ArchiveQuery::calls(CallField field, Qt::SortOrder order,
                                                     qint64 offset, int limit, QString *error) const
{
    const bool broad = field == CallField::EndTime && matchesAreBroad();
    return m_archive->selectCalls(where(broad), values(broad), orderBy(field, order), offset, limit,
                                  error);
}

bool ArchiveQuery::forEach(CallField field, Qt::SortOrder order,
                           const std::function<bool(const QList<CallRecord> &)> &visit,
                           QString *error) const
{
    const bool broad = field == CallField::EndTime && matchesAreBroad();
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
