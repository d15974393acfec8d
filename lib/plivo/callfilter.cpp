#include "callfilter.h"

#include "apitime.h"
#include "callrecord.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace {

constexpr qint64 retentionSeconds = 90 * 86400;
// A clock a little ahead of Plivo's must not make "now" an error.
constexpr qint64 clockToleranceSeconds = 120;

template<typename T, typename Format>
void appendRange(QueryParameters *out, const QString &name, const RangeFilter<T> &range,
                 Format format)
{
    if (range.exact)
        out->append({name, format(*range.exact)});
    if (range.greaterThan)
        out->append({name + QStringLiteral("__gt"), format(*range.greaterThan)});
    if (range.atLeast)
        out->append({name + QStringLiteral("__gte"), format(*range.atLeast)});
    if (range.lessThan)
        out->append({name + QStringLiteral("__lt"), format(*range.lessThan)});
    if (range.atMost)
        out->append({name + QStringLiteral("__lte"), format(*range.atMost)});
}

QString utcText(const QDateTime &time)
{
    return QueryEncoding::filterTime(time) + QStringLiteral(" UTC");
}

} // namespace

const QStringList &CallFilter::directions()
{
    static const QStringList values{QStringLiteral("inbound"), QStringLiteral("outbound")};
    return values;
}

const QStringList &CallFilter::hangupSources()
{
    static const QStringList values{QStringLiteral("Caller"),     QStringLiteral("Callee"),
                                    QStringLiteral("Plivo"),      QStringLiteral("API Request"),
                                    QStringLiteral("Answer XML"), QStringLiteral("Error"),
                                    QStringLiteral("Unknown")};
    return values;
}

const QStringList &CallFilter::stirVerifications()
{
    static const QStringList values{QStringLiteral("Verified"), QStringLiteral("Not Verified"),
                                    QStringLiteral("Not Applicable")};
    return values;
}

QString CallFilter::normalizeNumber(const QString &number)
{
    const QString trimmed = number.trimmed();
    if (trimmed.startsWith(u"sip:", Qt::CaseInsensitive))
        return trimmed;
    QString compact = trimmed;
    static const QRegularExpression separators(QStringLiteral("[\\s\\-().]"));
    compact.remove(separators);
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]+$"));
    return phone.match(compact).hasMatch() ? compact : trimmed;
}

QList<CallFilter::Problem> CallFilter::validate(const QDateTime &now, Answerer answerer) const
{
    QList<Problem> problems;
    static const QRegularExpression subaccountPattern(QStringLiteral("^SA[A-Z0-9]{18}$"));
    if (!subaccount.isEmpty() && !subaccountPattern.match(subaccount).hasMatch())
        problems.append({Field::Subaccount,
                         tr("A subaccount id is \u201cSA\u201d followed by 18 capital letters or "
                            "digits; \u201c%1\u201d is not one.")
                                 .arg(subaccount)});
    if (!callDirection.isEmpty() && !directions().contains(callDirection))
        problems.append({Field::CallDirection,
                         tr("The direction must be \u201cinbound\u201d or \u201coutbound\u201d, "
                            "not \u201c%1\u201d.")
                                 .arg(callDirection)});
    const auto checkNumber = [&](Field field, const QString &number) {
        for (const QChar c : number) {
            if (c.isSpace() || c.category() == QChar::Other_Control) {
                problems.append(
                        {field, tr("A number cannot contain spaces or control characters.")});
                return;
            }
        }
    };
    checkNumber(Field::FromNumber, fromNumber);
    checkNumber(Field::ToNumber, toNumber);
    if (!parentCallUuid.isEmpty() && QUuid::fromString(QStringView(parentCallUuid)).isNull())
        problems.append({Field::ParentCallUuid,
                         tr("\u201c%1\u201d is not a call uuid; one looks like "
                            "5607532d-5037-4066-befc-a8b40218dd4f.")
                                 .arg(parentCallUuid)});

    // Billed duration
    for (const auto &value : {billDuration.exact, billDuration.greaterThan, billDuration.atLeast,
                              billDuration.lessThan, billDuration.atMost}) {
        if (value && *value < 0) {
            problems.append({Field::BillDuration, tr("A billed duration cannot be negative.")});
            break;
        }
    }
    if (billDuration.exact && (billDuration.hasLowerBound() || billDuration.hasUpperBound()))
        problems.append({Field::BillDuration,
                         tr("Give either an exact billed duration or a minimum and maximum, not "
                            "both.")});
    if (billDuration.hasLowerBound() && billDuration.hasUpperBound()) {
        const qint64 lowest
                = billDuration.greaterThan ? *billDuration.greaterThan + 1 : *billDuration.atLeast;
        const qint64 highest
                = billDuration.lessThan ? *billDuration.lessThan - 1 : *billDuration.atMost;
        if (lowest > highest)
            problems.append(
                    {Field::BillDuration, tr("The minimum billed duration is above the maximum.")});
    }

    // End time
    if (endTime.exact && (endTime.hasLowerBound() || endTime.hasUpperBound()))
        problems.append(
                {Field::EndTime, tr("Give either an exact end time or a range, not both.")});
    if (endTime.greaterThan && endTime.atLeast)
        problems.append({Field::EndTime, tr("Give only one start for the time range.")});
    if (endTime.lessThan && endTime.atMost)
        problems.append({Field::EndTime, tr("Give only one end for the time range.")});
    const std::optional<QDateTime> lower
            = endTime.greaterThan ? endTime.greaterThan : endTime.atLeast;
    const std::optional<QDateTime> upper = endTime.lessThan ? endTime.lessThan : endTime.atMost;
    if (lower && upper && *lower >= *upper)
        problems.append({Field::EndTime, tr("The end of the time range is not after its start.")});
    const QDateTime oldest = now.addSecs(-retentionSeconds);
    for (const auto &time : {endTime.exact, lower, upper}) {
        if (time && time->isValid() && *time > now.addSecs(clockToleranceSeconds)) {
            problems.append({Field::EndTime,
                             tr("%1 is in the future; Plivo lists only completed calls.")
                                     .arg(utcText(*time))});
            break;
        }
    }
    for (const auto &time : {endTime.exact, upper}) {
        if (answerer == Answerer::Plivo && time && time->isValid() && *time < oldest) {
            problems.append({Field::EndTime,
                             tr("Plivo keeps calls for 90 days; %1 is older than that.")
                                     .arg(utcText(*time))});
            break;
        }
    }
    for (const auto &time : {endTime.exact, lower, upper}) {
        if (time && !time->isValid()) {
            problems.append(
                    {Field::EndTime, tr("A time in the range is not a valid date and time.")});
            break;
        }
    }

    if (hangupCauseCode && *hangupCauseCode < 0)
        problems.append({Field::HangupCauseCode, tr("A hangup cause code cannot be negative.")});
    if (!hangupSource.isEmpty() && !hangupSources().contains(hangupSource))
        problems.append({Field::HangupSource,
                         tr("The hangup source must be one of %1; \u201c%2\u201d is not.")
                                 .arg(hangupSources().join(QStringLiteral(", ")), hangupSource)});
    if (!stirVerification.isEmpty() && !stirVerifications().contains(stirVerification))
        problems.append(
                {Field::StirVerification,
                 tr("STIR verification must be one of %1; \u201c%2\u201d is not.")
                         .arg(stirVerifications().join(QStringLiteral(", ")), stirVerification)});
    return problems;
}

namespace {

// Plivo matches a number filter as a prefix of the number, with or without its "+"; the SDKs
// join several numbers with "<", any of which may match.
bool numberMatches(const std::optional<QString> &number, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    if (!number)
        return false;
    const auto withoutPlus = [](QStringView text) {
        return text.startsWith(u'+') ? text.mid(1) : text;
    };
    const QStringView digits = withoutPlus(*number);
    for (const QStringView prefix : QStringView(filter).split(u'<', Qt::SkipEmptyParts)) {
        if (digits.startsWith(withoutPlus(prefix)))
            return true;
    }
    return false;
}

} // namespace

bool CallFilter::matches(const CallRecord &call) const
{
    if (!callDirection.isEmpty() && CallFields::directionName(call.direction) != callDirection)
        return false;
    if (!numberMatches(call.fromNumber, fromNumber) || !numberMatches(call.toNumber, toNumber))
        return false;
    if (!parentCallUuid.isEmpty()
        && (!call.parentCallUuid
            || CallFields::uuidText(*call.parentCallUuid) != parentCallUuid.toLower()))
        return false;
    if (!billDuration.contains(call.billDuration))
        return false;
    if (hangupCauseCode && call.hangupCauseCode != hangupCauseCode)
        return false;
    if (!hangupSource.isEmpty() && call.hangupSource != hangupSource)
        return false;
    if (!stirVerification.isEmpty() && call.stirVerification != stirVerification)
        return false;
    if (!endTime.isEmpty()) {
        if (!call.endTime)
            return false;
        const QDateTime end
                = QDateTime::fromSecsSinceEpoch(call.endTime->utcSeconds(), QTimeZone::utc());
        if (!endTime.contains(end))
            return false;
    }
    return true;
}

QueryParameters CallFilter::parametersWithoutTime() const
{
    QueryParameters out;
    const auto addText = [&](const char16_t *name, const QString &value) {
        if (!value.isEmpty())
            out.append({QString::fromUtf16(name), value});
    };
    addText(u"subaccount", subaccount);
    addText(u"call_direction", callDirection);
    addText(u"from_number", fromNumber);
    addText(u"to_number", toNumber);
    addText(u"parent_call_uuid", parentCallUuid);
    appendRange(&out, QStringLiteral("bill_duration"), billDuration,
                [](qint64 v) { return QString::number(v); });
    if (hangupCauseCode)
        out.append({QStringLiteral("hangup_cause_code"), QString::number(*hangupCauseCode)});
    addText(u"hangup_source", hangupSource);
    addText(u"stir_verification", stirVerification);
    return out;
}

QueryParameters CallFilter::parameters() const
{
    QueryParameters out = parametersWithoutTime();
    appendRange(&out, QStringLiteral("end_time"), endTime, &QueryEncoding::filterTime);
    return out;
}

bool CallFilter::isFilterParameter(QStringView name)
{
    static const QStringList names{
            QStringLiteral("subaccount"),        QStringLiteral("call_direction"),
            QStringLiteral("from_number"),       QStringLiteral("to_number"),
            QStringLiteral("parent_call_uuid"),  QStringLiteral("bill_duration"),
            QStringLiteral("bill_duration__gt"), QStringLiteral("bill_duration__gte"),
            QStringLiteral("bill_duration__lt"), QStringLiteral("bill_duration__lte"),
            QStringLiteral("end_time"),          QStringLiteral("end_time__gt"),
            QStringLiteral("end_time__gte"),     QStringLiteral("end_time__lt"),
            QStringLiteral("end_time__lte"),     QStringLiteral("hangup_cause_code"),
            QStringLiteral("hangup_source"),     QStringLiteral("stir_verification")};
    return names.contains(name);
}

CallFilter CallFilter::fromParameters(const QueryParameters &parameters, QList<Problem> *problems)
{
    CallFilter filter;
    const auto problem = [&](Field field, const QString &message) {
        if (problems)
            problems->append({field, message});
    };
    const auto rangeSlot = [](auto &range, QStringView suffix) -> decltype(&range.exact) {
        if (suffix.isEmpty())
            return &range.exact;
        if (suffix == u"__gt")
            return &range.greaterThan;
        if (suffix == u"__gte")
            return &range.atLeast;
        if (suffix == u"__lt")
            return &range.lessThan;
        if (suffix == u"__lte")
            return &range.atMost;
        return nullptr;
    };
    for (const auto &[name, value] : parameters) {
        if (name == u"subaccount") {
            filter.subaccount = value.trimmed();
        } else if (name == u"call_direction") {
            filter.callDirection = value.trimmed();
        } else if (name == u"from_number") {
            filter.fromNumber = normalizeNumber(value);
        } else if (name == u"to_number") {
            filter.toNumber = normalizeNumber(value);
        } else if (name == u"parent_call_uuid") {
            filter.parentCallUuid = value.trimmed();
        } else if (name == u"hangup_source") {
            filter.hangupSource = value.trimmed();
        } else if (name == u"stir_verification") {
            filter.stirVerification = value.trimmed();
        } else if (name == u"hangup_cause_code") {
            bool ok = false;
            const int code = value.trimmed().toInt(&ok);
            if (ok)
                filter.hangupCauseCode = code;
            else
                problem(Field::HangupCauseCode,
                        tr("The hangup cause code must be a number, not \u201c%1\u201d.")
                                .arg(value));
        } else if (name.startsWith(u"bill_duration")
                   && rangeSlot(filter.billDuration, QStringView(name).mid(13))) {
            bool ok = false;
            const qint64 seconds = value.trimmed().toLongLong(&ok);
            if (ok)
                *rangeSlot(filter.billDuration, QStringView(name).mid(13)) = seconds;
            else
                problem(Field::BillDuration,
                        tr("%1 must be a whole number of seconds, not \u201c%2\u201d.")
                                .arg(name, value));
        } else if (name.startsWith(u"end_time")
                   && rangeSlot(filter.endTime, QStringView(name).mid(8))) {
            const std::optional<QDateTime> time = QueryEncoding::parseFilterTime(value);
            if (time)
                *rangeSlot(filter.endTime, QStringView(name).mid(8)) = *time;
            else
                problem(Field::EndTime,
                        tr("%1 must be a UTC time written YYYY-MM-DD HH:MM[:SS], not "
                           "\u201c%2\u201d.")
                                .arg(name, value));
        } else {
            problem(Field::Subaccount,
                    tr("\u201c%1\u201d is not a filter of List all calls.").arg(name));
        }
    }
    return filter;
}

QJsonObject CallFilter::toJson() const
{
    QJsonObject object;
    for (const auto &[name, value] : parameters())
        object.insert(name, value);
    return object;
}

CallFilter CallFilter::fromJson(const QJsonObject &object)
{
    QueryParameters parameters;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isFilterParameter(it.key()))
            parameters.append({it.key(), it.value().toVariant().toString()});
    }
    return fromParameters(parameters, nullptr);
}

namespace QueryEncoding {

QByteArray encode(const QueryParameters &parameters)
{
    QByteArray query;
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        // Only RFC 3986's unreserved characters and ":" stay as they are, so "+" leaves as %2B.
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value, ":");
    }
    return query;
}

QString filterTime(const QDateTime &time)
{
    return CivilTime::formatFilterTime(time);
}

std::optional<QDateTime> parseFilterTime(const QString &text)
{
    const std::optional<ApiTime> time = ApiTime::parse(text);
    // No call ended before 1970; earlier years (year 0 above all, which QDate lacks) would not
    // be written back as they were read.
    if (!time || time->utcSeconds() < 0)
        return std::nullopt;
    return time->toUtc();
}

} // namespace QueryEncoding
