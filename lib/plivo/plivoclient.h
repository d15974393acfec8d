#pragma once

#include "apierror.h"
#include "callfilter.h"
#include "pageparser.h"
#include "requestbudget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <deque>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Where the calls come from: a Plivo account, or the sandbox standing in for one.
struct PlivoAccount
{
    QString authId;
    QString authToken;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.plivo.com"));
};

struct ClientOptions
{
    int budget = 150; // requests per budget window; Plivo allows 300 per 5 s per account
    std::chrono::milliseconds budgetWindow{5000};
    int maxConcurrency = 6;
    int maxAttempts = 5;
    std::chrono::milliseconds transferTimeout{30000};
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{20000};
};

// What the client has done so far, for the status bar and the benchmarks.
struct ClientCounters
{
    qint64 sent = 0;
    qint64 succeeded = 0;
    qint64 retried = 0;
    qint64 rateLimited = 0;
    qint64 failed = 0;
    qint64 bytesReceived = 0;
    int inFlight = 0;
    int queued = 0;
};

// Interactive requests (what is on screen) always go before bulk ones (load all, export).
enum class RequestPriority { Interactive, Bulk };

class PlivoClient;

// One logical request: a page of calls or one call, through however many attempts it takes.
// Owned by the client; the receiver deletes it (deleteLater) once finished() has been handled.
class PlivoReply : public QObject
{
    Q_OBJECT

public:
    ~PlivoReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const CallPage &page() const { return m_page; }
    const CallRecord &call() const { return m_call; }
    int attempts() const { return m_attempts; }
    quint64 tag() const { return m_tag; }
    RequestPriority priority() const { return m_priority; }
    qint64 offset() const { return m_offset; }

    // Stops the request; finished() follows with a Cancelled error.
    void cancel();

signals:
    void finished();
    void retryScheduled(int attempt, int delayMs);

private:
    friend class PlivoClient;
    enum class Kind { Page, Call };
    explicit PlivoReply(PlivoClient *client);

    QPointer<PlivoClient> m_client;
    Kind m_kind = Kind::Page;
    QUrl m_url;
    RequestPriority m_priority = RequestPriority::Interactive;
    quint64 m_tag = 0;
    qint64 m_offset = 0;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    QPointer<QNetworkReply> m_network;
    QTimer *m_retryTimer = nullptr;
    ApiError m_error;
    CallPage m_page;
    CallRecord m_call;
};

// The one connection to an account: Basic auth, a request budget shared by everything the
// account does here, priorities, bounded concurrency, retries with backoff, cancellation.
class PlivoClient : public QObject
{
    Q_OBJECT

public:
    explicit PlivoClient(const PlivoAccount &account, const ClientOptions &options = {},
                         QObject *parent = nullptr);
    ~PlivoClient() override;

    // An error when the URL would send the token in the clear (http:// off loopback).
    static ApiError checkBaseUrl(const QUrl &baseUrl);

    QString authId() const { return m_account.authId; }
    QUrl baseUrl() const { return m_account.baseUrl; }
    const ClientOptions &options() const { return m_options; }
    void setBudget(int requestsPerWindow);
    void setMaxConcurrency(int requests);
    // Requests counted against the budget in the current window.
    int budgetUsed();

    PlivoReply *listCalls(const QueryParameters &parameters, qint64 offset, int limit,
                          RequestPriority priority, quint64 tag = 0);
    PlivoReply *retrieveCall(const QString &callUuid, RequestPriority priority, quint64 tag = 0);
    void cancelTag(quint64 tag);
    void cancelAll();

    const ClientCounters &counters() const { return m_counters; }

signals:
    void countersChanged();

private:
    friend class PlivoReply;
    PlivoReply *enqueue(PlivoReply *reply);
    void dispatch();
    void send(PlivoReply *reply);
    void handleFinished(PlivoReply *reply, QNetworkReply *network);
    void scheduleRetry(PlivoReply *reply, int delayMs);
    void finish(PlivoReply *reply, const ApiError &error, bool queued = false);
    void forget(PlivoReply *reply);
    int backoffMs(int attempt) const;
    QNetworkAccessManager *leastBusyManager();
    void updateQueuedCount();
    QUrl callsUrl() const;

    PlivoAccount m_account;
    ClientOptions m_options;
    ApiError m_configurationError;
    QByteArray m_authorization;
    RequestBudget m_budget;
    QElapsedTimer m_clock;
    QTimer *m_budgetTimer = nullptr;
    std::deque<PlivoReply *> m_interactive;
    std::deque<PlivoReply *> m_bulk;
    std::vector<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_managerLoad;
    ClientCounters m_counters;
};
