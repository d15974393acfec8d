#pragma once

#include "apitime.h"
#include "money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

enum class CallDirection { Unknown, Inbound, Outbound };

// Every field of a call object, in the order the API documents them; the wire name of each is
// CallFields::apiName().
enum class CallField {
    CallUuid,
    ParentCallUuid,
    ConferenceUuid,
    ApiId,
    CallDirection,
    CallState,
    FromNumber,
    ToNumber,
    InitiationTime,
    AnswerTime,
    EndTime,
    CallDuration,
    BillDuration,
    BilledDuration,
    TotalAmount,
    TotalRate,
    HangupCauseCode,
    HangupCauseName,
    HangupSource,
    ResourceUri,
    StirVerification,
    StirAttestation,
    VoiceNetworkGroup,
    SourceIp,
    CnamLookup,
};

// How a time is written as text: as the API sent it (account offset) or as UTC ISO 8601.
enum class TimeStyle { AsSent, IsoUtc };

// One call leg, typed. Optional members are the fields that can be null (or absent) in a
// response, so null stays distinguishable from an empty string.
struct CallRecord
{
    QUuid callUuid;
    std::optional<QUuid> parentCallUuid;
    std::optional<QUuid> conferenceUuid;
    std::optional<QString> apiId;
    CallDirection direction = CallDirection::Unknown;
    std::optional<QString> callState;
    std::optional<QString> fromNumber;
    std::optional<QString> toNumber;
    std::optional<ApiTime> initiationTime;
    std::optional<ApiTime> answerTime;
    std::optional<ApiTime> endTime;
    qint64 callDuration = 0;
    qint64 billDuration = 0;
    qint64 billedDuration = 0;
    std::optional<Money> totalAmount;
    std::optional<Money> totalRate;
    std::optional<int> hangupCauseCode;
    std::optional<QString> hangupCauseName;
    std::optional<QString> hangupSource;
    std::optional<QString> resourceUri;
    std::optional<QString> stirVerification;
    std::optional<QString> stirAttestation;
    std::optional<QString> voiceNetworkGroup;
    std::optional<QString> sourceIp;
    std::optional<QString> cnamLookup;
    // Keys this version of Callscope does not know, with their raw values, kept for export.
    QList<std::pair<QString, QJsonValue>> unknownFields;
    // The object exactly as the API sent it, whitespace removed; empty for a record that was not
    // read from a response.
    QByteArray sentJson;

    bool isALeg() const { return !parentCallUuid.has_value(); }

    // The field's value as JSON, as the API would send it (null where absent).
    QJsonValue jsonValue(CallField field) const;
    // The field's value as JSON text, appended to `out`: what JsonText::written(jsonValue())
    // gives, without building a QJsonValue (this runs for every field of every call stored).
    void appendJson(QByteArray &out, CallField field) const;
    // The field as plain text for a table cell or a CSV cell; empty for null.
    QString text(CallField field, TimeStyle style = TimeStyle::AsSent) const;
    // The call object rebuilt with every known and unknown field.
    QJsonObject toJson() const;
    // The object written compactly with exactly these keys (as written, escapes intact) in this
    // order, each value from the typed fields or, where the API's value could not be typed, as
    // it was kept.
    QByteArray jsonWithKeys(const QList<QByteArray> &keysAsWritten) const;
    // One line of JSON Lines: the object as sent when known, else rebuilt. No line end.
    QByteArray jsonLine() const;

    bool operator==(const CallRecord &) const = default;
};

namespace CallFields {
QList<CallField> all();
QString apiName(CallField field);
std::optional<CallField> fromApiName(QStringView name);
QString directionName(CallDirection direction);
// "0:00"-style durations as a person reads them: "1:05", "1:02:03".
QString formatDuration(qint64 seconds);
// A uuid written the way the API writes it: lower case, no braces.
QString uuidText(const QUuid &uuid);
} // namespace CallFields
