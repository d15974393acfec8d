// How fast ExportJob exports compared with what the request budget allows and with a loop that
// makes one request at a time (as an SDK script does), measured in the same run against the
// sandbox with Plivo's rate limit of 300 requests per 5 seconds.
//   bench_export [--calls N] [--sequential-seconds S] [--concurrency N]
//   (defaults: 20000 calls, 8 s of sequential loop, 24 requests in flight)

#include "export/exportjob.h"
#include "plivo/plivoclient.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

const QDateTime benchNow(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
constexpr int budgetWindowSeconds = 5;
constexpr int callsPerPage = 20;

struct Settings
{
    int calls = 20000;
    int sequentialSeconds = 8;
    int concurrency = 24;
};

struct ExportFigures
{
    qint64 rows = 0;
    double seconds = 0;
    qint64 clientRateLimited = 0;
    qint64 server429 = 0;
    qint64 requests = 0;
    int peakConcurrent = 0;
    bool completed = false;
    bool countMatches = false;
};

std::unique_ptr<SandboxServer> startSandbox(int calls, int latencyMs)
{
    SandboxOptions options;
    options.seed = 3;
    options.callCount = calls;
    options.spanDays = 28;
    options.now = benchNow;
    options.rateLimit = 300;
    options.rateWindowMs = budgetWindowSeconds * 1000;
    options.latencyMs = latencyMs;
    auto sandbox = std::make_unique<SandboxServer>(options);
    if (!sandbox->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return sandbox;
}

// Every call of the sandbox: it spreads them over the 28 days before its "now".
CallFilter everything()
{
    CallFilter filter;
    filter.endTime.atLeast = benchNow.addSecs(-29 * 86400);
    return filter;
}

PlivoAccount accountOf(const SandboxServer &sandbox)
{
    return {sandbox.authId(), sandbox.authToken(), sandbox.baseUrl()};
}

ExportFigures runExport(SandboxServer &sandbox, int budget, int concurrency, int expectedCalls)
{
    ClientOptions options;
    options.budget = budget;
    options.maxConcurrency = concurrency;
    PlivoClient client(accountOf(sandbox), options);
    QTemporaryDir dir;
    ExportJob job(&client, everything(), dir.filePath(QStringLiteral("calls.csv")));
    job.setNow(benchNow);

    // Bounded: twice the time the budget needs, plus a minute.
    const int limitMs
            = int(qint64(expectedCalls) / callsPerPage * budgetWindowSeconds * 1000 / budget * 2)
            + 60000;
    QEventLoop loop;
    QObject::connect(&job, &ExportJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    job.start();
    loop.exec();
    ExportFigures figures;
    figures.seconds = double(clock.nsecsElapsed()) / 1e9;
    job.cancel();
    figures.rows = job.rowsWritten();
    figures.completed = job.status() == ExportJob::Status::Completed;
    figures.countMatches = job.countMatches() && job.expectedRows() == expectedCalls;
    figures.clientRateLimited = client.counters().rateLimited;
    figures.server429 = sandbox.stats().requestsByStatus.value(429);
    figures.requests = client.counters().sent;
    figures.peakConcurrent = sandbox.stats().peakConcurrent;
    return figures;
}

// One request at a time, the next one when the previous answered: calls per second over a
// bounded time.
double runSequential(SandboxServer &sandbox, int seconds, int expectedCalls)
{
    PlivoClient client(accountOf(sandbox), ClientOptions{});
    const QueryPlan plan = QueryPlan::build(everything(), benchNow);
    const QueryParameters parameters = plan.parameters(0);
    qint64 offset = 0;
    qint64 rows = 0;
    QElapsedTimer clock;
    QEventLoop loop;
    std::function<void()> next = [&] {
        if (clock.elapsed() >= seconds * 1000 || offset >= expectedCalls) {
            loop.quit();
            return;
        }
        PlivoReply *reply
                = client.listCalls(parameters, offset, callsPerPage, RequestPriority::Bulk);
        QObject::connect(reply, &PlivoReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            if (!reply->isOk()) {
                loop.quit();
                return;
            }
            rows += reply->page().records.size();
            offset += callsPerPage;
            next();
        });
    };
    clock.start();
    next();
    loop.exec();
    return clock.elapsed() > 0 ? double(rows) * 1000.0 / double(clock.elapsed()) : 0;
}

int readOption(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0 || at + 1 >= arguments.size())
        return fallback;
    bool ok = false;
    const int value = arguments.at(at + 1).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    Settings settings;
    settings.calls = readOption(arguments, QStringLiteral("--calls"), settings.calls);
    settings.sequentialSeconds = readOption(arguments, QStringLiteral("--sequential-seconds"),
                                            settings.sequentialSeconds);
    settings.concurrency
            = readOption(arguments, QStringLiteral("--concurrency"), settings.concurrency);

    QTextStream out(stdout);
    out << "Export of " << settings.calls << " calls from the sandbox (rate limit 300 per "
        << budgetWindowSeconds << " s), " << settings.concurrency
        << " requests in flight at most\n\n";
    out << "| budget | latency | export calls/s | bound calls/s | of bound | sequential calls/s "
           "| × sequential | 429s | seconds | requests | peak in flight | count |\n";
    out << "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    out.flush();

    int failures = 0;
    for (const int budget : {300, 150}) {
        for (const int latency : {80, 300}) {
            auto sequentialSandbox = startSandbox(settings.calls, latency);
            auto exportSandbox = startSandbox(settings.calls, latency);
            if (!sequentialSandbox || !exportSandbox) {
                std::fputs("cannot start the sandbox\n", stderr);
                return 1;
            }
            const double sequential
                    = runSequential(*sequentialSandbox, settings.sequentialSeconds, settings.calls);
            const ExportFigures figures
                    = runExport(*exportSandbox, budget, settings.concurrency, settings.calls);
            const double rate = figures.seconds > 0 ? double(figures.rows) / figures.seconds : 0;
            const double bound = double(budget) / budgetWindowSeconds * callsPerPage;
            const bool ok
                    = figures.completed && figures.countMatches && figures.rows == settings.calls;
            failures += !ok;
            out << "| " << budget << " | " << latency << " ms | " << qRound(rate) << " | "
                << qRound(bound) << " | " << qRound(rate / bound * 100) << "% | "
                << qRound(sequential) << " | "
                << QString::number(sequential > 0 ? rate / sequential : 0, 'f', 1) << "× | "
                << figures.server429 << " (client saw " << figures.clientRateLimited << ") | "
                << QString::number(figures.seconds, 'f', 1) << " | " << figures.requests << " | "
                << figures.peakConcurrent << " | "
                << (ok ? QStringLiteral("%1 ok").arg(figures.rows)
                       : QStringLiteral("FAILED %1").arg(figures.rows))
                << " |\n";
            out.flush();
        }
    }
    return failures == 0 ? 0 : 1;
}
