#include "pageparser.h"

#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace {

// Responses far larger than any real page are refused before parsing.
constexpr qsizetype maximumBodySize = 64 * 1024 * 1024;

std::optional<QString> optionalText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) // a number where text was expected: keep its digits
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

// An integer that may arrive as a JSON number or as its text; huge or fractional values fail.
std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || std::abs(number) > 9.0e15)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<Money> moneyValue(const QJsonValue &value)
{
    if (value.isString())
        return Money::parse(value.toString());
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::abs(number) < 9.0e12)
            return Money::fromUnits(std::llround(number * Money::UnitsPerWhole));
    }
    return std::nullopt;
}

std::optional<QUuid> uuidValue(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(value.toString().trimmed());
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

std::optional<ApiTime> timeValue(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return ApiTime::parse(value.toString());
}

// The text of each element of the page's "objects", as sent and without whitespace, so JSON Lines
// can give back each object exactly (QJsonObject sorts keys). Empty if the text disagrees with
// what Qt's parser found, which then leaves the records to be written from their fields.
QList<QByteArrayView> sentElements(QByteArrayView compactBody, qsizetype expectedCount)
{
    const std::optional<QByteArrayView> objects = JsonText::memberValue(compactBody, u"objects");
    if (!objects)
        return {};
    std::optional<QList<QByteArrayView>> elements = JsonText::elements(*objects);
    if (!elements || elements->size() != expectedCount)
        return {};
    return *elements;
}

} // namespace

CallRecord PageParser::parseRecord(const QJsonObject &object)
{
    CallRecord record;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const std::optional<CallField> field = CallFields::fromApiName(it.key());
        bool understood = true;
        // A value that is present but cannot be typed is kept raw, so nothing the API sent is lost.
        auto keep = [&](auto &member, auto parsed) {
            member = parsed;
            if (!parsed && !value.isNull())
                understood = false;
        };
        if (!field) {
            record.unknownFields.append({it.key(), value});
            continue;
        }
        switch (*field) {
        case CallField::CallUuid:
            if (const auto uuid = uuidValue(value))
                record.callUuid = *uuid;
            else
                understood = value.isNull();
            break;
        case CallField::ParentCallUuid:
            keep(record.parentCallUuid, uuidValue(value));
            break;
        case CallField::ConferenceUuid:
            keep(record.conferenceUuid, uuidValue(value));
            break;
        case CallField::ApiId:
            record.apiId = optionalText(value);
            break;
        case CallField::CallDirection: {
            const QString text = value.toString().trimmed().toLower();
            record.direction = text == u"inbound" ? CallDirection::Inbound
                    : text == u"outbound"         ? CallDirection::Outbound
                                                  : CallDirection::Unknown;
            understood = record.direction != CallDirection::Unknown || value.isNull();
            break;
        }
        case CallField::CallState:
            record.callState = optionalText(value);
            break;
        case CallField::FromNumber:
            record.fromNumber = optionalText(value);
            break;
        case CallField::ToNumber:
            record.toNumber = optionalText(value);
            break;
        case CallField::InitiationTime:
            keep(record.initiationTime, timeValue(value));
            break;
        case CallField::AnswerTime:
            keep(record.answerTime, timeValue(value));
            break;
        case CallField::EndTime:
            keep(record.endTime, timeValue(value));
            break;
        case CallField::CallDuration:
        case CallField::BillDuration:
        case CallField::BilledDuration: {
            const std::optional<qint64> seconds = integerValue(value);
            qint64 &member = *field == CallField::CallDuration ? record.callDuration
                    : *field == CallField::BillDuration        ? record.billDuration
                                                               : record.billedDuration;
            member = seconds.value_or(0);
            understood = seconds.has_value() || value.isNull();
            break;
        }
        case CallField::TotalAmount:
            keep(record.totalAmount, moneyValue(value));
            break;
        case CallField::TotalRate:
            keep(record.totalRate, moneyValue(value));
            break;
        case CallField::HangupCauseCode: {
            const std::optional<qint64> code = integerValue(value);
            if (code && *code >= std::numeric_limits<int>::min()
                && *code <= std::numeric_limits<int>::max())
                record.hangupCauseCode = int(*code);
            else
                understood = value.isNull();
            break;
        }
        case CallField::HangupCauseName:
            record.hangupCauseName = optionalText(value);
            break;
        case CallField::HangupSource:
            record.hangupSource = optionalText(value);
            break;
        case CallField::ResourceUri:
            record.resourceUri = optionalText(value);
            break;
        case CallField::StirVerification:
            record.stirVerification = optionalText(value);
            break;
        case CallField::StirAttestation:
            record.stirAttestation = optionalText(value);
            break;
        case CallField::VoiceNetworkGroup:
            record.voiceNetworkGroup = optionalText(value);
            break;
        case CallField::SourceIp:
            record.sourceIp = optionalText(value);
            break;
        case CallField::CnamLookup:
            record.cnamLookup = optionalText(value);
            break;
        }
        if (!understood)
            record.unknownFields.append({it.key(), value});
    }
    return record;
}

Parsed<CallPage> PageParser::parsePage(const QByteArray &body)
{
    Parsed<CallPage> result;
    if (body.size() > maximumBodySize) {
        result.error = tr("The response is too large to be a page of calls (%n bytes).", nullptr,
                          int(qMin<qsizetype>(body.size(), std::numeric_limits<int>::max())));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (body.trimmed().isEmpty())
            result.error = tr("The response was empty.");
        else if (body.trimmed().startsWith('<'))
            result.error = tr("The response was a web page, not JSON.");
        else
            result.error = tr("The response is not valid JSON (%1 at byte %2).")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The response is JSON but not an object.");
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue objects = root.value(u"objects");
    if (!objects.isArray() && !objects.isNull() && !objects.isUndefined()) {
        result.error = tr("The response's \"objects\" is not a list.");
        return result;
    }
    const QJsonValue metaValue = root.value(u"meta");
    if (!metaValue.isObject()) {
        result.error = root.contains(u"error")
                ? tr("The response is an error: %1").arg(root.value(u"error").toString())
                : tr("The response has no \"meta\" block.");
        return result;
    }

    CallPage page;
    page.apiId = optionalText(root.value(u"api_id"));
    const QJsonObject meta = metaValue.toObject();
    const std::optional<qint64> totalCount = integerValue(meta.value(u"total_count"));
    if (!totalCount || *totalCount < 0) {
        result.error = tr("The response's \"total_count\" is missing or not a count.");
        return result;
    }
    page.meta.totalCount = *totalCount;
    page.meta.limit
            = int(qBound(qint64(0), integerValue(meta.value(u"limit")).value_or(0), qint64(1000)));
    page.meta.offset = qMax<qint64>(0, integerValue(meta.value(u"offset")).value_or(0));
    page.meta.next = optionalText(meta.value(u"next"));
    page.meta.previous = optionalText(meta.value(u"previous"));

    const QJsonArray array = objects.toArray();
    const QByteArray compactBody = JsonText::compact(body);
    const QList<QByteArrayView> sentObjects = sentElements(compactBody, array.size());
    page.records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            result.error = tr("The response's \"objects\" holds something that is not a call.");
            return result;
        }
        page.records.append(parseRecord(value.toObject()));
        if (!sentObjects.isEmpty())
            page.records.last().sentJson = sentObjects.at(i).toByteArray();
    }
    result.value = std::move(page);
    return result;
}

Parsed<CallRecord> PageParser::parseCall(const QByteArray &body)
{
    Parsed<CallRecord> result;
    QJsonParseError parseError;
    const QJsonDocument document = body.size() > maximumBodySize
            ? QJsonDocument()
            : QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = tr("The response is not a call object.");
        return result;
    }
    const QJsonObject object = document.object();
    if (!object.contains(u"call_uuid")) {
        result.error = object.contains(u"error")
                ? tr("The response is an error: %1").arg(object.value(u"error").toString())
                : tr("The response has no \"call_uuid\".");
        return result;
    }
    result.value = parseRecord(object);
    result.value->sentJson = JsonText::compact(body);
    return result;
}
