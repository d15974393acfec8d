#include "share/calllink.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString authId = u"MADEMO0000SANDBOX001"_s;
const QUuid callUuid = QUuid::fromString(u"5607532d-5037-4066-befc-a8b40218dd4f"_s);

QDateTime utc(const char *text)
{
    return *QueryEncoding::parseFilterTime(QString::fromLatin1(text));
}

} // namespace

class TestCallLink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "Asia/Kolkata"); }

    void callLink()
    {
        const CallLink link = CallLink::forCall(callUuid, authId);
        QCOMPARE(link.toString(),
                 u"callscope://call/5607532d-5037-4066-befc-a8b40218dd4f"
                 "?account=MADEMO0000SANDBOX001"_s);
        QCOMPARE(link.toUrl().scheme(), u"callscope"_s);
        QCOMPARE(link.toUrl().toString(QUrl::FullyEncoded), link.toString());

        QString problem;
        const std::optional<CallLink> read = CallLink::parse(link.toString(), &problem);
        QVERIFY2(read, qPrintable(problem));
        QCOMPARE(*read, link);
        QCOMPARE(read->kind(), CallLink::Kind::Call);
        QCOMPARE(read->callUuid(), callUuid);
        QCOMPARE(read->authId(), authId);
    }

    // As browsers and chats may hand them over: upper case, surrounded by blanks.
    void callLinkAsWritten()
    {
        QString problem;
        const std::optional<CallLink> read
                = CallLink::parse(u"  CallScope://CALL/5607532D-5037-4066-BEFC-A8B40218DD4F"
                                  "?account=MADEMO0000SANDBOX001\n"_s,
                                  &problem);
        QVERIFY2(read, qPrintable(problem));
        QCOMPARE(*read, CallLink::forCall(callUuid, authId));
    }

    void callsRoundTrip_data()
    {
        QTest::addColumn<CallFilter>("filter");
        QTest::addColumn<QString>("text");

        const auto row = [](const char *name, const CallFilter &filter, const QString &query) {
            QTest::newRow(name) << filter
                                << u"callscope://calls?"_s + query
                            + u"account=MADEMO0000SANDBOX001"_s;
        };
        CallFilter filter;
        row("everything", filter, QString());

        filter = {};
        filter.subaccount = u"SA1234567890ABCDEFGH"_s;
        row("subaccount", filter, u"subaccount=SA1234567890ABCDEFGH&"_s);

        filter = {};
        filter.callDirection = u"outbound"_s;
        row("call_direction", filter, u"call_direction=outbound&"_s);

        filter = {};
        filter.fromNumber = u"+14155550100"_s;
        row("from_number", filter, u"from_number=%2B14155550100&"_s);

        filter = {};
        filter.toNumber = u"sip:john@phone.plivo.com"_s;
        row("to_number sip", filter, u"to_number=sip:john%40phone.plivo.com&"_s);

        filter = {};
        filter.toNumber = u"+1415<+4420"_s;
        row("to_number several", filter, u"to_number=%2B1415%3C%2B4420&"_s);

        filter = {};
        filter.parentCallUuid = u"0b1a7ec6-6a29-4c0e-8d0b-3f1f52f1c2a5"_s;
        row("parent_call_uuid", filter,
            u"parent_call_uuid=0b1a7ec6-6a29-4c0e-8d0b-3f1f52f1c2a5&"_s);

        filter = {};
        filter.billDuration.exact = 42;
        row("bill_duration", filter, u"bill_duration=42&"_s);

        filter = {};
        filter.billDuration.greaterThan = 0;
        filter.billDuration.atMost = 3600;
        row("bill_duration__gt __lte", filter, u"bill_duration__gt=0&bill_duration__lte=3600&"_s);

        filter = {};
        filter.billDuration.atLeast = 10;
        filter.billDuration.lessThan = 60;
        row("bill_duration__gte __lt", filter, u"bill_duration__gte=10&bill_duration__lt=60&"_s);

        filter = {};
        filter.endTime.exact = utc("2026-11-01 10:20:30");
        row("end_time", filter, u"end_time=2026-11-01%2010:20:30&"_s);

        filter = {};
        filter.endTime.greaterThan = utc("2026-11-01 00:00:00");
        filter.endTime.atMost = utc("2026-11-02 03:04:05");
        row("end_time__gt __lte", filter,
            u"end_time__gt=2026-11-01%2000:00:00&end_time__lte=2026-11-02%2003:04:05&"_s);

        filter = {};
        filter.endTime.atLeast = utc("2026-11-01 00:00:00.2");
        filter.endTime.lessThan = utc("2026-11-02 00:00:00");
        row("end_time__gte __lt with a fraction", filter,
            u"end_time__gte=2026-11-01%2000:00:00.200000&end_time__lt=2026-11-02%2000:00:00&"_s);

        filter = {};
        filter.hangupCauseCode = 4000;
        row("hangup_cause_code", filter, u"hangup_cause_code=4000&"_s);

        filter = {};
        filter.hangupSource = u"API Request"_s;
        row("hangup_source", filter, u"hangup_source=API%20Request&"_s);

        filter = {};
        filter.stirVerification = u"Not Verified"_s;
        row("stir_verification", filter, u"stir_verification=Not%20Verified&"_s);

        filter = {};
        filter.subaccount = u"SA1234567890ABCDEFGH"_s;
        filter.callDirection = u"inbound"_s;
        filter.fromNumber = u"+4420"_s;
        filter.toNumber = u"+1415"_s;
        filter.parentCallUuid = u"0b1a7ec6-6a29-4c0e-8d0b-3f1f52f1c2a5"_s;
        filter.billDuration.atLeast = 1;
        filter.endTime.atLeast = utc("2026-11-01 00:00:00");
        filter.endTime.lessThan = utc("2026-11-08 00:00:00");
        filter.hangupCauseCode = 4010;
        filter.hangupSource = u"Callee"_s;
        filter.stirVerification = u"Verified"_s;
        row("every field", filter,
            u"subaccount=SA1234567890ABCDEFGH&call_direction=inbound&from_number=%2B4420"
            "&to_number=%2B1415&parent_call_uuid=0b1a7ec6-6a29-4c0e-8d0b-3f1f52f1c2a5"
            "&bill_duration__gte=1&hangup_cause_code=4010&hangup_source=Callee"
            "&stir_verification=Verified&end_time__gte=2026-11-01%2000:00:00"
            "&end_time__lt=2026-11-08%2000:00:00&"_s);
    }

    void callsRoundTrip()
    {
        QFETCH(CallFilter, filter);
        QFETCH(QString, text);
        const CallLink link = CallLink::forCalls(filter, authId);
        QCOMPARE(link.toString(), text);
        QCOMPARE(link.toUrl().toString(QUrl::FullyEncoded), text);

        for (const QString &written : {text, link.toUrl().toString()}) {
            QString problem;
            const std::optional<CallLink> read = CallLink::parse(written, &problem);
            QVERIFY2(read, qPrintable(problem));
            QCOMPARE(read->kind(), CallLink::Kind::Calls);
            QCOMPARE(read->authId(), authId);
            QCOMPARE(read->filter(), filter);
            QCOMPARE(read->toString(), text);
        }
    }

    // A person who writes a link by hand writes "+" as it is; it stays a "+", never a space.
    void plusWrittenByHand()
    {
        QString problem;
        const std::optional<CallLink> read
                = CallLink::parse(u"callscope://calls?from_number=+14155550100&to_number=%2B4420"
                                  "&account=MADEMO0000SANDBOX001"_s,
                                  &problem);
        QVERIFY2(read, qPrintable(problem));
        QCOMPARE(read->filter().fromNumber, u"+14155550100"_s);
        QCOMPARE(read->filter().toNumber, u"+4420"_s);
    }

    // A link is opened later: a range past Plivo's 90 days, or one ahead of this clock, is the
    // window's to explain, not a broken link.
    void oldAndFutureRangesAreLinks()
    {
        QString problem;
        QVERIFY2(CallLink::parse(u"callscope://calls?end_time__gte=2001-01-01%2000:00"
                                 "&account=MADEMO0000SANDBOX001"_s,
                                 &problem),
                 qPrintable(problem));
        QVERIFY2(CallLink::parse(u"callscope://calls?end_time__lte=9000-01-01%2000:00"
                                 "&account=MADEMO0000SANDBOX001"_s,
                                 &problem),
                 qPrintable(problem));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence");

        const QString account = u"account=MADEMO0000SANDBOX001"_s;
        const QString call = u"callscope://call/5607532d-5037-4066-befc-a8b40218dd4f"_s;
        const QString notOurs = u"This is not a Callscope link"_s;
        const QString kind = u"Callscope cannot open this kind of link"_s;
        const QString noCall = u"This call link does not name a call"_s;
        const QString noAccount = u"does not say which account"_s;

        QTest::newRow("empty") << QString() << notOurs;
        QTest::newRow("web") << u"https://console.plivo.com/voice/logs/"_s << notOurs;
        QTest::newRow("no slashes") << u"callscope:calls?"_s + account << notOurs;
        QTest::newRow("too long") << u"callscope://calls?"_s + account + u"&from_number="_s
                        + QString(CallLink::maxLength, u'1')
                                  << u"too long to be a Callscope link"_s;
        QTest::newRow("no kind") << u"callscope://"_s << kind;
        QTest::newRow("unknown kind") << u"callscope://recordings?"_s + account << kind;
        QTest::newRow("calls with a path") << u"callscope://calls/today?"_s + account << kind;
        QTest::newRow("call without uuid") << u"callscope://call?"_s + account << noCall;
        QTest::newRow("call with empty uuid") << u"callscope://call/?"_s + account << noCall;
        QTest::newRow("call with text") << u"callscope://call/latest?"_s + account << noCall;
        QTest::newRow("call with braces")
                << u"callscope://call/{5607532d-5037-4066-befc-a8b40218dd4f}?"_s + account
                << noCall;
        QTest::newRow("call with a null uuid")
                << u"callscope://call/00000000-0000-0000-0000-000000000000?"_s + account << noCall;
        QTest::newRow("call with a longer path") << call + u"/legs?"_s + account << noCall;
        QTest::newRow("call without account") << call << noAccount;
        QTest::newRow("calls without account") << u"callscope://calls"_s << noAccount;
        QTest::newRow("empty account") << u"callscope://calls?account="_s << noAccount;
        QTest::newRow("account without value") << u"callscope://calls?account"_s << noAccount;
        QTest::newRow("not an auth id") << u"callscope://calls?account=bob"_s
                                        << u"The account in this link is not a Plivo auth id"_s;
        QTest::newRow("lower-case auth id") << u"callscope://calls?account=mademo0000sandbox001"_s
                                            << u"The account in this link is not a Plivo auth id"_s;
        QTest::newRow("two accounts")
                << u"callscope://calls?"_s + account + u"&account=MA0000000000000000002"_s
                << u"This link gives “account” more than once."_s;
        QTest::newRow("a filter twice") << u"callscope://calls?to_number=1&to_number=2&"_s + account
                                        << u"This link gives “to_number” more than once."_s;
        QTest::newRow("filter on a call") << call + u"?from_number=1&"_s
                        + account << u"names only the call and its account; “from_number”"_s;
        QTest::newRow("unknown filter") << u"callscope://calls?colour=red&"_s + account
                                        << u"“colour” is not a filter of Plivo's call list"_s;
        QTest::newRow("unknown long filter")
                << u"callscope://calls?"_s + QString(300, u'x') + u"=1&"_s + account
                << u"“"_s + QString(40, u'x') + u"…” is not a filter"_s;
        QTest::newRow("unknown unprintable filter")
                << u"callscope://calls?a%0Ab=1&"_s + account << u"“a\uFFFDb” is not a filter"_s;
        QTest::newRow("fragment") << u"callscope://calls?"_s + account + u"#top"_s
                                  << u"a part after “#”"_s;
        QTest::newRow("time") << u"callscope://calls?end_time__gte=yesterday&"_s + account
                              << u"end_time__gte must be a UTC time written YYYY-MM-DD"_s;
        QTest::newRow("duration") << u"callscope://calls?bill_duration__lt=long&"_s + account
                                  << u"bill_duration__lt must be a whole number of seconds"_s;
        QTest::newRow("cause") << u"callscope://calls?hangup_cause_code=busy&"_s + account
                               << u"The hangup cause code must be a number"_s;
        QTest::newRow("direction") << u"callscope://calls?call_direction=sideways&"_s + account
                                   << u"The direction must be “inbound” or “outbound”"_s;
        QTest::newRow("control character in a number")
                << u"callscope://calls?from_number=%2B1%01415&"_s + account
                << u"A number cannot contain spaces or control characters."_s;
        QTest::newRow("range backwards") << u"callscope://calls?end_time__gte=2026-11-02%2000:00"
                                            "&end_time__lt=2026-11-01%2000:00&"_s
                        + account << u"The end of the time range is not after its start."_s;
        QTest::newRow("exact and range")
                << u"callscope://calls?bill_duration=3&bill_duration__gt=1&"_s + account
                << u"Give either an exact billed duration or a minimum and maximum"_s;
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QString problem;
        QVERIFY(!CallLink::parse(text, &problem));
        QVERIFY2(problem.contains(sentence), qPrintable(problem));
        QVERIFY(!CallLink::parse(text, nullptr));
    }

    void secretsAreNeverRepeated_data()
    {
        QTest::addColumn<QString>("text");
        const QString account = u"account=MADEMO0000SANDBOX001"_s;
        QTest::newRow("auth_token")
                << u"callscope://calls?auth_token=S3cr3tT0k3nV4lu3&"_s + account;
        QTest::newRow("AUTH_TOKEN first") << u"callscope://calls?AUTH_TOKEN=S3cr3tT0k3nV4lu3"_s;
        QTest::newRow("encoded name")
                << u"callscope://calls?auth%5Ftoken=S3cr3tT0k3nV4lu3&"_s + account;
        QTest::newRow("token") << u"callscope://calls?"_s + account + u"&token=S3cr3tT0k3nV4lu3"_s;
        QTest::newRow("password") << u"callscope://calls?password=S3cr3tT0k3nV4lu3&"_s + account;
        QTest::newRow("api key") << u"callscope://calls?api_key=S3cr3tT0k3nV4lu3&"_s + account;
        QTest::newRow("client secret") << u"callscope://calls?client_secret=S3cr3tT0k3nV4lu3"_s;
        QTest::newRow("name only") << u"callscope://calls?S3cr3tT0k3nV4lu3_token&"_s + account;
        QTest::newRow("on a call link")
                << u"callscope://call/5607532d-5037-4066-befc-a8b40218dd4f?"_s + account
                        + u"&auth_token=S3cr3tT0k3nV4lu3"_s;
        QTest::newRow("with a bad kind")
                << u"callscope://S3cr3tT0k3nV4lu3?token=S3cr3tT0k3nV4lu3"_s;
        QTest::newRow("with a bad filter")
                << u"callscope://calls?call_direction=S3cr3tT0k3nV4lu3&passwd=S3cr3tT0k3nV4lu3"_s;
        QTest::newRow("user and password")
                << u"callscope://MADEMO0000SANDBOX001:S3cr3tT0k3nV4lu3@calls?"_s + account;
    }

    void secretsAreNeverRepeated()
    {
        QFETCH(QString, text);
        QString problem;
        QVERIFY(!CallLink::parse(text, &problem));
        QVERIFY2(problem.contains(u"carries a password or token"_s), qPrintable(problem));
        QVERIFY2(!problem.contains(u"S3cr3t"_s, Qt::CaseInsensitive), qPrintable(problem));
    }

    // Pieces of links in any order: never a crash; a refusal always says why; whatever is read
    // writes back as a link that reads as itself.
    void fragmentsOfLinks()
    {
        const QStringList pieces{u"callscope://"_s,
                                 u"call"_s,
                                 u"calls"_s,
                                 u"/"_s,
                                 u"?"_s,
                                 u"&"_s,
                                 u"="_s,
                                 u"#"_s,
                                 u"%"_s,
                                 u"%2"_s,
                                 u"%2B"_s,
                                 u"%FF"_s,
                                 u"+"_s,
                                 u" "_s,
                                 u"@"_s,
                                 u"é"_s,
                                 u"\u0000"_s,
                                 u"account=MADEMO0000SANDBOX001"_s,
                                 u"5607532d-5037-4066-befc-a8b40218dd4f"_s,
                                 u"from_number=1"_s,
                                 u"end_time__gte=2026-11-01 00:00"_s,
                                 u"bill_duration__lt=9"_s,
                                 u"subaccount"_s};
        QRandomGenerator random(20261127);
        int read = 0;
        for (int i = 0; i < 20000; ++i) {
            QString text = i % 2 ? u"callscope://calls?"_s : QString();
            const int count = random.bounded(1, 12);
            for (int j = 0; j < count; ++j)
                text += pieces.at(random.bounded(pieces.size()));
            QString problem;
            const std::optional<CallLink> link = CallLink::parse(text, &problem);
            if (!link) {
                QVERIFY2(!problem.isEmpty(), qPrintable(text));
                continue;
            }
            ++read;
            const std::optional<CallLink> again = CallLink::parse(link->toString(), &problem);
            QVERIFY2(again, qPrintable(text + u" → "_s + link->toString() + u": "_s + problem));
            QCOMPARE(*again, *link);
        }
        QVERIFY(read > 0);
    }
};

QTEST_GUILESS_MAIN(TestCallLink)
#include "tst_calllink.moc"
