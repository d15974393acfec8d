// Parsing of the query string and of filter times, and the page links, without a socket.
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxquery.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formDecoding_data();
    void formDecoding();
    void repeatedKeys();
    void utcTimes_data();
    void utcTimes();
    void numberMatching_data();
    void numberMatching();
    void windows_data();
    void windows();
    void pageQueryRoundTrip();
};

void TestSandboxQuery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxQuery::formDecoding_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("limit=5") << u"limit"_s << u"5"_s;
    QTest::newRow("%2B is a plus")
            << QByteArray("from_number=%2B1415") << u"from_number"_s << u"+1415"_s;
    QTest::newRow("+ is a space") << QByteArray("from_number=+1415") << u"from_number"_s
                                  << u" 1415"_s;
    QTest::newRow("%20 is a space")
            << QByteArray("end_time=2024-06-01%2010:00") << u"end_time"_s << u"2024-06-01 10:00"_s;
    QTest::newRow("encoded colon") << QByteArray("end_time=2024-06-01%2010%3A00") << u"end_time"_s
                                   << u"2024-06-01 10:00"_s;
    QTest::newRow("utf-8") << QByteArray("x=%C3%A9") << u"x"_s << u"é"_s;
    QTest::newRow("no value") << QByteArray("flag") << u"flag"_s << QString();
    QTest::newRow("equals in value") << QByteArray("a=b=c") << u"a"_s << u"b=c"_s;
    QTest::newRow("encoded key") << QByteArray("end%5Ftime__gt=1") << u"end_time__gt"_s << u"1"_s;
}

void TestSandboxQuery::formDecoding()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QList<SandboxQuery::Parameter> parameters = SandboxQuery::decodeQuery("x0=1&&" + encoded);
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters.at(1).key, key);
    QCOMPARE(parameters.at(1).value, value);
}

void TestSandboxQuery::repeatedKeys()
{
    const auto parameters = SandboxQuery::decodeQuery("limit=5&offset=3&limit=7");
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters.at(0).key, u"limit"_s);
    QCOMPARE(parameters.at(0).value, u"7"_s);
    QCOMPARE(SandboxQuery::parse(QByteArray("limit=5&limit=7"), 0).limit(), 7);
}

void TestSandboxQuery::utcTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("micros");
    const qint64 base
            = QDateTime(QDate(2024, 6, 1), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch() * 1000;
    QTest::newRow("minutes") << u"2024-06-01 10:30"_s << true << base;
    QTest::newRow("seconds") << u"2024-06-01 10:30:15"_s << true << base + 15000000;
    QTest::newRow("microseconds") << u"2024-06-01 10:30:15.000001"_s << true << base + 15000001;
    QTest::newRow("one decimal") << u"2024-06-01 10:30:15.5"_s << true << base + 15500000;
    QTest::newRow("leap day")
            << u"2024-02-29 00:00"_s << true
            << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    QTest::newRow("date only") << u"2024-06-01"_s << false << qint64(0);
    QTest::newRow("T separator") << u"2024-06-01T10:30"_s << false << qint64(0);
    QTest::newRow("zone") << u"2024-06-01 10:30:00+05:30"_s << false << qint64(0);
    QTest::newRow("Z") << u"2024-06-01 10:30:00Z"_s << false << qint64(0);
    QTest::newRow("no leap day") << u"2023-02-29 00:00"_s << false << qint64(0);
    QTest::newRow("hour 24") << u"2024-06-01 24:00"_s << false << qint64(0);
    QTest::newRow("minute 60") << u"2024-06-01 10:60"_s << false << qint64(0);
    QTest::newRow("second 60") << u"2024-06-01 10:30:60"_s << false << qint64(0);
    QTest::newRow("empty fraction") << u"2024-06-01 10:30:15."_s << false << qint64(0);
    QTest::newRow("seven decimals") << u"2024-06-01 10:30:15.1234567"_s << false << qint64(0);
    QTest::newRow("one-digit hour") << u"2024-06-01 9:30"_s << false << qint64(0);
    QTest::newRow("letters") << u"yyyy-mm-dd hh:mm"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void TestSandboxQuery::utcTimes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, micros);
    const std::optional<qint64> parsed = SandboxQuery::parseUtcTime(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, micros);
}

void TestSandboxQuery::numberMatching_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << u"+14155550123"_s << u"+14155550123"_s << true;
    QTest::newRow("plus on the number only") << u"+14155550123"_s << u"14155550123"_s << true;
    QTest::newRow("plus on the filter only") << u"14155550123"_s << u"+14155550123"_s << true;
    QTest::newRow("prefix") << u"14155550123"_s << u"1415"_s << true;
    QTest::newRow("prefix with plus") << u"14155550123"_s << u"+1415"_s << true;
    QTest::newRow("not a prefix") << u"14155550123"_s << u"4155"_s << false;
    QTest::newRow("longer filter") << u"1415"_s << u"14155"_s << false;
    QTest::newRow("space") << u"+14155550123"_s << u" 1415"_s << false;
    QTest::newRow("sip prefix") << u"sip:alice1234@phone.plivo.com"_s << u"sip:alice"_s << true;
    QTest::newRow("sip needs scheme") << u"sip:alice1234@phone.plivo.com"_s << u"alice"_s << false;
    QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u"=HYPER"_s << true;
}

void TestSandboxQuery::numberMatching()
{
    QFETCH(QString, number);
    QFETCH(QString, filter);
    QFETCH(bool, matches);
    QCOMPARE(SandboxQuery::numberMatches(number, filter), matches);
}

void TestSandboxQuery::windows_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<QString>("latest");
    // now = 2024-06-15 12:00 UTC; the retention starts 2024-03-17 12:00.
    QTest::newRow("default 7 days")
            << QByteArray() << true << u"2024-06-08 12:00"_s << u"2024-06-15 12:00"_s;
    QTest::newRow("lower only") << QByteArray("end_time__gte=2024-05-01%2000:00") << true
                                << u"2024-05-01 00:00"_s << u"2024-05-31 00:00"_s;
    QTest::newRow("strict lower only") << QByteArray("end_time__gt=2024-05-01%2000:00") << true
                                       << u"2024-05-01 00:00:00.000001"_s << u"2024-05-31 00:00"_s;
    QTest::newRow("upper only") << QByteArray("end_time__lt=2024-05-01%2000:00") << true
                                << u"2024-04-01 00:00"_s << u"2024-04-30 23:59:59.999999"_s;
    QTest::newRow("upper only, clipped by retention")
            << QByteArray("end_time__lte=2024-04-01%2000:00") << true << u"2024-03-17 12:00"_s
            << u"2024-04-01 00:00"_s;
    QTest::newRow("exact") << QByteArray("end_time=2024-06-01%2010:00:05") << true
                           << u"2024-06-01 10:00:05"_s << u"2024-06-01 10:00:05"_s;
    QTest::newRow("tightest bounds")
            << QByteArray("end_time__gte=2024-05-01%2000:00&end_time__gt=2024-05-02%2000:00"
                          "&end_time__lt=2024-05-10%2000:00&end_time__lte=2024-05-20%2000:00")
            << true << u"2024-05-02 00:00:00.000001"_s << u"2024-05-09 23:59:59.999999"_s;
    QTest::newRow("over 30 days") << QByteArray(
            "end_time__gte=2024-04-01%2000:00&end_time__lte=2024-05-01%2000:01")
                                  << false << QString() << QString();
}

void TestSandboxQuery::windows()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, valid);
    QFETCH(QString, earliest);
    QFETCH(QString, latest);
    const qint64 now = QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    const SandboxQuery parsed = SandboxQuery::parse(query, now);
    QCOMPARE(parsed.isValid(), valid);
    if (!valid) {
        QVERIFY(parsed.errorString().contains(u"30 days"_s));
        return;
    }
    QCOMPARE(parsed.earliestEndMicros(), *SandboxQuery::parseUtcTime(earliest));
    QCOMPARE(parsed.latestEndMicros(), *SandboxQuery::parseUtcTime(latest));
}

void TestSandboxQuery::pageQueryRoundTrip()
{
    const QByteArray sent
            = "from_number=%2B1415&limit=5&end_time__gte=2024-06-01+10:00&cnam=a%26b%3Dc&offset=10";
    const SandboxQuery query = SandboxQuery::parse(sent, 0);
    const QByteArray next = query.pageQuery(5, 15);
    QCOMPARE(next,
             QByteArray("limit=5&offset=15&from_number=%2B1415&end_time__gte=2024-06-01%2010%3A00&"
                        "cnam=a%26b%3Dc"));
    // Decoding the link gives back the same parameters.
    const auto again = SandboxQuery::decodeQuery(next);
    const auto original = SandboxQuery::decodeQuery(sent);
    for (const auto &parameter : original) {
        const auto found = std::find_if(again.begin(), again.end(),
                                        [&](const auto &p) { return p.key == parameter.key; });
        QVERIFY(found != again.end());
        if (parameter.key != u"offset")
            QCOMPARE(found->value, parameter.value);
    }
}

QTEST_GUILESS_MAIN(TestSandboxQuery)
#include "tst_sandboxquery.moc"
