#include "callrecord.h"

#include <QHash>

#include "jsontext.h"

#include <QJsonDocument>

#include <array>
#include <variant>

namespace {

constexpr std::array<std::pair<CallField, const char16_t *>, 25> fieldNames{{
        {CallField::CallUuid, u"call_uuid"},
        {CallField::ParentCallUuid, u"parent_call_uuid"},
        {CallField::ConferenceUuid, u"conference_uuid"},
        {CallField::ApiId, u"api_id"},
        {CallField::CallDirection, u"call_direction"},
        {CallField::CallState, u"call_state"},
        {CallField::FromNumber, u"from_number"},
        {CallField::ToNumber, u"to_number"},
        {CallField::InitiationTime, u"initiation_time"},
        {CallField::AnswerTime, u"answer_time"},
        {CallField::EndTime, u"end_time"},
        {CallField::CallDuration, u"call_duration"},
        {CallField::BillDuration, u"bill_duration"},
        {CallField::BilledDuration, u"billed_duration"},
        {CallField::TotalAmount, u"total_amount"},
        {CallField::TotalRate, u"total_rate"},
        {CallField::HangupCauseCode, u"hangup_cause_code"},
        {CallField::HangupCauseName, u"hangup_cause_name"},
        {CallField::HangupSource, u"hangup_source"},
        {CallField::ResourceUri, u"resource_uri"},
        {CallField::StirVerification, u"stir_verification"},
        {CallField::StirAttestation, u"stir_attestation"},
        {CallField::VoiceNetworkGroup, u"voice_network_group"},
        {CallField::SourceIp, u"source_ip"},
        {CallField::CnamLookup, u"cnam_lookup"},
}};

std::optional<QString> uuidText(const std::optional<QUuid> &uuid)
{
    return uuid ? std::optional<QString>(CallFields::uuidText(*uuid)) : std::nullopt;
}

std::optional<QString> timeAsSent(const std::optional<ApiTime> &time)
{
    return time ? std::optional<QString>(time->toApiString()) : std::nullopt;
}

std::optional<QString> moneyText(const std::optional<Money> &money)
{
    return money ? std::optional<QString>(money->toString()) : std::nullopt;
}

// A field's value as the API writes it: text (uuids, times and money as their text) or an
// integer; nullopt where absent. Both JSON writers read it.
using FieldValue = std::variant<std::optional<QString>, std::optional<qint64>>;

FieldValue fieldValue(const CallRecord &call, CallField field)
{
    switch (field) {
    case CallField::CallUuid:
        return uuidText(call.callUuid);
    case CallField::ParentCallUuid:
        return uuidText(call.parentCallUuid);
    case CallField::ConferenceUuid:
        return uuidText(call.conferenceUuid);
    case CallField::ApiId:
        return call.apiId;
    case CallField::CallDirection:
        return call.direction == CallDirection::Unknown
                ? std::nullopt
                : std::optional<QString>(CallFields::directionName(call.direction));
    case CallField::CallState:
        return call.callState;
    case CallField::FromNumber:
        return call.fromNumber;
    case CallField::ToNumber:
        return call.toNumber;
    case CallField::InitiationTime:
        return timeAsSent(call.initiationTime);
    case CallField::AnswerTime:
        return timeAsSent(call.answerTime);
    case CallField::EndTime:
        return timeAsSent(call.endTime);
    case CallField::CallDuration:
        return std::optional<qint64>(call.callDuration);
    case CallField::BillDuration:
        return std::optional<qint64>(call.billDuration);
    case CallField::BilledDuration:
        return std::optional<qint64>(call.billedDuration);
    case CallField::TotalAmount:
        return moneyText(call.totalAmount);
    case CallField::TotalRate:
        return moneyText(call.totalRate);
    case CallField::HangupCauseCode:
        return call.hangupCauseCode ? std::optional<qint64>(*call.hangupCauseCode) : std::nullopt;
    case CallField::HangupCauseName:
        return call.hangupCauseName;
    case CallField::HangupSource:
        return call.hangupSource;
    case CallField::ResourceUri:
        return call.resourceUri;
    case CallField::StirVerification:
        return call.stirVerification;
    case CallField::StirAttestation:
        return call.stirAttestation;
    case CallField::VoiceNetworkGroup:
        return call.voiceNetworkGroup;
    case CallField::SourceIp:
        return call.sourceIp;
    case CallField::CnamLookup:
        return call.cnamLookup;
    }
    return std::optional<QString>();
}

QString timeText(const std::optional<ApiTime> &time, TimeStyle style)
{
    if (!time)
        return {};
    return style == TimeStyle::AsSent ? time->toApiString() : time->toIsoUtc();
}

} // namespace

QJsonValue CallRecord::jsonValue(CallField field) const
{
    return std::visit(
            [](const auto &value) {
                return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
            },
            fieldValue(*this, field));
}

void CallRecord::appendJson(QByteArray &out, CallField field) const
{
    const FieldValue value = fieldValue(*this, field);
    if (const auto *text = std::get_if<std::optional<QString>>(&value)) {
        if (*text)
            JsonText::appendQuoted(out, **text);
        else
            out += "null";
        return;
    }
    const std::optional<qint64> number = std::get<std::optional<qint64>>(value);
    // Integers JSON's doubles hold exactly are written as integers; others as written() does.
    constexpr qint64 exact = 9'000'000'000'000'000;
    if (!number)
        out += "null";
    else if (*number > -exact && *number < exact)
        out += QByteArray::number(*number);
    else
        out += JsonText::written(QJsonValue(*number));
}

QString CallRecord::text(CallField field, TimeStyle style) const
{
    switch (field) {
    case CallField::InitiationTime:
        return timeText(initiationTime, style);
    case CallField::AnswerTime:
        return timeText(answerTime, style);
    case CallField::EndTime:
        return timeText(endTime, style);
    case CallField::CallDuration:
        return QString::number(callDuration);
    case CallField::BillDuration:
        return QString::number(billDuration);
    case CallField::BilledDuration:
        return QString::number(billedDuration);
    case CallField::HangupCauseCode:
        return hangupCauseCode ? QString::number(*hangupCauseCode) : QString();
    default:
        break;
    }
    const QJsonValue value = jsonValue(field);
    return value.isString() ? value.toString() : QString();
}

QJsonObject CallRecord::toJson() const
{
    QJsonObject object;
    for (CallField field : CallFields::all()) {
        // Absent optional fields the API only sometimes sends are left out rather than invented.
        const QJsonValue value = jsonValue(field);
        if (value.isNull()
            && (field == CallField::ApiId || field == CallField::CnamLookup
                || field == CallField::StirAttestation || field == CallField::SourceIp
                || field == CallField::VoiceNetworkGroup || field == CallField::StirVerification))
            continue;
        object.insert(CallFields::apiName(field), value);
    }
    for (const auto &[name, value] : unknownFields)
        object.insert(name, value);
    return object;
}

QByteArray CallRecord::jsonWithKeys(const QList<QByteArray> &keysAsWritten) const
{
    // Keys as the API writes them (no escapes) map straight to fields: this runs once per call
    // stored or rebuilt, so the common case avoids decoding and searching by name.
    static const QHash<QByteArray, CallField> plainKeys = [] {
        QHash<QByteArray, CallField> keys;
        for (const CallField field : CallFields::all())
            keys.insert(CallFields::apiName(field).toUtf8(), field);
        keys.insert(QByteArrayLiteral("Stir_attestation"), CallField::StirAttestation);
        return keys;
    }();
    QByteArray out;
    out.reserve(sentJson.isEmpty() ? 900 : sentJson.size());
    out += '{';
    for (const QByteArray &key : keysAsWritten) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += key;
        out += "\":";
        const auto plain = unknownFields.isEmpty() && !key.contains('\\') ? plainKeys.constFind(key)
                                                                          : plainKeys.constEnd();
        if (plain != plainKeys.constEnd()) {
            appendJson(out, *plain);
            continue;
        }
        const QString name = JsonText::decodedKey(key);
        // A value the parser could not type was kept raw under its own key: it wins.
        const auto kept = std::find_if(unknownFields.cbegin(), unknownFields.cend(),
                                       [&](const auto &entry) { return entry.first == name; });
        if (kept != unknownFields.cend()) {
            out += JsonText::written(kept->second);
        } else if (const std::optional<CallField> field = CallFields::fromApiName(name)) {
            appendJson(out, *field);
        } else {
            out += "null";
        }
    }
    out += '}';
    return out;
}

QByteArray CallRecord::jsonLine() const
{
    if (!sentJson.isEmpty())
        return sentJson;
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

namespace CallFields {

QList<CallField> all()
{
    QList<CallField> fields;
    fields.reserve(qsizetype(fieldNames.size()));
    for (const auto &entry : fieldNames)
        fields.append(entry.first);
    return fields;
}

QString apiName(CallField field)
{
    return QString::fromUtf16(fieldNames[size_t(field)].second);
}

std::optional<CallField> fromApiName(QStringView name)
{
    for (const auto &[field, fieldName] : fieldNames) {
        if (name == QStringView(fieldName))
            return field;
    }
    // The docs example spells one key with a capital letter.
    if (name == u"Stir_attestation")
        return CallField::StirAttestation;
    return std::nullopt;
}

QString directionName(CallDirection direction)
{
    switch (direction) {
    case CallDirection::Inbound:
        return QStringLiteral("inbound");
    case CallDirection::Outbound:
        return QStringLiteral("outbound");
    case CallDirection::Unknown:
        break;
    }
    return {};
}

QString formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    if (negative)
        seconds = -seconds;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const QString secs = QString::number(seconds % 60).rightJustified(2, u'0');
    const QString text = hours > 0 ? QString::number(hours) + u':'
                    + QString::number(minutes).rightJustified(2, u'0') + u':' + secs
                                   : QString::number(minutes) + u':' + secs;
    return negative ? u'-' + text : text;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace CallFields
