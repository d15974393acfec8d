#include "cli/exportcommand.h"
#include "cli/sandboxcommand.h"
#include "gui/accountstore.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

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

} // namespace

int main(int argc, char *argv[])
{
    // `callscope export …` and `callscope sandbox …` run without a display.
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (command == "export")
        return runHeadless(argc, argv, &runExportCommand);
    if (command == "sandbox")
        return runHeadless(argc, argv, &runSandboxCommand);

    // --help and --version answer without a display, as any command-line tool does.
    bool informationOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        informationOnly |= argument == "--help" || argument == "-h" || argument == "--version"
                || argument == "-v" || argument == "--help-all";
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
            "Run a command with --help for its options."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main",
                                                              "Open the demo account: a "
                                                              "synthetic account served on "
                                                              "this computer."));
    parser.addOption(demo);
    parser.process(*app);
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
    return app->exec();
}
