#include "plivo/callfilter.h"

#include <QTest>
#include <QTimeZone>

namespace {
QDateTime utc(const char *text)
{
    return *QueryEncoding::parseFilterTime(QString::fromLatin1(text));
}
const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc());
} // namespace

class TestCallFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "Asia/Kolkata"); }

    void wireEncoding()
    {
        CallFilter filter;
        filter.fromNumber = QStringLiteral("+1415");
        filter.toNumber = QStringLiteral("sip:john@phone.plivo.com");
        filter.hangupSource = QStringLiteral("API Request");
        filter.billDuration.atLeast = 10;
        filter.billDuration.lessThan = 60;
        filter.endTime.atLeast = utc("2026-11-01 00:00");
        filter.endTime.atMost = utc("2026-11-02 03:04:05");
        const QByteArray query = QueryEncoding::encode(filter.parameters());
        QCOMPARE(
                query,
                QByteArray("from_number=%2B1415&to_number=sip:john%40phone.plivo.com"
                           "&bill_duration__gte=10&bill_duration__lt=60&hangup_source=API%20Request"
                           "&end_time__gte=2026-11-01%2000:00:00&end_time__lte=2026-11-02%2003:04:"
                           "05"));
    }

    void timesAreSentInUtc()
    {
        CallFilter filter;
        filter.endTime.exact = QDateTime(QDate(2026, 11, 27), QTime(5, 30, 0),
                                         QTimeZone(QByteArrayLiteral("Asia/Kolkata")));
        QCOMPARE(filter.parameters().first(),
                 std::make_pair(QStringLiteral("end_time"), QStringLiteral("2026-11-27 00:00:00")));
    }

    // A bound with a fraction of a second is sent with it (the API takes microseconds), so a
    // saved filter reads back as itself. Found by fuzz_callfilter.
    void fractionsOfASecondAreKept()
    {
        const CallFilter filter = CallFilter::fromJson(
                {{QStringLiteral("end_time__gte"), QStringLiteral("2026-11-01 00:00:00.2")}});
        QVERIFY(filter.endTime.atLeast.has_value());
        QCOMPARE(filter.endTime.atLeast->time().msec(), 200);
        QCOMPARE(filter.parameters(),
                 (QueryParameters{{QStringLiteral("end_time__gte"),
                                   QStringLiteral("2026-11-01 00:00:00.200000")}}));
        QCOMPARE(CallFilter::fromJson(filter.toJson()), filter);
        QCOMPARE(QueryEncoding::filterTime(*filter.endTime.atLeast).size(), 26);
        // Year 0 exists in ISO 8601 but not in QDate: refused rather than read as year -1.
        QVERIFY(!QueryEncoding::parseFilterTime(QStringLiteral("0000-11-20 12:30:00")));
        QVERIFY(!QueryEncoding::parseFilterTime(QStringLiteral("1969-12-31 23:59:59")));
        QVERIFY(QueryEncoding::parseFilterTime(QStringLiteral("1970-01-01 00:00:00")));
    }

    void allFiveForms_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *suffix : {"", "__gt", "__gte", "__lt", "__lte"}) {
            QTest::newRow(qPrintable(QStringLiteral("bill_duration") + QLatin1String(suffix)))
                    << QStringLiteral("bill_duration") + QLatin1String(suffix);
            QTest::newRow(qPrintable(QStringLiteral("end_time") + QLatin1String(suffix)))
                    << QStringLiteral("end_time") + QLatin1String(suffix);
        }
    }

    void allFiveForms()
    {
        QFETCH(QString, name);
        const QString value = name.startsWith(u"end") ? QStringLiteral("2026-11-20 10:00:00")
                                                      : QStringLiteral("30");
        QList<CallFilter::Problem> problems;
        const CallFilter filter = CallFilter::fromParameters({{name, value}}, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(filter.parameters(), QueryParameters({{name, value}}));
        QVERIFY(filter.validate(now).isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QueryParameters>("parameters");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("sentence");
        using F = CallFilter::Field;
        const auto row = [](const char *name, QueryParameters p, F field, const char *sentence) {
            QTest::newRow(name) << p << int(field) << QString::fromUtf8(sentence);
        };
        row("end before start",
            {{QStringLiteral("end_time__gte"), QStringLiteral("2026-11-20 10:00")},
             {QStringLiteral("end_time__lte"), QStringLiteral("2026-11-19 10:00")}},
            F::EndTime, "The end of the time range is not after its start.");
        row("minimum above maximum",
            {{QStringLiteral("bill_duration__gte"), QStringLiteral("60")},
             {QStringLiteral("bill_duration__lte"), QStringLiteral("10")}},
            F::BillDuration, "The minimum billed duration is above the maximum.");
        row("no integer between bounds",
            {{QStringLiteral("bill_duration__gt"), QStringLiteral("5")},
             {QStringLiteral("bill_duration__lt"), QStringLiteral("6")}},
            F::BillDuration, "The minimum billed duration is above the maximum.");
        row("negative duration", {{QStringLiteral("bill_duration"), QStringLiteral("-1")}},
            F::BillDuration, "A billed duration cannot be negative.");
        row("exact and range",
            {{QStringLiteral("bill_duration"), QStringLiteral("5")},
             {QStringLiteral("bill_duration__lt"), QStringLiteral("9")}},
            F::BillDuration,
            "Give either an exact billed duration or a minimum and maximum, not both.");
        row("unknown direction", {{QStringLiteral("call_direction"), QStringLiteral("sideways")}},
            F::CallDirection, "The direction must be “inbound” or “outbound”, not “sideways”.");
        row("unknown source", {{QStringLiteral("hangup_source"), QStringLiteral("Carrier")}},
            F::HangupSource,
            "The hangup source must be one of Caller, Callee, Plivo, API Request, Answer XML, "
            "Error, "
            "Unknown; “Carrier” is not.");
        row("unknown stir", {{QStringLiteral("stir_verification"), QStringLiteral("Yes")}},
            F::StirVerification,
            "STIR verification must be one of Verified, Not Verified, Not Applicable; “Yes” is "
            "not.");
        row("malformed uuid", {{QStringLiteral("parent_call_uuid"), QStringLiteral("abc-123")}},
            F::ParentCallUuid,
            "“abc-123” is not a call uuid; one looks like 5607532d-5037-4066-befc-a8b40218dd4f.");
        row("malformed subaccount", {{QStringLiteral("subaccount"), QStringLiteral("SA123")}},
            F::Subaccount,
            "A subaccount id is “SA” followed by 18 capital letters or digits; “SA123” is not "
            "one.");
        row("future", {{QStringLiteral("end_time__gte"), QStringLiteral("2026-11-28 00:00")}},
            F::EndTime,
            "2026-11-28 00:00:00 UTC is in the future; Plivo lists only completed calls.");
        row("past retention",
            {{QStringLiteral("end_time__lte"), QStringLiteral("2026-08-01 00:00")}}, F::EndTime,
            "Plivo keeps calls for 90 days; 2026-08-01 00:00:00 UTC is older than that.");
        row("negative cause", {{QStringLiteral("hangup_cause_code"), QStringLiteral("-3")}},
            F::HangupCauseCode, "A hangup cause code cannot be negative.");
        row("space in number", {{QStringLiteral("from_number"), QStringLiteral("sip:a b@x")}},
            F::FromNumber, "A number cannot contain spaces or control characters.");
    }

    void validation()
    {
        QFETCH(QueryParameters, parameters);
        QFETCH(int, field);
        QFETCH(QString, sentence);
        QList<CallFilter::Problem> parseProblems;
        const CallFilter filter = CallFilter::fromParameters(parameters, &parseProblems);
        QVERIFY(parseProblems.isEmpty());
        const QList<CallFilter::Problem> problems = filter.validate(now);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QCOMPARE(problems.first().message, sentence);
    }

    void validFiltersHaveNoProblems()
    {
        CallFilter filter;
        filter.subaccount = QStringLiteral("SAXXXXXXXXXXXXXXXXXX");
        filter.callDirection = QStringLiteral("inbound");
        filter.parentCallUuid = QStringLiteral("5607532d-5037-4066-befc-a8b40218dd4f");
        filter.endTime.atLeast
                = utc("2026-06-01 00:00"); // past retention as a start: clamped, allowed
        filter.endTime.lessThan = now;
        filter.hangupSource = QStringLiteral("Callee");
        filter.stirVerification = QStringLiteral("Not Verified");
        QVERIFY(filter.validate(now).isEmpty());
    }

    void unreadableParameters()
    {
        QList<CallFilter::Problem> problems;
        CallFilter::fromParameters({{QStringLiteral("end_time__gt"), QStringLiteral("yesterday")},
                                    {QStringLiteral("bill_duration"), QStringLiteral("ten")},
                                    {QStringLiteral("colour"), QStringLiteral("red")}},
                                   &problems);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(2).message,
                 QStringLiteral("“colour” is not a filter of List all calls."));
    }

    void numbersAreNormalized_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("spaces") << " +44 20 7946 0000 "
                                << "+442079460000";
        QTest::newRow("dashes and parens") << "(415) 555-0100"
                                           << "4155550100";
        QTest::newRow("sip") << " sip:john@phone.plivo.com "
                             << "sip:john@phone.plivo.com";
        QTest::newRow("prefix") << "+1415"
                                << "+1415";
        QTest::newRow("text") << "anonymous"
                              << "anonymous";
    }

    void numbersAreNormalized()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QCOMPARE(CallFilter::normalizeNumber(typed), sent);
    }

    void jsonRoundTrip()
    {
        CallFilter filter;
        filter.toNumber = QStringLiteral("+4420");
        filter.billDuration.greaterThan = 0;
        filter.endTime.atLeast = utc("2026-11-20 10:00:00");
        filter.hangupCauseCode = 3010;
        QCOMPARE(CallFilter::fromJson(filter.toJson()), filter);
        QVERIFY(CallFilter().isEmpty());
        QVERIFY(!filter.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallFilter)
#include "tst_callfilter.moc"
