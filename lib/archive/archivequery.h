#pragma once

#include "callarchive.h"

#include "source/callsource.h"

#include <QCoreApplication>

#include <array>

// A question asked of the archive: everything "List all calls" can filter by, with none of its
// limits (any end-time range, no 30-day windows, no 90 days), and what the API cannot do:
// numbers matched anywhere, several hangup causes at once, amount ranges, any order.
using ArchiveCriteria = CallQuery;

// Answers ArchiveCriteria with SQL on either engine: how many calls match, the calls at a
// position in any sort order, and the counts the charts draw, all computed by the database.
class ArchiveQuery
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveQuery)

public:
    using Aggregates = CallAggregates;

    ArchiveQuery(const CallArchive *archive, const ArchiveCriteria &criteria);

    // Sentences about criteria the archive cannot answer; empty when it can.
    QStringList problems() const { return m_problems; }
    // Whether counts and chart counts come from the chart rollup (the criteria are only on its
    // keys: direction, hangup causes and source, end time, billed duration), not from reading
    // every call.
    bool usesRollup() const { return m_rolledUp; }
    // Reads the calls themselves even where the rollup could answer: the baseline the rollup
    // is measured against, and a second answer to check it by.
    void readEveryCall() { m_rolledUp = false; }

    std::optional<qint64> count(QString *error) const;
    // `limit` calls from `offset`, ordered by `field` (then call_uuid the same way); an interned
    // text field sorts by its text.
    std::optional<QList<CallRecord>> calls(CallField field, Qt::SortOrder order, qint64 offset,
                                           int limit, QString *error) const;
    // Every matching call in that order, in batches; stops early when `visit` returns false.
    bool forEach(CallField field, Qt::SortOrder order,
                 const std::function<bool(const QList<CallRecord> &)> &visit, QString *error) const;
    // The charts' counts; time buckets of `widthSeconds` from `originSecond` (UTC), `buckets`
    // of them, covering [firstSecond, lastSecond].
    std::optional<Aggregates> aggregates(qint64 originSecond, qint64 widthSeconds, int buckets,
                                         qint64 firstSecond, qint64 lastSecond,
                                         QString *error) const;

private:
    // The WHERE clause and its values; `broad` keeps SQLite from driving the scan by a number
    // index (prefix or trigram) or a duration or amount index (a broad condition matches so many
    // calls that reading the end-time index finds the newest ones sooner).
    QString where(bool broad = false) const;
    QVariantList values(bool broad = false) const;
    bool matchesAreBroad() const;
    // Whether the duration and amount bounds match so many calls that reading the table beats
    // reading them through their indexes; counted once per query.
    bool rangesAreBroad() const;
    // The conditions with those at `which` kept from steering SQLite to their index.
    QStringList unsteered(const QList<qsizetype> &which) const;
    // How many rows `select` gives, counting no further than `limit`.
    qint64 countUpTo(const QString &select, const QVariantList &values, qint64 limit) const;
    // The matching calls with end times in [from, until) as rows of a rollup's columns: for
    // Totals call_rollup's (time, direction, cause, cause name, source, duration bucket, then its
    // counts), for OverTime (time, direction, cause, source, calls). Whole units of `unitUs`
    // (a day: call_rollup; an hour: call_hours) from the rollup, the rest one row per call, all
    // of it when `unitUs` is 0 or the rollup cannot answer. A call's row holds its exact end
    // time as "time_us". `chartRange`: the range is a chart's, not the filter's own.
    enum class Rows { Totals, OverTime };
    struct RollupRows
    {
        QString sql;
        QVariantList values;
    };
    RollupRows rollupRows(Rows kind, std::optional<qint64> from, std::optional<qint64> until,
                          qint64 unitUs, bool chartRange = false) const;
    // A billed-duration range as the rollup's duration buckets: the buckets it holds whole
    // [first, second), and the seconds [from, until) it takes from buckets it only cuts.
    struct DurationSplit
    {
        std::pair<int, int> wholeBuckets;
        QList<std::pair<std::optional<qint64>, std::optional<qint64>>> cuts;
    };
    DurationSplit splitDurations() const;
    QString sortExpression(CallField field) const;
    QString orderBy(CallField field, Qt::SortOrder order) const;

    const CallArchive *m_archive;
    ArchiveCriteria m_criteria;
    QStringList m_conditions;
    QList<qsizetype> m_numberConditions; // indexes into m_conditions of number prefix ranges
    QList<qsizetype> m_rangeConditions; // and of billed-duration and amount bounds
    // A number by any part through the trigram index, and the scan that answers it too.
    struct PartCondition
    {
        qsizetype condition; // into m_conditions
        qsizetype value; // into m_values
        QString scan;
        QString scanValue;
    };
    QList<PartCondition> m_partConditions;
    QVariantList m_values;
    // What the chart rollup can answer: the conditions on its keys (direction, causes, source),
    // the end-time range and the billed-duration range; m_rolledUp when the criteria hold
    // nothing else.
    QStringList m_keyConditions;
    QVariantList m_keyValues;
    std::optional<qint64> m_endFrom; // UTC microseconds, [from, until)
    std::optional<qint64> m_endUntil;
    // The billed-duration range, as conditions and as seconds [from, until).
    QStringList m_billConditions;
    QVariantList m_billValues;
    std::optional<qint64> m_billFrom;
    std::optional<qint64> m_billUntil;
    DurationSplit m_durationSplit; // of the billed-duration range, when there is one
    bool m_rolledUp = false;
    mutable std::optional<bool> m_rangesBroad; // rangesAreBroad(), once asked
    QStringList m_problems;
    bool m_matchesNothing = false;
};
