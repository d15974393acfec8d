#include "watchevaluator.h"

#include "plivo/apitime.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(qint64 second)
{
    return QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc());
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace

CallFilter WatchFiring::windowFilter() const
{
    CallFilter filter = matchingFilter;
    filter.endTime = {};
    filter.endTime.atLeast = windowStart;
    filter.endTime.atMost = windowEnd;
    return filter;
}

QJsonObject WatchFiring::toJson() const
{
    QJsonObject object;
    object.insert(u"rule"_s, rule);
    object.insert(u"condition"_s, condition);
    object.insert(u"window_start"_s, isoUtc(windowStart));
    object.insert(u"window_end"_s, isoUtc(windowEnd));
    object.insert(u"calls"_s, calls);
    object.insert(u"matching"_s, matching);
    object.insert(u"percent"_s, std::round(percent() * 10) / 10);
    object.insert(u"first_call_uuid"_s, CallFields::uuidText(firstCall));
    object.insert(u"last_call_uuid"_s, CallFields::uuidText(lastCall));
    return object;
}

QString WatchFiring::figuresText(TimeDisplay display) const
{
    const QLocale locale;
    const bool local = display == TimeDisplay::Local;
    const auto clock = [&](const QDateTime &time) {
        return locale.toString((local ? time.toLocalTime() : time.toUTC()).time(), u"HH:mm:ss"_s);
    };
    const QString from = clock(windowStart);
    const QString to = clock(windowEnd) + (local ? QString() : u" UTC"_s);
    if (kind != WatchRule::Condition::ShareOf)
        return WatchRule::tr("%n call(s) between %1 and %2", nullptr, int(matching)).arg(from, to);
    return WatchRule::tr("%1 of %2 calls (%3 %) between %4 and %5")
            .arg(locale.toString(matching), locale.toString(calls),
                 locale.toString(percent(), 'f', 0), from, to);
}

WatchEvaluator::WatchEvaluator(const WatchRule &rule)
    : m_rule(rule)
    , m_matchingFilter(rule.match)
    , m_buckets(size_t(
              std::clamp(rule.window, std::chrono::seconds(1), WatchRule::LongestWindow).count()))
{ }

std::optional<WatchFiring> WatchEvaluator::observe(const CallRecord &call)
{
    const qint64 second = call.endTime ? call.endTime->utcSeconds() : std::max<qint64>(m_now, 0);
    std::optional<WatchFiring> fired;
    if (second > m_now)
        fired = advanceTo(second);
    const qint64 size = qint64(m_buckets.size());
    if (second <= m_now - size)
        return fired; // ended before the window: too late to count
    Bucket &bucket = m_buckets[size_t(second % size)];
    ++bucket.calls;
    ++m_calls;
    if (m_matchingFilter.matches(call)) {
        ++bucket.matching;
        ++m_matching;
        if (bucket.firstMatching.isNull())
            bucket.firstMatching = call.callUuid;
        bucket.lastMatching = call.callUuid;
    }
    if (fired)
        return fired;
    return evaluate();
}

std::optional<WatchFiring> WatchEvaluator::advanceTo(qint64 utcSecond)
{
    if (m_now < 0) {
        m_now = utcSecond;
        return std::nullopt;
    }
    const qint64 size = qint64(m_buckets.size());
    std::optional<WatchFiring> fired;
    // Second by second, so the condition is judged at each one (a share can rise as calls
    // leave); past a whole window, everything has left and nothing more changes.
    const qint64 steps = std::min(utcSecond - m_now, size);
    for (qint64 step = 0; step < steps; ++step) {
        ++m_now;
        leave(m_now);
        std::optional<WatchFiring> now = evaluate();
        if (now && !fired)
            fired = now;
    }
    if (utcSecond > m_now) {
        m_now = utcSecond;
        std::optional<WatchFiring> now = evaluate();
        if (now && !fired)
            fired = now;
    }
    return fired;
}

void WatchEvaluator::leave(qint64 second)
{
    // The bucket that `second` takes over held the second one window earlier.
    Bucket &bucket = m_buckets[size_t(second % qint64(m_buckets.size()))];
    m_calls -= bucket.calls;
    m_matching -= bucket.matching;
    bucket = Bucket();
}

bool WatchEvaluator::conditionHolds() const
{
    switch (m_rule.condition) {
    case WatchRule::Condition::AnyCall:
        return m_matching > 0;
    case WatchRule::Condition::MoreThan:
        return m_matching > m_rule.moreThan;
    case WatchRule::Condition::ShareOf:
        // Whole numbers times a percentage: exact in a double for any count a window holds.
        return m_calls >= m_rule.ofAtLeast
                && 100.0 * double(m_matching) >= m_rule.atLeastPercent * double(m_calls);
    }
    return false;
}

std::optional<WatchFiring> WatchEvaluator::evaluate()
{
    if (conditionHolds()) {
        m_falseSince = -1;
        if (!m_armed)
            return std::nullopt;
        m_armed = false;
        return firing();
    }
    if (!m_armed) {
        if (m_falseSince < 0)
            m_falseSince = m_now;
        if (m_now - m_falseSince >= m_rule.quiet.count())
            m_armed = true;
    }
    return std::nullopt;
}

WatchFiring WatchEvaluator::firing() const
{
    const qint64 size = qint64(m_buckets.size());
    WatchFiring firing;
    firing.rule = m_rule.name;
    firing.condition = m_rule.conditionText();
    firing.kind = m_rule.condition;
    firing.matchingFilter = m_rule.matchingFilter();
    firing.windowStart = utc(m_now - size + 1);
    firing.windowEnd = utc(m_now);
    firing.calls = m_calls;
    firing.matching = m_matching;
    // Only when firing: a walk over the window's seconds, not per call.
    for (qint64 second = m_now - size + 1; second <= m_now; ++second) {
        const Bucket &bucket = m_buckets[size_t(second % size)];
        if (bucket.matching > 0) {
            if (firing.firstCall.isNull())
                firing.firstCall = bucket.firstMatching;
            firing.lastCall = bucket.lastMatching;
        }
    }
    return firing;
}
