#include "sandboxserver.h"

#include "sandboxquery.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// QAbstractHttpServer parses the requests; answering is left to SandboxServer, which writes
// the raw response later so that it can add latency, stall, truncate or hang up.
class SandboxHttpFrontEnd final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    SandboxHttpFrontEnd(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    Handler m_handler;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray proxyErrorPage(int status, const QByteArray &title)
{
    const QByteArray heading = QByteArray::number(status) + ' ' + title;
    return "<html>\r\n<head><title>" + heading + "</title></head>\r\n<body>\r\n<center><h1>"
            + heading + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString sandboxFaultName(SandboxFault fault)
{
    switch (fault) {
    case SandboxFault::ServerError500:
        return u"server-error-500"_s;
    case SandboxFault::BadGateway502Html:
        return u"bad-gateway-502"_s;
    case SandboxFault::Unavailable503Html:
        return u"unavailable-503"_s;
    case SandboxFault::RateLimited429:
        return u"rate-limited-429"_s;
    case SandboxFault::TruncatedBody:
        return u"truncated-body"_s;
    case SandboxFault::ConnectionClosed:
        return u"connection-closed"_s;
    case SandboxFault::Stall:
        return u"stall"_s;
    }
    return QString();
}

std::optional<SandboxFault> sandboxFaultFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const SandboxFault fault : allSandboxFaults()) {
        const QString full = sandboxFaultName(fault);
        // The full name, or its short form: "500", "502", "503", "429", "truncated", "closed".
        if (lower == full || full.endsWith(u'-' + lower) || full.startsWith(lower + u'-'))
            return fault;
    }
    return std::nullopt;
}

QList<SandboxFault> allSandboxFaults()
{
    return {SandboxFault::ServerError500,
            SandboxFault::BadGateway502Html,
            SandboxFault::Unavailable503Html,
            SandboxFault::RateLimited429,
            SandboxFault::TruncatedBody,
            SandboxFault::ConnectionClosed,
            SandboxFault::Stall};
}

// ---------------------------------------------------------------------------------------------

struct SandboxServer::Incoming
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QByteArray methodName;
    QString path; // decoded
    QByteArray query; // as sent, still percent-encoded
    QByteArray target; // path and query as sent, for the log and the api_id
    QByteArray authorization;
    bool closeConnection = false;
    QString peer;
};

struct SandboxServer::Outgoing
{
    enum class Ending { KeepAlive, Close, Truncate, CloseWithoutResponse };

    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    Ending ending = Ending::KeepAlive;
    std::optional<SandboxFault> fault;
    int delayMs = 0;
    int retryAfterSeconds = 0; // 0 = no Retry-After header
    bool counted = true; // false for /__sandbox/stats
    QByteArray methodName;
    QByteArray target;
    QString peer;
    qint64 arrivalMs = 0;
};

struct SandboxServer::Connection
{
    quint64 nextTicket = 0;
    quint64 nextToWrite = 0;
    std::map<quint64, Outgoing> ready;
    bool closed = false;
};

// ---------------------------------------------------------------------------------------------

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_account(options.seed, options.callCount, options.now, options.spanDays,
                options.tzOffsetSeconds, options.authId, options.historyEnd)
{
    m_uptime.start();
    m_http = new SandboxHttpFrontEnd([this](const QHttpServerRequest &request,
                                            QTcpSocket *socket) { acceptRequest(request, socket); },
                                     this);
    m_account.setLateArrivals(m_options.lateShare, m_options.lateSeconds);
    m_growthTimer = new QTimer(this);
    connect(m_growthTimer, &QTimer::timeout, this, &SandboxServer::advanceClock);
    const double growth = m_options.growthPerSecond;
    m_options.growthPerSecond = 0;
    setGrowthPerSecond(growth);
}

SandboxServer::~SandboxServer()
{
    // Close the connections while the members they report to still exist.
    m_shuttingDown = true;
    delete m_http;
    m_http = nullptr;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        return false;
    m_address = address;
    m_port = bound;
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void SandboxServer::resetStats()
{
    const int inFlight = m_stats.inFlight;
    m_stats = SandboxStats();
    m_stats.inFlight = inFlight;
    m_stats.peakConcurrent = inFlight;
}

void SandboxServer::setLatency(int ms, int jitterMs)
{
    m_options.latencyMs = std::max(0, ms);
    m_options.latencyJitterMs = std::max(0, jitterMs);
}

void SandboxServer::setFaultRate(double rate, QList<SandboxFault> kinds)
{
    m_options.faultRate = std::clamp(rate, 0.0, 1.0);
    m_options.faultKinds = std::move(kinds);
}

void SandboxServer::setRateLimit(int perWindow, int windowMs)
{
    m_options.rateLimit = std::max(0, perWindow);
    m_options.rateWindowMs = std::max(1, windowMs);
    m_admitted.clear();
}

void SandboxServer::setGrowthPerSecond(double callsPerSecond)
{
    advanceClock(); // settle the growth owed at the old rate
    m_options.growthPerSecond = std::max(0.0, callsPerSecond);
    m_growthBaseNow = m_account.now();
    m_grownSinceBase = 0;
    m_growthClock.start();
    if (m_options.growthPerSecond > 0) {
        m_growthTimer->start(std::clamp(int(1000 / m_options.growthPerSecond), 20, 250));
    } else {
        m_growthTimer->stop();
    }
}

void SandboxServer::advanceClock()
{
    if (m_options.growthPerSecond <= 0)
        return;
    const qint64 elapsedMs = m_growthClock.elapsed();
    m_account.setNow(m_growthBaseNow + elapsedMs / 1000);
    const auto due = qint64(m_options.growthPerSecond * double(elapsedMs) / 1000.0);
    if (due > m_grownSinceBase)
        m_grownSinceBase += m_account.addLiveCalls(int(due - m_grownSinceBase));
}

// ---------------------------------------------------------------------------------------------
// Receiving and answering

void SandboxServer::acceptRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The request dies when this returns: copy what the answer needs.
    advanceClock();
    Incoming incoming;
    incoming.method = request.method();
    const QUrl url = request.url();
    incoming.path = url.path();
    incoming.query = url.query(QUrl::FullyEncoded).toUtf8();
    incoming.target = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        incoming.target += '?' + incoming.query;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            incoming.authorization = value;
        else if (name.compare("connection", Qt::CaseInsensitive) == 0)
            incoming.closeConnection = value.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    }
    switch (incoming.method) {
    case QHttpServerRequest::Method::Get:
        incoming.methodName = "GET";
        break;
    case QHttpServerRequest::Method::Head:
        incoming.methodName = "HEAD";
        break;
    case QHttpServerRequest::Method::Post:
        incoming.methodName = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        incoming.methodName = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        incoming.methodName = "DELETE";
        break;
    default:
        incoming.methodName = "OTHER";
        break;
    }
    incoming.peer = request.remoteAddress().toString();

    Outgoing outgoing = answer(incoming);
    outgoing.methodName = incoming.methodName;
    outgoing.target = incoming.target;
    outgoing.peer = incoming.peer;
    outgoing.arrivalMs = m_uptime.elapsed();
    if (incoming.closeConnection && outgoing.ending == Outgoing::Ending::KeepAlive)
        outgoing.ending = Outgoing::Ending::Close;
    if (outgoing.counted) {
        ++m_stats.inFlight;
        m_stats.peakConcurrent = std::max(m_stats.peakConcurrent, m_stats.inFlight);
    }

    auto &connection = m_connections[socket];
    if (!connection) {
        connection = std::make_unique<Connection>();
        connect(socket, &QObject::destroyed, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            for (const auto &entry : it->second->ready)
                finish(entry.second, false);
            m_connections.erase(it);
        });
    }
    const quint64 ticket = connection->nextTicket++;

    const auto queue = [this, ticket](QTcpSocket *target, Outgoing &&response) {
        const auto it = m_connections.find(target);
        if (it == m_connections.end()) {
            finish(response, false);
            return;
        }
        it->second->ready.emplace(ticket, std::move(response));
        deliver(target);
    };
    if (outgoing.delayMs <= 0) {
        queue(socket, std::move(outgoing));
        return;
    }
    const int delay = outgoing.delayMs;
    QTimer::singleShot(delay, Qt::PreciseTimer, this,
                       [this, queue, guarded = QPointer<QTcpSocket>(socket),
                        response = std::move(outgoing)]() mutable {
                           if (!guarded) {
                               finish(response, false);
                               return;
                           }
                           queue(guarded.data(), std::move(response));
                       });
}

SandboxServer::Outgoing SandboxServer::answer(const Incoming &incoming)
{
    if (incoming.path == u"/__sandbox/stats") {
        Outgoing outgoing = answerStats();
        outgoing.counted = false;
        return outgoing;
    }

    ++m_stats.requests;
    const QByteArray apiId = apiIdFor(incoming);
    const QStringList parts = incoming.path.split(u'/');
    const bool underAccount = parts.size() >= 6 && parts.at(0).isEmpty() && parts.at(1) == u"v1"
            && parts.at(2) == u"Account" && !parts.at(3).isEmpty() && parts.at(4) == u"Call"
            && parts.last().isEmpty();
    const bool isList = underAccount && parts.size() == 6;
    const bool isRetrieve = underAccount && parts.size() == 7 && !parts.at(5).isEmpty();

    Outgoing outgoing;
    if (!isList && !isRetrieve) {
        outgoing = jsonError(404, apiId, u"not found"_s);
    } else if (incoming.method != QHttpServerRequest::Method::Get) {
        outgoing = jsonError(405, apiId, u"method not allowed"_s);
    } else if (!isAuthorised(incoming) || parts.at(3) != m_options.authId) {
        // Plivo answers some 401s without an api_id.
        outgoing.status = 401;
        outgoing.body = compactJson({{"error"_L1, u"Authentication credentials invalid"_s}});
    } else if (!admitUnderRateLimit()) {
        outgoing = jsonError(
                429, apiId,
                u"too many requests: the limit is %1 requests per %2 seconds per account"_s
                        .arg(m_options.rateLimit)
                        .arg(m_options.rateWindowMs / 1000.0));
        if (m_options.sendRetryAfter)
            outgoing.retryAfterSeconds = int((msUntilAdmission() + 999) / 1000);
    } else {
        const std::optional<SandboxFault> fault = drawFault();
        outgoing = isList ? answerList(incoming) : answerCall(incoming, parts.at(5));
        if (fault) {
            outgoing = applyFault(std::move(outgoing), *fault, apiId);
            ++m_stats.faultsInjected[*fault];
        }
    }
    outgoing.delayMs += drawLatency();
    const bool silent = outgoing.ending == Outgoing::Ending::CloseWithoutResponse;
    ++m_stats.requestsByStatus[silent ? 0 : outgoing.status];
    return outgoing;
}

SandboxServer::Outgoing SandboxServer::answerList(const Incoming &incoming)
{
    const QByteArray apiId = apiIdFor(incoming);
    const SandboxQuery query = SandboxQuery::parse(incoming.query, m_account.now());
    if (!query.isValid())
        return jsonError(400, apiId, query.errorString());

    const QList<int> &matching = matchingCalls(query);
    const auto &calls = m_account.calls();
    const qsizetype total = matching.size();
    const qsizetype first = std::min<qsizetype>(query.offset(), total);
    const qsizetype last = std::min<qsizetype>(first + query.limit(), total);
    // Written by hand rather than through QJsonObject, which would sort the call's keys.
    QByteArray objects = "[";
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            objects += ',';
        objects += m_account.jsonText(calls.at(matching.at(i)));
    }
    objects += ']';

    const QString path = u"/v1/Account/"_s + m_options.authId + u"/Call/?"_s;
    const auto page = [&](int offset) {
        return QJsonValue(path + QString::fromLatin1(query.pageQuery(query.limit(), offset)));
    };
    QJsonObject meta;
    meta.insert("limit"_L1, query.limit());
    meta.insert("offset"_L1, query.offset());
    meta.insert("total_count"_L1, qint64(total));
    meta.insert("next"_L1,
                qint64(query.offset()) + query.limit() < total
                        ? page(query.offset() + query.limit())
                        : QJsonValue(QJsonValue::Null));
    meta.insert("previous"_L1,
                query.offset() > 0 ? page(std::max(0, query.offset() - query.limit()))
                                   : QJsonValue(QJsonValue::Null));
    Outgoing outgoing;
    outgoing.body = "{\"api_id\":\"" + apiId + "\",\"meta\":" + compactJson(meta)
            + ",\"objects\":" + objects + '}';
    return outgoing;
}

SandboxServer::Outgoing SandboxServer::answerCall(const Incoming &incoming, const QString &callUuid)
{
    const QByteArray apiId = apiIdFor(incoming);
    const SandboxCall *call = m_account.findCall(callUuid);
    if (!call || call->endTime < m_account.retentionStart())
        return jsonError(404, apiId, u"call not found"_s);
    QList<std::pair<QString, QJsonValue>> members = m_account.members(*call);
    for (auto &[key, value] : members) {
        if (key == "api_id"_L1)
            value = QString::fromLatin1(apiId);
    }
    Outgoing outgoing;
    outgoing.body = SandboxAccount::jsonText(members);
    return outgoing;
}

SandboxServer::Outgoing SandboxServer::answerStats() const
{
    QJsonObject byStatus;
    for (auto it = m_stats.requestsByStatus.cbegin(); it != m_stats.requestsByStatus.cend(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());
    QJsonObject faults;
    for (auto it = m_stats.faultsInjected.cbegin(); it != m_stats.faultsInjected.cend(); ++it)
        faults.insert(sandboxFaultName(it.key()), it.value());
    QJsonObject body;
    body.insert("requests"_L1, m_stats.requests);
    body.insert("requests_by_status"_L1, byStatus);
    body.insert("faults_injected"_L1, faults);
    body.insert("in_flight"_L1, m_stats.inFlight);
    body.insert("peak_concurrent"_L1, m_stats.peakConcurrent);
    body.insert("calls"_L1, qint64(m_account.calls().size()));
    body.insert("now"_L1, m_account.nowDateTime().toString(Qt::ISODate));
    Outgoing outgoing;
    outgoing.body = compactJson(body);
    return outgoing;
}

SandboxServer::Outgoing SandboxServer::jsonError(int status, const QByteArray &apiId,
                                                 const QString &error) const
{
    Outgoing outgoing;
    outgoing.status = status;
    outgoing.body = compactJson({{"api_id"_L1, QString::fromLatin1(apiId)}, {"error"_L1, error}});
    return outgoing;
}

SandboxServer::Outgoing SandboxServer::applyFault(Outgoing outgoing, SandboxFault fault,
                                                  const QByteArray &apiId) const
{
    Outgoing faulty;
    faulty.fault = fault;
    switch (fault) {
    case SandboxFault::ServerError500:
        faulty = jsonError(500, apiId, u"internal server error, please retry"_s);
        break;
    case SandboxFault::BadGateway502Html:
        faulty.status = 502;
        faulty.contentType = "text/html";
        faulty.body = proxyErrorPage(502, "Bad Gateway");
        break;
    case SandboxFault::Unavailable503Html:
        faulty.status = 503;
        faulty.contentType = "text/html";
        faulty.body = proxyErrorPage(503, "Service Temporarily Unavailable");
        break;
    case SandboxFault::RateLimited429:
        faulty = jsonError(429, apiId, u"too many requests"_s);
        break;
    case SandboxFault::TruncatedBody:
        faulty = std::move(outgoing);
        faulty.ending = Outgoing::Ending::Truncate;
        break;
    case SandboxFault::ConnectionClosed:
        faulty.ending = Outgoing::Ending::CloseWithoutResponse;
        break;
    case SandboxFault::Stall:
        faulty = std::move(outgoing);
        faulty.delayMs += m_options.stallMs;
        break;
    }
    faulty.fault = fault;
    return faulty;
}

const QList<int> &SandboxServer::matchingCalls(const SandboxQuery &query)
{
    const QString key = query.cacheKey();
    const auto cached = m_matchCache.find(key);
    if (cached != m_matchCache.end() && cached->second.revision == m_account.revision()) {
        cached->second.lastUsed = ++m_cacheClock;
        return cached->second.indexes;
    }

    // The order is by end time: only the slice inside the window needs a look.
    const QList<SandboxCall> &calls = m_account.calls();
    const QList<int> &order = m_account.newestFirst();
    const qint64 latest = query.latestEndMicros();
    const qint64 earliest = query.earliestEndMicros();
    const auto endMicros = [&calls](int index) {
        return calls.at(index).endTime * 1000000;
    };
    auto position = std::partition_point(order.begin(), order.end(),
                                         [&](int index) { return endMicros(index) > latest; });
    CachedMatch match;
    match.revision = m_account.revision();
    match.lastUsed = ++m_cacheClock;
    for (; position != order.end() && endMicros(*position) >= earliest; ++position) {
        if (query.matches(calls.at(*position)))
            match.indexes.append(*position);
    }

    if (m_matchCache.size() >= 64) {
        const auto oldest = std::min_element(
                m_matchCache.begin(), m_matchCache.end(), [](const auto &left, const auto &right) {
                    return left.second.lastUsed < right.second.lastUsed;
                });
        m_matchCache.erase(oldest);
    }
    return m_matchCache.insert_or_assign(key, std::move(match)).first->second.indexes;
}

bool SandboxServer::isAuthorised(const Incoming &incoming) const
{
    const QByteArray header = incoming.authorization.trimmed();
    if (header.size() < 6 || header.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray &credentials = decoded.decoded;
    const qsizetype colon = credentials.indexOf(':');
    if (colon < 0)
        return false;
    return credentials.left(colon) == m_options.authId.toUtf8()
            && credentials.mid(colon + 1) == m_options.authToken.toUtf8();
}

bool SandboxServer::admitUnderRateLimit()
{
    if (m_options.rateLimit <= 0)
        return true;
    const qint64 now = m_uptime.elapsed();
    while (!m_admitted.empty() && m_admitted.front() <= now - m_options.rateWindowMs)
        m_admitted.pop_front();
    if (qsizetype(m_admitted.size()) >= m_options.rateLimit)
        return false;
    m_admitted.push_back(now);
    return true;
}

qint64 SandboxServer::msUntilAdmission() const
{
    if (m_options.rateLimit <= 0 || qsizetype(m_admitted.size()) < m_options.rateLimit)
        return 0;
    // The request that frees a place is the one rateLimit places from the newest.
    const qint64 freedBy = m_admitted[m_admitted.size() - size_t(m_options.rateLimit)];
    return qMax<qint64>(1, freedBy + m_options.rateWindowMs - m_uptime.elapsed());
}

std::optional<SandboxFault> SandboxServer::drawFault()
{
    if (m_options.faultRate <= 0)
        return std::nullopt;
    // One draw per list or retrieve request, in arrival order: the same seed and the same
    // sequence of requests give the same faults.
    SandboxRandom random(SandboxRandom::mix(m_options.seed ^ 0xFA017FA017ULL) + m_faultDraws++);
    if (random.unit() >= m_options.faultRate)
        return std::nullopt;
    const QList<SandboxFault> kinds
            = m_options.faultKinds.isEmpty() ? allSandboxFaults() : m_options.faultKinds;
    return kinds.at(qsizetype(random.below(quint64(kinds.size()))));
}

int SandboxServer::drawLatency()
{
    if (m_options.latencyJitterMs <= 0)
        return m_options.latencyMs;
    SandboxRandom random(SandboxRandom::mix(m_options.seed ^ 0x1A7E1A7EULL) + m_latencyDraws++);
    return m_options.latencyMs + int(random.below(quint64(m_options.latencyJitterMs) + 1));
}

QByteArray SandboxServer::apiIdFor(const Incoming &incoming) const
{
    // Derived from the request, so that the same request gives the same bytes.
    SandboxRandom random(
            SandboxRandom::hash(incoming.methodName + ' ' + incoming.target, m_options.seed));
    return random.uuid().toLatin1();
}

// ---------------------------------------------------------------------------------------------
// Writing

void SandboxServer::deliver(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    // Responses leave in the order their requests came, whatever their delays.
    while (!connection.closed) {
        const auto next = connection.ready.find(connection.nextToWrite);
        if (next == connection.ready.end())
            break;
        const Outgoing outgoing = std::move(next->second);
        connection.ready.erase(next);
        ++connection.nextToWrite;
        write(socket, outgoing);
        connection.closed = outgoing.ending != Outgoing::Ending::KeepAlive;
        finish(outgoing, true);
    }
    if (connection.closed) {
        for (const auto &entry : connection.ready)
            finish(entry.second, false);
        connection.ready.clear();
    }
}

void SandboxServer::write(QTcpSocket *socket, const Outgoing &outgoing)
{
    using Ending = Outgoing::Ending;
    if (outgoing.ending == Ending::CloseWithoutResponse) {
        socket->disconnectFromHost();
        return;
    }
    const bool keepAlive = outgoing.ending == Ending::KeepAlive;
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(outgoing.status) + ' '
            + reasonPhrase(outgoing.status) + "\r\nContent-Type: " + outgoing.contentType
            + "\r\nContent-Length: " + QByteArray::number(outgoing.body.size())
            + (outgoing.retryAfterSeconds > 0
                       ? "\r\nRetry-After: " + QByteArray::number(outgoing.retryAfterSeconds)
                       : QByteArray())
            + "\r\nConnection: " + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n";
    if (outgoing.ending == Ending::Truncate)
        bytes += outgoing.body.left(std::max<qsizetype>(1, outgoing.body.size() / 2));
    else if (outgoing.methodName != "HEAD") // a HEAD answer has the headers only
        bytes += outgoing.body;
    socket->write(bytes);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void SandboxServer::finish(const Outgoing &outgoing, bool written)
{
    if (!outgoing.counted || m_shuttingDown)
        return;
    --m_stats.inFlight;
    const qint64 elapsed = m_uptime.elapsed() - outgoing.arrivalMs;
    // One arg() call: the target may itself contain "%20" and the like.
    const QString status = outgoing.ending == Outgoing::Ending::CloseWithoutResponse
            ? u"---"_s
            : QString::number(outgoing.status);
    QString line = u"%1 %2 \"%3 %4\" %5 %6 B %7 ms"_s.arg(
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), outgoing.peer,
            QString::fromLatin1(outgoing.methodName), QString::fromUtf8(outgoing.target), status,
            QString::number(outgoing.body.size()), QString::number(elapsed));
    if (outgoing.fault)
        line += u" fault=%1"_s.arg(sandboxFaultName(*outgoing.fault));
    if (!written)
        line += u" (connection gone, not sent)"_s;
    emit requestServed(line);
}
