#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct CallRecord;

using QueryParameters = QList<std::pair<QString, QString>>;

// The five forms a numeric or time filter takes on the wire: exact, __gt, __gte, __lt, __lte.
template<typename T> struct RangeFilter
{
    std::optional<T> exact;
    std::optional<T> greaterThan;
    std::optional<T> atLeast;
    std::optional<T> lessThan;
    std::optional<T> atMost;

    bool isEmpty() const { return !exact && !greaterThan && !atLeast && !lessThan && !atMost; }
    bool hasLowerBound() const { return greaterThan || atLeast; }
    bool hasUpperBound() const { return lessThan || atMost; }
    bool contains(const T &value) const
    {
        return (!exact || value == *exact) && (!greaterThan || value > *greaterThan)
                && (!atLeast || value >= *atLeast) && (!lessThan || value < *lessThan)
                && (!atMost || value <= *atMost);
    }
    bool operator==(const RangeFilter &) const = default;
};

// Everything a person can ask of "List all calls", as a value. Times are UTC instants.
class CallFilter
{
    Q_DECLARE_TR_FUNCTIONS(CallFilter)

public:
    enum class Field {
        Subaccount,
        CallDirection,
        FromNumber,
        ToNumber,
        ParentCallUuid,
        BillDuration,
        EndTime,
        HangupCauseCode,
        HangupSource,
        StirVerification,
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    QString subaccount;
    QString callDirection; // "", "inbound" or "outbound"
    QString fromNumber;
    QString toNumber;
    QString parentCallUuid;
    RangeFilter<qint64> billDuration;
    RangeFilter<QDateTime> endTime;
    std::optional<int> hangupCauseCode;
    QString hangupSource;
    QString stirVerification;

    bool operator==(const CallFilter &) const = default;
    bool isEmpty() const { return *this == CallFilter(); }

    // Who answers the filter: Plivo keeps 90 days, an archive keeps what it was given.
    enum class Answerer { Plivo, Archive };
    // Sentences a person can act on, one per problem, empty when the filter can be sent.
    QList<Problem> validate(const QDateTime &now, Answerer answerer = Answerer::Plivo) const;

    // Whether Plivo would return this call for the filter, decided here: numbers by prefix ("+"
    // ignored, several joined with "<"), times to the second. A call object does not say its
    // subaccount, so a filter that names one must be asked of Plivo; here it is not checked.
    bool matches(const CallRecord &call) const;

    // The API parameters this filter sends; end_time is left to the QueryPlan's windows.
    QueryParameters parametersWithoutTime() const;
    // All parameters, end_time as written.
    QueryParameters parameters() const;
    // Reads the API's own parameter names (as the command line accepts them); unknown names and
    // unreadable values become problems.
    static CallFilter fromParameters(const QueryParameters &parameters, QList<Problem> *problems);
    static bool isFilterParameter(QStringView name);

    QJsonObject toJson() const;
    static CallFilter fromJson(const QJsonObject &object);

    // "+44 20 7946-0000" → "+442079460000"; sip: URIs and other text are only trimmed.
    static QString normalizeNumber(const QString &number);
    static const QStringList &directions();
    static const QStringList &hangupSources();
    static const QStringList &stirVerifications();
};

namespace QueryEncoding {
// key=value&… with values percent-encoded as LIST_CALLS.md asks: "+" as %2B, space as %20.
QByteArray encode(const QueryParameters &parameters);
// Filter times on the wire: "YYYY-MM-DD HH:MM:SS" in UTC.
QString filterTime(const QDateTime &time);
// Parses "YYYY-MM-DD HH:MM[:SS[.ffffff]]" as UTC; an explicit offset is honoured.
std::optional<QDateTime> parseFilterTime(const QString &text);
} // namespace QueryEncoding
