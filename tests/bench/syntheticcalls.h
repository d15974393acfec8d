#pragma once

#include "plivo/callrecord.h"

#include <QRandomGenerator>

// Records shaped like a busy account's: a few hundred thousand distinct numbers, the hangup
// cause table, some B-legs, real-looking times and money. Call `i` ends 7 s before call i - 1.
inline CallRecord makeRecord(QRandomGenerator &random, int i)
{
    static const char *causes[][3] = {{"4000", "Normal Hangup", "Callee"},
                                      {"3010", "Busy Line", "Callee"},
                                      {"3000", "No Answer", "Plivo"},
                                      {"8011", "Invalid Answer XML", "Error"},
                                      {"4010", "End Of XML Instructions", "Plivo"}};
    CallRecord r;
    r.callUuid = QUuid::createUuidV5(QUuid(), QByteArray::number(i));
    if (i % 3 == 1)
        r.parentCallUuid = QUuid::createUuidV5(QUuid(), QByteArray::number(i - 1));
    r.apiId = QStringLiteral("06ae0f8f-dc72-11e5-b56c-22000ae90795");
    r.direction = i % 2 ? CallDirection::Inbound : CallDirection::Outbound;
    r.callState = QStringLiteral("ANSWER");
    r.fromNumber = u'+' + QString::number(14150000000LL + random.bounded(300000));
    r.toNumber = QString::number(4420000000LL + random.bounded(300000));
    const qint64 end = 1790000000 - i * 7;
    r.initiationTime = ApiTime(end - 120, 19800);
    r.answerTime = ApiTime(end - 100, 19800);
    r.endTime = ApiTime(end, 19800);
    r.callDuration = r.billDuration = random.bounded(600);
    r.billedDuration = (r.billDuration + 59) / 60 * 60;
    r.totalRate = Money::fromUnits(850);
    r.totalAmount = Money::fromUnits(850 * r.billedDuration / 60);
    const auto &cause = causes[random.bounded(5)];
    r.hangupCauseCode = QByteArray(cause[0]).toInt();
    r.hangupCauseName = QString::fromLatin1(cause[1]);
    r.hangupSource = QString::fromLatin1(cause[2]);
    r.resourceUri = QStringLiteral("/v1/Account/MANWVLYTK4ZWU1YTY4ZT/Call/")
            + CallFields::uuidText(r.callUuid) + u'/';
    r.stirVerification = QStringLiteral("Not Applicable");
    r.stirAttestation = QString();
    r.voiceNetworkGroup = QStringLiteral("USA All Networks");
    r.sourceIp = QStringLiteral("10.0.%1.%2").arg(random.bounded(4)).arg(random.bounded(250));
    r.cnamLookup = QStringLiteral("disabled");
    return r;
}
