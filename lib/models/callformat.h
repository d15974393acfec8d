#pragma once

#include "plivo/apitime.h"
#include "plivo/callrecord.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

// Which clock times are shown in: UTC, the computer's zone, or the offset the account uses.
enum class TimeDisplay { Utc, Local, Account };

// How calls read for a person: column titles, times, durations, money, causes.
class CallFormat
{
    Q_DECLARE_TR_FUNCTIONS(CallFormat)

public:
    static QString columnTitle(CallField field);
    static QString time(const std::optional<ApiTime> &time, TimeDisplay display);
    static QString timeDisplayName(TimeDisplay display);
    static QString direction(CallDirection direction);
    static QString duration(qint64 seconds) { return CallFields::formatDuration(seconds); }
    // "Busy Line (3010): Destination is busy"
    static QString hangupCauseExplanation(const std::optional<int> &code, const QString &name);
    // Sentence-style label for a leg.
    static QString legKind(bool isALeg);
    // "30s", "15m", "2h", "1d" as seconds; nullopt when the text is not one.
    static std::optional<std::chrono::seconds> parseSpan(QStringView text);
    // The shortest of those forms that says `span` exactly.
    static QString spanText(std::chrono::seconds span);
};
