#pragma once

#include "plivo/callrecord.h"
#include "stringpool.h"

#include <QHash>

#include <vector>

// One call as the store keeps it: fixed-size numbers and interned text, about 150 bytes.
struct CompactCall
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    static constexpr qint64 NoMoney = std::numeric_limits<qint64>::min();
    static constexpr qint32 NoCode = std::numeric_limits<qint32>::min();

    QUuid callUuid;
    QUuid parentCallUuid; // null for an A-leg
    qint64 initiationUs = NoTime; // microseconds since the epoch, UTC
    qint64 answerUs = NoTime;
    qint64 endUs = NoTime;
    qint64 totalAmount = NoMoney; // Money units
    qint64 totalRate = NoMoney;
    qint32 callDuration = 0;
    qint32 billDuration = 0;
    qint32 billedDuration = 0;
    qint32 hangupCauseCode = NoCode;
    qint16 initiationOffsetMinutes = 0;
    qint16 answerOffsetMinutes = 0;
    qint16 endOffsetMinutes = 0;
    CallDirection direction = CallDirection::Unknown;
    bool hasUnknownFields = false;
    // How the object as sent is given back: NoShape (not known or kept whole in a side table)
    // or the index of its key order, from which the fields rebuild it byte for byte.
    quint16 sentShape = NoShape;
    static constexpr quint16 NoShape = 0xffff;
    StringPool::Id apiId = 0;
    StringPool::Id callState = 0;
    StringPool::Id fromNumber = 0;
    StringPool::Id toNumber = 0;
    StringPool::Id hangupCauseName = 0;
    StringPool::Id hangupSource = 0;
    StringPool::Id resourceUri = 0;
    StringPool::Id stirVerification = 0;
    StringPool::Id stirAttestation = 0;
    StringPool::Id voiceNetworkGroup = 0;
    StringPool::Id sourceIp = 0;
    StringPool::Id cnamLookup = 0;
    StringPool::Id conferenceUuid = 0;

    bool isALeg() const { return parentCallUuid.isNull(); }
};

// Compact storage of loaded records: numbers as numbers, uuids as 16 bytes, times as integers,
// repeated text interned. Records go in whole and come out whole.
class CallStore
{
public:
    using Slot = quint32;

    Slot append(const CallRecord &record);
    // Puts another call in a slot no longer needed, so a stream of calls (Follow) reuses memory
    // instead of growing it; text interned for the old call stays in the pool.
    void replace(Slot slot, const CallRecord &record);
    CallRecord record(Slot slot) const;
    const CompactCall &compact(Slot slot) const { return m_calls[slot]; }
    QString text(StringPool::Id id) const { return m_strings.text(id); }
    qsizetype size() const { return qsizetype(m_calls.size()); }
    void reserve(qsizetype count) { m_calls.reserve(size_t(count)); }
    void clear();
    // Calls whose object as sent is kept as text because their fields cannot rebuild it.
    qsizetype sentTextsKept() const { return m_sentJson.size(); }
    // Bytes held by the store's own containers.
    qsizetype memoryUsed() const;

    static std::optional<ApiTime> time(qint64 microseconds, qint16 offsetMinutes);

private:
    CallRecord typedRecord(Slot slot) const;
    void put(Slot slot, const CallRecord &record);
    void keepSentJson(Slot slot, const QByteArray &sentJson);

    std::vector<CompactCall> m_calls;
    StringPool m_strings;
    QHash<Slot, QList<std::pair<QString, QJsonValue>>> m_unknownFields;
    // Key orders seen in sent objects (a page's calls share one or two), and the sent text of
    // the few calls their fields cannot rebuild exactly.
    QList<QList<QByteArray>> m_shapes;
    QHash<QByteArray, quint16> m_shapeIds;
    QHash<Slot, QByteArray> m_sentJson;
};
