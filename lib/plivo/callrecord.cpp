#include "callrecord.h"

#include <QHash>

#include "jsontext.h"

#include <QJsonDocument>

#include <array>

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

QJsonValue textValue(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue uuidValue(const std::optional<QUuid> &uuid)
{
    return uuid ? QJsonValue(CallFields::uuidText(*uuid)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const std::optional<ApiTime> &time)
{
    return time ? QJsonValue(time->toApiString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue moneyValue(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->toString()) : QJsonValue(QJsonValue::Null);
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
    switch (field) {
    case CallField::CallUuid:
        return CallFields::uuidText(callUuid);
    case CallField::ParentCallUuid:
        return uuidValue(parentCallUuid);
    case CallField::ConferenceUuid:
        return uuidValue(conferenceUuid);
    case CallField::ApiId:
        return textValue(apiId);
    case CallField::CallDirection:
        return direction == CallDirection::Unknown
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(CallFields::directionName(direction));
    case CallField::CallState:
        return textValue(callState);
    case CallField::FromNumber:
        return textValue(fromNumber);
    case CallField::ToNumber:
        return textValue(toNumber);
    case CallField::InitiationTime:
        return timeValue(initiationTime);
    case CallField::AnswerTime:
        return timeValue(answerTime);
    case CallField::EndTime:
        return timeValue(endTime);
    case CallField::CallDuration:
        return callDuration;
    case CallField::BillDuration:
        return billDuration;
    case CallField::BilledDuration:
        return billedDuration;
    case CallField::TotalAmount:
        return moneyValue(totalAmount);
    case CallField::TotalRate:
        return moneyValue(totalRate);
    case CallField::HangupCauseCode:
        return hangupCauseCode ? QJsonValue(*hangupCauseCode) : QJsonValue(QJsonValue::Null);
    case CallField::HangupCauseName:
        return textValue(hangupCauseName);
    case CallField::HangupSource:
        return textValue(hangupSource);
    case CallField::ResourceUri:
        return textValue(resourceUri);
    case CallField::StirVerification:
        return textValue(stirVerification);
    case CallField::StirAttestation:
        return textValue(stirAttestation);
    case CallField::VoiceNetworkGroup:
        return textValue(voiceNetworkGroup);
    case CallField::SourceIp:
        return textValue(sourceIp);
    case CallField::CnamLookup:
        return textValue(cnamLookup);
    }
    return QJsonValue::Null;
}

void CallRecord::appendJson(QByteArray &out, CallField field) const
{
    const auto text = [&](const std::optional<QString> &value) {
        if (value)
            JsonText::appendQuoted(out, *value);
        else
            out += "null";
    };
    const auto uuid = [&](const std::optional<QUuid> &value) {
        text(value ? std::optional<QString>(CallFields::uuidText(*value)) : std::nullopt);
    };
    const auto time = [&](const std::optional<ApiTime> &value) {
        text(value ? std::optional<QString>(value->toApiString()) : std::nullopt);
    };
    const auto money = [&](const std::optional<Money> &value) {
        text(value ? std::optional<QString>(value->toString()) : std::nullopt);
    };
    // Integers JSON's doubles hold exactly are written as integers; others as written() does.
    const auto number = [&](qint64 value) {
        constexpr qint64 exact = 9'000'000'000'000'000;
        out += value > -exact && value < exact ? QByteArray::number(value)
                                               : JsonText::written(QJsonValue(value));
    };
    switch (field) {
    case CallField::CallUuid:
        return uuid(callUuid);
    case CallField::ParentCallUuid:
        return uuid(parentCallUuid);
    case CallField::ConferenceUuid:
        return uuid(conferenceUuid);
    case CallField::ApiId:
        return text(apiId);
    case CallField::CallDirection:
        return text(direction == CallDirection::Unknown
                            ? std::nullopt
                            : std::optional<QString>(CallFields::directionName(direction)));
    case CallField::CallState:
        return text(callState);
    case CallField::FromNumber:
        return text(fromNumber);
    case CallField::ToNumber:
        return text(toNumber);
    case CallField::InitiationTime:
        return time(initiationTime);
    case CallField::AnswerTime:
        return time(answerTime);
    case CallField::EndTime:
        return time(endTime);
    case CallField::CallDuration:
        return number(callDuration);
    case CallField::BillDuration:
        return number(billDuration);
    case CallField::BilledDuration:
        return number(billedDuration);
    case CallField::TotalAmount:
        return money(totalAmount);
    case CallField::TotalRate:
        return money(totalRate);
    case CallField::HangupCauseCode:
        if (hangupCauseCode)
            return number(*hangupCauseCode);
        out += "null";
        return;
    case CallField::HangupCauseName:
        return text(hangupCauseName);
    case CallField::HangupSource:
        return text(hangupSource);
    case CallField::ResourceUri:
        return text(resourceUri);
    case CallField::StirVerification:
        return text(stirVerification);
    case CallField::StirAttestation:
        return text(stirAttestation);
    case CallField::VoiceNetworkGroup:
        return text(voiceNetworkGroup);
    case CallField::SourceIp:
        return text(sourceIp);
    case CallField::CnamLookup:
        return text(cnamLookup);
    }
    out += "null";
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
