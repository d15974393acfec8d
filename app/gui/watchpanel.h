#pragma once

#include "watch/watchevaluator.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class DesktopNotifier;
class PlivoClient;
class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class WatchRunner;

// The Watch panel: runs the person's watch rules on the open account while Watch is on, lists
// each firing (time, rule, the figures that made it fire), raises a desktop notification for
// it, and opens the matching calls when a line or a notification is clicked.
class WatchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WatchPanel(QWidget *parent = nullptr);
    ~WatchPanel() override;

    // The account to watch (null: none); watching restarts on it when on.
    void setClient(PlivoClient *client);
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }
    // Reads the rules folder again and restarts watching with what it holds.
    void reloadRules();

    // Times as the table shows them: firings already listed are written again.
    void setTimeDisplay(TimeDisplay display);

    QString statusText() const;
    QString problemsText() const;
    int ruleCount() const;
    QTreeWidget *firings() const { return m_firings; }

signals:
    // The calls a firing counted: its matching calls in its window.
    void openCallsRequested(const CallFilter &filter);
    void watchingChanged(bool watching);
    void fired(const WatchFiring &firing);

private:
    void restart();
    void addFiring(const WatchFiring &firing);
    void openFiring(int index);
    void openRulesFolder();
    void updateStatus();
    void writeFiring(QTreeWidgetItem *item) const;

    QPointer<PlivoClient> m_client;
    std::unique_ptr<WatchRunner> m_runner;
    QList<WatchRule> m_rules;
    QStringList m_problems;
    QList<WatchFiring> m_history; // every firing shown, by the index the list keeps
    QList<QDateTime> m_firedAt; // UTC, by the same index
    TimeDisplay m_timeDisplay = TimeDisplay::Local;
    bool m_watching = false;
    QString m_lastProblem;

    DesktopNotifier *m_notifier;
    QCheckBox *m_toggle;
    QLabel *m_status;
    QLabel *m_problemsLabel;
    QTreeWidget *m_firings;
};
