#pragma once

#include "watchevaluator.h"
#include "watchrule.h"

#include "plivo/apierror.h"
#include "source/callfollower.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

// Watches an account with a set of rules: follows the calls each rule's "calls" filter names
// (rules with the same filter share one follower; all followers together keep to follow's share
// of the budget), feeds each call to the rules that asked for it, and moves every rule's window
// with the clock once a second. Starts with the calls of the longest window already ended, so a
// condition that holds when watching begins fires at once.
class WatchRunner : public QObject
{
    Q_OBJECT

public:
    WatchRunner(PlivoClient *client, const QList<WatchRule> &rules,
                const FollowOptions &options = {}, QObject *parent = nullptr);
    ~WatchRunner() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    const QList<WatchRule> &rules() const { return m_rules; }
    // Followers running: one per distinct "calls" filter.
    qsizetype followerCount() const { return qsizetype(m_groups.size()); }
    qint64 requestsSent() const;

signals:
    void fired(const WatchFiring &firing);
    // A poll failed after the client's retries; watching goes on.
    void problem(const ApiError &error);

private:
    struct Group
    {
        CallFilter calls;
        std::unique_ptr<CallFollower> follower;
        std::vector<WatchEvaluator *> evaluators;
        std::chrono::seconds longestWindow{0};
    };

    void observe(const Group &group, const QList<CallRecord> &calls);
    void tick();

    QPointer<PlivoClient> m_client;
    QList<WatchRule> m_rules;
    std::vector<std::unique_ptr<WatchEvaluator>> m_evaluators;
    std::vector<std::unique_ptr<Group>> m_groups;
    QTimer m_clock;
    bool m_running = false;
};
