#include "plivo/queryplan.h"

#include <QTest>
#include <QTimeZone>

namespace {
QDateTime utc(const char *text)
{
    return *QueryEncoding::parseFilterTime(QString::fromLatin1(text));
}
QString param(const QueryParameters &parameters, const char *name)
{
    for (const auto &[key, value] : parameters) {
        if (key == QLatin1String(name))
            return value;
    }
    return {};
}
} // namespace

class TestQueryPlan : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0, 750), QTimeZone::utc());

private slots:
    void init()
    {
        // The plan works in UTC whatever the machine's zone.
        QFETCH_GLOBAL(QByteArray, tz);
        qputenv("TZ", tz);
    }

    void initTestCase_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata");
        QTest::newRow("Los Angeles") << QByteArray("America/Los_Angeles");
        QTest::newRow("Chatham") << QByteArray("Pacific/Chatham");
        QTest::newRow("UTC") << QByteArray("UTC");
    }

    void noTimeMeansAnExplicitSevenDays()
    {
        const QueryPlan plan = QueryPlan::build(CallFilter(), now);
        QCOMPARE(plan.windows().size(), 1);
        QCOMPARE(plan.pinnedNow(), utc("2026-11-27 12:00:00"));
        const QueryParameters p = plan.parameters(0);
        QCOMPARE(param(p, "end_time__gte"), QStringLiteral("2026-11-20 12:00:00"));
        // The running second is left out, so no call can join the result while paging.
        QCOMPARE(param(p, "end_time__lt"), QStringLiteral("2026-11-27 12:00:00"));
        QVERIFY(param(p, "end_time__lte").isEmpty());
        QCOMPARE(plan.notes().size(), 1);
    }

    void lowerBoundOnlyIsPinnedAtNow()
    {
        CallFilter filter;
        filter.endTime.greaterThan = utc("2026-11-26 00:00");
        filter.fromNumber = QStringLiteral("+1415");
        const QueryPlan plan = QueryPlan::build(filter, now);
        QCOMPARE(plan.windows().size(), 1);
        const QueryParameters p = plan.parameters(0);
        QCOMPARE(param(p, "end_time__gt"), QStringLiteral("2026-11-26 00:00:00"));
        QCOMPARE(param(p, "end_time__lt"), QStringLiteral("2026-11-27 12:00:00"));
        QCOMPARE(param(p, "from_number"), QStringLiteral("+1415"));
        QVERIFY(plan.notes().isEmpty());
    }

    void ninetyDaysBecomeThreeWindowsNewestFirst()
    {
        CallFilter filter;
        filter.endTime.atLeast = utc("2026-08-29 12:00:00");
        filter.endTime.atMost = utc("2026-11-27 12:00:00");
        const QueryPlan plan = QueryPlan::build(filter, now);
        QCOMPARE(plan.windows().size(), 3);
        QCOMPARE(param(plan.parameters(0), "end_time__gte"), QStringLiteral("2026-10-28 12:00:00"));
        // "Up to now, inclusive" still stops before the running second.
        QCOMPARE(param(plan.parameters(0), "end_time__lt"), QStringLiteral("2026-11-27 12:00:00"));
        QCOMPARE(param(plan.parameters(1), "end_time__gte"), QStringLiteral("2026-09-28 12:00:00"));
        QCOMPARE(param(plan.parameters(1), "end_time__lt"), QStringLiteral("2026-10-28 12:00:00"));
        QCOMPARE(param(plan.parameters(2), "end_time__gte"), QStringLiteral("2026-08-29 12:00:00"));
        QCOMPARE(param(plan.parameters(2), "end_time__lt"), QStringLiteral("2026-09-28 12:00:00"));
        QVERIFY(param(plan.parameters(1), "end_time__lte").isEmpty());
    }

    void windowsTileTheRangeExactly_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<bool>("fromInclusive");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<bool>("toInclusive");
        QTest::newRow("exactly 30 days")
                << utc("2026-10-28 11:00:00") << true << utc("2026-11-27 11:00:00") << true;
        QTest::newRow("30 days and a second")
                << utc("2026-10-28 10:59:59") << true << utc("2026-11-27 11:00:00") << true;
        QTest::newRow("exclusive ends")
                << utc("2026-09-01 00:00:01") << false << utc("2026-11-01 00:00:00") << false;
        QTest::newRow("61 days odd seconds")
                << utc("2026-09-10 07:13:29") << true << utc("2026-11-10 19:48:03") << true;
    }

    void windowsTileTheRangeExactly()
    {
        QFETCH(QDateTime, from);
        QFETCH(bool, fromInclusive);
        QFETCH(QDateTime, to);
        QFETCH(bool, toInclusive);
        CallFilter filter;
        (fromInclusive ? filter.endTime.atLeast : filter.endTime.greaterThan) = from;
        (toInclusive ? filter.endTime.atMost : filter.endTime.lessThan) = to;
        const QueryPlan plan = QueryPlan::build(filter, now);
        const QList<QueryWindow> &windows = plan.windows();
        QVERIFY(!windows.isEmpty());
        QCOMPARE(windows.first().to, to);
        QCOMPARE(windows.first().toInclusive, toInclusive);
        QCOMPARE(windows.last().from, from);
        QCOMPARE(windows.last().fromInclusive, fromInclusive);
        for (qsizetype i = 0; i < windows.size(); ++i) {
            QVERIFY(windows[i].from.secsTo(windows[i].to) <= QueryPlan::MaxWindowSeconds);
            QVERIFY(windows[i].from < windows[i].to);
            if (i + 1 < windows.size()) {
                // Shared boundary second: the newer includes it, the older excludes it.
                QCOMPARE(windows[i + 1].to, windows[i].from);
                QVERIFY(windows[i].fromInclusive);
                QVERIFY(!windows[i + 1].toInclusive);
            }
        }
        const qint64 span = from.secsTo(to);
        QCOMPARE(windows.size(),
                 (span + QueryPlan::MaxWindowSeconds - 1) / QueryPlan::MaxWindowSeconds);
    }

    void clampedToRetentionAndSaysSo()
    {
        CallFilter filter;
        filter.endTime.atLeast = utc("2026-07-01 00:00");
        const QueryPlan plan = QueryPlan::build(filter, now);
        QCOMPARE(plan.windows().last().from, utc("2026-08-29 12:00:00"));
        QCOMPARE(plan.windows().size(), 3);
        QVERIFY(plan.notes().first().contains(QStringLiteral("90 days")));
        QVERIFY(plan.notes().first().contains(QStringLiteral("2026-08-29 12:00:00")));
    }

    void upperOnlyReachesBackToRetention()
    {
        CallFilter filter;
        filter.endTime.lessThan = utc("2026-11-01 00:00");
        const QueryPlan plan = QueryPlan::build(filter, now);
        QCOMPARE(plan.windows().first().to, utc("2026-11-01 00:00"));
        QCOMPARE(plan.windows().last().from, utc("2026-08-29 12:00:00"));
    }

    void futureUpperIsPinnedAtNow()
    {
        CallFilter filter;
        filter.endTime.atLeast = utc("2026-11-27 00:00");
        filter.endTime.atMost = utc("2026-11-27 12:01:00");
        const QueryPlan plan = QueryPlan::build(filter, now);
        QCOMPARE(param(plan.parameters(0), "end_time__lt"), QStringLiteral("2026-11-27 12:00:00"));
    }

    void exactTimeIsOneWindow()
    {
        CallFilter filter;
        filter.endTime.exact = utc("2026-11-20 10:00:00");
        const QueryPlan plan = QueryPlan::build(filter, now);
        QCOMPARE(plan.windows().size(), 1);
        QCOMPARE(plan.parameters(0),
                 QueryParameters(
                         {{QStringLiteral("end_time"), QStringLiteral("2026-11-20 10:00:00")}}));
    }

    void rangeEntirelyPastRetentionIsEmpty()
    {
        CallFilter filter;
        filter.endTime.atLeast = utc("2026-07-01 00:00");
        filter.endTime.atMost = utc("2026-08-01 00:00");
        QVERIFY(QueryPlan::build(filter, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueryPlan)
#include "tst_queryplan.moc"
