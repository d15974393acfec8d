#include "cli/archivecommand.h"
#include "cli/exportcommand.h"
#include "cli/followcommand.h"
#include "cli/sandboxcommand.h"
#include "cli/watchcommand.h"
#include "gui/accountstore.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"

#include "models/calltablemodel.h"
#include "share/calllink.h"
#include "share/instancechannel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Callscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Callscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));
    // After the names: the language setting lives in the application's QSettings.
    TranslationLoader::install();
}

int runHeadless(int argc, char *argv[], int (*command)(const QStringList &))
{
    QCoreApplication app(argc, argv);
    describeApplication();
    QStringList arguments = app.arguments();
    arguments.remove(0, 2); // program name and the command word
    return command(arguments);
}

// `--demo --check`: proves the demo works on a machine without a display. The window opens
// offscreen; the first rows of the default query must arrive within 30 s.
void checkFirstRows(const MainWindow &window, QCoreApplication &app)
{
    constexpr int timeoutMs = 30000;
    auto *clock = new QElapsedTimer;
    clock->start();
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [&window, &app, clock, poll] {
        const CallTableModel *model = window.model();
        const bool ready = model->loadedCount() > 0 && !model->isCounting();
        if (!ready && clock->elapsed() < timeoutMs)
            return;
        poll->stop();
        const QLocale locale;
        if (ready) {
            std::printf(
                    "%s\n",
                    qPrintable(QCoreApplication::translate("main",
                                                           "demo: %1 of %2 calls shown after %3 s")
                                       .arg(locale.toString(model->loadedCount()),
                                            locale.toString(model->totalCount()),
                                            locale.toString(clock->elapsed() / 1000.0, 'f', 1))));
        } else {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main",
                                                                "demo: no calls shown within %1 s")
                                            .arg(timeoutMs / 1000)));
        }
        std::fflush(stdout);
        delete clock;
        app.exit(ready ? 0 : 1);
    });
    poll->start(10);
}

} // namespace

int main(int argc, char *argv[])
{
    // `callscope export …` and `callscope sandbox …` run without a display.
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (command == "export")
        return runHeadless(argc, argv, &runExportCommand);
    if (command == "sandbox")
        return runHeadless(argc, argv, &runSandboxCommand);
    if (command == "archive")
        return runHeadless(argc, argv, &runArchiveCommand);
    if (command == "follow")
        return runHeadless(argc, argv, &runFollowCommand);
    if (command == "watch")
        return runHeadless(argc, argv, &runWatchCommand);

    // --help and --version answer without a display, as any command-line tool does.
    bool informationOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        informationOnly |= argument == "--help" || argument == "-h" || argument == "--version"
                || argument == "-v" || argument == "--help-all";
    }
    // The check runs offscreen, with settings in a folder of its own so a person's saved
    // filters and accounts neither change it nor are changed by it.
    bool check = false;
    for (int i = 1; i < argc; ++i)
        check |= QByteArray(argv[i]) == "--check";
    std::unique_ptr<QTemporaryDir> checkHome;
    if (check && !informationOnly) {
        checkHome = std::make_unique<QTemporaryDir>();
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("XDG_CONFIG_HOME", checkHome->filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", checkHome->filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", checkHome->filePath(QStringLiteral("cache")).toLocal8Bit());
    }
    std::unique_ptr<QCoreApplication> app;
    if (informationOnly)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Look into the phone calls of a Plivo account.\n\n"
            "Commands:\n"
            "  callscope export -o FILE [options]   export calls to CSV or JSON Lines\n"
            "  callscope sandbox [options]          serve a local demo account over HTTP\n"
            "  callscope archive sync|import|info   keep the account's calls past Plivo's 90 days\n"
            "  callscope follow [options]           print each call as it ends, like tail -f\n"
            "  callscope watch --rule NAME          print a JSON line when a watch rule fires\n"
            "Run a command with --help for its options."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Open the demo account: a "
                                                              "synthetic account served on "
                                                              "this computer."));
    parser.addOption(demo);
    const QCommandLineOption checkOption(
            QStringLiteral("check"),
            QCoreApplication::translate("main",
                                        "With --demo: open the window offscreen, print how "
                                        "soon the first calls were shown and exit (1 if none "
                                        "arrived within 30 s)."));
    parser.addOption(checkOption);
    parser.addPositionalArgument(
            u"link"_s,
            QCoreApplication::translate("main",
                                        "A link to a call or a list of calls, as Copy link makes "
                                        "it: it opens in the Callscope already running, or in a "
                                        "new window."),
            u"[callscope://…]"_s);
    parser.process(*app);
    if (parser.isSet(checkOption) && !parser.isSet(demo)) {
        std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "--check works with --demo only.")));
        return 2;
    }
    // A damaged link is refused here, in words, before it reaches any window.
    const QStringList links = parser.positionalArguments();
    for (const QString &link : links) {
        QString problem;
        if (!CallLink::parse(link, &problem)) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 2;
        }
    }
    // One window per user session: a plain launch, or one with links, goes to the window already
    // open and ends here. --demo without links opens a window of its own; --check runs alone.
    InstanceChannel channel;
    if (!parser.isSet(checkOption)) {
        const bool handOver = !links.isEmpty() || !parser.isSet(demo);
        if (handOver && channel.sendToRunning(links))
            return 0;
        QString problem;
        if (!channel.listen(&problem) && handOver)
            std::fprintf(stderr, "%s\n", qPrintable(problem));
    }
    QApplication::setApplicationDisplayName(QStringLiteral("Callscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.callscope.Callscope"));
    QGuiApplication::setWindowIcon(
            QIcon::fromTheme(QStringLiteral("io.github.callscope.Callscope")));

    AccountStore accounts;
    MainWindow window(&accounts);
    if (parser.isSet(demo))
        window.openDemo();
    else
        window.openStartupAccount();
    window.show();
    for (const QString &link : links)
        window.openLink(link);
    window.acceptLinksFrom(&channel);
    if (parser.isSet(checkOption))
        checkFirstRows(window, *app);
    return app->exec();
}
