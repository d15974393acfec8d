#pragma once

#include "plivo/callfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// A saved filter plus a condition over a sliding window of time, e.g. "hangup cause 3010 on
// outbound calls at least 20 % of at least 30 calls in 15 minutes". Stored as a JSON file a
// person reads and edits:
//
//   {
//     "name": "Busy outbound calls",
//     "calls": { "call_direction": "outbound" },
//     "match": { "hangup_cause_code": 3010 },
//     "condition": { "at_least_percent": 20, "of_at_least": 30 },
//     "window": "15m",
//     "quiet": "15m"
//   }
//
// "calls" is asked of Plivo (any filter but the end time); "match" picks, among those calls, the
// ones the condition counts (decided locally, so no subaccount). The condition is "any call",
// { "more_than": N } or { "at_least_percent": P, "of_at_least": M }. After firing, a rule fires
// again only once its condition has been false for "quiet" (default: the window).
struct WatchRule
{
    Q_DECLARE_TR_FUNCTIONS(WatchRule)

public:
    enum class Condition { AnyCall, MoreThan, ShareOf };

    QString name;
    CallFilter calls;
    CallFilter match;
    Condition condition = Condition::AnyCall;
    qint64 moreThan = 0; // MoreThan: fires when the window holds more matching calls than this
    double atLeastPercent = 0; // ShareOf: matching calls as a share of the calls …
    qint64 ofAtLeast = 1; // … once the window holds at least this many calls
    std::chrono::seconds window{std::chrono::minutes(15)};
    std::chrono::seconds quiet{std::chrono::minutes(15)};

    static constexpr std::chrono::seconds LongestWindow{std::chrono::hours(24)};

    // The rule read from a file's text; on failure nullopt and `problem` says where (line) and
    // what is wrong, in a sentence.
    static std::optional<WatchRule> parse(const QByteArray &text, QString *problem);

    // The calls the condition counts as matching: `calls` and `match` together.
    CallFilter matchingFilter() const;
    // "hangup cause 3010 at least 20 % of at least 30 calls in 15 min": what the rule watches.
    QString conditionText() const;

    bool operator==(const WatchRule &) const = default;
};

// The rules a person keeps, one JSON file each, in the application's data folder.
namespace WatchRules {
QString folder();
struct Loaded
{
    QList<WatchRule> rules;
    QStringList problems; // "busy.json, line 4: …" for each file refused
};
Loaded loadFolder(const QString &folder = WatchRules::folder());
// A rule by its file name (without .json) or its "name"; nullopt and a sentence when none is.
std::optional<WatchRule> find(const QString &nameOrFile, QString *problem,
                              const QString &folder = WatchRules::folder());
std::optional<WatchRule> loadFile(const QString &path, QString *problem);
} // namespace WatchRules
