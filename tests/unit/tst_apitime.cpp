#include "plivo/apitime.h"

#include <QTest>
#include <QTimeZone>

class TestApiTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "America/Los_Angeles"); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("isoUtc");
        QTest::addColumn<int>("offsetSeconds");
        QTest::addColumn<QString>("apiText");

        QTest::newRow("half-hour offset")
                << "2022-10-12 21:57:47+05:30"
                << "2022-10-12T16:27:47Z" << 19800 << "2022-10-12 21:57:47+05:30";
        QTest::newRow("utc offset") << "2018-10-29 10:15:43+00:00"
                                    << "2018-10-29T10:15:43Z" << 0 << "2018-10-29 10:15:43+00:00";
        QTest::newRow("negative offset")
                << "2026-01-01 01:00:00-08:00"
                << "2026-01-01T09:00:00Z" << -28800 << "2026-01-01 01:00:00-08:00";
        QTest::newRow("crosses a day back")
                << "2026-03-01 02:00:00+05:45"
                << "2026-02-28T20:15:00Z" << 20700 << "2026-03-01 02:00:00+05:45";
        QTest::newRow("no seconds, no offset")
                << "2026-11-01 00:00"
                << "2026-11-01T00:00:00Z" << 0 << "2026-11-01 00:00:00+00:00";
        QTest::newRow("microseconds")
                << "2026-11-01 12:30:15.250000"
                << "2026-11-01T12:30:15.250000Z" << 0 << "2026-11-01 12:30:15.250000+00:00";
        QTest::newRow("T and Z") << "2024-02-29T23:59:59Z"
                                 << "2024-02-29T23:59:59Z" << 0 << "2024-02-29 23:59:59+00:00";
        QTest::newRow("compact offset")
                << "2024-02-29 23:59:59+0530"
                << "2024-02-29T18:29:59Z" << 19800 << "2024-02-29 23:59:59+05:30";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, isoUtc);
        QFETCH(int, offsetSeconds);
        QFETCH(QString, apiText);
        const std::optional<ApiTime> time = ApiTime::parse(text);
        QVERIFY(time);
        QCOMPARE(time->toIsoUtc(), isoUtc);
        QCOMPARE(time->offsetSeconds(), offsetSeconds);
        QCOMPARE(time->toApiString(), apiText);
        QCOMPARE(time->toOriginalOffset().offsetFromUtc(), offsetSeconds);
        QCOMPARE(time->toUtc(), time->toOriginalOffset());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("date only") << "2022-10-12";
        QTest::newRow("month 13") << "2022-13-12 10:00:00";
        QTest::newRow("february 30") << "2023-02-30 10:00:00";
        QTest::newRow("february 29 of a common year") << "2023-02-29 10:00:00";
        QTest::newRow("hour 24") << "2022-10-12 24:00:00";
        QTest::newRow("second 60") << "2022-10-12 10:00:60";
        QTest::newRow("letters") << "2022-1O-12 10:00:00";
        QTest::newRow("trailing text") << "2022-10-12 10:00:00 PST";
        QTest::newRow("bad offset") << "2022-10-12 10:00:00+5:30";
        QTest::newRow("empty fraction") << "2022-10-12 10:00:00.";
        QTest::newRow("slashes") << "2022/10/12 10:00:00";
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!ApiTime::parse(text));
    }

    void civilDaysMatchQDate()
    {
        // Every day from 1900 to 2100 against Qt's own calendar.
        const QDate epoch(1970, 1, 1);
        for (QDate date(1900, 1, 1); date.year() < 2100; date = date.addDays(1)) {
            const qint64 days = CivilTime::daysFromCivil(date.year(), date.month(), date.day());
            QCOMPARE(days, epoch.daysTo(date));
            int y, m, d;
            CivilTime::civilFromDays(days, &y, &m, &d);
            QCOMPARE(QDate(y, m, d), date);
        }
    }

    void orderingIsByInstant()
    {
        const auto a = ApiTime::parse(u"2022-10-12 21:57:47+05:30");
        const auto b = ApiTime::parse(u"2022-10-12 16:27:48+00:00");
        QVERIFY(a && b);
        QVERIFY(*a < *b);
    }

    void fromDateTime()
    {
        const QDateTime dt(QDate(2026, 11, 27), QTime(1, 2, 3, 456), QTimeZone(3600));
        const ApiTime time = ApiTime::fromDateTime(dt);
        QCOMPARE(time.offsetSeconds(), 3600);
        QCOMPARE(time.microseconds(), 456000);
        QCOMPARE(time.toIsoUtc(), QStringLiteral("2026-11-27T00:02:03.456000Z"));
    }

    void filterTimeIsUtcWithoutOffset()
    {
        const QDateTime local(QDate(2026, 11, 26), QTime(18, 0, 0),
                              QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
        QCOMPARE(CivilTime::formatFilterTime(local), QStringLiteral("2026-11-27 02:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestApiTime)
#include "tst_apitime.moc"
