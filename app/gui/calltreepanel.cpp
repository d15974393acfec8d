#include "calltreepanel.h"

#include "legtimeline.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The selected leg stands out in bold.
class SelectedLegDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(LegTreeModel::SelectedLegRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

CallTreePanel::CallTreePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LegTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    m_retry = new QPushButton(tr("Retry"), this);
    m_copy = new QPushButton(tr("Copy family"), this);
    m_copy->setToolTip(
            tr("Copy one line per leg, with times, numbers, durations and causes, for a ticket"));
    top->addWidget(m_retry);
    top->addWidget(m_copy);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new SelectedLegDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline = new LegTimeline(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_model, &LegTreeModel::statusChanged, this, &CallTreePanel::updateStatus);
    connect(m_model, &LegTreeModel::rowsInserted, this, [this] {
        m_tree->expandAll();
        refreshTimeline();
    });
    connect(m_model, &LegTreeModel::layoutChanged, this, &CallTreePanel::refreshTimeline);
    connect(m_model, &LegTreeModel::modelReset, this, &CallTreePanel::refreshTimeline);
    connect(m_model, &LegTreeModel::dataChanged, this,
            [this] { m_timeline->setSelected(m_model->selectedUuid()); });
    connect(m_model, &LegTreeModel::familyLoaded, this, [this] {
        if (m_model->aLeg())
            emit familyKnown(CallFields::uuidText(m_model->aLeg()->callUuid), m_model->legCount());
    });
    connect(m_retry, &QPushButton::clicked, m_model, &LegTreeModel::retry);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_model->familyText()); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto leg = m_model->record(index))
            emit legActivated(*leg);
    });
    connect(m_timeline, &LegTimeline::legClicked, this, [this](const QString &uuid) {
        const QModelIndex index = m_model->indexOf(uuid);
        m_tree->setCurrentIndex(index);
        if (const auto leg = m_model->record(index))
            emit legActivated(*leg);
    });
    updateStatus();
}

void CallTreePanel::showFamilyOf(const CallRecord &call)
{
    m_model->showFamilyOf(call);
    m_timeline->setSelected(m_model->selectedUuid());
}

void CallTreePanel::updateStatus()
{
    m_status->setText(m_model->statusText());
    m_retry->setVisible(m_model->status() == LegTreeModel::Status::Failed);
    m_copy->setEnabled(m_model->status() == LegTreeModel::Status::Loaded);
}

void CallTreePanel::refreshTimeline()
{
    QList<CallRecord> legs;
    if (m_model->aLeg())
        legs.append(*m_model->aLeg());
    legs += m_model->bLegs();
    m_timeline->setLegs(legs, m_model->selectedUuid());
}
