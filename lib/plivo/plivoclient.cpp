#include "plivoclient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace {

// Qt opens at most six HTTP/1.1 connections per host and manager; more concurrency needs more
// managers.
constexpr int connectionsPerManager = 6;
// The server counts a request when it arrives, a little after we count it: keep a margin so the
// two windows never disagree into a 429.
constexpr qint64 budgetMarginMs = 100;
constexpr int maximumRetryAfterMs = 120000;

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Retry-After is either seconds or an HTTP date.
std::optional<int> retryAfterMs(const QByteArray &header)
{
    if (header.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = header.trimmed().toDouble(&ok);
    if (ok && seconds >= 0)
        return int(qMin<double>(seconds * 1000, maximumRetryAfterMs));
    const QDateTime date
            = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (date.isValid())
        return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(date),
                          qint64(maximumRetryAfterMs)));
    return std::nullopt;
}

} // namespace

PlivoReply::PlivoReply(PlivoClient *client)
    : QObject(client)
    , m_client(client)
{ }

PlivoReply::~PlivoReply()
{
    if (m_client)
        m_client->forget(this);
}

void PlivoReply::cancel()
{
    if (m_finished || !m_client)
        return;
    m_cancelled = true;
    PlivoClient *client = m_client;
    client->forget(this);
    client->finish(this, ApiError::cancelled(), true);
}

PlivoClient::PlivoClient(const PlivoAccount &account, const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_options(options)
    , m_budget(qMax(1, options.budget), options.budgetWindow.count() + budgetMarginMs)
{
    m_configurationError = checkBaseUrl(account.baseUrl);
    m_authorization
            = "Basic " + (account.authId.toUtf8() + ':' + account.authToken.toUtf8()).toBase64();
    m_clock.start();
    m_budgetTimer = new QTimer(this);
    m_budgetTimer->setSingleShot(true);
    m_budgetTimer->setTimerType(Qt::PreciseTimer);
    connect(m_budgetTimer, &QTimer::timeout, this, &PlivoClient::dispatch);
    setMaxConcurrency(options.maxConcurrency);
}

PlivoClient::~PlivoClient()
{
    cancelAll();
    for (QNetworkAccessManager *manager : m_managers)
        delete manager;
}

ApiError PlivoClient::checkBaseUrl(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return ApiError::fromNetwork(
                QNetworkReply::ProtocolUnknownError,
                tr("\u201c%1\u201d is not an http(s) address").arg(baseUrl.toDisplayString()));
    if (scheme == u"http" && !isLoopback(baseUrl.host()))
        return ApiError::insecureConnection(baseUrl.host());
    return {};
}

void PlivoClient::setBudget(int requestsPerWindow)
{
    m_options.budget = qBound(1, requestsPerWindow, 300);
    m_budget.setLimit(m_options.budget);
    dispatch();
}

void PlivoClient::setMaxConcurrency(int requests)
{
    m_options.maxConcurrency = qMax(1, requests);
    const size_t wanted = size_t((m_options.maxConcurrency + connectionsPerManager - 1)
                                 / connectionsPerManager);
    while (m_managers.size() < wanted) {
        auto *manager = new QNetworkAccessManager;
        // Never follow a redirect: it could carry the Authorization header to another host.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        m_managers.push_back(manager);
        m_managerLoad.insert(manager, 0);
    }
    dispatch();
}

int PlivoClient::budgetUsed()
{
    return m_budget.used(m_clock.elapsed());
}

QUrl PlivoClient::callsUrl() const
{
    QUrl url = m_account.baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/Account/%1/Call/").arg(m_account.authId));
    url.setQuery(QString());
    return url;
}

PlivoReply *PlivoClient::listCalls(const QueryParameters &parameters, qint64 offset, int limit,
                                   RequestPriority priority, quint64 tag)
{
    auto *reply = new PlivoReply(this);
    reply->m_kind = PlivoReply::Kind::Page;
    reply->m_priority = priority;
    reply->m_tag = tag;
    reply->m_offset = offset;
    QueryParameters all = parameters;
    all.append({QStringLiteral("limit"), QString::number(limit)});
    all.append({QStringLiteral("offset"), QString::number(offset)});
    reply->m_url = callsUrl();
    reply->m_url.setQuery(QString::fromLatin1(QueryEncoding::encode(all)), QUrl::StrictMode);
    return enqueue(reply);
}

PlivoReply *PlivoClient::retrieveCall(const QString &callUuid, RequestPriority priority,
                                      quint64 tag)
{
    auto *reply = new PlivoReply(this);
    reply->m_kind = PlivoReply::Kind::Call;
    reply->m_priority = priority;
    reply->m_tag = tag;
    reply->m_url = callsUrl();
    reply->m_url.setPath(reply->m_url.path()
                                 + QString::fromLatin1(QUrl::toPercentEncoding(callUuid.trimmed()))
                                 + u'/',
                         QUrl::StrictMode);
    return enqueue(reply);
}

PlivoReply *PlivoClient::enqueue(PlivoReply *reply)
{
    if (m_configurationError.isError()) {
        finish(reply, m_configurationError, true);
        return reply;
    }
    (reply->m_priority == RequestPriority::Interactive ? m_interactive : m_bulk).push_back(reply);
    updateQueuedCount();
    // Let the caller connect to finished() before anything can happen.
    QMetaObject::invokeMethod(this, &PlivoClient::dispatch, Qt::QueuedConnection);
    return reply;
}

void PlivoClient::dispatch()
{
    while (m_counters.inFlight < m_options.maxConcurrency) {
        std::deque<PlivoReply *> &queue = !m_interactive.empty() ? m_interactive : m_bulk;
        if (queue.empty())
            break;
        const qint64 now = m_clock.elapsed();
        if (!m_budget.tryAcquire(now)) {
            if (!m_budgetTimer->isActive())
                m_budgetTimer->start(int(m_budget.msUntilAvailable(now)) + 1);
            break;
        }
        PlivoReply *reply = queue.front();
        queue.pop_front();
        updateQueuedCount(); // before send() reports it in flight, so no request counts twice
        send(reply);
    }
    updateQueuedCount();
}

QNetworkAccessManager *PlivoClient::leastBusyManager()
{
    return *std::min_element(m_managers.begin(), m_managers.end(),
                             [this](QNetworkAccessManager *a, QNetworkAccessManager *b) {
                                 return m_managerLoad.value(a) < m_managerLoad.value(b);
                             });
}

void PlivoClient::send(PlivoReply *reply)
{
    QNetworkRequest request(reply->m_url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Callscope/" CALLSCOPE_VERSION));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setTransferTimeout(int(m_options.transferTimeout.count()));

    QNetworkAccessManager *manager = leastBusyManager();
    QNetworkReply *network = manager->get(request);
    ++m_managerLoad[manager];
    ++reply->m_attempts;
    reply->m_network = network;
    ++m_counters.sent;
    ++m_counters.inFlight;
    connect(network, &QNetworkReply::finished, reply, [this, reply, network, manager] {
        --m_managerLoad[manager];
        handleFinished(reply, network);
    });
    emit countersChanged();
}

void PlivoClient::handleFinished(PlivoReply *reply, QNetworkReply *network)
{
    network->deleteLater();
    reply->m_network = nullptr;
    --m_counters.inFlight;
    const QByteArray body = network->readAll();
    m_counters.bytesReceived += body.size();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    ApiError error;
    if (status == 200) {
        if (reply->m_kind == PlivoReply::Kind::Page) {
            Parsed<CallPage> parsed = PageParser::parsePage(body);
            if (parsed.ok())
                reply->m_page = std::move(*parsed.value);
            else
                error = ApiError::parseFailure(status, parsed.error);
        } else {
            Parsed<CallRecord> parsed = PageParser::parseCall(body);
            if (parsed.ok())
                reply->m_call = std::move(*parsed.value);
            else
                error = ApiError::parseFailure(status, parsed.error);
        }
        // A body cut short by a dropped connection still reports 200; it is a network failure.
        if (network->error() != QNetworkReply::NoError && error.isError())
            error = ApiError::fromNetwork(network->error(), network->errorString());
    } else if (status != 0) {
        error = ApiError::fromHttpStatus(status, body);
    } else if (network->error() == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout aborts a request we still want.
        error = ApiError::fromNetwork(QNetworkReply::TimeoutError, tr("no answer in time"));
    } else {
        error = ApiError::fromNetwork(network->error(), network->errorString());
    }

    if (error.category() == ApiError::Category::RateLimited)
        ++m_counters.rateLimited;
    if (error.isError() && error.isRetryable() && reply->m_attempts < m_options.maxAttempts) {
        const std::optional<int> serverWait = retryAfterMs(network->rawHeader("Retry-After"));
        scheduleRetry(reply, serverWait ? *serverWait : backoffMs(reply->m_attempts));
    } else {
        finish(reply, error);
    }
    dispatch();
}

int PlivoClient::backoffMs(int attempt) const
{
    // Exponential backoff with full jitter: spreads retries of many requests over the interval.
    const qint64 ceiling = qMin<qint64>(m_options.backoffCap.count(),
                                        m_options.backoffBase.count() << qMin(attempt - 1, 20));
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

void PlivoClient::scheduleRetry(PlivoReply *reply, int delayMs)
{
    ++m_counters.retried;
    emit countersChanged();
    if (!reply->m_retryTimer) {
        reply->m_retryTimer = new QTimer(reply);
        reply->m_retryTimer->setSingleShot(true);
        // A coarse timer may fire 5% early, before the wait the server asked for is over.
        reply->m_retryTimer->setTimerType(Qt::PreciseTimer);
        connect(reply->m_retryTimer, &QTimer::timeout, this, [this, reply] {
            // A retry goes to the front: it is older than anything queued since.
            (reply->m_priority == RequestPriority::Interactive ? m_interactive : m_bulk)
                    .push_front(reply);
            dispatch();
        });
    }
    reply->m_retryTimer->start(delayMs);
    emit reply->retryScheduled(reply->m_attempts, delayMs);
}

void PlivoClient::finish(PlivoReply *reply, const ApiError &error, bool queued)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_error = error;
    if (!error.isError())
        ++m_counters.succeeded;
    else if (error.category() != ApiError::Category::Cancelled)
        ++m_counters.failed;
    emit countersChanged();
    if (queued)
        QTimer::singleShot(0, reply, [reply] { emit reply->finished(); });
    else
        emit reply->finished();
}

void PlivoClient::forget(PlivoReply *reply)
{
    const auto remove = [reply](std::deque<PlivoReply *> &queue) {
        queue.erase(std::remove(queue.begin(), queue.end(), reply), queue.end());
    };
    remove(m_interactive);
    remove(m_bulk);
    if (reply->m_retryTimer)
        reply->m_retryTimer->stop();
    if (QNetworkReply *network = reply->m_network) {
        reply->m_network = nullptr;
        network->disconnect(this);
        network->disconnect(reply);
        // The finished handler will not run: account for the request here.
        --m_managerLoad[network->manager()];
        --m_counters.inFlight;
        network->abort();
        network->deleteLater();
        QMetaObject::invokeMethod(this, &PlivoClient::dispatch, Qt::QueuedConnection);
    }
    updateQueuedCount();
}

void PlivoClient::cancelTag(quint64 tag)
{
    const QList<PlivoReply *> replies = findChildren<PlivoReply *>(Qt::FindDirectChildrenOnly);
    for (PlivoReply *reply : replies) {
        if (reply->m_tag == tag)
            reply->cancel();
    }
}

void PlivoClient::cancelAll()
{
    const QList<PlivoReply *> replies = findChildren<PlivoReply *>(Qt::FindDirectChildrenOnly);
    for (PlivoReply *reply : replies)
        reply->cancel();
}

void PlivoClient::updateQueuedCount()
{
    const int queued = int(m_interactive.size() + m_bulk.size());
    if (queued != m_counters.queued) {
        m_counters.queued = queued;
        emit countersChanged();
    }
}
