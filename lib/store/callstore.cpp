#include "callstore.h"

#include "plivo/jsontext.h"

#include <limits>

namespace {

qint64 packTime(const std::optional<ApiTime> &time, qint16 *offsetMinutes)
{
    if (!time)
        return CompactCall::NoTime;
    *offsetMinutes = qint16(time->offsetSeconds() / 60);
    return time->utcSeconds() * 1000000 + time->microseconds();
}

qint32 packSeconds(qint64 seconds)
{
    return qint32(qBound(qint64(std::numeric_limits<qint32>::min()) + 1, seconds,
                         qint64(std::numeric_limits<qint32>::max())));
}

std::optional<Money> unpackMoney(qint64 units)
{
    return units == CompactCall::NoMoney ? std::nullopt : std::optional(Money::fromUnits(units));
}

} // namespace

std::optional<ApiTime> CallStore::time(qint64 microseconds, qint16 offsetMinutes)
{
    if (microseconds == CompactCall::NoTime)
        return std::nullopt;
    qint64 seconds = microseconds / 1000000;
    qint64 rest = microseconds % 1000000;
    if (rest < 0) {
        rest += 1000000;
        --seconds;
    }
    return ApiTime(seconds, offsetMinutes * 60, int(rest));
}

CallStore::Slot CallStore::append(const CallRecord &r)
{
    m_calls.emplace_back();
    const Slot slot = Slot(m_calls.size() - 1);
    put(slot, r);
    return slot;
}

void CallStore::replace(Slot slot, const CallRecord &record)
{
    m_unknownFields.remove(slot);
    m_sentJson.remove(slot);
    put(slot, record);
}

void CallStore::put(Slot slot, const CallRecord &r)
{
    CompactCall c;
    c.callUuid = r.callUuid;
    c.parentCallUuid = r.parentCallUuid.value_or(QUuid());
    c.initiationUs = packTime(r.initiationTime, &c.initiationOffsetMinutes);
    c.answerUs = packTime(r.answerTime, &c.answerOffsetMinutes);
    c.endUs = packTime(r.endTime, &c.endOffsetMinutes);
    c.totalAmount = r.totalAmount ? r.totalAmount->units() : CompactCall::NoMoney;
    c.totalRate = r.totalRate ? r.totalRate->units() : CompactCall::NoMoney;
    c.callDuration = packSeconds(r.callDuration);
    c.billDuration = packSeconds(r.billDuration);
    c.billedDuration = packSeconds(r.billedDuration);
    c.hangupCauseCode = r.hangupCauseCode.value_or(CompactCall::NoCode);
    c.direction = r.direction;
    c.apiId = m_strings.intern(r.apiId);
    c.callState = m_strings.intern(r.callState);
    c.fromNumber = m_strings.intern(r.fromNumber);
    c.toNumber = m_strings.intern(r.toNumber);
    c.hangupCauseName = m_strings.intern(r.hangupCauseName);
    c.hangupSource = m_strings.intern(r.hangupSource);
    c.stirVerification = m_strings.intern(r.stirVerification);
    c.stirAttestation = m_strings.intern(r.stirAttestation);
    c.voiceNetworkGroup = m_strings.intern(r.voiceNetworkGroup);
    c.sourceIp = m_strings.intern(r.sourceIp);
    c.cnamLookup = m_strings.intern(r.cnamLookup);
    if (r.conferenceUuid)
        c.conferenceUuid = m_strings.intern(QStringView(CallFields::uuidText(*r.conferenceUuid)));
    // The resource URI is the account's call path plus the uuid: store the shared prefix only.
    const QString uuidPart = CallFields::uuidText(r.callUuid) + u'/';
    if (r.resourceUri && r.resourceUri->endsWith(uuidPart)) {
        c.resourceUri = m_strings.intern(QStringView(*r.resourceUri).chopped(uuidPart.size()));
    } else if (r.resourceUri) {
        // An unusual URI is kept whole among the unknown fields.
        m_unknownFields[slot].append({CallFields::apiName(CallField::ResourceUri), *r.resourceUri});
    }
    if (!r.unknownFields.isEmpty())
        m_unknownFields[slot].append(r.unknownFields);
    c.hasUnknownFields = m_unknownFields.contains(slot);
    m_calls[slot] = c;
    if (!r.sentJson.isEmpty())
        keepSentJson(slot, r.sentJson);
}

void CallStore::keepSentJson(Slot slot, const QByteArray &sentJson)
{
    const std::optional<QList<JsonText::Member>> members = JsonText::members(sentJson);
    if (members) {
        QList<QByteArray> keys;
        QByteArray shapeKey;
        keys.reserve(members->size());
        for (const JsonText::Member &member : *members) {
            keys.append(member.key.toByteArray());
            shapeKey += member.key;
            shapeKey += '\0';
        }
        // The text is dropped only if what the store gives back rebuilds it exactly.
        if (typedRecord(slot).jsonWithKeys(keys) == sentJson) {
            auto it = m_shapeIds.constFind(shapeKey);
            if (it == m_shapeIds.constEnd() && m_shapes.size() < CompactCall::NoShape) {
                it = m_shapeIds.insert(shapeKey, quint16(m_shapes.size()));
                m_shapes.append(keys);
            }
            if (it != m_shapeIds.constEnd()) {
                m_calls[slot].sentShape = it.value();
                return;
            }
        }
    }
    m_sentJson.insert(slot, sentJson);
}

CallRecord CallStore::record(Slot slot) const
{
    CallRecord r = typedRecord(slot);
    const quint16 shape = m_calls[slot].sentShape;
    if (shape != CompactCall::NoShape)
        r.sentJson = r.jsonWithKeys(m_shapes.at(shape));
    else
        r.sentJson = m_sentJson.value(slot);
    return r;
}

CallRecord CallStore::typedRecord(Slot slot) const
{
    const CompactCall &c = m_calls[slot];
    CallRecord r;
    r.callUuid = c.callUuid;
    if (!c.parentCallUuid.isNull())
        r.parentCallUuid = c.parentCallUuid;
    if (c.conferenceUuid != StringPool::Null)
        r.conferenceUuid = QUuid::fromString(m_strings.text(c.conferenceUuid));
    r.apiId = m_strings.optionalText(c.apiId);
    r.direction = c.direction;
    r.callState = m_strings.optionalText(c.callState);
    r.fromNumber = m_strings.optionalText(c.fromNumber);
    r.toNumber = m_strings.optionalText(c.toNumber);
    r.initiationTime = time(c.initiationUs, c.initiationOffsetMinutes);
    r.answerTime = time(c.answerUs, c.answerOffsetMinutes);
    r.endTime = time(c.endUs, c.endOffsetMinutes);
    r.callDuration = c.callDuration;
    r.billDuration = c.billDuration;
    r.billedDuration = c.billedDuration;
    r.totalAmount = unpackMoney(c.totalAmount);
    r.totalRate = unpackMoney(c.totalRate);
    if (c.hangupCauseCode != CompactCall::NoCode)
        r.hangupCauseCode = c.hangupCauseCode;
    r.hangupCauseName = m_strings.optionalText(c.hangupCauseName);
    r.hangupSource = m_strings.optionalText(c.hangupSource);
    if (c.resourceUri != StringPool::Null)
        r.resourceUri = m_strings.text(c.resourceUri) + CallFields::uuidText(c.callUuid) + u'/';
    r.stirVerification = m_strings.optionalText(c.stirVerification);
    r.stirAttestation = m_strings.optionalText(c.stirAttestation);
    r.voiceNetworkGroup = m_strings.optionalText(c.voiceNetworkGroup);
    r.sourceIp = m_strings.optionalText(c.sourceIp);
    r.cnamLookup = m_strings.optionalText(c.cnamLookup);
    if (c.hasUnknownFields) {
        for (const auto &[name, value] : m_unknownFields.value(slot)) {
            if (name == CallFields::apiName(CallField::ResourceUri) && value.isString()
                && c.resourceUri == StringPool::Null)
                r.resourceUri = value.toString();
            else
                r.unknownFields.append({name, value});
        }
    }
    return r;
}

void CallStore::clear()
{
    m_calls.clear();
    m_calls.shrink_to_fit();
    m_strings.clear();
    m_unknownFields.clear();
    m_shapes.clear();
    m_shapeIds.clear();
    m_sentJson.clear();
}

qsizetype CallStore::memoryUsed() const
{
    qsizetype sentJsonBytes = 0;
    for (const QByteArray &text : m_sentJson)
        sentJsonBytes += text.capacity() + 48;
    return qsizetype(m_calls.capacity() * sizeof(CompactCall)) + m_strings.memoryUsed()
            + m_unknownFields.size() * 64 + sentJsonBytes;
}
