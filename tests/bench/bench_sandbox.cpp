// Figures for the sandbox: how long generating an account takes, and how many requests per
// second it serves at zero latency to a client that keeps several requests in flight.
//
//   bench_sandbox [--seconds S] [--in-flight N] [--calls N]
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QDateTime FixedNow = QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC);

void measureGeneration()
{
    constexpr int Calls = 100000;
    constexpr int Runs = 3;
    QList<qint64> times;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const SandboxAccount account(1 + run, Calls, FixedNow);
        times.append(timer.nsecsElapsed() / 1000);
        if (account.calls().size() != Calls)
            std::printf("bench_sandbox: generated %lld calls instead of %d\n",
                        qint64(account.calls().size()), Calls);
    }
    std::sort(times.begin(), times.end());
    std::printf("bench_sandbox: generating 100,000 calls: best %.1f ms, median %.1f ms (%d runs)\n",
                times.first() / 1000.0, times.at(Runs / 2) / 1000.0, Runs);
}

// Keeps a fixed number of requests in flight and counts the answers.
class LoadClient : public QObject
{
public:
    LoadClient(const QUrl &base, const QByteArray &authorization, const QStringList &uuids,
               int inFlight, int seconds)
        : m_base(base.toEncoded())
        , m_authorization(authorization)
        , m_uuids(uuids)
        , m_inFlight(inFlight)
        , m_seconds(seconds)
    { }

    void run()
    {
        m_clock.start();
        for (int i = 0; i < m_inFlight; ++i)
            sendNext();
        QTimer::singleShot(m_seconds * 1000, this, [this] { m_stopping = true; });
    }

    int completed() const { return m_completed; }
    int failed() const { return m_failed; }
    qint64 bytes() const { return m_bytes; }
    double elapsedSeconds() const { return m_elapsedNs / 1e9; }
    QList<qint64> latenciesUs() const { return m_latenciesUs; }

private:
    QByteArray nextTarget()
    {
        // A mix of what a client does: page the default window, page a 30-day window with
        // filters, and fetch single calls.
        const QByteArray list = "/v1/Account/MADEMO0000SANDBOX001/Call/?limit=20&offset=";
        const int step = m_sent++;
        switch (step % 4) {
        case 0:
            return list + QByteArray::number((step / 4 % 150) * 20);
        case 1:
            return list + QByteArray::number((step / 4 % 600) * 20)
                    + "&end_time__gte=2024-05-01%2000:00&end_time__lt=2024-05-31%2000:00";
        case 2:
            return list + QByteArray::number((step / 4 % 100) * 20)
                    + "&call_direction=inbound&bill_duration__gt=60&end_time__gte=2024-04-01%2000:"
                      "00";
        default:
            return "/v1/Account/MADEMO0000SANDBOX001/Call/"
                    + m_uuids.at(step / 4 % m_uuids.size()).toLatin1() + '/';
        }
    }

    void sendNext()
    {
        QNetworkRequest request(QUrl::fromEncoded(m_base + nextTarget()));
        request.setRawHeader("Authorization", m_authorization);
        QNetworkReply *reply = m_network.get(request);
        const qint64 started = m_clock.nsecsElapsed();
        connect(reply, &QNetworkReply::finished, this, [this, reply, started] {
            const bool ok = reply->error() == QNetworkReply::NoError;
            m_bytes += reply->readAll().size();
            ok ? ++m_completed : ++m_failed;
            m_latenciesUs.append((m_clock.nsecsElapsed() - started) / 1000);
            reply->deleteLater();
            if (!m_stopping) {
                sendNext();
            } else if (--m_inFlight == 0) {
                m_elapsedNs = m_clock.nsecsElapsed();
                QCoreApplication::quit();
            }
        });
    }

    QNetworkAccessManager m_network;
    QByteArray m_base;
    QByteArray m_authorization;
    QStringList m_uuids;
    int m_inFlight;
    int m_seconds;
    int m_sent = 0;
    int m_completed = 0;
    int m_failed = 0;
    qint64 m_bytes = 0;
    bool m_stopping = false;
    QElapsedTimer m_clock;
    qint64 m_elapsedNs = 0;
    QList<qint64> m_latenciesUs;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"seconds"_s, u"How long to send requests (1-10)."_s, u"S"_s, u"5"_s},
                       {u"in-flight"_s, u"Requests kept in flight (1-64)."_s, u"N"_s, u"12"_s},
                       {u"calls"_s, u"Size of the served account."_s, u"N"_s, u"50000"_s}});
    parser.process(app);
    const int seconds = std::clamp(parser.value(u"seconds"_s).toInt(), 1, 10);
    const int inFlight = std::clamp(parser.value(u"in-flight"_s).toInt(), 1, 64);
    const int calls = std::clamp(parser.value(u"calls"_s).toInt(), 100, 200000);

    measureGeneration();

    // The server answers from its own thread, as it would in another process.
    SandboxOptions options;
    options.callCount = calls;
    options.now = FixedNow;
    options.rateLimit = 0;
    auto *server = new SandboxServer(options);
    QThread serverThread;
    server->moveToThread(&serverThread);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
            server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::printf("bench_sandbox: the server could not listen\n");
        return 1;
    }
    QStringList uuids;
    for (int i = 0; i < 500; ++i)
        uuids.append(
                server->account().calls().at(server->account().newestFirst().at(i * 7)).callUuid);

    LoadClient client(server->baseUrl(),
                      "Basic "
                              + (server->authId() + u':' + server->authToken()).toUtf8().toBase64(),
                      uuids, inFlight, seconds);
    QTimer::singleShot(0, &client, [&client] { client.run(); });
    // A guard, should answers stop coming.
    QTimer::singleShot((seconds + 5) * 1000, &app, [] { QCoreApplication::exit(3); });
    const int exitCode = app.exec();

    SandboxStats stats;
    QMetaObject::invokeMethod(
            server, [&] { stats = server->stats(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    QList<qint64> latencies = client.latenciesUs();
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&latencies](double share) {
        return latencies.isEmpty()
                ? 0.0
                : latencies.at(qsizetype(share * double(latencies.size() - 1))) / 1000.0;
    };
    const double elapsed = client.elapsedSeconds() > 0 ? client.elapsedSeconds() : seconds;
    std::printf(
            "bench_sandbox: served %d requests in %.2f s with %d in flight, %d-call account: "
            "%.0f requests/s (latency p50 %.2f ms, p99 %.2f ms; %.1f MB; %d failed; server peak "
            "concurrency %d)\n",
            client.completed(), elapsed, inFlight, calls, client.completed() / elapsed,
            percentile(0.5), percentile(0.99), client.bytes() / 1e6, client.failed(),
            stats.peakConcurrent);
    return exitCode == 3 ? 1 : (client.failed() > 0 ? 1 : 0);
}
