#ifndef SANDBOXQUERY_H
#define SANDBOXQUERY_H

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

struct SandboxCall;

// The filters, time window and page of one "List all calls" request, parsed and validated with
// Plivo's rules. An invalid query carries the sentence the API answers with a 400.
class SandboxQuery
{
public:
    static constexpr int DefaultLimit = 20;
    static constexpr int MaximumLimit = 20;
    static constexpr qint64 DefaultWindowSeconds = 7 * 86400;
    static constexpr qint64 MaximumRangeSeconds = 30 * 86400;

    struct Parameter
    {
        QString key;
        QString value;
    };

    // Splits and decodes a query string as a form-decoding server does: '+' is a space, %2B a
    // plus sign. A repeated key keeps its first position and its last value.
    static QList<Parameter> decodeQuery(const QByteArray &encodedQuery);
    static SandboxQuery parse(const QByteArray &encodedQuery, qint64 nowUtcSeconds);
    static SandboxQuery parse(const QList<Parameter> &parameters, qint64 nowUtcSeconds);
    // "YYYY-MM-DD HH:MM[:ss[.uuuuuu]]", UTC, to microseconds since the epoch.
    static std::optional<qint64> parseUtcTime(const QString &text);
    // Exact-or-prefix number matching, ignoring a leading '+' on both sides.
    static bool numberMatches(const QString &number, const QString &filter);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int limit() const { return m_limit; }
    int offset() const { return m_offset; }
    const QList<Parameter> &parameters() const { return m_parameters; }

    // Inclusive bounds on end_time in microseconds, once the default 7-day window, the 30-day
    // window of a single bound and the 90-day retention are applied.
    qint64 earliestEndMicros() const { return m_earliestEnd; }
    qint64 latestEndMicros() const { return m_latestEnd; }

    bool matches(const SandboxCall &call) const;
    // Identifies the set of matching calls (not the page), for caching.
    QString cacheKey() const;
    // "limit=20&offset=40&<the other parameters, re-encoded>", for meta.next and meta.previous.
    QByteArray pageQuery(int limit, int offset) const;

private:
    bool fail(const QString &error);
    bool readParameter(const QString &key, const QString &value);

    QList<Parameter> m_parameters;
    QString m_error;
    int m_limit = DefaultLimit;
    int m_offset = 0;

    QString m_subaccount;
    QString m_direction;
    QStringList m_fromFilters;
    QStringList m_toFilters;
    QString m_parentCallUuid;
    qint64 m_minBill = std::numeric_limits<qint64>::min();
    qint64 m_maxBill = std::numeric_limits<qint64>::max();
    std::optional<qint64> m_hangupCauseCode;
    QString m_hangupSource;
    QString m_stirVerification;

    std::optional<qint64> m_lowerBound; // the tightest lower end_time bound given, as sent
    std::optional<qint64> m_upperBound;
    qint64 m_earliestEnd = std::numeric_limits<qint64>::min();
    qint64 m_latestEnd = std::numeric_limits<qint64>::max();
};

#endif // SANDBOXQUERY_H
