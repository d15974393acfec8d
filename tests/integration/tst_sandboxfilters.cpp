// Every filter, form and time-window rule of "List all calls", checked over a real socket
// against a reference computed here, independently, from the account's records.
#include "plivo/callfilter.h"
#include "plivo/callrecord.h"
#include "plivo/pageparser.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QDateTime FixedNow = QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC);
constexpr qint64 Micro = 1000000;
constexpr qint64 Day = 86400 * Micro;
const QByteArray ListPath = "/v1/Account/MADEMO0000SANDBOX001/Call/";

// A query as sent, and the same query as typed values for the reference.
struct Spec
{
    QList<std::pair<QString, QString>> parameters;
    std::optional<QString> direction, subaccount, fromPrefix, toPrefix, parent, source, stir;
    std::optional<qint64> code;
    std::optional<qint64> billEq, billGt, billGte, billLt, billLte;
    std::optional<qint64> endEq, endGt, endGte, endLt, endLte; // microseconds

    void add(const QString &key, const QString &value) { parameters.append({key, value}); }

    QByteArray encoded(int limit = 0) const
    {
        QByteArray query;
        if (limit > 0)
            query = "limit=" + QByteArray::number(limit);
        for (const auto &[key, value] : parameters) {
            if (!query.isEmpty())
                query += '&';
            query += key.toUtf8() + '=' + QUrl::toPercentEncoding(value);
        }
        return query;
    }
};

QString stripPlus(const QString &number)
{
    return number.startsWith(u'+') ? number.mid(1) : number;
}

// The rules of LIST_CALLS.md, written out plainly.
QStringList reference(const SandboxAccount &account, const Spec &spec)
{
    const qint64 now = account.now() * Micro;
    std::optional<qint64> lower;
    std::optional<qint64> upper;
    for (const auto &bound : {spec.endGt, spec.endGte, spec.endEq})
        if (bound)
            lower = lower ? std::max(*lower, *bound) : *bound;
    for (const auto &bound : {spec.endLt, spec.endLte, spec.endEq})
        if (bound)
            upper = upper ? std::min(*upper, *bound) : *bound;

    QList<const SandboxCall *> found;
    for (const SandboxCall &call : account.calls()) {
        const qint64 end = call.endTime * Micro;
        if (end < now - 90 * Day)
            continue;
        if (!lower && !upper && end < now - 7 * Day)
            continue;
        if (lower && !upper && end > *lower + 30 * Day)
            continue;
        if (upper && !lower && end < *upper - 30 * Day)
            continue;
        if ((spec.endEq && end != *spec.endEq) || (spec.endGt && end <= *spec.endGt)
            || (spec.endGte && end < *spec.endGte) || (spec.endLt && end >= *spec.endLt)
            || (spec.endLte && end > *spec.endLte))
            continue;
        const qint64 bill = call.billDuration;
        if ((spec.billEq && bill != *spec.billEq) || (spec.billGt && bill <= *spec.billGt)
            || (spec.billGte && bill < *spec.billGte) || (spec.billLt && bill >= *spec.billLt)
            || (spec.billLte && bill > *spec.billLte))
            continue;
        if (spec.direction && call.direction != *spec.direction)
            continue;
        if (spec.subaccount && call.subaccount != *spec.subaccount)
            continue;
        if (spec.fromPrefix
            && (call.fromNumberNull
                || !stripPlus(call.fromNumber).startsWith(stripPlus(*spec.fromPrefix))))
            continue;
        if (spec.toPrefix
            && (call.toNumberNull
                || !stripPlus(call.toNumber).startsWith(stripPlus(*spec.toPrefix))))
            continue;
        if (spec.parent && call.parentCallUuid != *spec.parent)
            continue;
        if (spec.code && call.hangupCauseCode != *spec.code)
            continue;
        if (spec.source && call.hangupSource != *spec.source)
            continue;
        if (spec.stir && call.stirVerification != *spec.stir)
            continue;
        found.append(&call);
    }
    std::sort(found.begin(), found.end(), [](const SandboxCall *left, const SandboxCall *right) {
        if (left->endTime != right->endTime)
            return left->endTime > right->endTime;
        return left->callUuid > right->callUuid;
    });
    QStringList uuids;
    for (const SandboxCall *call : found)
        uuids.append(call->callUuid);
    return uuids;
}

QString formatUtc(qint64 micros, int precision)
{
    // precision: 0 = minutes, 1 = seconds, 2 = microseconds
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    if (precision == 0)
        return time.toString(u"yyyy-MM-dd HH:mm"_s);
    if (precision == 1)
        return time.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return time.toString(u"yyyy-MM-dd HH:mm:ss"_s)
            + u".%1"_s.arg(micros % Micro, 6, 10, QChar(u'0'));
}

// The reverse of formatUtc, with Qt's parser rather than the sandbox's.
qint64 parseUtc(const QString &text)
{
    const bool withSeconds = text.size() >= 19;
    QDateTime time
            = QDateTime::fromString(text.left(withSeconds ? 19 : 16),
                                    withSeconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
    time.setTimeSpec(Qt::UTC);
    qint64 micros = time.toMSecsSinceEpoch() * 1000;
    if (text.size() > 20)
        micros += text.mid(20).leftJustified(6, u'0').toLongLong();
    return micros;
}

qint64 truncated(qint64 micros, int precision)
{
    const qint64 unit = precision == 0 ? 60 * Micro : precision == 1 ? Micro : 1;
    return micros / unit * unit;
}

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestSandboxFilters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyForm_data();
    void everyForm();
    void randomCombinations();
    void localMatchingAgrees();
    void defaultWindowIsSevenDays();
    void rangeLimit_data();
    void rangeLimit();
    void singleBoundWindow_data();
    void singleBoundWindow();
    void retention();
    void invalidParameters_data();
    void invalidParameters();
    void unknownParametersIgnored();
    void limitOffsetAndMeta();
    void plusVersusPercent2B();
    void hostileCallerIds();
    void severalNumbersJoined();

private:
    HttpResult fetch(const QByteArray &target);
    // Pages through meta.next to the end; fails the test on any inconsistency.
    bool pageThrough(const QByteArray &query, QStringList *uuids, qint64 *total, int *pages);
    Spec randomSpec(QRandomGenerator &random);

    SandboxServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QByteArray m_authorization;
};

void TestSandboxFilters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    SandboxOptions options;
    options.seed = 42;
    options.callCount = 4000;
    options.now = FixedNow;
    options.rateLimit = 0;
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_network = new QNetworkAccessManager(this);
    m_authorization
            = "Basic " + (m_server->authId() + u':' + m_server->authToken()).toUtf8().toBase64();
}

void TestSandboxFilters::cleanupTestCase()
{
    delete m_network;
    delete m_server;
}

HttpResult TestSandboxFilters::fetch(const QByteArray &target)
{
    QNetworkRequest request(QUrl::fromEncoded(m_server->baseUrl().toEncoded() + target));
    request.setRawHeader("Authorization", m_authorization);
    QNetworkReply *reply = m_network->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(20000);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

bool TestSandboxFilters::pageThrough(const QByteArray &query, QStringList *uuids, qint64 *total,
                                     int *pages)
{
    QByteArray target = ListPath + '?' + query;
    uuids->clear();
    *total = -1;
    *pages = 0;
    while (*pages < 500) {
        const HttpResult result = fetch(target);
        ++*pages;
        if (!result.finished || result.status != 200) {
            qWarning("%s answered %d: %s", target.constData(), result.status,
                     result.body.constData());
            return false;
        }
        const QJsonObject body = result.json();
        const QJsonObject meta = body.value(u"meta"_s).toObject();
        const qint64 pageTotal = meta.value(u"total_count"_s).toInteger();
        if (*total >= 0 && pageTotal != *total) {
            qWarning("total_count changed between pages");
            return false;
        }
        *total = pageTotal;
        const QJsonArray objects = body.value(u"objects"_s).toArray();
        if (objects.size() > meta.value(u"limit"_s).toInt()) {
            qWarning("more objects than the limit");
            return false;
        }
        for (const QJsonValue &value : objects) {
            const QJsonObject object = value.toObject();
            const QString uuid = object.value(u"call_uuid"_s).toString();
            const SandboxCall *call = m_server->account().findCall(uuid);
            if (!call || m_server->account().toJson(*call) != object) {
                qWarning("object %s is not rendered as the account has it", qPrintable(uuid));
                return false;
            }
            uuids->append(uuid);
        }
        const QJsonValue next = meta.value(u"next"_s);
        if (next.isNull())
            return true;
        target = next.toString().toUtf8();
        if (!target.startsWith(ListPath + '?')) {
            qWarning("next is not a relative path of the list: %s", target.constData());
            return false;
        }
    }
    qWarning("too many pages");
    return false;
}

void TestSandboxFilters::everyForm_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    const SandboxAccount &account = m_server->account();
    const qint64 now = account.now() * Micro;
    const auto time = [](qint64 micros, int precision) {
        return formatUtc(micros, precision);
    };
    // A call inside the default window, to pick real values from.
    const SandboxCall *sample = nullptr;
    for (const int index : account.newestFirst()) {
        const SandboxCall &call = account.calls().at(index);
        if (call.direction == u"inbound" && call.fromNumber.startsWith(u"+1") && call.isALeg()
            && call.answered) {
            sample = &call;
            break;
        }
    }
    QVERIFY(sample);
    const SandboxCall *bLeg = nullptr;
    for (const int index : account.newestFirst()) {
        if (!account.calls().at(index).isALeg()) {
            bLeg = &account.calls().at(index);
            break;
        }
    }
    QVERIFY(bLeg);
    const SandboxCall *onTheMinute = nullptr;
    for (const int index : account.newestFirst()) {
        if (account.calls().at(index).endTime % 60 == 0) {
            onTheMinute = &account.calls().at(index);
            break;
        }
    }
    QVERIFY(onTheMinute);

    QTest::newRow("subaccount") << u"subaccount"_s << account.subaccounts().at(0);
    QTest::newRow("subaccount unknown") << u"subaccount"_s << u"SA00000000000000000X"_s;
    QTest::newRow("call_direction inbound") << u"call_direction"_s << u"inbound"_s;
    QTest::newRow("call_direction outbound") << u"call_direction"_s << u"outbound"_s;
    QTest::newRow("from_number exact") << u"from_number"_s << sample->fromNumber;
    QTest::newRow("from_number exact without +") << u"from_number"_s << sample->fromNumber.mid(1);
    QTest::newRow("from_number prefix") << u"from_number"_s << sample->fromNumber.left(4);
    QTest::newRow("from_number prefix without +")
            << u"from_number"_s << sample->fromNumber.mid(1, 3);
    QTest::newRow("from_number sip") << u"from_number"_s << u"sip:"_s;
    QTest::newRow("to_number exact") << u"to_number"_s << sample->toNumber;
    QTest::newRow("to_number with + added") << u"to_number"_s << u'+' + stripPlus(sample->toNumber);
    QTest::newRow("to_number prefix") << u"to_number"_s << u"91"_s;
    QTest::newRow("to_number sip prefix") << u"to_number"_s << u"sip:alice"_s;
    QTest::newRow("parent_call_uuid") << u"parent_call_uuid"_s << bLeg->parentCallUuid;
    QTest::newRow("bill_duration") << u"bill_duration"_s << u"0"_s;
    QTest::newRow("bill_duration exact")
            << u"bill_duration"_s << QString::number(sample->billDuration);
    QTest::newRow("bill_duration__gt") << u"bill_duration__gt"_s << u"60"_s;
    QTest::newRow("bill_duration__gte") << u"bill_duration__gte"_s << u"60"_s;
    QTest::newRow("bill_duration__lt") << u"bill_duration__lt"_s << u"10"_s;
    QTest::newRow("bill_duration__lte") << u"bill_duration__lte"_s << u"10"_s;
    QTest::newRow("end_time exact") << u"end_time"_s << time(sample->endTime * Micro, 1);
    QTest::newRow("end_time exact minute")
            << u"end_time"_s << time(onTheMinute->endTime * Micro, 0);
    QTest::newRow("end_time__gt") << u"end_time__gt"_s << time(now - 20 * Day, 1);
    QTest::newRow("end_time__gte") << u"end_time__gte"_s << time(now - 3 * Day - 17, 2);
    QTest::newRow("end_time__lt") << u"end_time__lt"_s << time(now - 40 * Day, 0);
    QTest::newRow("end_time__lte") << u"end_time__lte"_s << time(sample->endTime * Micro, 1);
    QTest::newRow("hangup_cause_code") << u"hangup_cause_code"_s << u"3010"_s;
    QTest::newRow("hangup_cause_code unused") << u"hangup_cause_code"_s << u"9110"_s;
    for (const QString &source : {u"Caller"_s, u"Callee"_s, u"Plivo"_s, u"API Request"_s,
                                  u"Answer XML"_s, u"Error"_s, u"Unknown"_s})
        QTest::addRow("hangup_source %s", qPrintable(source)) << u"hangup_source"_s << source;
    for (const QString &stir : {u"Verified"_s, u"Not Verified"_s, u"Not Applicable"_s})
        QTest::addRow("stir_verification %s", qPrintable(stir)) << u"stir_verification"_s << stir;
}

void TestSandboxFilters::everyForm()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Spec spec;
    spec.add(key, value);
    const auto asInteger = [&value] {
        return value.toLongLong();
    };
    const auto asTime = [&value] {
        return parseUtc(value);
    };
    if (key == u"subaccount")
        spec.subaccount = value;
    else if (key == u"call_direction")
        spec.direction = value;
    else if (key == u"from_number")
        spec.fromPrefix = value;
    else if (key == u"to_number")
        spec.toPrefix = value;
    else if (key == u"parent_call_uuid")
        spec.parent = value;
    else if (key == u"bill_duration")
        spec.billEq = asInteger();
    else if (key == u"bill_duration__gt")
        spec.billGt = asInteger();
    else if (key == u"bill_duration__gte")
        spec.billGte = asInteger();
    else if (key == u"bill_duration__lt")
        spec.billLt = asInteger();
    else if (key == u"bill_duration__lte")
        spec.billLte = asInteger();
    else if (key == u"end_time")
        spec.endEq = asTime();
    else if (key == u"end_time__gt")
        spec.endGt = asTime();
    else if (key == u"end_time__gte")
        spec.endGte = asTime();
    else if (key == u"end_time__lt")
        spec.endLt = asTime();
    else if (key == u"end_time__lte")
        spec.endLte = asTime();
    else if (key == u"hangup_cause_code")
        spec.code = asInteger();
    else if (key == u"hangup_source")
        spec.source = value;
    else if (key == u"stir_verification")
        spec.stir = value;

    const QStringList expected = reference(m_server->account(), spec);
    QStringList uuids;
    qint64 total = 0;
    int pages = 0;
    QVERIFY(pageThrough(spec.encoded(), &uuids, &total, &pages));
    QCOMPARE(total, expected.size());
    QCOMPARE(uuids, expected);
    const bool mayBeEmpty = QByteArray(QTest::currentDataTag()).contains("unknown")
            || QByteArray(QTest::currentDataTag()).contains("unused")
            || QByteArray(QTest::currentDataTag()).contains("Unknown");
    if (!mayBeEmpty)
        QVERIFY2(!expected.isEmpty(), "the row should select something");
}

Spec TestSandboxFilters::randomSpec(QRandomGenerator &random)
{
    const SandboxAccount &account = m_server->account();
    const QList<SandboxCall> &calls = account.calls();
    const qint64 now = account.now() * Micro;
    const auto anyCall = [&]() -> const SandboxCall & {
        return calls.at(random.bounded(int(calls.size())));
    };
    const auto chance = [&](int percent) {
        return int(random.bounded(100)) < percent;
    };
    Spec spec;

    const int precisionLower = random.bounded(3);
    const int precisionUpper = random.bounded(3);
    const qint64 start = truncated(now - qint64(random.bounded(95 * 86400)) * Micro
                                           - random.bounded(int(Micro)),
                                   precisionLower);
    switch (random.bounded(6)) {
    case 0: // the default 7 days
        break;
    case 1:
        if (chance(50)) {
            spec.endGt = start;
            spec.add(u"end_time__gt"_s, formatUtc(start, precisionLower));
        } else {
            spec.endGte = start;
            spec.add(u"end_time__gte"_s, formatUtc(start, precisionLower));
        }
        break;
    case 2:
        if (chance(50)) {
            spec.endLt = start;
            spec.add(u"end_time__lt"_s, formatUtc(start, precisionLower));
        } else {
            spec.endLte = start;
            spec.add(u"end_time__lte"_s, formatUtc(start, precisionLower));
        }
        break;
    case 3:
    case 4: {
        // Both bounds, at most 30 days apart once written out.
        const qint64 end
                = truncated(start + qint64(random.bounded(30 * 86400 + 1)) * Micro, precisionUpper);
        const bool strictLower = chance(50);
        const bool strictUpper = chance(50);
        (strictLower ? spec.endGt : spec.endGte) = start;
        (strictUpper ? spec.endLt : spec.endLte) = end;
        spec.add(strictLower ? u"end_time__gt"_s : u"end_time__gte"_s,
                 formatUtc(start, precisionLower));
        spec.add(strictUpper ? u"end_time__lt"_s : u"end_time__lte"_s,
                 formatUtc(end, precisionUpper));
        break;
    }
    case 5: {
        const qint64 end = anyCall().endTime * Micro;
        spec.endEq = end;
        spec.add(u"end_time"_s, formatUtc(end, 1));
        break;
    }
    }
    if (chance(30)) {
        spec.direction = chance(50) ? u"inbound"_s : u"outbound"_s;
        spec.add(u"call_direction"_s, *spec.direction);
    }
    if (chance(20)) {
        spec.subaccount = account.subaccounts().at(random.bounded(3));
        spec.add(u"subaccount"_s, *spec.subaccount);
    }
    const auto numberPrefix = [&](const QString &number) {
        QString prefix = number.left(1 + random.bounded(int(number.size())));
        if (chance(30))
            prefix = prefix.startsWith(u'+') ? prefix.mid(1) : u'+' + prefix;
        return prefix.isEmpty() || prefix == u"+"_s ? number : prefix;
    };
    if (chance(25)) {
        const SandboxCall &call = anyCall();
        if (!call.fromNumberNull && !call.fromNumber.contains(u'<')) {
            spec.fromPrefix = numberPrefix(call.fromNumber);
            spec.add(u"from_number"_s, *spec.fromPrefix);
        }
    }
    if (chance(20)) {
        const SandboxCall &call = anyCall();
        if (!call.toNumberNull && !call.toNumber.contains(u'<')) {
            spec.toPrefix = numberPrefix(call.toNumber);
            spec.add(u"to_number"_s, *spec.toPrefix);
        }
    }
    if (chance(8)) {
        for (int tries = 0; tries < 100 && !spec.parent; ++tries) {
            const SandboxCall &call = anyCall();
            if (!call.isALeg())
                spec.parent = call.parentCallUuid;
        }
        if (spec.parent)
            spec.add(u"parent_call_uuid"_s, *spec.parent);
    }
    if (chance(35)) {
        static constexpr int Interesting[] = {0, 1, 9, 10, 59, 60, 61, 120, 300, 3600};
        const qint64 seconds = chance(60) ? Interesting[random.bounded(10)] : random.bounded(4000);
        const int form = random.bounded(5);
        static const QString Keys[]
                = {u"bill_duration"_s, u"bill_duration__gt"_s, u"bill_duration__gte"_s,
                   u"bill_duration__lt"_s, u"bill_duration__lte"_s};
        std::optional<qint64> *targets[]
                = {&spec.billEq, &spec.billGt, &spec.billGte, &spec.billLt, &spec.billLte};
        *targets[form] = seconds;
        spec.add(Keys[form], QString::number(seconds));
        if (form != 0 && chance(40)) {
            // A second bound on the other side.
            const bool lowerSide = form == 1 || form == 2;
            const int other = lowerSide ? 3 + random.bounded(2) : 1 + random.bounded(2);
            const qint64 otherSeconds = lowerSide
                    ? seconds + random.bounded(600)
                    : std::max<qint64>(0, seconds - random.bounded(600));
            *targets[other] = otherSeconds;
            spec.add(Keys[other], QString::number(otherSeconds));
        }
    }
    if (chance(15)) {
        spec.code = anyCall().hangupCauseCode;
        spec.add(u"hangup_cause_code"_s, QString::number(*spec.code));
    }
    if (chance(15)) {
        static const QString Sources[]
                = {u"Caller"_s,     u"Callee"_s, u"Plivo"_s,  u"API Request"_s,
                   u"Answer XML"_s, u"Error"_s,  u"Unknown"_s};
        spec.source = Sources[random.bounded(7)];
        spec.add(u"hangup_source"_s, *spec.source);
    }
    if (chance(15)) {
        static const QString Values[] = {u"Verified"_s, u"Not Verified"_s, u"Not Applicable"_s};
        spec.stir = Values[random.bounded(3)];
        spec.add(u"stir_verification"_s, *spec.stir);
    }
    if (chance(10))
        spec.add(u"answered_by"_s, u"machine"_s); // not a parameter of the API: ignored
    return spec;
}

void TestSandboxFilters::randomCombinations()
{
    QRandomGenerator random(20240615);
    constexpr int Combinations = 80;
    int nonEmpty = 0;
    int requests = 0;
    for (int i = 0; i < Combinations; ++i) {
        const Spec spec = randomSpec(random);
        const QStringList expected = reference(m_server->account(), spec);
        // Small pages where the result is small, so that paging itself gets exercised.
        const int limit = std::clamp(int(expected.size() / 25) + 1 + random.bounded(20), 1, 20);
        const QByteArray query = spec.encoded(limit);
        QStringList uuids;
        qint64 total = 0;
        int pages = 0;
        QVERIFY2(pageThrough(query, &uuids, &total, &pages), query.constData());
        QVERIFY2(total == expected.size(),
                 qPrintable(u"%1: total_count %2, expected %3"_s.arg(
                         QString::fromUtf8(query), QString::number(total),
                         QString::number(expected.size()))));
        QVERIFY2(uuids == expected, query.constData());
        QCOMPARE(pages, std::max<qsizetype>(1, (expected.size() + limit - 1) / limit));
        nonEmpty += !expected.isEmpty();
        requests += pages;
    }
    qInfo("%d combinations, %d with results, %d requests", Combinations, nonEmpty, requests);
    QVERIFY2(nonEmpty >= Combinations / 2, "most combinations should select something");
}

// CallFilter::matches (what watch rules use on followed calls) picks exactly the calls the API
// returns, for every filter but time (whole seconds there) and subaccount (not in a call object).
void TestSandboxFilters::localMatchingAgrees()
{
    const SandboxAccount &account = m_server->account();
    QList<std::pair<QString, CallRecord>> records;
    for (const SandboxCall &call : account.calls())
        records.append({call.callUuid, PageParser::parseRecord(account.toJson(call))});
    QRandomGenerator random(20261204);
    int compared = 0;
    int nonEmpty = 0;
    for (int i = 0; i < 200; ++i) {
        const Spec spec = randomSpec(random);
        if (spec.subaccount)
            continue;
        Spec timeOnly;
        timeOnly.endEq = spec.endEq;
        timeOnly.endGt = spec.endGt;
        timeOnly.endGte = spec.endGte;
        timeOnly.endLt = spec.endLt;
        timeOnly.endLte = spec.endLte;
        const QStringList window = reference(account, timeOnly);
        QueryParameters parameters;
        for (const auto &[key, value] : spec.parameters) {
            if (CallFilter::isFilterParameter(key) && !key.startsWith(u"end_time"))
                parameters.append({key, value});
        }
        QList<CallFilter::Problem> problems;
        const CallFilter filter = CallFilter::fromParameters(parameters, &problems);
        QVERIFY(problems.isEmpty());
        const QSet<QString> inWindow(window.cbegin(), window.cend());
        QSet<QString> matched;
        for (const auto &[uuid, record] : std::as_const(records)) {
            if (inWindow.contains(uuid) && filter.matches(record))
                matched.insert(uuid);
        }
        const QStringList expected = reference(account, spec);
        const QSet<QString> expectedSet(expected.cbegin(), expected.cend());
        QVERIFY2(matched == expectedSet,
                 qPrintable(u"%1: %2 matched here, %3 by the API"_s.arg(
                         QString::fromUtf8(spec.encoded()), QString::number(matched.size()),
                         QString::number(expected.size()))));
        ++compared;
        nonEmpty += !expected.isEmpty();
    }
    qInfo("%d combinations compared, %d with results", compared, nonEmpty);
    QVERIFY(compared >= 100);
    QVERIFY(nonEmpty >= compared / 3);
}

void TestSandboxFilters::defaultWindowIsSevenDays()
{
    const HttpResult result = fetch(ListPath + "?limit=20");
    QCOMPARE(result.status, 200);
    const qint64 now = m_server->account().now();
    const auto inWindow = std::count_if(
            m_server->account().calls().begin(), m_server->account().calls().end(),
            [now](const SandboxCall &call) { return call.endTime >= now - 7 * 86400; });
    QVERIFY(inWindow > 0);
    QCOMPARE(result.json().value(u"meta"_s).toObject().value(u"total_count"_s).toInteger(),
             inWindow);
    QVERIFY(inWindow < m_server->account().calls().size() / 5);
}

void TestSandboxFilters::rangeLimit_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("upper");
    QTest::addColumn<int>("status");
    QTest::newRow("exactly 30 days")
            << u"end_time__gte=2024-05-01 00:00"_s << u"end_time__lte=2024-05-31 00:00"_s << 200;
    QTest::newRow("30 days and 1 s")
            << u"end_time__gte=2024-05-01 00:00"_s << u"end_time__lte=2024-05-31 00:00:01"_s << 400;
    QTest::newRow("30 days and 1 us") << u"end_time__gt=2024-05-01 00:00:00.000000"_s
                                      << u"end_time__lt=2024-05-31 00:00:00.000001"_s << 400;
    QTest::newRow("31 days") << u"end_time__gt=2024-05-01 00:00"_s
                             << u"end_time__lt=2024-06-01 00:00"_s << 400;
    QTest::newRow("90 days") << u"end_time__gte=2024-03-17 12:00"_s
                             << u"end_time__lte=2024-06-15 12:00"_s << 400;
    QTest::newRow("inverted") << u"end_time__gte=2024-06-01 00:00"_s
                              << u"end_time__lte=2024-05-01 00:00"_s << 200;
    QTest::newRow("one day") << u"end_time__gte=2024-06-01 00:00"_s
                             << u"end_time__lt=2024-06-02 00:00"_s << 200;
}

void TestSandboxFilters::rangeLimit()
{
    QFETCH(QString, lower);
    QFETCH(QString, upper);
    QFETCH(int, status);
    const QByteArray query
            = QUrl::toPercentEncoding(lower, "=") + '&' + QUrl::toPercentEncoding(upper, "=");
    const HttpResult result = fetch(ListPath + '?' + query);
    QCOMPARE(result.status, status);
    if (status == 400) {
        QVERIFY(result.json().value(u"error"_s).toString().contains(u"30 days"_s));
        QVERIFY(!result.json().value(u"api_id"_s).toString().isEmpty());
    }
}

void TestSandboxFilters::singleBoundWindow_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("daysAgo");
    QTest::newRow("gte 60 days ago") << u"end_time__gte"_s << 60;
    QTest::newRow("gt 45 days ago") << u"end_time__gt"_s << 45;
    QTest::newRow("lte 10 days ago") << u"end_time__lte"_s << 10;
    QTest::newRow("lt 70 days ago") << u"end_time__lt"_s << 70;
}

void TestSandboxFilters::singleBoundWindow()
{
    QFETCH(QString, key);
    QFETCH(int, daysAgo);
    const qint64 bound = (m_server->account().now() - daysAgo * 86400) * Micro;
    Spec spec;
    spec.add(key, formatUtc(bound, 1));
    (key == u"end_time__gte"           ? spec.endGte
             : key == u"end_time__gt"  ? spec.endGt
             : key == u"end_time__lte" ? spec.endLte
                                       : spec.endLt)
            = bound;
    const QStringList expected = reference(m_server->account(), spec);
    QVERIFY(!expected.isEmpty());
    QStringList uuids;
    qint64 total = 0;
    int pages = 0;
    QVERIFY(pageThrough(spec.encoded(), &uuids, &total, &pages));
    QCOMPARE(uuids, expected);
    // The window is 30 days from (or to) the bound.
    const SandboxAccount &account = m_server->account();
    for (const QString &uuid : uuids) {
        const qint64 end = account.findCall(uuid)->endTime * Micro;
        if (key.startsWith(u"end_time__gt"))
            QVERIFY(end >= bound && end <= bound + 30 * Day);
        else
            QVERIFY(end <= bound && end >= bound - 30 * Day);
    }
}

void TestSandboxFilters::retention()
{
    const SandboxAccount &account = m_server->account();
    const qint64 now = account.now();
    const qint64 lower = (now - 100 * 86400) * Micro;
    const qint64 upper = (now - 75 * 86400) * Micro;
    Spec spec;
    spec.add(u"end_time__gte"_s, formatUtc(lower, 1));
    spec.add(u"end_time__lte"_s, formatUtc(upper, 1));
    spec.endGte = lower;
    spec.endLte = upper;
    const auto beyond = std::count_if(
            account.calls().begin(), account.calls().end(), [&](const SandboxCall &call) {
                return call.endTime * Micro >= lower && call.endTime < account.retentionStart();
            });
    QVERIFY2(beyond > 0, "the account has calls past the retention inside the window");
    QStringList uuids;
    qint64 total = 0;
    int pages = 0;
    QVERIFY(pageThrough(spec.encoded(), &uuids, &total, &pages));
    QCOMPARE(uuids, reference(account, spec));
    QVERIFY(!uuids.isEmpty());
    for (const QString &uuid : uuids)
        QVERIFY(account.findCall(uuid)->endTime >= now - 90 * 86400);
}

void TestSandboxFilters::invalidParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("limit 0") << QByteArray("limit=0") << u"limit"_s;
    QTest::newRow("limit 21") << QByteArray("limit=21") << u"limit"_s;
    QTest::newRow("limit text") << QByteArray("limit=ten") << u"limit"_s;
    QTest::newRow("limit empty") << QByteArray("limit=") << u"limit"_s;
    QTest::newRow("limit negative") << QByteArray("limit=-5") << u"limit"_s;
    QTest::newRow("offset negative") << QByteArray("offset=-1") << u"offset"_s;
    QTest::newRow("offset text") << QByteArray("offset=x") << u"offset"_s;
    QTest::newRow("call_direction") << QByteArray("call_direction=sideways") << u"call_direction"_s;
    QTest::newRow("call_direction case")
            << QByteArray("call_direction=Inbound") << u"call_direction"_s;
    QTest::newRow("end_time date only") << QByteArray("end_time=2024-06-01") << u"end_time"_s;
    QTest::newRow("end_time ISO T")
            << QByteArray("end_time__gte=2024-06-01T10:00") << u"end_time__gte"_s;
    QTest::newRow("end_time with zone")
            << QByteArray("end_time__lt=2024-06-01%2010:00:00%2B05:30") << u"end_time__lt"_s;
    QTest::newRow("end_time month 13")
            << QByteArray("end_time=2024-13-01%2000:00") << u"end_time"_s;
    QTest::newRow("end_time 30 February")
            << QByteArray("end_time=2024-02-30%2000:00") << u"end_time"_s;
    QTest::newRow("end_time second 60")
            << QByteArray("end_time__lte=2024-06-01%2010:00:60") << u"end_time__lte"_s;
    QTest::newRow("end_time 7 decimals")
            << QByteArray("end_time=2024-06-01%2010:00:00.1234567") << u"end_time"_s;
    QTest::newRow("bill_duration decimal") << QByteArray("bill_duration=1.5") << u"bill_duration"_s;
    QTest::newRow("bill_duration__gt text")
            << QByteArray("bill_duration__gt=abc") << u"bill_duration__gt"_s;
    QTest::newRow("hangup_cause_code text")
            << QByteArray("hangup_cause_code=busy") << u"hangup_cause_code"_s;
    QTest::newRow("hangup_source lower case")
            << QByteArray("hangup_source=callee") << u"hangup_source"_s;
    QTest::newRow("stir_verification")
            << QByteArray("stir_verification=yes") << u"stir_verification"_s;
}

void TestSandboxFilters::invalidParameters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, mentions);
    const HttpResult result = fetch(ListPath + '?' + query);
    QCOMPARE(result.status, 400);
    const QJsonObject body = result.json();
    QVERIFY(!body.value(u"api_id"_s).toString().isEmpty());
    QVERIFY2(body.value(u"error"_s).toString().contains(mentions),
             qPrintable(body.value(u"error"_s).toString()));
}

void TestSandboxFilters::unknownParametersIgnored()
{
    const HttpResult plain = fetch(ListPath);
    const HttpResult extra
            = fetch(ListPath + "?answered_by=machine&bill_duration__between=3&end_time__in=x");
    QCOMPARE(plain.status, 200);
    QCOMPARE(extra.status, 200);
    QCOMPARE(extra.json().value(u"objects"_s), plain.json().value(u"objects"_s));
}

void TestSandboxFilters::limitOffsetAndMeta()
{
    Spec spec;
    spec.add(u"call_direction"_s, u"inbound"_s);
    spec.direction = u"inbound"_s;
    const QStringList expected = reference(m_server->account(), spec);
    QVERIFY(expected.size() > 12);
    const QByteArray prefix = "/v1/Account/MADEMO0000SANDBOX001/Call/?";

    HttpResult result = fetch(ListPath + "?call_direction=inbound&limit=5");
    QCOMPARE(result.status, 200);
    QJsonObject meta = result.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"limit"_s).toInt(), 5);
    QCOMPARE(meta.value(u"offset"_s).toInt(), 0);
    QCOMPARE(meta.value(u"total_count"_s).toInteger(), expected.size());
    QCOMPARE(meta.value(u"next"_s).toString(),
             QString::fromLatin1(prefix + "limit=5&offset=5&call_direction=inbound"));
    QVERIFY(meta.value(u"previous"_s).isNull());

    result = fetch(ListPath + "?offset=7&call_direction=inbound&limit=5");
    meta = result.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"next"_s).toString(),
             QString::fromLatin1(prefix + "limit=5&offset=12&call_direction=inbound"));
    QCOMPARE(meta.value(u"previous"_s).toString(),
             QString::fromLatin1(prefix + "limit=5&offset=2&call_direction=inbound"));
    const QJsonArray objects = result.json().value(u"objects"_s).toArray();
    QCOMPARE(objects.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(objects.at(i).toObject().value(u"call_uuid"_s).toString(), expected.at(7 + i));

    // The last page: next is null.
    const int lastOffset = int(expected.size()) - 3;
    result = fetch(ListPath
                   + "?call_direction=inbound&limit=20&offset=" + QByteArray::number(lastOffset));
    meta = result.json().value(u"meta"_s).toObject();
    QCOMPARE(result.json().value(u"objects"_s).toArray().size(), 3);
    QVERIFY(meta.value(u"next"_s).isNull());
    QCOMPARE(meta.value(u"previous"_s).toString(),
             QString::fromLatin1(prefix + "limit=20&offset=" + QByteArray::number(lastOffset - 20)
                                 + "&call_direction=inbound"));

    // Past the end: an empty page, not an error.
    result = fetch(ListPath + "?call_direction=inbound&offset=100000");
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().value(u"objects"_s).toArray().isEmpty());
    QVERIFY(result.json().value(u"meta"_s).toObject().value(u"next"_s).isNull());
    QCOMPARE(result.json().value(u"meta"_s).toObject().value(u"total_count"_s).toInteger(),
             expected.size());

    // The default limit is 20, and next keeps the filters, re-encoded.
    result = fetch(ListPath + "?end_time__gte=2024-06-10%2000:00&from_number=%2B1");
    meta = result.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"limit"_s).toInt(), 20);
    QCOMPARE(result.json().value(u"objects"_s).toArray().size(), 20);
    QCOMPARE(meta.value(u"next"_s).toString(),
             QString::fromLatin1(
                     prefix
                     + "limit=20&offset=20&end_time__gte=2024-06-10%2000%3A00&from_number=%2B1"));
}

void TestSandboxFilters::plusVersusPercent2B()
{
    // A number with a plus sign, as the account has it.
    const SandboxAccount &account = m_server->account();
    QString number;
    for (const int index : account.newestFirst()) {
        const SandboxCall &call = account.calls().at(index);
        if (call.fromNumber.startsWith(u"+1") && call.endTime >= account.now() - 7 * 86400) {
            number = call.fromNumber;
            break;
        }
    }
    QVERIFY(!number.isEmpty());
    const QByteArray prefix = number.mid(1, 4).toLatin1();
    Spec spec;
    spec.fromPrefix = number.left(5);
    const qint64 expected = reference(account, spec).size();
    QVERIFY(expected > 0);

    const auto totalOf = [this](const QByteArray &query) {
        const HttpResult result = fetch(ListPath + '?' + query);
        return result.status == 200
                ? result.json().value(u"meta"_s).toObject().value(u"total_count"_s).toInteger()
                : -1;
    };
    QCOMPARE(totalOf("from_number=%2B" + prefix), expected);
    QCOMPARE(totalOf("from_number=" + prefix), expected);
    // A raw '+' is a space to a form-decoding server: " 1415…" matches nothing.
    QCOMPARE(totalOf("from_number=+" + prefix), 0);
    // In a time, a raw '+' is the space between date and time, so it still parses.
    QCOMPARE(totalOf("end_time__gte=2024-06-10+00:00"),
             totalOf("end_time__gte=2024-06-10%2000:00"));
    QVERIFY(totalOf("end_time__gte=2024-06-10+00:00") > 0);
}

void TestSandboxFilters::hostileCallerIds()
{
    // Caller ids with spreadsheet formulas, quotes, commas and line breaks travel through the
    // query and the JSON intact.
    const SandboxAccount &account = m_server->account();
    int checked = 0;
    for (const int index : account.newestFirst()) {
        const SandboxCall &call = account.calls().at(index);
        if (call.endTime < account.retentionStart() + 86400)
            break;
        const bool hostile = !call.fromNumber.isEmpty()
                && (QStringView(u"=@-").contains(call.fromNumber.at(0))
                    || call.fromNumber.startsWith(u"+c") || call.fromNumber.contains(u'"')
                    || call.fromNumber.contains(u'\n'));
        if (!hostile)
            continue;
        Spec spec;
        spec.add(u"from_number"_s, call.fromNumber);
        spec.fromPrefix = call.fromNumber;
        const qint64 lower = (call.endTime - 86400) * Micro;
        spec.add(u"end_time__gte"_s, formatUtc(lower, 1));
        spec.endGte = lower;
        const QStringList expected = reference(account, spec);
        QVERIFY(expected.contains(call.callUuid));
        QStringList uuids;
        qint64 total = 0;
        int pages = 0;
        QVERIFY2(pageThrough(spec.encoded(), &uuids, &total, &pages), qPrintable(call.fromNumber));
        QCOMPARE(uuids, expected);
        ++checked;
    }
    QVERIFY(checked >= 5);
}

void TestSandboxFilters::severalNumbersJoined()
{
    // The Python SDK sends several numbers joined with '<'.
    Spec first;
    first.toPrefix = u"91"_s;
    Spec second;
    second.toPrefix = u"44"_s;
    const qint64 expected = reference(m_server->account(), first).size()
            + reference(m_server->account(), second).size();
    const HttpResult result = fetch(ListPath + "?to_number=91%3C44");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"meta"_s).toObject().value(u"total_count"_s).toInteger(),
             expected);
}

QTEST_GUILESS_MAIN(TestSandboxFilters)
#include "tst_sandboxfilters.moc"
