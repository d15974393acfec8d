#include "watchrunner.h"

#include <QTimeZone>

WatchRunner::WatchRunner(PlivoClient *client, const QList<WatchRule> &rules,
                         const FollowOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rules(rules)
{
    for (const WatchRule &rule : rules) {
        m_evaluators.push_back(std::make_unique<WatchEvaluator>(rule));
        auto group = std::find_if(m_groups.begin(), m_groups.end(), [&](const auto &candidate) {
            return candidate->calls == rule.calls;
        });
        if (group == m_groups.end()) {
            m_groups.push_back(std::make_unique<Group>());
            m_groups.back()->calls = rule.calls;
            group = m_groups.end() - 1;
        }
        (*group)->evaluators.push_back(m_evaluators.back().get());
        (*group)->longestWindow = std::max((*group)->longestWindow, rule.window);
    }
    // Follow's share of the budget is for all the rules together.
    FollowOptions shared = options;
    shared.budgetShare = options.budgetShare / double(std::max<size_t>(m_groups.size(), 1));
    for (const std::unique_ptr<Group> &group : m_groups) {
        group->follower = std::make_unique<CallFollower>(client, group->calls, shared);
        const Group *watched = group.get();
        connect(group->follower.get(), &CallFollower::arrived, this,
                [this, watched](const QList<CallRecord> &calls) { observe(*watched, calls); });
        connect(group->follower.get(), &CallFollower::problem, this, &WatchRunner::problem);
    }
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &WatchRunner::tick);
}

WatchRunner::~WatchRunner()
{
    stop();
}

void WatchRunner::start()
{
    stop();
    m_running = true;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const std::unique_ptr<WatchEvaluator> &evaluator : m_evaluators)
        evaluator->advanceTo(now);
    for (const std::unique_ptr<Group> &group : m_groups) {
        group->follower->start(QDateTime::fromSecsSinceEpoch(now - group->longestWindow.count(),
                                                             QTimeZone::utc()));
    }
    m_clock.start();
}

void WatchRunner::stop()
{
    m_running = false;
    m_clock.stop();
    for (const std::unique_ptr<Group> &group : m_groups)
        group->follower->stop();
}

qint64 WatchRunner::requestsSent() const
{
    qint64 requests = 0;
    for (const std::unique_ptr<Group> &group : m_groups)
        requests += group->follower->requestsSent();
    return requests;
}

void WatchRunner::observe(const Group &group, const QList<CallRecord> &calls)
{
    for (const CallRecord &call : calls) {
        for (WatchEvaluator *evaluator : group.evaluators) {
            if (std::optional<WatchFiring> firing = evaluator->observe(call))
                emit fired(*firing);
        }
    }
}

void WatchRunner::tick()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const std::unique_ptr<WatchEvaluator> &evaluator : m_evaluators) {
        if (std::optional<WatchFiring> firing = evaluator->advanceTo(now))
            emit fired(*firing);
    }
}
