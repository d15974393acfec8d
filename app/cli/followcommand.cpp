#include "followcommand.h"

#include "commandaccount.h"
#include "commandoptions.h"
#include "stopsignals.h"

#include "export/csvwriter.h"
#include "models/callformat.h"
#include "sandbox/sandboxserver.h"
#include "source/callfollower.h"

#include <QEventLoop>
#include <QFile>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class FollowCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowCommand)

public:
    static QString usage()
    {
        return tr("Usage: callscope follow [account options] [--<filter> VALUE]... [options]\n"
                  "\n"
                  "Prints each call that matches the filter as soon as Callscope sees it ended,\n"
                  "one line per call, until Ctrl+C.\n"
                  "\n"
                  "  --since SPAN            first print the calls that ended in the last SPAN\n"
                  "                          (e.g. 30s, 10m, 2h, 1d); default: only new calls\n"
                  "  --format text|jsonl|csv text (default); jsonl: each call object as Plivo\n"
                  "                          sent it; csv: a header, then one row per call\n"
                  "  --overlap SECONDS       asked again behind each poll for records that reach\n"
                  "                          the API late (default 120)\n"
                  "  --budget N              the account's requests per 5 s (default 150); follow\n"
                  "                          takes at most a tenth of it\n"
                  "\n"
                  "Account: --demo (the built-in sandbox, with calls arriving), --auth-id ID\n"
                  "[--base-url URL] (token from PLIVO_AUTH_TOKEN or the keychain), or\n"
                  "--profile NAME. Filters: --call_direction, --from_number, --to_number,\n"
                  "--hangup_cause_code, --hangup_source, --bill_duration__gte, … as Plivo names\n"
                  "them; the end-time range is follow's own.\n");
    }

    int run(const QStringList &arguments);

private:
    void print(const QList<CallRecord> &calls);

    QString m_format = u"text"_s;
    std::unique_ptr<QFile> m_out;
    std::unique_ptr<CsvWriter> m_writer;
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int FollowCommand::run(const QStringList &arguments)
{
    CommandAccountChoice choice;
    QueryParameters filterParameters;
    QString since, overlap, budget;
    const CommandOptions read = CommandOptions::read(arguments, {u"demo"_s});
    if (read.help) {
        std::fputs(usage().toLocal8Bit().constData(), stdout);
        return 0;
    }
    QStringList errors = read.errors;
    for (const auto &[name, value] : read.options) {
        if (name == u"demo")
            choice.demo = true;
        else if (name == u"since")
            since = value;
        else if (name == u"format")
            m_format = value;
        else if (name == u"overlap")
            overlap = value;
        else if (name == u"budget")
            budget = value;
        else if (name == u"base-url")
            choice.baseUrl = value;
        else if (name == u"auth-id")
            choice.authId = value;
        else if (name == u"profile")
            choice.profile = value;
        else if (name.startsWith(u"end_time"))
            errors.append(tr("Follow chooses the end-time range itself; use --since to start "
                             "earlier."));
        else if (CallFilter::isFilterParameter(name))
            filterParameters.append({name, value});
        else
            errors.append(tr("Unknown option “--%1”.").arg(name));
    }
    if (m_format != u"text" && m_format != u"jsonl" && m_format != u"csv")
        errors.append(tr("--format takes text, jsonl or csv, not “%1”.").arg(m_format));
    std::optional<std::chrono::seconds> sinceSpan = std::chrono::seconds(0);
    if (!since.isEmpty() && !(sinceSpan = CallFormat::parseSpan(since)))
        errors.append(tr("--since takes a span such as 30s, 10m, 2h or 1d, not “%1”.").arg(since));
    FollowOptions options;
    bool ok = true;
    if (!overlap.isEmpty()) {
        const int seconds = overlap.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            errors.append(tr("--overlap takes seconds from 0 to 86400, not “%1”.").arg(overlap));
        else
            options.overlap = std::chrono::seconds(seconds);
    }
    ClientOptions clientOptions;
    if (!budget.isEmpty()) {
        const int requests = budget.toInt(&ok);
        if (!ok || requests < 10 || requests > 300)
            errors.append(tr("--budget takes 10 to 300 requests per 5 s, not “%1”.").arg(budget));
        else
            clientOptions.budget = requests;
    }
    QList<CallFilter::Problem> problems;
    const CallFilter filter = CallFilter::fromParameters(filterParameters, &problems);
    for (const CallFilter::Problem &problem : std::as_const(problems))
        errors.append(problem.message);
    if (!errors.isEmpty()) {
        for (const QString &error : std::as_const(errors))
            printLine(stderr, error);
        printLine(stderr, tr("Run “callscope follow --help” for the options."));
        return 2;
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

    m_out = std::make_unique<QFile>();
    m_out->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    if (m_format != u"text") {
        CsvWriter::Options writerOptions;
        writerOptions.format = m_format == u"jsonl" ? ExportFormat::JsonLines : ExportFormat::Csv;
        m_writer = std::make_unique<CsvWriter>(m_out.get(), writerOptions);
        m_writer->writeHeader();
        m_out->flush();
    }

    PlivoClient client(account, clientOptions);
    CallFollower follower(&client, filter, options);
    QEventLoop loop;
    int result = 0;
    QObject::connect(&follower, &CallFollower::arrived, &follower,
                     [this](const QList<CallRecord> &calls) { print(calls); });
    QObject::connect(&follower, &CallFollower::problem, &follower, [&](const ApiError &error) {
        printLine(stderr, error.message());
        // Nothing changes by asking again: stop rather than poll forever.
        if (error.isRefusal()) {
            result = 1;
            loop.quit();
        }
    });
    const qint64 nowSeconds = demo ? demo->account().now() : QDateTime::currentSecsSinceEpoch();
    const StopSignals stop([&loop] { loop.quit(); });
    follower.start(QDateTime::fromSecsSinceEpoch(
            nowSeconds - sinceSpan.value_or(std::chrono::seconds(0)).count(), QTimeZone::utc()));
    loop.exec();
    follower.stop();
    m_out->flush();
    return result;
}

void FollowCommand::print(const QList<CallRecord> &calls)
{
    for (const CallRecord &call : calls) {
        if (m_writer) {
            m_writer->writeRecord(call);
            continue;
        }
        const QString cause = call.hangupCauseCode
                ? u"%1 (%2)"_s.arg(call.hangupCauseName.value_or(QString()))
                          .arg(*call.hangupCauseCode)
                : call.hangupCauseName.value_or(QString());
        const QString line = u"%1  %2  %3 → %4  %5  %6  %7\n"_s.arg(
                CallFormat::time(call.endTime, TimeDisplay::Utc),
                CallFormat::direction(call.direction), call.fromNumber.value_or(u"-"_s),
                call.toNumber.value_or(u"-"_s), CallFormat::duration(call.billDuration), cause,
                CallFields::uuidText(call.callUuid));
        m_out->write(line.toUtf8());
    }
    m_out->flush();
}

} // namespace

int runFollowCommand(const QStringList &arguments)
{
    FollowCommand command;
    return command.run(arguments);
}
