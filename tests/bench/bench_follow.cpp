// Follow against a growing sandbox on a thread of its own (as a remote server): how soon each
// call is seen after it appears, whether any is missed or seen twice, and the requests spent,
// against the bare latency of one request measured in the same run.
//   bench_follow [SECONDS]     (default 300: the five minutes)

#include "sandboxthread.h"

#include "source/callfollower.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(share * double(values.size()))));
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = app.arguments().value(1, u"300"_s).toInt();
    SandboxOptions options;
    options.seed = 91;
    options.callCount = 20000;
    options.rateLimit = 300;
    options.latencyMs = 80;
    options.latencyJitterMs = 20;
    options.lateShare = 0.3;
    options.lateSeconds = 60;
    SandboxThread sandboxThread(options);
    if (!sandboxThread.listening())
        return 1;
    SandboxServer &sandbox = *sandboxThread.server();
    const PlivoAccount account{sandbox.authId(), sandbox.authToken(), sandbox.baseUrl()};
    PlivoClient client(account, ClientOptions()); // the window's: 150 per 5 s

    // Baseline: one request's round trip.
    QList<double> bare;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer clock;
        clock.start();
        PlivoReply *reply = client.listCalls({}, 0, 20, RequestPriority::Interactive);
        QEventLoop loop;
        QObject::connect(reply, &PlivoReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        bare.append(clock.nsecsElapsed() / 1e6);
        reply->deleteLater();
    }
    const double requestMs = percentile(bare, 0.5);

    qint64 since = 0;
    sandboxThread.run([&] { since = sandbox.account().now(); });
    QHash<QString, qint64> seenAtMs;
    qint64 duplicates = 0;
    CallFollower follower(&client, CallFilter());
    QObject::connect(&follower, &CallFollower::arrived, &follower,
                     [&](const QList<CallRecord> &calls) {
                         const qint64 now = QDateTime::currentMSecsSinceEpoch();
                         for (const CallRecord &call : calls) {
                             const QString uuid = CallFields::uuidText(call.callUuid);
                             duplicates += seenAtMs.contains(uuid);
                             seenAtMs.insert(uuid, now);
                         }
                     });
    sandboxThread.run([&] { sandbox.resetStats(); });
    sandboxThread.run([&] { sandbox.setGrowthPerSecond(5.0); });
    QElapsedTimer clock;
    clock.start();
    follower.start(QDateTime::fromSecsSinceEpoch(since, QTimeZone::utc()));
    wait(seconds * 1000);
    sandboxThread.run([&] { sandbox.setGrowthPerSecond(0); });
    wait(8000); // a last poll or two for what arrived at the end
    const double elapsed = clock.elapsed() / 1000.0;
    follower.stop();

    QList<double> onTime, late;
    qint64 expected = 0, missed = 0, requests = 0;
    sandboxThread.run([&] {
        requests = sandbox.stats().requests;
        for (const SandboxCall &call : sandbox.account().calls()) {
            if (call.endTime < since)
                continue;
            ++expected;
            const auto seen = seenAtMs.constFind(call.callUuid);
            if (seen == seenAtMs.constEnd()) {
                ++missed;
                continue;
            }
            // A late record "appears" long after it ended; each is measured from appearing.
            const bool isLate = call.lateBySeconds > 0;
            (isLate ? late : onTime).append(double(seen.value() - call.appearedAtMs));
        }
    });
    const QLocale locale;
    const auto ms = [&](double value) {
        return locale.toString(value, 'f', 0);
    };
    say(u"follow %1 s at 5 legs/s, 30 % late by up to 60 s: %2 calls, %3 seen once, %4 seen "
        "twice, %5 missed"_s.arg(locale.toString(elapsed, 'f', 0), locale.toString(expected),
                                 locale.toString(qint64(seenAtMs.size()) - duplicates),
                                 locale.toString(duplicates), locale.toString(missed)));
    say(u"requests: %1 in %2 s = %3 per 5 s (follow's share: %4 per 5 s); polls %5"_s.arg(
            locale.toString(requests), locale.toString(elapsed, 'f', 0),
            locale.toString(requests * 5.0 / elapsed, 'f', 1),
            locale.toString(follower.budgetLimit()), locale.toString(follower.polls())));
    say(u"bare request, median: %1 ms; goal for the median: poll interval 2,000 + %1 + 50 = %2 ms"_s
                .arg(locale.toString(requestMs, 'f', 1), ms(2000 + requestMs + 50)));
    say(u"seen after appearing, calls on time (%1): median %2 ms, 95th percentile %3 ms"_s.arg(
            locale.toString(onTime.size()), ms(percentile(onTime, 0.5)),
            ms(percentile(onTime, 0.95))));
    say(u"seen after appearing, late records (%1): median %2 ms, 95th percentile %3 ms"_s.arg(
            locale.toString(late.size()), ms(percentile(late, 0.5)), ms(percentile(late, 0.95))));
    return missed == 0 && duplicates == 0 ? 0 : 1;
}
