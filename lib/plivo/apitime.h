#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// A moment as the API reports it: the UTC instant plus the UTC offset the text was written in,
// so "2022-10-12 21:57:47+05:30" can be shown again exactly as Plivo sent it.
class ApiTime
{
public:
    ApiTime() = default;
    ApiTime(qint64 utcSeconds, int offsetSeconds, int microseconds = 0)
        : m_utcSeconds(utcSeconds)
        , m_microseconds(microseconds)
        , m_offsetSeconds(offsetSeconds)
    { }

    // Accepts "YYYY-MM-DD HH:MM[:SS[.ffffff]]" with "T" or " ", then "Z", "±HH:MM", "±HHMM" or
    // nothing (UTC).
    static std::optional<ApiTime> parse(QStringView text);
    static ApiTime fromDateTime(const QDateTime &dateTime);

    qint64 utcSeconds() const { return m_utcSeconds; }
    int microseconds() const { return m_microseconds; }
    int offsetSeconds() const { return m_offsetSeconds; }

    QDateTime toUtc() const;
    QDateTime toOriginalOffset() const;

    // "2022-10-12 21:57:47+05:30": the API's own rendering.
    QString toApiString() const;
    // "2022-10-12T16:27:47Z"
    QString toIsoUtc() const;

    friend bool operator==(const ApiTime &, const ApiTime &) = default;
    friend auto operator<=>(const ApiTime &a, const ApiTime &b)
    {
        if (a.m_utcSeconds != b.m_utcSeconds)
            return a.m_utcSeconds <=> b.m_utcSeconds;
        return a.m_microseconds <=> b.m_microseconds;
    }

private:
    qint64 m_utcSeconds = 0;
    int m_microseconds = 0;
    int m_offsetSeconds = 0;
};

namespace CivilTime {
// Days since 1970-01-01 of a proleptic Gregorian date, and back; exact for any year.
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int *year, int *month, int *day);
// "YYYY-MM-DD HH:MM:SS" of a UTC instant: the form the API's filters expect.
QString formatFilterTime(const QDateTime &utc);
} // namespace CivilTime
