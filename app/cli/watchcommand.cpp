#include "watchcommand.h"

#include "commandaccount.h"
#include "commandoptions.h"
#include "stopsignals.h"

#include "models/callformat.h"
#include "sandbox/sandboxserver.h"
#include "watch/watchrunner.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    static QString usage()
    {
        return tr("Usage: callscope watch (--rule NAME | --rule-file FILE)... [account options]\n"
                  "\n"
                  "Watches the account's calls as they end and prints one JSON line each time a\n"
                  "rule fires: rule, window, counts, first and last matching call. Runs until\n"
                  "Ctrl+C or SIGTERM.\n"
                  "\n"
                  "  --rule NAME       a rule kept in %1 (file name without .json,\n"
                  "                    or the rule's name)\n"
                  "  --rule-file FILE  a rule file anywhere\n"
                  "  --check           read the rules, say what each watches, and exit\n"
                  "  --budget N        the account's requests per 5 s (default 150); watching\n"
                  "                    takes at most a tenth of it, for all rules together\n"
                  "\n"
                  "A rule file:\n"
                  "  { \"name\": \"Busy outbound calls\",\n"
                  "    \"calls\": { \"call_direction\": \"outbound\" },\n"
                  "    \"match\": { \"hangup_cause_code\": 3010 },\n"
                  "    \"condition\": { \"at_least_percent\": 20, \"of_at_least\": 30 },\n"
                  "    \"window\": \"15m\", \"quiet\": \"15m\" }\n"
                  "\"condition\" may also be \"any call\" or { \"more_than\": N }.\n"
                  "\n"
                  "Account: --demo (the built-in sandbox, with calls arriving), --auth-id ID\n"
                  "[--base-url URL] (token from PLIVO_AUTH_TOKEN or the keychain), or\n"
                  "--profile NAME.\n")
                .arg(WatchRules::folder());
    }

    int run(const QStringList &arguments);
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int WatchCommand::run(const QStringList &arguments)
{
    const CommandOptions read = CommandOptions::read(arguments, {u"demo"_s, u"check"_s});
    if (read.help) {
        std::fputs(usage().toLocal8Bit().constData(), stdout);
        return 0;
    }
    QStringList errors = read.errors;
    CommandAccountChoice choice;
    ClientOptions clientOptions;
    QList<WatchRule> rules;
    bool check = false;
    for (const auto &[name, value] : read.options) {
        QString problem;
        if (name == u"demo") {
            choice.demo = true;
        } else if (name == u"check") {
            check = true;
        } else if (name == u"rule" || name == u"rule-file") {
            const std::optional<WatchRule> rule = name == u"rule"
                    ? WatchRules::find(value, &problem)
                    : WatchRules::loadFile(value, &problem);
            if (rule)
                rules.append(*rule);
            else
                errors.append(problem);
        } else if (name == u"budget") {
            bool ok = false;
            const int requests = value.toInt(&ok);
            if (!ok || requests < 10 || requests > 300)
                errors.append(
                        tr("--budget takes 10 to 300 requests per 5 s, not “%1”.").arg(value));
            else
                clientOptions.budget = requests;
        } else if (name == u"base-url") {
            choice.baseUrl = value;
        } else if (name == u"auth-id") {
            choice.authId = value;
        } else if (name == u"profile") {
            choice.profile = value;
        } else {
            errors.append(tr("Unknown option “--%1”.").arg(name));
        }
    }
    if (rules.isEmpty() && errors.isEmpty())
        errors.append(tr("Name at least one rule: --rule NAME or --rule-file FILE."));
    if (!errors.isEmpty()) {
        for (const QString &error : std::as_const(errors))
            printLine(stderr, error);
        printLine(stderr, tr("Run “callscope watch --help” for the options."));
        return 2;
    }
    if (check) {
        for (const WatchRule &rule : std::as_const(rules)) {
            const QString calls = QString::fromUtf8(QueryEncoding::encode(rule.calls.parameters()));
            const QString match = QString::fromUtf8(QueryEncoding::encode(rule.match.parameters()));
            printLine(stdout,
                      tr("%1: fires on %2, counting %3 among %4; then waits for %5 without it.")
                              .arg(rule.name, rule.conditionText(),
                                   match.isEmpty() ? tr("every call") : match,
                                   calls.isEmpty() ? tr("all calls") : calls,
                                   CallFormat::spanText(rule.quiet)));
        }
        return 0;
    }

    PlivoAccount account;
    std::unique_ptr<SandboxServer> demo;
    QString accountError;
    int exitCode = 0;
    if (!CommandAccount::resolve(choice, &account, &demo, &accountError, &exitCode)) {
        printLine(stderr, accountError);
        return exitCode;
    }
    if (demo)
        demo->setGrowthPerSecond(1.0); // the demo's phones ring too

    PlivoClient client(account, clientOptions);
    WatchRunner runner(&client, rules);
    QEventLoop loop;
    int result = 0;
    QObject::connect(&runner, &WatchRunner::fired, &runner, [](const WatchFiring &firing) {
        printLine(stdout,
                  QString::fromUtf8(QJsonDocument(firing.toJson()).toJson(QJsonDocument::Compact)));
    });
    QObject::connect(&runner, &WatchRunner::problem, &runner, [&](const ApiError &error) {
        printLine(stderr, error.message());
        // Nothing changes by asking again: stop rather than poll forever.
        if (error.isRefusal()) {
            result = 1;
            loop.quit();
        }
    });
    const StopSignals stop([&loop] { loop.quit(); });
    runner.start();
    loop.exec();
    runner.stop();
    return result;
}

} // namespace

int runWatchCommand(const QStringList &arguments)
{
    WatchCommand command;
    return command.run(arguments);
}
