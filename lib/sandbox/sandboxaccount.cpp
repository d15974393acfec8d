#include "sandboxaccount.h"

#include <QJsonDocument>

#include <QJsonValue>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// SandboxRandom

SandboxRandom::SandboxRandom(quint64 seed)
{
    // splitmix64 spreads any seed, 0 included, over the whole state.
    for (quint64 &word : m_state) {
        seed += 0x9E3779B97F4A7C15ULL;
        word = mix(seed);
    }
}

quint64 SandboxRandom::mix(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

quint64 SandboxRandom::hash(const QByteArray &bytes, quint64 seed)
{
    quint64 value = 0xCBF29CE484222325ULL; // FNV-1a, then mixed with the seed
    for (const char byte : bytes) {
        value ^= quint8(byte);
        value *= 0x100000001B3ULL;
    }
    return mix(value ^ mix(seed));
}

quint64 SandboxRandom::next()
{
    const auto rotl = [](quint64 x, int k) {
        return (x << k) | (x >> (64 - k));
    };
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 SandboxRandom::below(quint64 bound)
{
    // Multiply-shift: integer only, so every platform draws the same values.
    return quint64((static_cast<unsigned __int128>(next()) * bound) >> 64);
}

qint64 SandboxRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(below(quint64(high - low) + 1));
}

bool SandboxRandom::chance(int perMille)
{
    return below(1000) < quint64(perMille);
}

double SandboxRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

QString SandboxRandom::uuid()
{
    const quint64 high = (next() & ~0xF000ULL) | 0x4000ULL;
    const quint64 low = (next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xFFFF),
                  static_cast<unsigned long long>(high & 0xFFFF),
                  static_cast<unsigned long long>(low >> 48),
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return QString::fromLatin1(text, 36);
}

// ---------------------------------------------------------------------------------------------
// Tables

namespace {

struct HangupCause
{
    int code;
    const char *name;
};

// From Plivo's list of hangup causes (shared/plivo/hangup-causes.tsv).
constexpr HangupCause HangupCauses[] = {
        {0, "Unknown"},
        {1000, "Canceled"},
        {1010, "Canceled (Out Of Credits)"},
        {1020, "Canceled (Simultaneous dial limit reached)"},
        {2000, "Invalid Destination Address"},
        {2010, "Destination Out Of Service"},
        {2020, "Endpoint Not Registered"},
        {2030, "Destination Country Barred"},
        {2040, "Destination Number Barred"},
        {2050, "Destination Prefix Barred"},
        {2060, "Loop Detected"},
        {2070, "Violates Media Anchoring"},
        {3000, "No Answer"},
        {3010, "Busy Line"},
        {3020, "Rejected"},
        {3030, "Unknown Caller ID"},
        {3040, "Forbidden"},
        {3050, "Unallocated number"},
        {3070, "Request timeout"},
        {3080, "Internal server error from carrier"},
        {3090, "Network congestion from carrier"},
        {3100, "Busy everywhere"},
        {3110, "Declined"},
        {3120, "User does not exist anywhere"},
        {3130, "Spam block"},
        {3140, "DNO Caller ID"},
        {4000, "Normal Hangup"},
        {4010, "End Of XML Instructions"},
        {4020, "Multiparty Call Ended"},
        {4030, "Kicked Out Of Multiparty Call"},
        {5000, "Network Error"},
        {5010, "Internal Error"},
        {5020, "Routing Error"},
        {6000, "Scheduled Hangup"},
        {6010, "Ring Timeout Reached"},
        {6020, "Media Timeout"},
        {7011, "Error Reaching Answer URL"},
        {7012, "Error Reaching Action URL"},
        {7013, "Error Reaching Transfer URL"},
        {7014, "Error Reaching Redirect URL"},
        {7022, "Invalid Action URL"},
        {7023, "Invalid Transfer URL"},
        {7024, "Invalid Redirect URL"},
        {7032, "Invalid Method For Action URL"},
        {7033, "Invalid Method For Transfer URL"},
        {7034, "Invalid Method For Redirect URL"},
        {8011, "Invalid Answer XML"},
        {8012, "Invalid Action XML"},
        {8013, "Invalid Transfer XML"},
        {8014, "Invalid Redirect XML"},
        {9000, "Lost Race"},
        {9100, "Machine Detected"},
        {9110, "Confirm Key Challenge Failed"},
};

enum Source { Caller, Callee, Plivo, ApiRequest, AnswerXml, Error, Unknown };

const QString &sourceName(Source source)
{
    static const QString names[] = {u"Caller"_s,     u"Callee"_s, u"Plivo"_s,  u"API Request"_s,
                                    u"Answer XML"_s, u"Error"_s,  u"Unknown"_s};
    return names[source];
}

struct Outcome
{
    int code;
    Source source;
    bool answered;
    int weight;
};

constexpr Outcome OutboundOutcomes[] = {
        {4000, Callee, true, 330},     {4000, Caller, true, 170}, {4010, AnswerXml, true, 60},
        {4020, ApiRequest, true, 10},  {6000, Plivo, true, 15},   {9100, Plivo, true, 15},
        {5000, Error, true, 8},        {6020, Plivo, true, 7},    {8011, Error, true, 5},
        {3010, Callee, false, 80},     {3000, Callee, false, 60}, {6010, Plivo, false, 50},
        {3020, Callee, false, 15},     {3110, Callee, false, 10}, {3130, Callee, false, 5},
        {1000, ApiRequest, false, 30}, {2000, Error, false, 20},  {2010, Error, false, 15},
        {3050, Callee, false, 15},     {5020, Error, false, 10},  {3090, Error, false, 8},
        {3070, Error, false, 7},       {1010, Plivo, false, 5},   {2030, Error, false, 10},
        {3140, Error, false, 5},       {0, Unknown, false, 5},    {3040, Callee, false, 5},
};

constexpr Outcome InboundOutcomes[] = {
        {4000, Caller, true, 450},    {4000, Callee, true, 100},    {4010, AnswerXml, true, 120},
        {4020, ApiRequest, true, 20}, {6000, Plivo, true, 10},      {5000, Error, true, 5},
        {6020, Plivo, true, 5},       {8011, Error, true, 10},      {7011, Error, false, 20},
        {3000, Caller, false, 40},    {1000, ApiRequest, false, 5}, {0, Unknown, false, 5},
        {5010, Error, false, 5},
};

// A single B-leg dialled from an answered A-leg (parallel dials are handled apart).
constexpr Outcome BLegOutcomes[] = {
        {4000, Caller, true, 300}, {4000, Callee, true, 250}, {3010, Callee, false, 80},
        {3000, Callee, false, 70}, {6010, Plivo, false, 60},  {3020, Callee, false, 20},
        {2020, Error, false, 30},  {3050, Callee, false, 15}, {5020, Error, false, 10},
};

template<typename T, size_t N> const T &pickWeighted(SandboxRandom &random, const T (&table)[N])
{
    int total = 0;
    for (const T &entry : table)
        total += entry.weight;
    int roll = int(random.below(quint64(total)));
    for (const T &entry : table) {
        if (roll < entry.weight)
            return entry;
        roll -= entry.weight;
    }
    return table[N - 1];
}

struct Destination
{
    const char *countryCode;
    const char *areaCodes[6];
    int areaCodeCount;
    int subscriberDigits;
    qint64 outboundRate; // 1e-5 per minute
    qint64 inboundRate;
    const char *network;
    int weight;
};

constexpr Destination Destinations[] = {
        {"1", {"415", "212", "646", "310", "512", "206"}, 6, 7, 850, 850, "USA All Networks", 45},
        {"91", {"98", "99", "70", "81", "90", "63"}, 6, 8, 3570, 2100, "India All Networks", 20},
        {"44", {"7700", "7911", "7400", "2079"}, 4, 6, 1200, 900, "United Kingdom Mobile", 10},
        {"49", {"151", "160", "176", "157"}, 4, 7, 1800, 1000, "Germany All Networks", 6},
        {"65", {"8", "9", "6"}, 3, 7, 2100, 1500, "Singapore All Networks", 5},
        {"61", {"4", "2", "3"}, 3, 8, 2600, 1800, "Australia All Networks", 4},
        {"55", {"11", "21", "31"}, 3, 9, 4100, 3000, "Brazil All Networks", 3},
};
constexpr int UnitedStates = 0;
constexpr qint64 SipRate = 300;

// Relative call volume by local hour: quiet nights, busy office hours.
constexpr int HourWeights[24] = {6,  4,  3,   3,   4,  8,  18, 40, 70, 95, 100, 100,
                                 90, 95, 100, 100, 95, 85, 65, 45, 30, 20, 14,  9};

// Caller ids are chosen by the caller: these would run as spreadsheet formulas.
const char *const HostileCallerIds[] = {
        "=HYPERLINK(\"http://x\")", "@SUM(1+1)", "-2+3",
        "+cmd|' /C calc'!A0",       "=1+2*3",    "@cmd /c calc",
        "-cmd|' /C notepad'!A0",
};

// SIP users and caller names are free text: commas, quotes and line breaks.
const char *const HostileSipUris[] = {
        "sip:\"Doe, Jane\"@sip.example.com",
        "sip:line1\nline2@sip.example.com",
        "sip:o'brien,\"ceo\"@sip.example.com",
};

const char *const HostileCnams[] = {
        "Doe, Jane",
        "\"The Boss\" Smith",
        "Line one\nLine two",
        "ACME, \"Widgets\"\r\nDept. 7",
        "=HYPERLINK(\"http://x\",\"call back\")",
};

const char *const CallerNames[] = {
        "WIRELESS CALLER", "SMITH JOHN",    "GARCIA MARIA",        "ACME CORP", "PATEL RAVI",
        "TOLL FREE CALL",  "NGUYEN LINH",   "CITY OF SPRINGFIELD", "",          "MUELLER ANNA",
        "O'NEIL PATRICK",  "KAPOOR SUNITA",
};

const char *const SipUsers[] = {"alice", "bob", "support", "sales", "john", "sam"};

const char *const CarrierIps[] = {"52.9.254.123", "54.215.10.67", "18.214.109.91",
                                  "15.207.90.44", "3.7.35.210",   "13.52.9.160"};

int civilYearMonthDay(qint64 days, int *month, int *day)
{
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
            = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    return int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Generator

// Draws calls for the account. The historical calls come from one generator; every batch of
// live calls from another, seeded by the batch number, so growth never disturbs the history.
struct SandboxAccount::Generator
{
    SandboxAccount &account;
    SandboxRandom random;
    bool live = false;
    int hostileCallerIndex = 0;
    int hostileSipIndex = 0;
    int hostileCnamIndex = 0;

    Generator(SandboxAccount &owner, quint64 seed)
        : account(owner)
        , random(seed)
    { }

    QString digits(int count)
    {
        QString text(count, u'0');
        for (int i = 0; i < count; ++i)
            text[i] = QChar(u'0' + int(random.below(10)));
        return text;
    }

    int pickDestination()
    {
        int total = 0;
        for (const Destination &destination : Destinations)
            total += destination.weight;
        int roll = int(random.below(quint64(total)));
        for (int i = 0; i < int(std::size(Destinations)); ++i) {
            if (roll < Destinations[i].weight)
                return i;
            roll -= Destinations[i].weight;
        }
        return 0;
    }

    QString nationalNumber(int destinationIndex)
    {
        const Destination &destination = Destinations[destinationIndex];
        const char *area = destination.areaCodes[random.below(quint64(destination.areaCodeCount))];
        QString number = QLatin1StringView(destination.countryCode);
        number += QLatin1StringView(area);
        number += digits(destination.subscriberDigits);
        return number;
    }

    QString withOptionalPlus(const QString &number, int plusPerMille)
    {
        return random.chance(plusPerMille) ? u'+' + number : number;
    }

    QString sipEndpoint()
    {
        return account.m_sipEndpoints.at(int(random.below(quint64(account.m_sipEndpoints.size()))));
    }

    qint64 historicalEndTime()
    {
        const qint64 span = qint64(account.m_spanDays) * 86400;
        for (;;) {
            const qint64 end = account.m_now - qint64(random.below(quint64(span)));
            const qint64 local = end + account.m_tzOffsetSeconds;
            const qint64 day = floorDiv(local, 86400);
            const int hour = int((local - day * 86400) / 3600);
            const qint64 weekday = ((day + 4) % 7 + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
            const bool weekend = weekday == 0 || weekday == 6;
            const int weight = weekend ? HourWeights[hour] / 2 : HourWeights[hour];
            if (random.below(100) < quint64(weight))
                return end;
        }
    }

    // Heavy-tailed talk time: most calls last 10 s to 5 min, a few more than an hour.
    int talkSeconds()
    {
        struct Bucket
        {
            int low, high, weight;
        };
        static constexpr Bucket buckets[]
                = {{1, 9, 100},     {10, 29, 150},   {30, 59, 150},   {60, 119, 200},
                   {120, 299, 220}, {300, 899, 100}, {900, 3600, 50}, {3601, 14400, 30}};
        const Bucket &bucket = pickWeighted(random, buckets);
        return int(random.between(bucket.low, bucket.high));
    }

    void setStir(SandboxCall &call, bool usNumber, bool outbound)
    {
        if (!usNumber) {
            call.stirVerification = u"Not Applicable"_s;
            return;
        }
        const int roll = int(random.below(100));
        const int verified = outbound ? 55 : 40;
        const int notVerifiedB = verified + (outbound ? 20 : 15);
        const int notVerifiedC = notVerifiedB + (outbound ? 10 : 15);
        if (roll < verified) {
            call.stirVerification = u"Verified"_s;
            call.stirAttestation = u"A"_s;
        } else if (roll < notVerifiedB) {
            call.stirVerification = u"Not Verified"_s;
            call.stirAttestation = u"B"_s;
        } else if (roll < notVerifiedC) {
            call.stirVerification = u"Not Verified"_s;
            call.stirAttestation = u"C"_s;
        } else {
            call.stirVerification = u"Not Applicable"_s;
        }
    }

    void setOutcome(SandboxCall &call, const Outcome &outcome)
    {
        call.hangupCauseCode = outcome.code;
        call.hangupCauseName = SandboxAccount::hangupCauseName(outcome.code);
        call.hangupSource = sourceName(outcome.source);
        if (outcome.answered)
            call.callState = u"ANSWER"_s;
        else if (outcome.code == 3010 && random.chance(200))
            call.callState = u"BUSY"_s;
    }

    void setMoney(SandboxCall &call, qint64 ratePerMinute)
    {
        call.totalRate = ratePerMinute;
        call.billedDuration = (call.billDuration + 59) / 60 * 60; // 60-second billing interval
        call.totalAmount = ratePerMinute * (call.billedDuration / 60);
    }

    void setCommon(SandboxCall &call)
    {
        call.callUuid = random.uuid();
        call.apiId = random.uuid();
        call.stirAttestationCapitalised = random.chance(20);
    }

    // Fills the destination side of an outbound leg; returns whether it is a US number.
    bool dialDestination(SandboxCall &call, qint64 *rate, QString *prefix)
    {
        if (random.chance(70)) {
            if (random.chance(600)) {
                call.toNumber = sipEndpoint();
            } else {
                // One draw per statement: the order of draws must not depend on the compiler.
                const QLatin1StringView user(SipUsers[random.below(std::size(SipUsers))]);
                call.toNumber = u"sip:"_s + user + digits(19) + u"@phone.plivo.com"_s;
            }
            *rate = SipRate;
            *prefix = u"sip"_s;
            return false;
        }
        const int destination = pickDestination();
        const QString number = nationalNumber(destination);
        call.toNumber = withOptionalPlus(number, 250);
        call.voiceNetworkGroup = QLatin1StringView(Destinations[destination].network);
        *rate = Destinations[destination].outboundRate;
        *prefix = number.left(int(qstrlen(Destinations[destination].countryCode)) + 3);
        return destination == UnitedStates;
    }

    int generateCall(qint64 endTime, int maxLegs)
    {
        SandboxCall a;
        setCommon(a);
        a.direction = random.chance(450) ? u"inbound"_s : u"outbound"_s;
        const bool inbound = a.direction == u"inbound";
        const Outcome &outcome = inbound ? pickWeighted(random, InboundOutcomes)
                                         : pickWeighted(random, OutboundOutcomes);
        setOutcome(a, outcome);

        const int roll = int(random.below(100));
        if (roll >= 65)
            a.subaccount = account.m_subaccounts.at(roll < 85 ? 0 : roll < 95 ? 1 : 2);

        const int ownIndex = int(random.below(quint64(account.m_ownNumbers.size())));
        const QString ownNumber = account.m_ownNumbers.at(ownIndex);
        qint64 rate = 0;
        QString billingPrefix;
        bool usNumber = false;
        if (inbound) {
            a.toNumber = withOptionalPlus(ownNumber, 250);
            rate = Destinations[account.m_ownNumberCountries.at(ownIndex)].inboundRate;
            billingPrefix = ownNumber.left(4);
            if (random.chance(15)) {
                a.fromNumber = QString::fromUtf8(
                        HostileCallerIds[hostileCallerIndex++ % std::size(HostileCallerIds)]);
            } else if (random.chance(40)) {
                a.fromNumberNull = true; // anonymous caller
            } else if (random.chance(50)) {
                a.fromNumber = random.chance(100)
                        ? QString::fromUtf8(
                                HostileSipUris[hostileSipIndex++ % std::size(HostileSipUris)])
                        : sipEndpoint();
                const qint64 octets[] = {random.between(20, 220), random.between(0, 255),
                                         random.between(0, 255), random.between(1, 254)};
                a.sourceIp = u"%1.%2.%3.%4"_s.arg(octets[0]).arg(octets[1]).arg(octets[2]).arg(
                        octets[3]);
            } else {
                const int origin = pickDestination();
                a.fromNumber = withOptionalPlus(nationalNumber(origin), 600);
                a.voiceNetworkGroup = QLatin1StringView(Destinations[origin].network);
                a.sourceIp = QLatin1StringView(CarrierIps[random.below(std::size(CarrierIps))]);
                usNumber = origin == UnitedStates;
            }
            if (random.chance(5))
                a.sourceIp = u"127.0.01"_s; // malformed, as in one of Plivo's SDK fixtures
            if (random.chance(350)) {
                a.hasCnamLookup = true;
                a.cnamLookup = random.chance(50)
                        ? QString::fromUtf8(
                                HostileCnams[hostileCnamIndex++ % std::size(HostileCnams)])
                        : QString::fromUtf8(CallerNames[random.below(std::size(CallerNames))]);
            }
        } else {
            a.fromNumber = withOptionalPlus(ownNumber, 750);
            usNumber = dialDestination(a, &rate, &billingPrefix);
            if (a.hangupCauseCode == 2000 && random.chance(150))
                a.toNumberNull = true;
        }
        setStir(a, usNumber, !inbound);

        // B-legs need an answered A-leg with room for a dial.
        int bLegCount = 0;
        if (outcome.answered && maxLegs > 1 && random.chance(inbound ? 550 : 200)) {
            const int legRoll = int(random.below(100));
            bLegCount = std::min(legRoll < 65 ? 1 : legRoll < 90 ? 2 : 3, maxLegs - 1);
        }

        a.endTime = endTime;
        if (outcome.answered) {
            a.answered = true;
            a.billDuration = talkSeconds();
            if (bLegCount > 0)
                a.billDuration = std::max(a.billDuration, 20);
            a.callDuration = a.billDuration;
            a.answerTime = endTime - a.billDuration;
            a.initiationTime
                    = a.answerTime - (inbound ? random.between(0, 3) : random.between(3, 30));
        } else {
            qint64 ring = 0;
            switch (a.hangupCauseCode) {
            case 3010:
                ring = random.between(1, 6);
                break;
            case 3000:
            case 6010:
                ring = random.between(20, 60);
                break;
            case 1000:
                ring = random.between(2, 30);
                break;
            default:
                ring = random.between(0, 3);
                break;
            }
            a.initiationTime = endTime - ring;
        }
        setMoney(a, rate);
        if (a.hangupCauseCode == 4020 || (a.answered && random.chance(30)))
            a.conferenceUuid = random.uuid();
        if (random.chance(30)) {
            a.extraFieldName = u"billing_prefix"_s;
            a.extraFieldValue = billingPrefix;
        }

        account.m_calls.append(a);
        if (bLegCount > 0)
            generateBLegs(a, bLegCount);
        return 1 + bLegCount;
    }

    void generateBLegs(const SandboxCall &a, int count)
    {
        const qint64 dialStart = a.answerTime + random.between(0, std::min(5, a.billDuration / 4));
        const qint64 room = a.endTime - dialStart;
        const bool parallel = count > 1;
        const bool someoneAnswers = parallel ? random.chance(750) : false;
        qint64 winnerAnswer = 0;

        for (int i = 0; i < count; ++i) {
            SandboxCall b;
            setCommon(b);
            b.parentCallUuid = a.callUuid;
            b.direction = u"outbound"_s;
            b.subaccount = a.subaccount;
            if (a.fromNumberNull)
                b.fromNumber = a.toNumber;
            else
                b.fromNumber = a.fromNumber;
            qint64 rate = 0;
            QString prefix;
            const bool usNumber = dialDestination(b, &rate, &prefix);
            setStir(b, usNumber, true);
            b.initiationTime = dialStart + (parallel ? random.between(0, 1) : 0);

            Outcome outcome = parallel ? Outcome{3000, Callee, false, 1}
                                       : pickWeighted(random, BLegOutcomes);
            if (parallel && someoneAnswers)
                outcome = i == 0 ? Outcome{4000, random.chance(550) ? Caller : Callee, true, 1}
                                 : Outcome{9000, Plivo, false, 1};
            else if (parallel && random.chance(300))
                outcome = Outcome{3010, Callee, false, 1};
            if (outcome.answered && a.endTime - b.initiationTime < 4)
                outcome = Outcome{3000, Callee, false, 1};
            setOutcome(b, outcome);

            if (outcome.answered) {
                b.answered = true;
                const qint64 left = a.endTime - b.initiationTime;
                b.answerTime = b.initiationTime
                        + random.between(2, std::max<qint64>(2, std::min<qint64>(25, left / 2)));
                winnerAnswer = b.answerTime;
                b.endTime = live ? a.endTime
                                 : a.endTime
                                - random.between(0,
                                                 std::min<qint64>(2, a.endTime - b.answerTime - 1));
                b.billDuration = int(b.endTime - b.answerTime);
                b.callDuration = b.billDuration;
            } else if (outcome.code == 9000) {
                b.endTime = live ? a.endTime : std::max(winnerAnswer, b.initiationTime);
            } else {
                const qint64 ring
                        = random.between(1, std::max<qint64>(1, std::min<qint64>(45, room)));
                b.endTime = live ? a.endTime : std::min(a.endTime, b.initiationTime + ring);
            }
            setMoney(b, rate);
            account.m_calls.append(b);
        }
    }
};

// ---------------------------------------------------------------------------------------------
// SandboxAccount

SandboxAccount::SandboxAccount(quint64 seed, int callCount, const QDateTime &now, int spanDays,
                               int tzOffsetSeconds, const QString &authId,
                               const QDateTime &historyEnd)
    : m_seed(seed)
    , m_now(now.isValid() ? now.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch())
    , m_spanDays(std::max(1, spanDays))
    , m_tzOffsetSeconds(tzOffsetSeconds)
    , m_authId(authId)
{
    // Generated as of historyEnd, then seen as of now.
    const qint64 servedNow = m_now;
    if (historyEnd.isValid() && historyEnd.toSecsSinceEpoch() > m_now)
        m_now = historyEnd.toSecsSinceEpoch();
    Generator generator(*this, seed);
    SandboxRandom &random = generator.random;

    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 0; i < 3; ++i) {
        QString id = u"SA"_s;
        for (int c = 0; c < 18; ++c)
            id += QLatin1Char(Alphabet[random.below(36)]);
        m_subaccounts.append(id);
    }
    // The account's own Plivo numbers: mostly US, a few Indian and British ones.
    static constexpr int OwnNumberCountries[] = {0, 0, 0, 0, 0, 1, 1, 2};
    for (const int country : OwnNumberCountries) {
        m_ownNumbers.append(generator.nationalNumber(country));
        m_ownNumberCountries.append(country);
    }
    for (const char *user : SipUsers)
        m_sipEndpoints.append(u"sip:"_s + QLatin1StringView(user) + generator.digits(4)
                              + u"@phone.plivo.com"_s);

    const int count = std::max(0, callCount);
    m_calls.reserve(count);
    while (m_calls.size() < count) {
        const qint64 end = generator.historicalEndTime();
        generator.generateCall(end, count - int(m_calls.size()));
    }
    if (servedNow < m_now) {
        m_calls.removeIf([servedNow](const SandboxCall &call) { return call.endTime > servedNow; });
        m_now = servedNow;
    }

    m_newestFirst.resize(m_calls.size());
    for (int i = 0; i < int(m_calls.size()); ++i)
        m_newestFirst[i] = i;
    std::sort(m_newestFirst.begin(), m_newestFirst.end(), [this](int left, int right) {
        return isNewerFirst(m_calls.at(left), m_calls.at(right));
    });
    m_byUuid.reserve(m_calls.size());
    for (int i = 0; i < int(m_calls.size()); ++i)
        m_byUuid.insert(m_calls.at(i).callUuid, i);
}

const SandboxCall *SandboxAccount::findCall(const QString &callUuid) const
{
    const auto it = m_byUuid.constFind(callUuid);
    return it == m_byUuid.constEnd() ? nullptr : &m_calls.at(it.value());
}

QDateTime SandboxAccount::nowDateTime() const
{
    return QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC);
}

bool SandboxAccount::isNewerFirst(const SandboxCall &left, const SandboxCall &right)
{
    if (left.endTime != right.endTime)
        return left.endTime > right.endTime;
    return left.callUuid > right.callUuid;
}

QString SandboxAccount::formatTime(qint64 utcSeconds) const
{
    const qint64 local = utcSeconds + m_tzOffsetSeconds;
    const qint64 days = floorDiv(local, 86400);
    const qint64 seconds = local - days * 86400;
    int month = 0;
    int day = 0;
    const int year = civilYearMonthDay(days, &month, &day);
    const int offset = m_tzOffsetSeconds < 0 ? -m_tzOffsetSeconds : m_tzOffsetSeconds;
    char text[48];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d%c%02d:%02d",
                                     year, month, day, int(seconds / 3600), int(seconds / 60 % 60),
                                     int(seconds % 60), m_tzOffsetSeconds < 0 ? '-' : '+',
                                     offset / 3600, offset / 60 % 60);
    return QString::fromLatin1(text, length);
}

QString SandboxAccount::formatAmount(qint64 units)
{
    const bool negative = units < 0;
    const quint64 magnitude = negative ? quint64(-units) : quint64(units);
    char text[40];
    const int length = std::snprintf(text, sizeof text, "%s%llu.%05llu", negative ? "-" : "",
                                     static_cast<unsigned long long>(magnitude / 100000),
                                     static_cast<unsigned long long>(magnitude % 100000));
    return QString::fromLatin1(text, length);
}

QString SandboxAccount::formatOffset(int offsetSeconds)
{
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    return u"%1%2:%3"_s.arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
            .arg(magnitude / 3600, 2, 10, QChar(u'0'))
            .arg(magnitude / 60 % 60, 2, 10, QChar(u'0'));
}

QString SandboxAccount::hangupCauseName(int code)
{
    static const QHash<int, QString> names = [] {
        QHash<int, QString> table;
        for (const HangupCause &cause : HangupCauses)
            table.insert(cause.code, QString::fromLatin1(cause.name));
        return table;
    }();
    return names.value(code, u"Unknown"_s);
}

QList<std::pair<QString, QJsonValue>> SandboxAccount::members(const SandboxCall &call) const
{
    const auto nullable = [](const QString &text, bool isNull) {
        return isNull ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QList<std::pair<QString, QJsonValue>> object;
    object.reserve(26);
    object.append({"answer_time"_L1,
                   call.answered ? QJsonValue(formatTime(call.answerTime))
                                 : QJsonValue(QJsonValue::Null)});
    object.append({"api_id"_L1, call.apiId});
    object.append({"bill_duration"_L1, call.billDuration});
    object.append({"billed_duration"_L1, call.billedDuration});
    object.append({"call_direction"_L1, call.direction});
    object.append({"call_duration"_L1, call.callDuration});
    object.append({"call_state"_L1, nullable(call.callState, call.callState.isEmpty())});
    object.append({"call_uuid"_L1, call.callUuid});
    object.append(
            {"conference_uuid"_L1, nullable(call.conferenceUuid, call.conferenceUuid.isEmpty())});
    object.append({"end_time"_L1, formatTime(call.endTime)});
    object.append({"from_number"_L1, nullable(call.fromNumber, call.fromNumberNull)});
    object.append({"hangup_cause_code"_L1, call.hangupCauseCode});
    object.append({"hangup_cause_name"_L1, call.hangupCauseName});
    object.append({"hangup_source"_L1, call.hangupSource});
    object.append({"initiation_time"_L1, formatTime(call.initiationTime)});
    object.append(
            {"parent_call_uuid"_L1, nullable(call.parentCallUuid, call.parentCallUuid.isEmpty())});
    object.append(
            {"resource_uri"_L1, u"/v1/Account/"_s + m_authId + u"/Call/"_s + call.callUuid + u'/'});
    object.append({"stir_verification"_L1, call.stirVerification});
    object.append({"to_number"_L1, nullable(call.toNumber, call.toNumberNull)});
    object.append({"total_amount"_L1, formatAmount(call.totalAmount)});
    object.append({"total_rate"_L1, formatAmount(call.totalRate)});
    object.append({call.stirAttestationCapitalised ? "Stir_attestation"_L1 : "stir_attestation"_L1,
                   call.stirAttestation});
    object.append({"voice_network_group"_L1, call.voiceNetworkGroup});
    object.append({"source_ip"_L1, call.sourceIp});
    if (call.hasCnamLookup)
        object.append({"cnam_lookup"_L1, call.cnamLookup});
    if (!call.extraFieldName.isEmpty())
        object.append({call.extraFieldName, call.extraFieldValue});
    return object;
}

QJsonObject SandboxAccount::toJson(const SandboxCall &call) const
{
    QJsonObject object;
    for (const auto &[key, value] : members(call))
        object.insert(key, value);
    return object;
}

QByteArray SandboxAccount::jsonText(const SandboxCall &call) const
{
    return jsonText(members(call));
}

QByteArray SandboxAccount::jsonText(const QList<std::pair<QString, QJsonValue>> &members)
{
    QByteArray text = "{";
    for (const auto &[key, value] : members) {
        if (text.size() > 1)
            text += ',';
        // Qt writes each member (escapes, numbers); the order is ours.
        const QByteArray member
                = QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact);
        text += QByteArrayView(member).sliced(1, member.size() - 2);
    }
    return text + '}';
}

void SandboxAccount::setNow(qint64 utcSeconds)
{
    if (utcSeconds <= m_now)
        return;
    m_now = utcSeconds;
    ++m_revision;
}

int SandboxAccount::addLiveCalls(int legCount)
{
    int added = 0;
    while (added < legCount) {
        Generator generator(*this,
                            SandboxRandom::mix(m_seed ^ 0x11FE11FE11FE11FEULL) + m_liveSequence++);
        generator.live = true;
        const int first = int(m_calls.size());
        qint64 end = m_now;
        if (m_latePerMille > 0 && m_lateSeconds > 0) {
            // Decided apart from the call's own draws, so a history without late records
            // stays the same.
            SandboxRandom late(SandboxRandom::mix(m_seed ^ 0x1A7E1A7E1A7E1A7EULL) + m_liveSequence);
            if (late.chance(m_latePerMille))
                end -= 1 + qint64(late.below(quint64(m_lateSeconds)));
        }
        added += generator.generateCall(end, legCount - added);
        const qint64 appearedAtMs = QDateTime::currentMSecsSinceEpoch();
        for (int i = first; i < int(m_calls.size()); ++i) {
            m_calls[i].appearedAtMs = appearedAtMs;
            m_calls[i].lateBySeconds = int(m_now - end);
            m_byUuid.insert(m_calls.at(i).callUuid, i);
            insertIntoOrder(i);
        }
    }
    if (added > 0)
        ++m_revision;
    return added;
}

void SandboxAccount::setLateArrivals(double share, int maxSeconds)
{
    m_latePerMille = int(std::clamp(share, 0.0, 1.0) * 1000.0 + 0.5);
    m_lateSeconds = std::max(0, maxSeconds);
}

void SandboxAccount::insertIntoOrder(int index)
{
    const SandboxCall &call = m_calls.at(index);
    const auto position = std::upper_bound(
            m_newestFirst.begin(), m_newestFirst.end(), index,
            [this, &call](int, int other) { return isNewerFirst(call, m_calls.at(other)); });
    m_newestFirst.insert(position, index);
}
