#pragma once

#include "models/legtreemodel.h"

#include <QWidget>

class LegTimeline;
class QLabel;
class QPushButton;
class QTreeView;

// The "Call family" panel: the legs of the selected call as a tree, their timeline, and what
// the panel is doing (loading, empty, failed with Retry).
class CallTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallTreePanel(QWidget *parent = nullptr);

    LegTreeModel *model() const { return m_model; }
    LegTimeline *timeline() const { return m_timeline; }
    QTreeView *tree() const { return m_tree; }
    void showFamilyOf(const CallRecord &call);
    void setTimeDisplay(TimeDisplay display) { m_model->setTimeDisplay(display); }

signals:
    // The person picked a leg in the tree or on the timeline.
    void legActivated(const CallRecord &leg);
    void familyKnown(const QString &aLegUuid, int legCount);

private:
    void updateStatus();
    void refreshTimeline();

    LegTreeModel *m_model;
    QTreeView *m_tree;
    LegTimeline *m_timeline;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_copy;
};
