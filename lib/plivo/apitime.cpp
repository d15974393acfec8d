#include "apitime.h"

#include <QTimeZone>

namespace CivilTime {

// Howard Hinnant's days_from_civil: branch-light and exact over the whole proleptic calendar.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int mp = (5 * dayOfYear + 2) / 153;
    *day = dayOfYear - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = int(yearOfEra + era * 400 + (*month <= 2));
}

QString formatFilterTime(const QDateTime &utc)
{
    // The API takes fractions of a second; dropping one would widen a bound the person set.
    const QDateTime time = utc.toUTC();
    const QString seconds = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const int milliseconds = time.time().msec();
    return milliseconds == 0
            ? seconds
            : seconds + u'.' + QString::number(milliseconds * 1000).rightJustified(6, u'0');
}

} // namespace CivilTime

namespace {

// Reads exactly `count` digits at `pos`; -1 when any is not a digit.
int readDigits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

QString formatCivil(qint64 localSeconds, int microseconds, char16_t separator)
{
    qint64 days = localSeconds / 86400;
    qint64 secondOfDay = localSeconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    int year, month, day;
    CivilTime::civilFromDays(days, &year, &month, &day);
    QString text = QString::number(year).rightJustified(4, u'0') + u'-' + twoDigits(month) + u'-'
            + twoDigits(day) + separator + twoDigits(int(secondOfDay / 3600)) + u':'
            + twoDigits(int(secondOfDay / 60 % 60)) + u':' + twoDigits(int(secondOfDay % 60));
    if (microseconds != 0)
        text += u'.' + QString::number(microseconds).rightJustified(6, u'0');
    return text;
}

} // namespace

std::optional<ApiTime> ApiTime::parse(QStringView text)
{
    text = text.trimmed();
    const int year = readDigits(text, 0, 4);
    const int month = readDigits(text, 5, 2);
    const int day = readDigits(text, 8, 2);
    const int hour = readDigits(text, 11, 2);
    const int minute = readDigits(text, 14, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || text[4] != u'-' || text[7] != u'-'
        || (text[10] != u' ' && text[10] != u'T') || text[13] != u':')
        return std::nullopt;
    if (day > daysInMonth(year, month))
        return std::nullopt;

    qsizetype pos = 16;
    int second = 0;
    int microseconds = 0;
    if (pos < text.size() && text[pos] == u':') {
        second = readDigits(text, pos + 1, 2);
        if (second < 0 || second > 59)
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && text[pos] == u'.') {
            ++pos;
            int digits = 0;
            while (pos < text.size() && text[pos].isDigit()) {
                if (digits < 6)
                    microseconds = microseconds * 10 + (text[pos].unicode() - u'0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int i = digits; i < 6; ++i)
                microseconds *= 10;
        }
    }

    int offsetSeconds = 0;
    if (pos < text.size()) {
        const char16_t sign = text[pos].unicode();
        if (sign == u'Z' && pos + 1 == text.size()) {
            offsetSeconds = 0;
        } else if (sign == u'+' || sign == u'-') {
            const int offsetHours = readDigits(text, pos + 1, 2);
            qsizetype minutePos = pos + 3;
            if (minutePos < text.size() && text[minutePos] == u':')
                ++minutePos;
            const int offsetMinutes = readDigits(text, minutePos, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
                || minutePos + 2 != text.size())
                return std::nullopt;
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }

    const qint64 local = CivilTime::daysFromCivil(year, month, day) * 86400 + hour * 3600
            + minute * 60 + second;
    return ApiTime(local - offsetSeconds, offsetSeconds, microseconds);
}

ApiTime ApiTime::fromDateTime(const QDateTime &dateTime)
{
    const qint64 msecs = dateTime.toMSecsSinceEpoch();
    qint64 seconds = msecs / 1000;
    qint64 rest = msecs % 1000;
    if (rest < 0) {
        rest += 1000;
        --seconds;
    }
    return ApiTime(seconds, dateTime.offsetFromUtc(), int(rest * 1000));
}

QDateTime ApiTime::toUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_utcSeconds * 1000 + m_microseconds / 1000,
                                          QTimeZone::utc());
}

QDateTime ApiTime::toOriginalOffset() const
{
    return QDateTime::fromMSecsSinceEpoch(m_utcSeconds * 1000 + m_microseconds / 1000,
                                          QTimeZone(m_offsetSeconds));
}

QString ApiTime::toApiString() const
{
    const int absOffset = m_offsetSeconds < 0 ? -m_offsetSeconds : m_offsetSeconds;
    return formatCivil(m_utcSeconds + m_offsetSeconds, m_microseconds, u' ')
            + (m_offsetSeconds < 0 ? u'-' : u'+') + twoDigits(absOffset / 3600) + u':'
            + twoDigits(absOffset / 60 % 60);
}

QString ApiTime::toIsoUtc() const
{
    return formatCivil(m_utcSeconds, m_microseconds, u'T') + u'Z';
}
