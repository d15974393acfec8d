#include "watchpanel.h"

#include "desktopnotifier.h"

#include "watch/watchrunner.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString WatchSetting = u"watch/enabled"_s;
constexpr int FiringRole = Qt::UserRole + 1;

} // namespace

WatchPanel::WatchPanel(QWidget *parent)
    : QWidget(parent)
    , m_notifier(new DesktopNotifier(this))
{
    m_toggle = new QCheckBox(tr("Watch this account"), this);
    m_toggle->setToolTip(tr("Run the watch rules on this account's calls as they end"));
    auto *folder = new QPushButton(tr("Rules folder"), this);
    folder->setToolTip(tr("Open the folder of watch rules: one JSON file per rule"));
    auto *reload = new QPushButton(tr("Reload rules"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"watchStatus"_s);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(u"color: #a33;"_s);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->hide();

    m_firings = new QTreeWidget(this);
    m_firings->setObjectName(u"watchFirings"_s);
    m_firings->setRootIsDecorated(false);
    m_firings->setUniformRowHeights(true);
    m_firings->setHeaderLabels({tr("Time"), tr("Rule"), tr("What made it fire")});
    m_firings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_firings->setToolTip(tr("Double-click a line to open the calls it counted"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    buttons->addWidget(folder);
    buttons->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_firings, 1);

    connect(m_toggle, &QCheckBox::toggled, this, &WatchPanel::setWatching);
    connect(folder, &QPushButton::clicked, this, &WatchPanel::openRulesFolder);
    connect(reload, &QPushButton::clicked, this, &WatchPanel::reloadRules);
    connect(m_firings, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openFiring(item->data(0, FiringRole).toInt()); });
    connect(m_notifier, &DesktopNotifier::activated, this, &WatchPanel::openFiring);

    const WatchRules::Loaded loaded = WatchRules::loadFolder();
    m_rules = loaded.rules;
    m_problems = loaded.problems;
    setWatching(QSettings().value(WatchSetting, true).toBool());
}

WatchPanel::~WatchPanel() = default;

void WatchPanel::setClient(PlivoClient *client)
{
    m_client = client;
    m_lastProblem.clear();
    restart();
}

void WatchPanel::setWatching(bool watching)
{
    if (m_toggle->isChecked() != watching) {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(watching);
    }
    if (m_watching == watching)
        return;
    m_watching = watching;
    QSettings().setValue(WatchSetting, watching);
    restart();
    emit watchingChanged(watching);
}

void WatchPanel::reloadRules()
{
    const WatchRules::Loaded loaded = WatchRules::loadFolder();
    m_rules = loaded.rules;
    m_problems = loaded.problems;
    restart();
}

int WatchPanel::ruleCount() const
{
    return int(m_rules.size());
}

void WatchPanel::restart()
{
    m_runner.reset();
    if (m_watching && m_client && !m_rules.isEmpty()) {
        m_runner = std::make_unique<WatchRunner>(m_client, m_rules);
        connect(m_runner.get(), &WatchRunner::fired, this, &WatchPanel::addFiring);
        connect(m_runner.get(), &WatchRunner::problem, this, [this](const ApiError &error) {
            m_lastProblem = error.message();
            updateStatus();
        });
        m_runner->start();
    }
    updateStatus();
}

void WatchPanel::addFiring(const WatchFiring &firing)
{
    const int index = int(m_history.size());
    m_history.append(firing);
    m_firedAt.append(QDateTime::currentDateTimeUtc());
    m_lastProblem.clear();
    auto *item = new QTreeWidgetItem;
    item->setData(0, FiringRole, index);
    writeFiring(item);
    m_firings->insertTopLevelItem(0, item); // newest first
    for (int column = 0; column < 2; ++column)
        m_firings->resizeColumnToContents(column);
    m_notifier->notify(tr("Watch: %1").arg(firing.rule), firing.figuresText(m_timeDisplay), index);
    updateStatus();
    emit fired(firing);
}

void WatchPanel::writeFiring(QTreeWidgetItem *item) const
{
    const int index = item->data(0, FiringRole).toInt();
    const WatchFiring &firing = m_history.at(index);
    const QDateTime firedAt = m_firedAt.at(index);
    const bool local = m_timeDisplay == TimeDisplay::Local;
    item->setText(
            0, QLocale().toString((local ? firedAt.toLocalTime() : firedAt).time(), u"HH:mm:ss"_s));
    item->setText(1, firing.rule);
    item->setText(2, tr("%1 — %2").arg(firing.figuresText(m_timeDisplay), firing.condition));
    item->setToolTip(2,
                     tr("First call: %1\nLast call: %2")
                             .arg(CallFields::uuidText(firing.firstCall),
                                  CallFields::uuidText(firing.lastCall)));
}

void WatchPanel::setTimeDisplay(TimeDisplay display)
{
    if (display == m_timeDisplay)
        return;
    m_timeDisplay = display;
    m_firings->headerItem()->setText(0,
                                     display == TimeDisplay::Local ? tr("Time") : tr("Time (UTC)"));
    for (int row = 0; row < m_firings->topLevelItemCount(); ++row)
        writeFiring(m_firings->topLevelItem(row));
    m_firings->resizeColumnToContents(0);
}

void WatchPanel::openFiring(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    emit openCallsRequested(m_history.at(index).windowFilter());
}

void WatchPanel::openRulesFolder()
{
    const QString folder = WatchRules::folder();
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

QString WatchPanel::statusText() const
{
    return m_status->text();
}

QString WatchPanel::problemsText() const
{
    return m_problemsLabel->text();
}

void WatchPanel::updateStatus()
{
    QStringList names;
    for (const WatchRule &rule : std::as_const(m_rules))
        names.append(rule.name);
    QString text;
    if (m_rules.isEmpty())
        text = tr("No watch rules yet. A rule is a JSON file in %1; “callscope watch --help” "
                  "shows one.")
                       .arg(QDir::toNativeSeparators(WatchRules::folder()));
    else if (!m_watching)
        text = tr("Watch is off. %n rule(s) ready: %1.", nullptr, int(m_rules.size()))
                       .arg(names.join(u", "_s));
    else if (!m_client)
        text = tr("Open an account to watch it.");
    else
        text = tr("Watching %n rule(s): %1.", nullptr, int(m_rules.size()))
                       .arg(names.join(u", "_s));
    if (!m_lastProblem.isEmpty())
        text += u' ' + tr("The last poll failed: %1").arg(m_lastProblem);
    m_status->setText(text);
    m_problemsLabel->setText(
            m_problems.isEmpty()
                    ? QString()
                    : tr("Not watched, the file has a mistake:\n%1").arg(m_problems.join(u'\n')));
    m_problemsLabel->setVisible(!m_problems.isEmpty());
}
