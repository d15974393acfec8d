#include "mainwindow.h"

#include "accountdialog.h"
#include "accountstore.h"
#include "archive/accountarchive.h"
#include "calldetails.h"
#include "calltableview.h"
#include "calltreepanel.h"
#include "chartsview.h"
#include "exportflow.h"
#include "filterpanel.h"
#include "sandbox/sandboxserver.h"
#include "share/calllink.h"
#include "share/instancechannel.h"
#include "source/callfollower.h"
#include "source/plivocallsource.h"
#include "translationloader.h"
#include "watchpanel.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(AccountStore *accounts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_model(new CallTableModel(this))
{
    setWindowTitle(tr("Callscope"));
    m_pages = new QStackedWidget(this);
    setCentralWidget(m_pages);
    auto *welcome = new WelcomePage(m_pages);
    connect(welcome, &WelcomePage::connectAccountRequested, this, &MainWindow::showAccountsDialog);
    connect(welcome, &WelcomePage::demoRequested, this, [this] { openDemo(); });
    m_pages->addWidget(welcome);
    createBrowsePage();
    createActions();

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);
    m_archiveStatus = new QLabel(this);
    m_archiveStatus->setObjectName(QStringLiteral("archiveStatus"));
    m_archiveStatus->setTextFormat(Qt::PlainText);
    m_archiveStatus->hide();
    statusBar()->addPermanentWidget(m_archiveStatus);
    m_loadAllProgress = new QProgressBar(this);
    m_loadAllProgress->setMaximumWidth(220);
    m_loadAllProgress->setFormat(tr("Loading all: %p%"));
    m_loadAllProgress->hide();
    statusBar()->addPermanentWidget(m_loadAllProgress);
    m_cancelLoadAll = new QToolButton(this);
    m_cancelLoadAll->setText(tr("Cancel"));
    m_cancelLoadAll->hide();
    statusBar()->addPermanentWidget(m_cancelLoadAll);
    connect(m_cancelLoadAll, &QToolButton::clicked, m_model, &CallTableModel::cancelLoadAll);
    m_export = new ExportFlow(m_model, m_table, statusBar(), this);
    connect(m_export, &ExportFlow::problem, this,
            [this](const QString &text) { showBanner(text, false); });

    m_statusTimer.setInterval(250);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateArchiveStatus);
    m_statusTimer.start();

    showBrowsePage(false);
    connect(m_model, &CallTableModel::progressChanged, this, &MainWindow::updateStatus);
    connect(m_model, &CallTableModel::queryCounted, this, [this] {
        updateEmptyState();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_model, &CallTableModel::errorOccurred, this, [this](const ApiError &error) {
        showBanner(error.message(), true);
        updateEmptyState();
    });
    connect(m_model, &CallTableModel::sortUnavailable, this, [this](const QString &reason) {
        QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(
                CallTableModel::columnOf(CallField::EndTime),
                m_model->order() == CallTableModel::Order::NewestFirst ? Qt::DescendingOrder
                                                                       : Qt::AscendingOrder);
        showBanner(reason, false);
    });
    connect(m_model, &CallTableModel::loadAllFinished, this, [this](bool complete) {
        m_loadAllProgress->hide();
        m_cancelLoadAll->hide();
        if (complete)
            statusBar()->showMessage(tr("Every call of the result is loaded."), 5000);
    });
    connect(m_model, &CallTableModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int current = m_table->currentIndex().row();
                if (current >= from.row() && current <= to.row() && !m_details->call())
                    showCurrentCall();
            });
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Closing the window hides its docks once this part of it is gone: nothing here may hear it.
    disconnect(m_watchDock, nullptr, this, nullptr);
    m_watch->setClient(nullptr);
    m_follower.reset();
    m_model->setSource(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openCall = file->addAction(tr("&Open call by UUID\u2026"));
    openCall->setShortcut(QKeySequence(tr("Ctrl+G")));
    openCall->setIconText(tr("Open call\u2026"));
    openCall->setToolTip(tr("Open a call by its UUID (Ctrl+G)"));
    connect(openCall, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString uuid = QInputDialog::getText(this, tr("Open call"),
                                                   tr("Call UUID (from a ticket or a log):"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            openCallByUuid(uuid);
    });
    QAction *exportAction = file->addAction(tr("&Export\u2026"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportCalls);
    QAction *accounts = file->addAction(tr("&Accounts\u2026"));
    connect(accounts, &QAction::triggered, this, &MainWindow::showAccountsDialog);
    QAction *demo = file->addAction(tr("Open the &demo account"));
    connect(demo, &QAction::triggered, this, [this] { openDemo(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy rows"));
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelectedRows);
    QAction *paste = edit->addAction(tr("&Paste a call UUID"));
    paste->setShortcut(QKeySequence::Paste);
    connect(paste, &QAction::triggered, this,
            [this] { openCallByUuid(QGuiApplication::clipboard()->text()); });
    QAction *copyCallLink = edit->addAction(tr("Copy &link to this call"));
    copyCallLink->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copyCallLink->setToolTip(tr("A callscope:// link a teammate can open (it carries no token)"));
    connect(copyCallLink, &QAction::triggered, this, [this] {
        const QString link = callLink();
        if (link.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(link);
        statusBar()->showMessage(tr("Copied a link to this call: %1").arg(link), 8000);
    });
    QAction *copyResultLink = edit->addAction(tr("Copy link to this &result"));
    copyResultLink->setToolTip(
            tr("A callscope:// link to the calls this filter finds, with its time range"));
    connect(copyResultLink, &QAction::triggered, this, [this] {
        const QString link = resultLink();
        if (link.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(link);
        statusBar()->showMessage(tr("Copied a link to this result: %1").arg(link), 8000);
    });
    QAction *find = edit->addAction(tr("&Filter"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filterDock->show();
        m_filterDock->raise();
        m_filters->setFocus(Qt::ShortcutFocusReason);
        m_filters->focusFirstField();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_backAction = view->addAction(tr("&Back to the previous filter"));
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setIconText(tr("Back")); // the toolbar's short name
    m_backAction->setToolTip(tr("Back to the previous filter (Alt+Left)"));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    QAction *loadAll = view->addAction(tr("&Load all"));
    loadAll->setShortcut(QKeySequence(tr("Ctrl+L")));
    loadAll->setToolTip(tr("Load every call of the result (needed to sort by other columns)"));
    connect(loadAll, &QAction::triggered, this, [this] {
        if (m_model->isComplete() || m_model->isCounting())
            return;
        m_model->loadAll();
        m_loadAllProgress->show();
        m_cancelLoadAll->show();
        updateStatus();
    });
    m_followAction = view->addAction(tr("F&ollow"));
    m_followAction->setCheckable(true);
    m_followAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_followAction->setToolTip(tr(
            "Add calls to the top of the list as they end, with the same filter (Ctrl+Shift+F)"));
    connect(m_followAction, &QAction::toggled, this, &MainWindow::setFollowing);
    QAction *showCalls = view->addAction(tr("C&alls"));
    showCalls->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(showCalls, &QAction::triggered, this, [this] { m_resultTabs->setCurrentIndex(0); });
    QAction *showCharts = view->addAction(tr("C&harts"));
    showCharts->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(showCharts, &QAction::triggered, this, [this] { m_resultTabs->setCurrentIndex(1); });
    QAction *showWatch = view->addAction(tr("&Watch panel"));
    showWatch->setShortcut(QKeySequence(tr("Ctrl+3")));
    connect(showWatch, &QAction::triggered, this, [this] {
        m_watchDockWanted = true;
        m_watchDock->show();
        m_watchDock->raise();
    });
    view->addSeparator();
    view->addAction(m_filterDock->toggleViewAction());
    QMenu *language = view->addMenu(tr("Lan&guage"));
    auto *languages = new QActionGroup(language);
    const QString chosen = TranslationLoader::languageSetting();
    QStringList codes{QString()};
    codes += TranslationLoader::availableLanguages();
    for (const QString &code : std::as_const(codes)) {
        QAction *action = language->addAction(code.isEmpty() ? tr("System language")
                                                             : TranslationLoader::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            TranslationLoader::setLanguageSetting(code);
            statusBar()->showMessage(
                    tr("The new language applies from the next start of Callscope."), 8000);
        });
    }
    view->addAction(m_treeDock->toggleViewAction());
    QAction *columns = view->addAction(tr("&Columns\u2026"));
    connect(columns, &QAction::triggered, this, [this] {
        m_table->showColumnMenu(m_table->horizontalHeader()->mapToGlobal(QPoint(0, 0)));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Callscope"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Callscope"),
                           tr("<h3>Callscope %1</h3><p>Look into the phone calls of a Plivo "
                              "account.</p><p>Licensed under the GNU General Public License, "
                              "version 3 or later.</p><p>Built with Qt %2, running on Qt %3.</p>")
                                   .arg(QStringLiteral(CALLSCOPE_VERSION),
                                        QStringLiteral(QT_VERSION_STR),
                                        QString::fromLatin1(qVersion())));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_accountActions = {refreshAction,  loadAll,      openCall,      exportAction,
                        m_followAction, copyCallLink, copyResultLink};
    toolbar->addAction(m_backAction);
    toolbar->addAction(refreshAction);
    toolbar->addAction(loadAll);
    toolbar->addAction(m_followAction);
    toolbar->addAction(openCall);
    toolbar->addAction(exportAction);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Times: "), toolbar));
    m_timeDisplay = new QComboBox(toolbar);
    m_timeDisplay->setObjectName(QStringLiteral("timeDisplay"));
    // As wide as the choice shown, not the longest: the toolbar fits 1280 pixels in every
    // language.
    m_timeDisplay->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeDisplay->setMinimumContentsLength(12);
    for (TimeDisplay display : {TimeDisplay::Utc, TimeDisplay::Local, TimeDisplay::Account})
        m_timeDisplay->addItem(CallFormat::timeDisplayName(display), int(display));
    toolbar->addWidget(m_timeDisplay);
    connect(m_timeDisplay, &QComboBox::currentIndexChanged, this, [this] {
        const auto display = TimeDisplay(m_timeDisplay->currentData().toInt());
        m_model->setTimeDisplay(display);
        m_details->setTimeDisplay(display);
        m_callTree->setTimeDisplay(display);
        m_watch->setTimeDisplay(display);
    });
    toolbar->addSeparator();
    toolbar->addSeparator();
    m_demoBadge = new QLabel(toolbar);
    m_demoBadge->setTextFormat(Qt::PlainText);
    toolbar->addWidget(m_demoBadge);
}

void MainWindow::createBrowsePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_banner = new QFrame(page);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid "
                                           "#e6b0aa; } #errorBanner QLabel { color: #6e1b12; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerRetry = new QPushButton(tr("Retry"), m_banner);
    bannerLayout->addWidget(m_bannerRetry);
    auto *close = new QToolButton(m_banner);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Dismiss"));
    bannerLayout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &MainWindow::hideBanner);
    connect(m_bannerRetry, &QPushButton::clicked, this, [this] {
        hideBanner();
        if (m_model->isCounting() || m_model->totalCount() == 0)
            refresh();
        else
            m_model->retryFailed();
    });
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("browseSplitter"));
    m_resultStack = new QStackedWidget(page);
    m_table = new CallTableView(m_model, m_resultStack);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentCall);
    m_resultStack->addWidget(m_table);
    m_emptyState = new QLabel(m_resultStack);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_resultStack->addWidget(m_emptyState);
    m_resultTabs = new QTabWidget(splitter);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->setDocumentMode(true);
    m_resultTabs->addTab(m_resultStack, tr("Calls"));
    m_charts = new ChartsView(m_model, m_resultTabs);
    m_resultTabs->addTab(m_charts, tr("Charts"));
    connect(m_charts, &ChartsView::filterRequested, this, &MainWindow::narrowFilter);
    splitter->addWidget(m_resultTabs);
    m_details = new CallDetails(splitter);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_browseSplitter = splitter;
    // The charts take the room of the per-call panels while their tab is shown: they describe
    // the whole result, not the selected call.
    connect(m_resultTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        const bool charts = m_resultTabs->widget(tab) == m_charts;
        m_details->setVisible(!charts);
        m_treeDock->setVisible(!charts && m_treeDockWanted && !isWelcomeShown());
        // The Watch panel steps aside too (its firings still reach the status bar and the
        // desktop), and comes back with the calls.
        m_watchDock->setVisible(!charts && m_watchDockWanted && !isWelcomeShown());
    });
    layout->addWidget(splitter, 1);
    m_pages->addWidget(page);

    connect(m_details, &CallDetails::filterByNumberRequested, this, [this](const QString &number) {
        m_filters->setFromNumber(number);
        applyFilter();
    });
    connect(m_details, &CallDetails::showBLegsRequested, this, [this](const QString &uuid) {
        m_filters->setParentCallUuid(uuid);
        m_filters->setTimePreset(FilterPanel::TimePreset::Last90Days);
        applyFilter();
    });
    connect(m_details, &CallDetails::openCallRequested, this, &MainWindow::openCallByUuid);

    m_filterDock = new QDockWidget(tr("Filter"), this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    // Where the calls come from heads the filter: it decides what the filter can ask.
    auto *filterSide = new QWidget(m_filterDock);
    auto *filterLayout = new QVBoxLayout(filterSide);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(9, 6, 9, 0);
    auto *sourceLabel = new QLabel(tr("Calls from:"), filterSide);
    m_sourceChoice = new QComboBox(filterSide);
    sourceLabel->setBuddy(m_sourceChoice);
    m_sourceChoice->setObjectName(QStringLiteral("sourceChoice"));
    m_sourceChoice->addItem(tr("Plivo (live)"), int(Source::Live));
    m_sourceChoice->addItem(tr("Archive"), int(Source::Archive));
    m_sourceChoice->setToolTip(
            tr("Plivo (live) asks Plivo's API: 90 days, sorted by end time. The archive keeps "
               "this account's calls on this computer or a team's PostgreSQL server: any range, "
               "any sort, numbers by any part, kept current in the background."));
    connect(m_sourceChoice, &QComboBox::activated, this,
            [this] { setSource(Source(m_sourceChoice->currentData().toInt())); });
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_sourceChoice, 1);
    filterLayout->addLayout(sourceRow);
    m_filters = new FilterPanel(filterSide);
    filterLayout->addWidget(m_filters, 1);
    m_filterDock->setWidget(filterSide);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    resizeDocks({m_filterDock}, {300}, Qt::Horizontal);
    connect(m_filters, &FilterPanel::applyRequested, this, &MainWindow::applyFilter);

    m_treeDock = new QDockWidget(tr("Call family"), this);
    m_treeDock->setObjectName(QStringLiteral("callTreeDock"));
    m_callTree = new CallTreePanel(m_treeDock);
    m_treeDock->setWidget(m_callTree);
    addDockWidget(Qt::BottomDockWidgetArea, m_treeDock);
    resizeDocks({m_treeDock}, {200}, Qt::Vertical);
    connect(m_callTree, &CallTreePanel::legActivated, this, [this](const CallRecord &leg) {
        const int row = m_model->rowOf(leg.callUuid);
        if (row >= 0) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        } else {
            m_table->clearSelection();
        }
        m_details->showCall(leg);
    });
    connect(m_callTree, &CallTreePanel::familyKnown, m_model, &CallTableModel::setFamilySize);
    connect(m_treeDock->toggleViewAction(), &QAction::triggered, this,
            [this](bool shown) { m_treeDockWanted = shown; });

    m_watchDock = new QDockWidget(tr("Watch"), this);
    m_watchDock->setObjectName(QStringLiteral("watchDock"));
    m_watch = new WatchPanel(m_watchDock);
    m_watch->setTimeDisplay(m_model->timeDisplay());
    m_watchDock->setWidget(m_watch);
    addDockWidget(Qt::BottomDockWidgetArea, m_watchDock);
    tabifyDockWidget(m_treeDock, m_watchDock);
    m_treeDock->raise();
    // Out of the way until it has something to say (a firing) or the person asks for it.
    m_watchDock->hide();
    connect(m_watch, &WatchPanel::openCallsRequested, this, [this](const CallFilter &filter) {
        bringToFront();
        narrowFilter(filter);
    });
    connect(m_watch, &WatchPanel::fired, this, [this](const WatchFiring &firing) {
        statusBar()->showMessage(
                tr("Watch: “%1” fired: %2")
                        .arg(firing.rule, firing.figuresText(m_model->timeDisplay())),
                15000);
        m_watchDockWanted = true;
        if (m_resultTabs->currentWidget() != m_charts)
            m_watchDock->show();
    });
    connect(m_watchDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Closed by the person (not hidden with the charts): wanted no more.
        if (!visible && m_watchDock->isHidden() && m_resultTabs->currentWidget() != m_charts
            && !isWelcomeShown())
            m_watchDockWanted = false;
    });
    connect(m_treeDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_details->call())
            m_callTree->showFamilyOf(*m_details->call());
    });

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_table, &QTableView::activated, this, &MainWindow::showCallTree);
}

void MainWindow::narrowFilter(const CallFilter &filter)
{
    m_filterHistory.append(m_filters->saveState());
    m_backAction->setEnabled(true);
    m_filters->setFilter(filter);
    m_resultTabs->setCurrentIndex(0); // the table follows the bar that was clicked
    applyFilter();
}

void MainWindow::openLink(const QString &text)
{
    QString problem;
    const std::optional<CallLink> link = CallLink::parse(text, &problem);
    if (!link) {
        sayAboutLink(problem);
        return;
    }
    if (m_client && link->authId() == m_authId) {
        showLinked(*link);
        return;
    }
    if (link->authId() == SandboxOptions().authId) {
        openDemo();
        showLinked(*link);
        return;
    }
    const QList<AccountProfile> profiles = m_accounts->profiles();
    const auto profile = std::find_if(profiles.begin(), profiles.end(),
                                      [&](const auto &p) { return p.authId == link->authId(); });
    if (profile == profiles.end()) {
        const QString sentence
                = tr("This link is for account %1, which is not among the accounts on this "
                     "computer. Add it in File \u25b8 Accounts, then open the link again.")
                          .arg(link->authId());
        sayAboutLink(sentence);
        return;
    }
    const AccountProfile chosen = *profile;
    m_accounts->readToken(
            chosen.authId,
            [this, chosen, link = *link](const QString &token, const QString &error) {
                if (token.isEmpty()) {
                    sayAboutLink(tr("Account \u201c%1\u201d needs its token again before this "
                                    "link can open. %2")
                                         .arg(chosen.name, error));
                    return;
                }
                openAccount({chosen.authId, token, chosen.baseUrl}, chosen.name,
                            chosen.archiveLocation);
                showLinked(link);
            });
}

void MainWindow::acceptLinksFrom(InstanceChannel *channel)
{
    connect(channel, &InstanceChannel::received, this, [this](const QStringList &links) {
        bringToFront();
        for (const QString &link : links)
            openLink(link);
    });
}

void MainWindow::bringToFront()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::sayAboutLink(const QString &sentence)
{
    if (m_client && !isWelcomeShown())
        showBanner(sentence, false);
    else // the welcome page has no banner
        QMessageBox::information(this, tr("Callscope"), sentence);
}

void MainWindow::showLinked(const CallLink &link)
{
    if (link.kind() == CallLink::Kind::Call)
        openCallByUuid(CallFields::uuidText(link.callUuid()));
    else
        narrowFilter(link.filter());
}

QString MainWindow::callLink() const
{
    const std::optional<CallRecord> call = m_details->call();
    if (!call || m_authId.isEmpty())
        return {};
    return CallLink::forCall(call->callUuid, m_authId).toString();
}

QString MainWindow::resultLink() const
{
    if (m_authId.isEmpty())
        return {};
    // The time range as it stood when the result was asked for, both ends written out, so the
    // teammate sees the same calls later ("last 7 days" would have moved on).
    const QDateTime pinned = m_model->plan().pinnedNow();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(
            (pinned.isValid() ? pinned : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch(),
            QTimeZone::utc());
    CallFilter filter = m_filters->filter(now);
    if (!filter.endTime.hasUpperBound() && !filter.endTime.exact)
        filter.endTime.atMost = now;
    return CallLink::forCalls(filter, m_authId).toString();
}

void MainWindow::goBack()
{
    if (m_filterHistory.isEmpty())
        return;
    m_filters->restoreState(m_filterHistory.takeLast());
    m_backAction->setEnabled(!m_filterHistory.isEmpty());
    applyFilter();
}

void MainWindow::showRowMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    const std::optional<CallRecord> record = m_model->record(index.row());
    if (!record)
        return;
    QMenu menu(this);
    connect(menu.addAction(tr("Show call tree")), &QAction::triggered, this,
            &MainWindow::showCallTree);
    QAction *aLeg = menu.addAction(tr("Go to A-leg"));
    aLeg->setEnabled(!record->isALeg());
    connect(aLeg, &QAction::triggered, this, &MainWindow::goToALeg);
    menu.addSeparator();
    const QString uuid = CallFields::uuidText(record->callUuid);
    connect(menu.addAction(tr("Copy call UUID")), &QAction::triggered, this,
            [uuid] { QGuiApplication::clipboard()->setText(uuid); });
    const QString link = CallLink::forCall(record->callUuid, m_authId).toString();
    connect(menu.addAction(tr("Copy link to this call")), &QAction::triggered, this,
            [link] { QGuiApplication::clipboard()->setText(link); });
    connect(menu.addAction(tr("Copy rows")), &QAction::triggered, this,
            &MainWindow::copySelectedRows);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::showCallTree()
{
    m_treeDock->show();
    m_treeDock->raise();
    if (const std::optional<CallRecord> record = m_model->record(m_table->currentIndex().row()))
        m_callTree->showFamilyOf(*record);
    else if (m_details->call())
        m_callTree->showFamilyOf(*m_details->call());
}

void MainWindow::goToALeg()
{
    const std::optional<CallRecord> record = m_details->call();
    if (record && !record->isALeg())
        openCallByUuid(CallFields::uuidText(*record->parentCallUuid));
}

void MainWindow::openDemo(int latencyMs)
{
    SandboxOptions options;
    options.latencyMs = latencyMs;
    options.latencyJitterMs = latencyMs / 4;
    // The demo's phones ring: a call ends every few seconds, for Follow and Watch to see.
    options.growthPerSecond = 0.2;
    m_model->setSource(nullptr);
    m_callTree->model()->setSource(nullptr);
    m_sandbox = std::make_unique<SandboxServer>(options);
    if (!m_sandbox->listen()) {
        showBanner(tr("The demo account could not start: no local port was free."), false);
        return;
    }
    m_isDemo = true;
    openAccount({m_sandbox->authId(), m_sandbox->authToken(), m_sandbox->baseUrl()},
                tr("Demo account"));
}

void MainWindow::openAccount(const PlivoAccount &account, const QString &label,
                             const QString &archiveLocation)
{
    setFollowing(false);
    m_watch->setClient(nullptr);
    m_model->setSource(nullptr);
    m_callTree->model()->setSource(nullptr);
    m_archive.reset(); // its sync asks through the client
    m_demoArchiveFolder.reset();
    delete m_liveSource;
    delete m_liveFamilySource;
    delete m_client;
    if (label != tr("Demo account")) {
        m_isDemo = false;
        m_sandbox.reset();
    }
    m_client = new PlivoClient(account, {}, this);
    m_accountLabel = label;
    m_authId = account.authId;
    m_archiveLocation = archiveLocation;
    m_liveSource = new PlivoCallSource(m_client, this);
    m_liveFamilySource = new PlivoCallSource(m_client, this);
    m_watch->setClient(m_client);
    setWindowTitle(tr("%1 \u2014 Callscope").arg(label));
    m_demoBadge->setText(m_isDemo ? tr("DEMO: synthetic calls served on this computer")
                                  : tr("Account %1").arg(account.authId));
    m_demoBadge->setStyleSheet(m_isDemo ? QStringLiteral("color: #8a5a00; font-weight: bold;")
                                        : QString());
    showBrowsePage(true);
    m_details->showMessage(tr("Select a call to see its details."));

    // An archive someone set up (a chosen location, or the default file a sync already made) is
    // kept current whenever the account is open; otherwise it starts when first chosen.
    const bool archiveKept = !m_isDemo
            && (!archiveLocation.isEmpty()
                || QFileInfo::exists(CallArchive::defaultLocation(account.authId)));
    const bool archiveWanted
            = QSettings().value(QStringLiteral("sources/") + account.authId).toString()
            == QLatin1String("archive");
    // The demo's archive is a fresh one each time: opened only when the person wants it.
    if (archiveKept || (m_isDemo && archiveWanted))
        openArchive();
    m_sourceChoiceValue = archiveWanted && m_archive ? Source::Archive : Source::Live;
    m_sourceChoice->setCurrentIndex(m_sourceChoice->findData(int(m_sourceChoiceValue)));
    m_model->setSource(m_sourceChoiceValue == Source::Archive ? m_archive->source()
                                                              : m_liveSource.data());
    m_callTree->model()->setSource(m_sourceChoiceValue == Source::Archive
                                           ? m_archive->familySource()
                                           : m_liveFamilySource.data());
    m_filters->setAnswerer(m_sourceChoiceValue == Source::Archive ? CallFilter::Answerer::Archive
                                                                  : CallFilter::Answerer::Plivo);
    updateArchiveStatus();
    applyFilter();
}

bool MainWindow::openArchive()
{
    if (m_archive)
        return true;
    QString location = m_archiveLocation;
    if (m_isDemo) {
        // The demo's calls are made up afresh each time: its archive lasts as long as the window.
        m_demoArchiveFolder = std::make_unique<QTemporaryDir>();
        location = m_demoArchiveFolder->filePath(QStringLiteral("demo.sqlite"));
    } else if (location.isEmpty()) {
        location = CallArchive::defaultLocation(m_authId);
    }
    auto archive = std::make_unique<AccountArchive>(m_client, location);
    QString error;
    if (!archive->open(&error)) {
        showBanner(tr("The archive could not be opened: %1").arg(error), false);
        return false;
    }
    m_archive = std::move(archive);
    m_archiveCallsShown = 0;
    connect(m_archive.get(), &AccountArchive::changed, this, [this] {
        updateArchiveStatus();
        // While the first sync fills an empty result, each stored part shows at once.
        const qint64 calls = m_archive->summary().calls;
        if (m_sourceChoiceValue == Source::Archive && calls > m_archiveCallsShown
            && !m_model->isCounting() && m_model->totalCount() == 0)
            applyFilter();
        m_archiveCallsShown = calls;
    });
    connect(m_archive.get(), &AccountArchive::syncFinished, this, [this] {
        if (m_sourceChoiceValue != Source::Archive)
            return;
        if (!m_archive->syncProblem().isEmpty()) {
            showBanner(tr("The archive could not be synced: %1").arg(m_archive->syncProblem()),
                       false);
            return;
        }
        // What the person reads stays put; an empty result (the first sync) fills in at once.
        if (!m_model->isCounting() && m_model->totalCount() == 0)
            applyFilter();
        else
            statusBar()->showMessage(
                    tr("The archive is synced: Refresh (F5) shows calls that ended since."), 8000);
    });
    m_archive->setSyncInterval(AccountArchive::DefaultSyncInterval);
    m_archive->syncNow();
    return true;
}

void MainWindow::setSource(Source source)
{
    if (!m_client)
        return;
    if (source == Source::Archive && !m_archive) {
        if (!m_isDemo) {
            const QString location = m_archiveLocation.isEmpty()
                    ? CallArchive::defaultLocation(m_authId)
                    : CallArchive::displayLocation(m_archiveLocation);
            const auto answer = QMessageBox::question(
                    this, tr("Keep an archive of this account?"),
                    tr("Callscope will copy every call Plivo still holds for %1 into %2 and keep "
                       "adding new ones while this window is open, so calls stay searchable "
                       "after Plivo's 90 days. The archive holds phone numbers; an archive file "
                       "is readable by you alone. The first sync runs in the background at bulk "
                       "priority.")
                            .arg(m_accountLabel, location),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                source = Source::Live;
        }
        if (source == Source::Archive && !openArchive())
            source = Source::Live;
    }
    m_sourceChoice->setCurrentIndex(m_sourceChoice->findData(int(source)));
    QSettings().setValue(QStringLiteral("sources/") + m_authId,
                         source == Source::Archive ? QStringLiteral("archive")
                                                   : QStringLiteral("live"));
    if (source == m_sourceChoiceValue && m_model->source())
        return;
    m_sourceChoiceValue = source;
    m_model->setSource(source == Source::Archive ? m_archive->source() : m_liveSource.data());
    m_callTree->model()->setSource(source == Source::Archive ? m_archive->familySource()
                                                             : m_liveFamilySource.data());
    m_filters->setAnswerer(source == Source::Archive ? CallFilter::Answerer::Archive
                                                     : CallFilter::Answerer::Plivo);
    updateArchiveStatus();
    applyFilter();
}

void MainWindow::setFollowing(bool following)
{
    if (!following || !m_client) {
        m_follower.reset();
        if (m_followAction && m_followAction->isChecked()) {
            const QSignalBlocker block(m_followAction);
            m_followAction->setChecked(false);
        }
        updateStatus();
        return;
    }
    if (m_follower)
        return;
    // The result's own filter, from the instant it was pinned: nothing between is lost.
    CallFilter filter = m_model->plan().filter();
    filter.endTime = {};
    m_follower = std::make_unique<CallFollower>(m_client, filter);
    connect(m_follower.get(), &CallFollower::arrived, m_model, &CallTableModel::addFollowed);
    connect(m_follower.get(), &CallFollower::problem, this, [this](const ApiError &error) {
        statusBar()->showMessage(tr("Follow: %1 It tries again.").arg(error.message()), 8000);
    });
    const QDateTime since = m_model->plan().pinnedNow().isValid() ? m_model->plan().pinnedNow()
                                                                  : QDateTime::currentDateTimeUtc();
    m_follower->start(since);
    if (!m_followAction->isChecked()) {
        const QSignalBlocker block(m_followAction);
        m_followAction->setChecked(true);
    }
    updateStatus();
}

QString MainWindow::archiveStatusText() const
{
    return m_archiveStatus->isVisible() ? m_archiveStatus->text() : QString();
}

void MainWindow::updateArchiveStatus()
{
    if (!m_archive) {
        m_archiveStatus->hide();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_archiveStatus->setText(m_archive->statusText(now));
    QStringList tip{m_archive->displayLocation()};
    if (!m_archive->syncProblem().isEmpty())
        tip.append(m_archive->syncProblem());
    tip += m_archive->lostRangeSentences(now);
    m_archiveStatus->setToolTip(tip.join(u'\n'));
    m_archiveStatus->show();
}

void MainWindow::openStartupAccount()
{
    const QList<AccountProfile> profiles = m_accounts->profiles();
    const QString last = m_accounts->lastUsedProfile();
    auto chosen = std::find_if(profiles.begin(), profiles.end(),
                               [&](const AccountProfile &p) { return p.name == last; });
    if (chosen == profiles.end())
        chosen = std::find_if(profiles.begin(), profiles.end(),
                              [](const AccountProfile &p) { return p.fromEnvironment; });
    if (chosen == profiles.end()) {
        showBrowsePage(false);
        return;
    }
    const AccountProfile profile = *chosen;
    m_accounts->readToken(
            profile.authId, [this, profile](const QString &token, const QString &error) {
                if (token.isEmpty()) {
                    m_pages->setCurrentIndex(0);
                    QMessageBox::information(this, tr("Callscope"),
                                             tr("Account \u201c%1\u201d needs its token again. %2")
                                                     .arg(profile.name, error));
                    return;
                }
                openAccount({profile.authId, token, profile.baseUrl}, profile.name,
                            profile.archiveLocation);
            });
}

void MainWindow::showAccountsDialog()
{
    AccountDialog dialog(m_accounts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.chosenProfile();
    for (const AccountProfile &profile : m_accounts->profiles()) {
        if (profile.name != name)
            continue;
        m_accounts->setLastUsedProfile(name);
        m_accounts->readToken(profile.authId,
                              [this, profile](const QString &token, const QString &error) {
                                  if (token.isEmpty())
                                      showBanner(error, false);
                                  else
                                      openAccount({profile.authId, token, profile.baseUrl},
                                                  profile.name, profile.archiveLocation);
                              });
    }
}

void MainWindow::showBrowsePage(bool browsing)
{
    // Without an account the filters, the family panel and the query actions have nothing to
    // work on: the welcome page stands alone.
    m_pages->setCurrentIndex(browsing ? 1 : 0);
    m_filterDock->setVisible(browsing);
    m_treeDock->setVisible(browsing && m_treeDockWanted
                           && m_resultTabs->currentWidget() != m_charts);
    for (QAction *action : std::as_const(m_accountActions))
        action->setEnabled(browsing);
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentIndex() == 0;
}

void MainWindow::applyFilter()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_filters->validate(now)) {
        showBanner(tr("The filter needs a correction before Callscope asks Plivo: see the "
                      "messages in the filter panel."),
                   false);
        return;
    }
    if (!m_client)
        return;
    hideBanner();
    CallQuery query;
    query.filter = m_filters->filter(now);
    query.now = now;
    RangeFilter<QDateTime> &range = query.filter.endTime;
    if (m_sourceChoiceValue == Source::Archive && !range.exact && !range.atLeast
        && !range.greaterThan && m_archive && m_archive->summary().firstEndUs) {
        // "Everything": from the archive's oldest call, so the charts' time axis starts there.
        range.atLeast = QDateTime::fromSecsSinceEpoch(*m_archive->summary().firstEndUs / 1000000,
                                                      QTimeZone::utc());
    }
    m_model->setQuery(query);
    if (m_follower) { // the new result is followed from its own pinned "now"
        m_follower.reset();
        setFollowing(true);
    }
    m_details->showMessage(tr("Select a call to see its details."));
    QSettings().setValue(QStringLiteral("lastFilter"),
                         QJsonDocument(m_filters->saveState()).toJson(QJsonDocument::Compact));
    updateEmptyState();
    updateStatus();
}

void MainWindow::refresh()
{
    applyFilter();
}

void MainWindow::showCurrentCall()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        m_details->showMessage(tr("Select a call to see its details."));
        return;
    }
    if (const std::optional<CallRecord> record = m_model->record(row)) {
        m_details->showCall(*record);
        if (m_treeDock->isVisible())
            m_callTree->showFamilyOf(*record);
    } else
        m_details->showMessage(m_model->rowState(row) == CallTableModel::RowState::Failed
                                       ? tr("This call could not be loaded. Use Retry above.")
                                       : tr("Loading this call\u2026"));
}

void MainWindow::openCallByUuid(const QString &text)
{
    const QString uuid = text.trimmed().toLower();
    if (QUuid::fromString(QStringView(uuid)).isNull()) {
        showBanner(tr("\u201c%1\u201d is not a call UUID; one looks like "
                      "5607532d-5037-4066-befc-a8b40218dd4f.")
                           .arg(text.trimmed().left(80)),
                   false);
        return;
    }
    if (!m_client) {
        showBanner(tr("Open an account first."), false);
        return;
    }
    const int row = m_model->rowOf(QUuid::fromString(QStringView(uuid)));
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    m_details->showMessage(tr("Fetching call %1\u2026").arg(uuid));
    // From where the table reads: Plivo (90 days) or the archive (everything it holds). The
    // waiter ends the connection with the answer, or with the window if none comes.
    CallSource *source = m_model->source();
    auto *waiter = new QObject(this);
    connect(source, &CallSource::lookedUp, waiter,
            [this, waiter, wanted = QUuid::fromString(QStringView(uuid))](
                    const QUuid &callUuid, const std::optional<CallRecord> &call,
                    const ApiError &error) {
                if (callUuid != wanted)
                    return;
                waiter->deleteLater();
                if (call) {
                    m_table->clearSelection();
                    m_details->showCall(*call);
                    if (m_treeDock->isVisible())
                        m_callTree->showFamilyOf(*call);
                } else {
                    m_details->showMessage(error.message());
                }
            });
    source->lookUp(QUuid::fromString(QStringView(uuid)));
}

void MainWindow::copySelectedRows()
{
    if (const int rows = m_table->copySelectedRows(); rows > 0)
        statusBar()->showMessage(tr("Copied %n row(s).", nullptr, rows), 3000);
}

void MainWindow::exportCalls()
{
    if (!m_client || m_model->isCounting()) {
        showBanner(
                tr("There is nothing to export yet: open an account and wait for the first rows."),
                false);
        return;
    }
    m_export->start(m_client,
                    m_sourceChoiceValue == Source::Archive && m_archive ? m_archive->location()
                                                                        : QString());
}

void MainWindow::showBanner(const QString &text, bool retry)
{
    m_bannerText->setText(text);
    m_bannerRetry->setVisible(retry);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->hide();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_bannerText->text() : QString();
}

void MainWindow::updateEmptyState()
{
    const bool fromArchive = m_sourceChoiceValue == Source::Archive && m_archive;
    QString message;
    if (m_model->isCounting() && m_model->hasFailures())
        message = tr("Nothing could be loaded.\n%1").arg(m_model->lastError().message());
    else if (m_model->isCounting())
        message = fromArchive ? tr("Counting the archive's calls\u2026")
                              : tr("Asking Plivo for the calls\u2026");
    else if (m_model->plan().isEmpty())
        message = fromArchive ? tr("No calls match this filter.")
                              : tr("The time range lies entirely outside Plivo's 90-day "
                                   "retention.");
    else if (m_model->rowCount() == 0 && fromArchive && m_archive->isSyncing())
        message = tr("No calls of the archive match this filter yet.\nThe archive is being "
                     "synced: calls appear here as each part of it is stored.");
    else if (m_model->rowCount() == 0)
        message = tr("No calls match this filter.\nWiden the time range or clear a field, then "
                     "press Apply.");
    m_emptyState->setText(message);
    m_resultStack->setCurrentIndex(message.isEmpty() ? 0 : 1);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    if (!m_client) {
        m_status->setText(tr("No account open."));
        return;
    }
    const QLocale locale;
    const ClientCounters &counters = m_client->counters();
    QStringList parts;
    if (m_model->isCounting() && m_model->hasFailures() && m_model->fetchesInFlight() == 0)
        parts.append(tr("Nothing loaded: the request failed"));
    else if (m_model->isCounting())
        parts.append(tr("Counting calls\u2026"));
    else
        parts.append(tr("%1 of %Ln call(s) loaded", nullptr, int(m_model->totalCount()))
                             .arg(locale.toString(m_model->loadedCount())));
    if (m_sourceChoiceValue == Source::Archive)
        parts.append(tr("from the archive"));
    else
        parts.append(tr("windows: %1").arg(locale.toString(m_model->plan().windows().size())));
    parts.append(tr("requests: %1").arg(locale.toString(counters.sent)));
    if (counters.retried > 0)
        parts.append(tr("retried: %1").arg(locale.toString(counters.retried)));
    parts.append(tr("budget %1 / 5 s").arg(m_client->options().budget));
    if (m_follower)
        parts.append(tr("following: %n new call(s)", nullptr, m_model->followedCount()));
    if (m_model->followedDropped() > 0)
        parts.append(tr("the oldest %1 followed calls left the table (it keeps %2)")
                             .arg(locale.toString(m_model->followedDropped()),
                                  locale.toString(m_model->followLimit())));
    if (m_model->fetchesInFlight() > 0)
        parts.append(tr("loading pages: %1").arg(m_model->fetchesInFlight()));
    m_status->setText(parts.join(QStringLiteral(" \u00b7 ")));
    if (m_model->isLoadingAll()) {
        m_loadAllProgress->setMaximum(int(qMin<qint64>(m_model->totalCount(), INT_MAX)));
        m_loadAllProgress->setValue(int(qMin<qint64>(m_model->loadedCount(), INT_MAX)));
    }
    if (!m_model->isCounting() && m_resultStack->currentIndex() == 1 && m_model->rowCount() > 0)
        updateEmptyState();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/familyPanel"), m_treeDockWanted);
    settings.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("table/timeDisplay"), m_timeDisplay->currentData());
    settings.setValue(QStringLiteral("lastFilter"),
                      QJsonDocument(m_filters->saveState()).toJson(QJsonDocument::Compact));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (settings.contains(QStringLiteral("window/state")))
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    else
        resize(1280, 800);
    m_treeDockWanted = settings.value(QStringLiteral("window/familyPanel"), true).toBool();
    if (settings.contains(QStringLiteral("table/header")))
        m_table->horizontalHeader()->restoreState(
                settings.value(QStringLiteral("table/header")).toByteArray());
    const int display
            = m_timeDisplay->findData(settings.value(QStringLiteral("table/timeDisplay"), 0));
    m_timeDisplay->setCurrentIndex(qMax(0, display));
    const QJsonObject filter
            = QJsonDocument::fromJson(settings.value(QStringLiteral("lastFilter")).toByteArray())
                      .object();
    if (!filter.isEmpty())
        m_filters->restoreState(filter);
    // A restored header may carry a column sort from before: a new query starts newest first.
    m_table->horizontalHeader()->setSortIndicator(CallTableModel::columnOf(CallField::EndTime),
                                                  Qt::DescendingOrder);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterSized)
        return;
    // The table gets what shows its essential columns whole; the details pane the rest.
    m_splitterSized = true;
    const int total = m_browseSplitter->width() - m_browseSplitter->handleWidth();
    const int table = qMin(m_table->essentialWidth(), total * 3 / 4);
    m_browseSplitter->setSizes({table, total - table});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
