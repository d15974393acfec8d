#pragma once

#include "models/calltablemodel.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class AccountArchive;
class CallLink;
class InstanceChannel;
class CallFollower;
class AccountStore;
class CallDetails;
class CallTableView;
class CallTreePanel;
class ChartsView;
class QTabWidget;
class ExportFlow;
class FilterPanel;
class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class PlivoCallSource;
class QTemporaryDir;
class SandboxServer;
class WatchPanel;

// The window a support engineer lives in: filters on the left, the lazy table of calls, the
// details of the selected call, and a status bar that always says what is happening.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AccountStore *accounts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the sandbox in this process and browses its synthetic account.
    void openDemo(int latencyMs = 80);
    // `archiveLocation`: the account's archive (empty: the default file for its auth id).
    void openAccount(const PlivoAccount &account, const QString &label,
                     const QString &archiveLocation = {});
    // Opens the last used profile, the environment's account, or shows the welcome page.
    void openStartupAccount();

    void applyFilter();
    void refresh();
    void openCallByUuid(const QString &uuid);
    // Opens a callscope:// link (Copy link makes them): its call or its result, in its account,
    // opening that account first when it is another of this computer's. A link that cannot be
    // opened gets a sentence in the banner.
    void openLink(const QString &text);
    // Links to the current call and to the current result, as Copy link puts on the clipboard;
    // empty when there is none.
    QString callLink() const;
    QString resultLink() const;
    // Opens the links later launches hand over (one window per user session), and comes to the
    // front for them.
    void acceptLinksFrom(InstanceChannel *channel);
    void bringToFront();
    void copySelectedRows();
    void exportCalls();

    // Where the table's calls come from: Plivo's API, or the account's archive (opened, and
    // kept current in the background, from the moment it is chosen).
    enum class Source { Live, Archive };
    void setSource(Source source);
    Source source() const { return m_sourceChoiceValue; }
    AccountArchive *archive() const { return m_archive.get(); }
    QString archiveStatusText() const;

    // Follow: calls that end after the current result was asked for join it at the top.
    void setFollowing(bool following);
    bool isFollowing() const { return m_follower != nullptr; }

    ExportFlow *exportFlow() const { return m_export; }

    CallTableModel *model() const { return m_model; }
    PlivoClient *client() const { return m_client; }
    FilterPanel *filterPanel() const { return m_filters; }
    CallDetails *details() const { return m_details; }
    CallTreePanel *callTree() const { return m_callTree; }
    ChartsView *charts() const { return m_charts; }
    WatchPanel *watchPanel() const { return m_watch; }
    CallTableView *table() const { return m_table; }
    QString statusText() const;
    QString bannerText() const;
    bool isWelcomeShown() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createBrowsePage();
    void showBrowsePage(bool browsing);
    void showBanner(const QString &text, bool retry);
    void hideBanner();
    void updateStatus();
    void updateEmptyState();
    void showCurrentCall();
    void showAccountsDialog();
    void showRowMenu(const QPoint &position);
    void showCallTree();
    void goToALeg();
    // Narrows the filter from a chart; Back returns to the filter before.
    void narrowFilter(const CallFilter &filter);
    void showLinked(const CallLink &link);
    // Why a link cannot open: in the banner, or in a message over the welcome page.
    void sayAboutLink(const QString &sentence);
    void goBack();
    // Opens the account's archive and starts keeping it current; false when it cannot be.
    bool openArchive();
    void updateArchiveStatus();
    void saveSettings() const;
    void restoreSettings();

    AccountStore *m_accounts;
    std::unique_ptr<SandboxServer> m_sandbox;
    QPointer<PlivoClient> m_client;
    QPointer<PlivoCallSource> m_liveSource;
    QPointer<PlivoCallSource> m_liveFamilySource;
    QString m_accountLabel;
    bool m_isDemo = false;
    QString m_authId;
    QString m_archiveLocation; // as the profile says; empty: the default file
    std::unique_ptr<AccountArchive> m_archive;
    std::unique_ptr<CallFollower> m_follower;
    QAction *m_followAction = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoArchiveFolder;
    Source m_sourceChoiceValue = Source::Live;
    qint64 m_archiveCallsShown = 0; // the archive's size when the result was last asked for
    QComboBox *m_sourceChoice = nullptr;
    QLabel *m_archiveStatus = nullptr;

    CallTableModel *m_model;
    QSplitter *m_browseSplitter = nullptr;
    bool m_splitterSized = false;
    QStackedWidget *m_pages;
    QStackedWidget *m_resultStack;
    QTabWidget *m_resultTabs;
    ChartsView *m_charts;
    QList<QJsonObject> m_filterHistory;
    QAction *m_backAction = nullptr;
    QList<QAction *> m_accountActions;
    bool m_treeDockWanted = true;
    bool m_watchDockWanted = false; // shown since a firing or Ctrl+3, until the person closes it
    CallTableView *m_table;
    QLabel *m_emptyState;
    QDockWidget *m_filterDock;
    FilterPanel *m_filters;
    CallDetails *m_details;
    CallTreePanel *m_callTree;
    QDockWidget *m_treeDock;
    WatchPanel *m_watch;
    QDockWidget *m_watchDock;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerRetry;
    QLabel *m_status;
    QLabel *m_demoBadge;
    QProgressBar *m_loadAllProgress;
    QToolButton *m_cancelLoadAll;
    QComboBox *m_timeDisplay;
    ExportFlow *m_export;
    QTimer m_statusTimer;
};
