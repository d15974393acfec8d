#include "callformat.h"

#include "plivo/hangupcauses.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

QString CallFormat::columnTitle(CallField field)
{
    switch (field) {
    case CallField::CallUuid:
        return tr("Call UUID");
    case CallField::ParentCallUuid:
        return tr("Parent call UUID");
    case CallField::ConferenceUuid:
        return tr("Conference UUID");
    case CallField::ApiId:
        return tr("API id");
    case CallField::CallDirection:
        return tr("Direction");
    case CallField::CallState:
        return tr("State");
    case CallField::FromNumber:
        return tr("From");
    case CallField::ToNumber:
        return tr("To");
    case CallField::InitiationTime:
        return tr("Initiated");
    case CallField::AnswerTime:
        return tr("Answered");
    case CallField::EndTime:
        return tr("Ended");
    case CallField::CallDuration:
        return tr("Duration");
    case CallField::BillDuration:
        return tr("Billed");
    case CallField::BilledDuration:
        return tr("Billed (rounded)");
    case CallField::TotalAmount:
        return tr("Amount");
    case CallField::TotalRate:
        return tr("Rate");
    case CallField::HangupCauseCode:
        return tr("Cause code");
    case CallField::HangupCauseName:
        return tr("Hangup cause");
    case CallField::HangupSource:
        return tr("Hung up by");
    case CallField::ResourceUri:
        return tr("Resource URI");
    case CallField::StirVerification:
        return tr("STIR verification");
    case CallField::StirAttestation:
        return tr("STIR attestation");
    case CallField::VoiceNetworkGroup:
        return tr("Network group");
    case CallField::SourceIp:
        return tr("Source IP");
    case CallField::CnamLookup:
        return tr("CNAM lookup");
    }
    return {};
}

QString CallFormat::time(const std::optional<ApiTime> &time, TimeDisplay display)
{
    if (!time)
        return {};
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    switch (display) {
    case TimeDisplay::Utc:
        return time->toUtc().toString(format);
    case TimeDisplay::Local:
        return time->toUtc().toLocalTime().toString(format);
    case TimeDisplay::Account:
        return time->toOriginalOffset().toString(format);
    }
    return {};
}

QString CallFormat::timeDisplayName(TimeDisplay display)
{
    switch (display) {
    case TimeDisplay::Utc:
        return tr("UTC");
    case TimeDisplay::Local:
        return tr("Local time (%1)")
                .arg(QTimeZone::systemTimeZone().displayName(QDateTime::currentDateTime(),
                                                             QTimeZone::OffsetName));
    case TimeDisplay::Account:
        return tr("Account time");
    }
    return {};
}

QString CallFormat::direction(CallDirection direction)
{
    switch (direction) {
    case CallDirection::Inbound:
        return tr("Inbound");
    case CallDirection::Outbound:
        return tr("Outbound");
    case CallDirection::Unknown:
        break;
    }
    return {};
}

QString CallFormat::hangupCauseExplanation(const std::optional<int> &code, const QString &name)
{
    if (!code)
        return name;
    const std::optional<HangupCause> cause = HangupCauses::instance().find(*code);
    const QString title = name.isEmpty() && cause ? cause->name : name;
    if (!cause)
        return tr("%1 (%2)").arg(title).arg(*code);
    return tr("%1 (%2): %3").arg(title).arg(*code).arg(cause->description);
}

QString CallFormat::legKind(bool isALeg)
{
    return isALeg ? tr("A-leg") : tr("B-leg");
}

std::optional<std::chrono::seconds> CallFormat::parseSpan(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{1,7})([smhd])$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.capturedView(1).toLongLong();
    const QChar unit = match.capturedView(2).at(0);
    return std::chrono::seconds(count
                                * (unit == u's'           ? 1
                                           : unit == u'm' ? 60
                                           : unit == u'h' ? 3600
                                                          : 86400));
}

QString CallFormat::spanText(std::chrono::seconds span)
{
    const qint64 seconds = span.count();
    if (seconds != 0 && seconds % 86400 == 0)
        return u"%1d"_s.arg(seconds / 86400);
    if (seconds != 0 && seconds % 3600 == 0)
        return u"%1h"_s.arg(seconds / 3600);
    if (seconds != 0 && seconds % 60 == 0)
        return u"%1m"_s.arg(seconds / 60);
    return u"%1s"_s.arg(seconds);
}
