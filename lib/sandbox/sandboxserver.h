#ifndef SANDBOXSERVER_H
#define SANDBOXSERVER_H

#include "sandboxaccount.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <deque>
#include <map>
#include <memory>
#include <optional>

class QAbstractHttpServer;
class QHttpServerRequest;
class QTcpSocket;
class QTimer;
class SandboxQuery;

// The ways a response can go wrong on purpose.
enum class SandboxFault {
    ServerError500, // 500 with a JSON error body
    BadGateway502Html, // 502 with an HTML body, as a proxy sends it
    Unavailable503Html, // 503 with an HTML body
    RateLimited429, // 429 although the rate limit was not reached
    TruncatedBody, // 200 whose body stops before Content-Length, then the connection closes
    ConnectionClosed, // the connection closes without any response
    Stall, // the answer comes stallMs late
};

QString sandboxFaultName(SandboxFault fault); // "server-error-500", "stall", …
std::optional<SandboxFault> sandboxFaultFromName(const QString &name);
QList<SandboxFault> allSandboxFaults();

struct SandboxOptions
{
    quint64 seed = 1;
    int callCount = 50000; // A-legs and B-legs together
    QDateTime now; // invalid = the current UTC time, in whole seconds; see SandboxServer
    int spanDays = 100; // calls spread over the last spanDays before now
    // Valid and later than now: the history is generated up to here and served as seen at now
    // (the same account on an earlier date); see SandboxAccount.
    QDateTime historyEnd;
    int tzOffsetSeconds = 19800; // account timezone used to render times (+05:30)
    QString authId = QStringLiteral("MADEMO0000SANDBOX001"); // MA + 18 upper-case letters/digits
    QString authToken = QStringLiteral("sandbox-token");
    int rateLimit = 300; // admitted requests per rolling rateWindowMs; 0 = off
    int rateWindowMs = 5000;
    // Plivo documents no Retry-After on its 429s; on, the rate limiter sends one (whole seconds
    // until a request would be admitted), for testing clients that honour it.
    bool sendRetryAfter = false;
    int latencyMs = 0; // added before answering, without blocking the event loop
    int latencyJitterMs = 0; // plus a uniform 0…latencyJitterMs
    double faultRate = 0.0; // share of authorised list/retrieve answers replaced by a fault
    QList<SandboxFault> faultKinds; // empty = all kinds
    int stallMs = 4000;
    double growthPerSecond = 0.0; // new call legs arriving live, ending "now"
    // Late records: this share of the live calls appears up to lateSeconds after it ended (its
    // end time lies that far before the moment it is added), as Plivo's records sometimes do.
    double lateShare = 0.0;
    int lateSeconds = 0;
};

struct SandboxStats
{
    qint64 requests = 0; // every request except those for /__sandbox/stats
    QMap<int, qint64> requestsByStatus; // 0 = closed without a response
    QMap<SandboxFault, qint64> faultsInjected;
    int inFlight = 0; // received, not yet answered
    int peakConcurrent = 0;
};

// A local HTTP server with the behaviour of Plivo's "List all calls" and "Retrieve a call"
// over a synthetic SandboxAccount: Basic auth, every filter, the time-window rules, paging,
// the rate limit, and optionally latency, injected faults and live growth.
//
// "Now": the account's clock stands still at options.now (or at the construction time) while
// growth is off, so every answer is a pure function of the seed, the size, options.now and the
// query, however long a test runs. While growth is on, the clock runs: now = the value it had
// when growth was switched on + the time elapsed since, and new calls end at that now. The
// default 7-day window, the one-bound 30-day window and the 90-day retention all use it.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // e.g. http://127.0.0.1:PORT, without a path
    QString authId() const { return m_options.authId; }
    QString authToken() const { return m_options.authToken; }
    const SandboxOptions &options() const { return m_options; }

    const SandboxAccount &account() const { return m_account; }
    QDateTime now() const { return m_account.nowDateTime(); }

    SandboxStats stats() const { return m_stats; }
    void resetStats();

    void setLatency(int ms, int jitterMs = 0);
    void setFaultRate(double rate, QList<SandboxFault> kinds = {});
    void setRateLimit(int perWindow, int windowMs = 5000);
    void setGrowthPerSecond(double callsPerSecond);
    void setStallMs(int ms) { m_options.stallMs = ms; }
    // Brings live growth up to date; the server does it on every request and on a timer.
    void advanceClock();

signals:
    void requestServed(const QString &logLine); // one line per request, never the token

private:
    struct Incoming;
    struct Outgoing;
    struct Connection; // responses of one keep-alive connection, written in request order
    struct CachedMatch
    {
        QList<int> indexes;
        quint64 revision = 0;
        quint64 lastUsed = 0;
    };

    void acceptRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    Outgoing answer(const Incoming &incoming);
    Outgoing answerList(const Incoming &incoming);
    Outgoing answerCall(const Incoming &incoming, const QString &callUuid);
    Outgoing answerStats() const;
    Outgoing jsonError(int status, const QByteArray &apiId, const QString &error) const;
    Outgoing applyFault(Outgoing outgoing, SandboxFault fault, const QByteArray &apiId) const;
    const QList<int> &matchingCalls(const SandboxQuery &query);
    bool isAuthorised(const Incoming &incoming) const;
    bool admitUnderRateLimit();
    qint64 msUntilAdmission() const;
    std::optional<SandboxFault> drawFault();
    int drawLatency();
    QByteArray apiIdFor(const Incoming &incoming) const;
    void deliver(QTcpSocket *socket);
    void write(QTcpSocket *socket, const Outgoing &outgoing);
    void finish(const Outgoing &outgoing, bool written);

    SandboxOptions m_options;
    SandboxAccount m_account;
    QAbstractHttpServer *m_http = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;

    SandboxStats m_stats;
    QElapsedTimer m_uptime;
    std::deque<qint64> m_admitted; // arrival times (ms of m_uptime) inside the rate window
    quint64 m_faultDraws = 0;
    quint64 m_latencyDraws = 0;

    std::map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    bool m_shuttingDown = false;

    std::map<QString, CachedMatch> m_matchCache;
    quint64 m_cacheClock = 0;

    QTimer *m_growthTimer = nullptr;
    QElapsedTimer m_growthClock;
    qint64 m_growthBaseNow = 0;
    qint64 m_grownSinceBase = 0;
};

#endif // SANDBOXSERVER_H
