#include "sandboxquery.h"

#include "sandboxaccount.h"

#include <QDate>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MicrosPerSecond = 1000000;

std::optional<qint64> parseInteger(const QString &text)
{
    const qsizetype start = text.startsWith(u'-') ? 1 : 0;
    if (text.size() == start || text.size() - start > 18)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return start ? -value : value;
}

int digitsAt(const QString &text, qsizetype position, qsizetype count)
{
    int value = 0;
    for (qsizetype i = position; i < position + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString stripPlus(const QString &number)
{
    return number.startsWith(u'+') ? number.mid(1) : number;
}

const QStringList &hangupSources()
{
    static const QStringList sources = {u"Caller"_s,     u"Callee"_s, u"Plivo"_s,  u"API Request"_s,
                                        u"Answer XML"_s, u"Error"_s,  u"Unknown"_s};
    return sources;
}

const QStringList &stirVerifications()
{
    static const QStringList values = {u"Verified"_s, u"Not Verified"_s, u"Not Applicable"_s};
    return values;
}

} // namespace

QList<SandboxQuery::Parameter> SandboxQuery::decodeQuery(const QByteArray &encodedQuery)
{
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    QList<Parameter> parameters;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = decode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
        const auto existing = std::find_if(parameters.begin(), parameters.end(),
                                           [&key](const Parameter &p) { return p.key == key; });
        if (existing != parameters.end())
            existing->value = value;
        else
            parameters.append({key, value});
    }
    return parameters;
}

SandboxQuery SandboxQuery::parse(const QByteArray &encodedQuery, qint64 nowUtcSeconds)
{
    return parse(decodeQuery(encodedQuery), nowUtcSeconds);
}

SandboxQuery SandboxQuery::parse(const QList<Parameter> &parameters, qint64 nowUtcSeconds)
{
    SandboxQuery query;
    query.m_parameters = parameters;
    for (const Parameter &parameter : parameters) {
        if (!query.readParameter(parameter.key, parameter.value))
            return query;
    }

    const qint64 now = nowUtcSeconds * MicrosPerSecond;
    const qint64 range = MaximumRangeSeconds * MicrosPerSecond;
    if (query.m_lowerBound && query.m_upperBound) {
        if (*query.m_upperBound - *query.m_lowerBound > range) {
            query.fail(u"end_time range exceeds 30 days: the lower bound (end_time__gt or "
                       "end_time__gte) and the upper bound (end_time__lt or end_time__lte) may "
                       "be at most 30 days apart"_s);
            return query;
        }
    } else if (query.m_lowerBound) {
        query.m_latestEnd = std::min(query.m_latestEnd, *query.m_lowerBound + range);
    } else if (query.m_upperBound) {
        query.m_earliestEnd = std::max(query.m_earliestEnd, *query.m_upperBound - range);
    } else {
        query.m_earliestEnd = now - DefaultWindowSeconds * MicrosPerSecond;
        query.m_latestEnd = now;
    }
    const qint64 retentionStart
            = (nowUtcSeconds - SandboxAccount::RetentionSeconds) * MicrosPerSecond;
    query.m_earliestEnd = std::max(query.m_earliestEnd, retentionStart);
    return query;
}

bool SandboxQuery::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool SandboxQuery::readParameter(const QString &key, const QString &value)
{
    if (key == u"limit") {
        const auto limit = parseInteger(value);
        if (!limit || *limit < 1 || *limit > MaximumLimit)
            return fail(u"limit must be an integer from 1 to 20, got \"%1\""_s.arg(value));
        m_limit = int(*limit);
    } else if (key == u"offset") {
        const auto offset = parseInteger(value);
        if (!offset || *offset < 0 || *offset > std::numeric_limits<int>::max())
            return fail(u"offset must be an integer of 0 or more, got \"%1\""_s.arg(value));
        m_offset = int(*offset);
    } else if (key == u"subaccount") {
        m_subaccount = value;
    } else if (key == u"call_direction") {
        if (value != u"inbound" && value != u"outbound")
            return fail(u"call_direction must be inbound or outbound, got \"%1\""_s.arg(value));
        m_direction = value;
    } else if (key == u"from_number" || key == u"to_number") {
        // The Python SDK joins several numbers with '<': any of them matches.
        QStringList filters;
        for (const QString &filter : value.split(u'<', Qt::SkipEmptyParts))
            filters.append(filter);
        (key == u"from_number" ? m_fromFilters : m_toFilters) = filters;
    } else if (key == u"parent_call_uuid") {
        m_parentCallUuid = value;
    } else if (key.startsWith(u"bill_duration")) {
        const QString form = key.mid(13);
        if (form != u"" && form != u"__gt" && form != u"__gte" && form != u"__lt"
            && form != u"__lte")
            return true; // not a parameter the API knows: ignored
        const auto seconds = parseInteger(value);
        if (!seconds)
            return fail(u"%1 must be a whole number of seconds, got \"%2\""_s.arg(key, value));
        if (form.isEmpty() || form == u"__gte")
            m_minBill = std::max(m_minBill, *seconds);
        if (form.isEmpty() || form == u"__lte")
            m_maxBill = std::min(m_maxBill, *seconds);
        if (form == u"__gt")
            m_minBill = std::max(m_minBill, *seconds + 1);
        if (form == u"__lt")
            m_maxBill = std::min(m_maxBill, *seconds - 1);
    } else if (key.startsWith(u"end_time")) {
        const QString form = key.mid(8);
        if (form != u"" && form != u"__gt" && form != u"__gte" && form != u"__lt"
            && form != u"__lte")
            return true;
        const auto micros = parseUtcTime(value);
        if (!micros)
            return fail(
                    u"%1 must be a UTC time written YYYY-MM-DD HH:MM[:ss[.uuuuuu]], got \"%2\""_s
                            .arg(key, value));
        const auto tighterLower = [this](qint64 raw, qint64 inclusive) {
            m_lowerBound = m_lowerBound ? std::max(*m_lowerBound, raw) : raw;
            m_earliestEnd = std::max(m_earliestEnd, inclusive);
        };
        const auto tighterUpper = [this](qint64 raw, qint64 inclusive) {
            m_upperBound = m_upperBound ? std::min(*m_upperBound, raw) : raw;
            m_latestEnd = std::min(m_latestEnd, inclusive);
        };
        if (form.isEmpty() || form == u"__gte")
            tighterLower(*micros, *micros);
        if (form.isEmpty() || form == u"__lte")
            tighterUpper(*micros, *micros);
        if (form == u"__gt")
            tighterLower(*micros, *micros + 1);
        if (form == u"__lt")
            tighterUpper(*micros, *micros - 1);
    } else if (key == u"hangup_cause_code") {
        const auto code = parseInteger(value);
        if (!code)
            return fail(u"hangup_cause_code must be an integer, got \"%1\""_s.arg(value));
        m_hangupCauseCode = *code;
    } else if (key == u"hangup_source") {
        if (!hangupSources().contains(value))
            return fail(u"hangup_source must be one of %1, got \"%2\""_s.arg(
                    hangupSources().join(u", "_s), value));
        m_hangupSource = value;
    } else if (key == u"stir_verification") {
        if (!stirVerifications().contains(value))
            return fail(u"stir_verification must be one of %1, got \"%2\""_s.arg(
                    stirVerifications().join(u", "_s), value));
        m_stirVerification = value;
    }
    // Anything else is not a parameter of this API and is ignored, as Plivo does.
    return true;
}

std::optional<qint64> SandboxQuery::parseUtcTime(const QString &text)
{
    // YYYY-MM-DD HH:MM, then optionally :ss, then optionally .u to .uuuuuu
    const qsizetype length = text.size();
    if (length != 16 && length != 19 && (length < 21 || length > 26))
        return std::nullopt;
    if (text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' ' || text.at(13) != u':')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    int second = 0;
    int micros = 0;
    if (length >= 19) {
        if (text.at(16) != u':')
            return std::nullopt;
        second = digitsAt(text, 17, 2);
    }
    if (length >= 21) {
        if (text.at(19) != u'.')
            return std::nullopt;
        micros = digitsAt(text, 20, length - 20);
        for (qsizetype i = length - 20; i < 6 && micros >= 0; ++i)
            micros *= 10;
    }
    if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || micros < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second;
    return seconds * MicrosPerSecond + micros;
}

bool SandboxQuery::numberMatches(const QString &number, const QString &filter)
{
    return stripPlus(number).startsWith(stripPlus(filter));
}

bool SandboxQuery::matches(const SandboxCall &call) const
{
    const qint64 end = call.endTime * MicrosPerSecond;
    if (end < m_earliestEnd || end > m_latestEnd)
        return false;
    if (!m_direction.isEmpty() && call.direction != m_direction)
        return false;
    if (!m_subaccount.isEmpty() && call.subaccount != m_subaccount)
        return false;
    if (!m_parentCallUuid.isEmpty() && call.parentCallUuid != m_parentCallUuid)
        return false;
    if (call.billDuration < m_minBill || call.billDuration > m_maxBill)
        return false;
    if (m_hangupCauseCode && call.hangupCauseCode != *m_hangupCauseCode)
        return false;
    if (!m_hangupSource.isEmpty() && call.hangupSource != m_hangupSource)
        return false;
    if (!m_stirVerification.isEmpty() && call.stirVerification != m_stirVerification)
        return false;
    const auto anyNumber = [](const QString &number, bool isNull, const QStringList &filters) {
        if (isNull)
            return false;
        return std::any_of(filters.begin(), filters.end(), [&number](const QString &filter) {
            return numberMatches(number, filter);
        });
    };
    if (!m_fromFilters.isEmpty() && !anyNumber(call.fromNumber, call.fromNumberNull, m_fromFilters))
        return false;
    if (!m_toFilters.isEmpty() && !anyNumber(call.toNumber, call.toNumberNull, m_toFilters))
        return false;
    return true;
}

QString SandboxQuery::cacheKey() const
{
    const QChar separator(0x1F);
    QStringList parts = {m_subaccount,
                         m_direction,
                         m_fromFilters.join(QChar(0x1E)),
                         m_toFilters.join(QChar(0x1E)),
                         m_parentCallUuid,
                         QString::number(m_minBill),
                         QString::number(m_maxBill),
                         m_hangupCauseCode ? QString::number(*m_hangupCauseCode) : QString(),
                         m_hangupSource,
                         m_stirVerification,
                         QString::number(m_earliestEnd),
                         QString::number(m_latestEnd)};
    return parts.join(separator);
}

QByteArray SandboxQuery::pageQuery(int limit, int offset) const
{
    QByteArray query
            = "limit=" + QByteArray::number(limit) + "&offset=" + QByteArray::number(offset);
    for (const Parameter &parameter : m_parameters) {
        if (parameter.key == u"limit" || parameter.key == u"offset")
            continue;
        query += '&' + QUrl::toPercentEncoding(parameter.key) + '='
                + QUrl::toPercentEncoding(parameter.value);
    }
    return query;
}
