// SandboxServer over a real loopback socket: auth, routes, retrieve, rate limit, faults,
// latency and concurrency, keep-alive, live growth, determinism and counters.
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDateTime FixedNow = QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC);
const QByteArray ListPath = "/v1/Account/MADEMO0000SANDBOX001/Call/";

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    qint64 contentLength = -1;
    QByteArray body;
    qint64 elapsedMs = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

SandboxOptions smallAccount(int callCount = 600)
{
    SandboxOptions options;
    options.seed = 42;
    options.callCount = callCount;
    options.now = FixedNow;
    options.rateLimit = 0;
    return options;
}

QStringList defaultWindow(const SandboxAccount &account)
{
    QStringList uuids;
    for (const int index : account.newestFirst()) {
        const SandboxCall &call = account.calls().at(index);
        if (call.endTime >= account.now() - 7 * 86400)
            uuids.append(call.callUuid);
    }
    return uuids;
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listens();
    void authentication_data();
    void authentication();
    void routes_data();
    void routes();
    void methodNotAllowed();
    void retrieveCall();
    void rateLimit();
    void eachFault_data();
    void eachFault();
    void faultsFollowTheSeed();
    void concurrentRequestsOverlap();
    void keepAliveAnswersInOrder();
    void pipelinedRequests();
    void liveGrowth();
    void clockStandsStillWithoutGrowth();
    void sameSeedSameBytes();
    void statsEndpoint();
    void logLines();
    void accountTimezone();

private:
    HttpResult fetch(SandboxServer *server, const QByteArray &target,
                     const QByteArray &authorization, QNetworkAccessManager *network = nullptr,
                     const QByteArray &verb = "GET");
    HttpResult fetch(SandboxServer *server, const QByteArray &target)
    {
        return fetch(server, target, basicAuth(server->authId(), server->authToken()));
    }

    SandboxServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void TestSandboxServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = new SandboxServer(smallAccount(3000), this);
    QVERIFY(m_server->listen());
    m_network = new QNetworkAccessManager(this);
}

void TestSandboxServer::cleanupTestCase()
{
    delete m_network;
    delete m_server;
}

HttpResult TestSandboxServer::fetch(SandboxServer *server, const QByteArray &target,
                                    const QByteArray &authorization, QNetworkAccessManager *network,
                                    const QByteArray &verb)
{
    QNetworkRequest request(QUrl::fromEncoded(server->baseUrl().toEncoded() + target));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = (network ? network : m_network)->sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = reply->isFinished() || finished.wait(20000);
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.contentLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

void TestSandboxServer::listens()
{
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl().toString(), u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    QCOMPARE(m_server->authId(), u"MADEMO0000SANDBOX001"_s);
    QCOMPARE(m_server->authToken(), u"sandbox-token"_s);
    QCOMPARE(m_server->now(), FixedNow);

    // The port is taken: a second server cannot listen on it.
    SandboxServer second(smallAccount(10));
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"listen failed"_s));
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));

    // Without options.now, "now" is the current time in whole seconds.
    SandboxOptions options = smallAccount(10);
    options.now = QDateTime();
    const SandboxServer live(options);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(live.account().now() - now) <= 2);
}

void TestSandboxServer::authentication_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    const QByteArray good = basicAuth(u"MADEMO0000SANDBOX001"_s, u"sandbox-token"_s);
    QTest::newRow("correct") << ListPath << good << 200;
    QTest::newRow("missing") << ListPath << QByteArray() << 401;
    QTest::newRow("wrong token") << ListPath << basicAuth(u"MADEMO0000SANDBOX001"_s, u"nope"_s)
                                 << 401;
    QTest::newRow("wrong auth id")
            << ListPath << basicAuth(u"MAOTHER00000000000001"_s, u"sandbox-token"_s) << 401;
    QTest::newRow("token only") << ListPath
                                << QByteArray("Basic " + QByteArray("sandbox-token").toBase64())
                                << 401;
    QTest::newRow("not base64") << ListPath << QByteArray("Basic !!!") << 401;
    QTest::newRow("bearer") << ListPath << QByteArray("Bearer sandbox-token") << 401;
    QTest::newRow("lower-case scheme") << ListPath << QByteArray("basic " + good.mid(6)) << 200;
    QTest::newRow("other account in the path")
            << QByteArray("/v1/Account/MAOTHER00000000000001/Call/") << good << 401;
    QTest::newRow("retrieve without auth")
            << QByteArray(ListPath + "some-uuid/") << QByteArray() << 401;
}

void TestSandboxServer::authentication()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const HttpResult result = fetch(m_server, path, authorization);
    QVERIFY(result.finished);
    QCOMPARE(result.status, status);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    if (status == 401)
        QCOMPARE(result.json().value(u"error"_s).toString(),
                 u"Authentication credentials invalid"_s);
}

void TestSandboxServer::routes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << ListPath << 200;
    QTest::newRow("list with query") << QByteArray(ListPath + "?limit=1") << 200;
    QTest::newRow("list without trailing slash") << ListPath.chopped(1) << 404;
    QTest::newRow("list without trailing slash, with query")
            << QByteArray(ListPath.chopped(1) + "?limit=1") << 404;
    QTest::newRow("retrieve without trailing slash") << QByteArray(ListPath + "abc") << 404;
    QTest::newRow("Calls") << QByteArray("/v1/Account/MADEMO0000SANDBOX001/Calls/") << 404;
    QTest::newRow("account") << QByteArray("/v1/Account/MADEMO0000SANDBOX001/") << 404;
    QTest::newRow("root") << QByteArray("/") << 404;
    QTest::newRow("too deep") << QByteArray(ListPath + "a/b/") << 404;
}

void TestSandboxServer::routes()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    const HttpResult result = fetch(m_server, path);
    QCOMPARE(result.status, status);
    if (status == 404) {
        QVERIFY(!result.json().value(u"api_id"_s).toString().isEmpty());
        QVERIFY(!result.json().value(u"error"_s).toString().isEmpty());
    }
}

void TestSandboxServer::methodNotAllowed()
{
    const QByteArray authorization = basicAuth(m_server->authId(), m_server->authToken());
    for (const QByteArray &verb : {QByteArray("POST"), QByteArray("DELETE"), QByteArray("PUT")}) {
        const HttpResult result = fetch(m_server, ListPath, authorization, nullptr, verb);
        QCOMPARE(result.status, 405);
        QVERIFY(!result.json().value(u"error"_s).toString().isEmpty());
    }
}

void TestSandboxServer::retrieveCall()
{
    const SandboxAccount &account = m_server->account();
    const SandboxCall *aLeg = nullptr;
    const SandboxCall *bLeg = nullptr;
    const SandboxCall *expired = nullptr;
    for (const SandboxCall &call : account.calls()) {
        const bool retained = call.endTime >= account.retentionStart();
        if (retained && call.isALeg() && !aLeg)
            aLeg = &call;
        if (retained && !call.isALeg() && !bLeg)
            bLeg = &call;
        if (!retained && !expired)
            expired = &call;
    }
    QVERIFY(aLeg && bLeg && expired);

    for (const SandboxCall *call : {aLeg, bLeg}) {
        const HttpResult result = fetch(m_server, ListPath + call->callUuid.toLatin1() + '/');
        QCOMPARE(result.status, 200);
        QJsonObject served = result.json();
        QJsonObject expected = account.toJson(*call);
        QVERIFY(!served.value(u"api_id"_s).toString().isEmpty());
        served.remove(u"api_id"_s);
        expected.remove(u"api_id"_s);
        QCOMPARE(served, expected);
    }
    QCOMPARE(fetch(m_server, ListPath + bLeg->callUuid.toLatin1() + '/')
                     .json()
                     .value(u"parent_call_uuid"_s)
                     .toString(),
             bLeg->parentCallUuid);

    HttpResult result = fetch(m_server, ListPath + "00000000-0000-4000-8000-000000000000/");
    QCOMPARE(result.status, 404);
    QVERIFY(!result.json().value(u"error"_s).toString().isEmpty());
    QVERIFY(!result.json().value(u"api_id"_s).toString().isEmpty());

    result = fetch(m_server, ListPath + expired->callUuid.toLatin1() + '/');
    QCOMPARE(result.status, 404);
}

void TestSandboxServer::rateLimit()
{
    SandboxOptions options = smallAccount();
    options.rateLimit = 5;
    options.rateWindowMs = 600;
    SandboxServer server(options);
    QVERIFY(server.listen());
    const QByteArray target = ListPath + "?limit=1";
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fetch(&server, target).status, 200);
    const HttpResult limited = fetch(&server, target);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.json().value(u"error"_s).toString().contains(u"too many requests"_s));
    QVERIFY(!limited.json().value(u"api_id"_s).toString().isEmpty());
    // The window rolls on: requests get through again.
    QTRY_COMPARE_WITH_TIMEOUT(fetch(&server, target).status, 200, 5000);
    QVERIFY(server.stats().requestsByStatus.value(200) >= 6);
    QVERIFY(server.stats().requestsByStatus.value(429) >= 1);

    // Off: no limit at all.
    server.setRateLimit(0);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(fetch(&server, target).status, 200);
}

void TestSandboxServer::eachFault_data()
{
    QTest::addColumn<SandboxFault>("fault");
    for (const SandboxFault fault : allSandboxFaults())
        QTest::newRow(qPrintable(sandboxFaultName(fault))) << fault;
}

void TestSandboxServer::eachFault()
{
    QFETCH(SandboxFault, fault);
    SandboxOptions options = smallAccount();
    options.faultRate = 1.0;
    options.faultKinds = {fault};
    options.stallMs = 300;
    SandboxServer server(options);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    const QByteArray authorization = basicAuth(server.authId(), server.authToken());
    const HttpResult result = fetch(&server, ListPath + "?limit=20", authorization, &network);
    QVERIFY(result.finished);
    qInfo("client saw HTTP %d, network error %d, %lld of %lld bytes; the server saw %lld requests",
          result.status, int(result.error), qint64(result.body.size()), result.contentLength,
          server.stats().requests);

    switch (fault) {
    case SandboxFault::ServerError500:
        QCOMPARE(result.status, 500);
        QVERIFY(!result.json().value(u"error"_s).toString().isEmpty());
        QVERIFY(!result.json().value(u"api_id"_s).toString().isEmpty());
        break;
    case SandboxFault::BadGateway502Html:
    case SandboxFault::Unavailable503Html:
        QCOMPARE(result.status, fault == SandboxFault::BadGateway502Html ? 502 : 503);
        QCOMPARE(result.contentType, QByteArray("text/html"));
        QVERIFY(result.body.startsWith("<html>"));
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
        break;
    case SandboxFault::RateLimited429:
        QCOMPARE(result.status, 429);
        QVERIFY(!result.json().value(u"error"_s).toString().isEmpty());
        break;
    case SandboxFault::TruncatedBody:
        QCOMPARE(result.status, 200);
        QVERIFY(result.error != QNetworkReply::NoError
                || result.body.size() < result.contentLength);
        QVERIFY(result.body.size() < result.contentLength);
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
        break;
    case SandboxFault::ConnectionClosed:
        QCOMPARE(result.status, 0);
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(server.stats().requestsByStatus.value(0) >= 1);
        break;
    case SandboxFault::Stall:
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 300, qPrintable(QString::number(result.elapsedMs)));
        QCOMPARE(result.json().value(u"objects"_s).toArray().size(), 20);
        break;
    }
    QVERIFY(server.stats().faultsInjected.value(fault) >= 1);
    QCOMPARE(server.stats().faultsInjected.size(), 1);
    // Errors that are not list or retrieve answers are never replaced.
    const HttpResult unauthorised = fetch(&server, ListPath, QByteArray(), &network);
    QCOMPARE(unauthorised.status, 401);
}

void TestSandboxServer::faultsFollowTheSeed()
{
    const auto run = [this](quint64 seed) {
        SandboxOptions options = smallAccount();
        options.seed = seed;
        options.faultRate = 0.3;
        options.faultKinds = {SandboxFault::ServerError500, SandboxFault::BadGateway502Html,
                              SandboxFault::Unavailable503Html, SandboxFault::RateLimited429};
        SandboxServer server(options);
        if (!server.listen())
            return QList<int>();
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(
                    fetch(&server, ListPath + "?limit=1&offset=" + QByteArray::number(i)).status);
        return statuses;
    };
    const QList<int> first = run(5);
    const QList<int> second = run(5);
    const QList<int> other = run(6);
    QCOMPARE(first.size(), 40);
    QCOMPARE(first, second);
    QVERIFY(first != other);
    const auto faults
            = std::count_if(first.begin(), first.end(), [](int status) { return status != 200; });
    QVERIFY2(faults >= 4 && faults <= 20, qPrintable(QString::number(faults)));
}

void TestSandboxServer::concurrentRequestsOverlap()
{
    SandboxOptions options = smallAccount();
    options.latencyMs = 200;
    SandboxServer server(options);
    QVERIFY(server.listen());
    QNetworkAccessManager network; // up to 6 connections per host
    const QByteArray authorization = basicAuth(server.authId(), server.authToken());

    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    int finished = 0;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(
                QUrl::fromEncoded(server.baseUrl().toEncoded() + ListPath
                                  + "?limit=5&offset=" + QByteArray::number(i * 5)));
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network.get(request);
        connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
    const qint64 elapsed = timer.elapsed();
    qInfo("6 requests at 200 ms latency took %lld ms", elapsed);
    QVERIFY(elapsed >= 200);
    QVERIFY2(elapsed < 1000, "the latency of concurrent requests overlaps");
    const QStringList expected = defaultWindow(server.account());
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(replies.at(i)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonArray objects = QJsonDocument::fromJson(replies.at(i)->readAll())
                                           .object()
                                           .value(u"objects"_s)
                                           .toArray();
        QCOMPARE(objects.first().toObject().value(u"call_uuid"_s).toString(), expected.at(i * 5));
    }
    qDeleteAll(replies);
    QCOMPARE(server.stats().peakConcurrent, 6);
    QCOMPARE(server.stats().inFlight, 0);
}

void TestSandboxServer::keepAliveAnswersInOrder()
{
    // Many requests over a few keep-alive connections, with jitter so that they finish out of
    // order: every reply must carry the answer to its own request.
    SandboxOptions options = smallAccount(3000);
    options.latencyJitterMs = 25;
    SandboxServer server(options);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    const QByteArray authorization = basicAuth(server.authId(), server.authToken());
    const QStringList expected = defaultWindow(server.account());
    constexpr int Requests = 60;
    QVERIFY(expected.size() >= Requests);

    QList<QNetworkReply *> replies;
    int finished = 0;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < Requests / 2; ++i) {
            const int offset = round * Requests / 2 + i;
            QNetworkRequest request(
                    QUrl::fromEncoded(server.baseUrl().toEncoded() + ListPath
                                      + "?limit=1&offset=" + QByteArray::number(offset)));
            request.setRawHeader("Authorization", authorization);
            QNetworkReply *reply = network.get(request);
            connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
            replies.append(reply);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, (round + 1) * Requests / 2, 20000);
    }
    for (int i = 0; i < Requests; ++i) {
        QCOMPARE(replies.at(i)->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(replies.at(i)->readAll()).object();
        QCOMPARE(body.value(u"meta"_s).toObject().value(u"offset"_s).toInt(), i);
        QCOMPARE(body.value(u"objects"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"call_uuid"_s)
                         .toString(),
                 expected.at(i));
    }
    qDeleteAll(replies);
    QCOMPARE(server.stats().requestsByStatus.value(200), Requests);
    QVERIFY(server.stats().peakConcurrent > 1);
    QVERIFY(server.stats().peakConcurrent <= 6);
    QCOMPARE(server.stats().inFlight, 0);
}

void TestSandboxServer::pipelinedRequests()
{
    // Several requests written at once on one connection, answered after random delays: the
    // responses still leave in request order. A HEAD answer has headers only.
    SandboxOptions options = smallAccount(3000);
    options.latencyJitterMs = 60;
    SandboxServer server(options);
    QVERIFY(server.listen());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray authorization
            = "Authorization: " + basicAuth(server.authId(), server.authToken()) + "\r\n";
    QByteArray requests;
    for (int i = 0; i < 8; ++i)
        requests += "GET " + ListPath + "?limit=1&offset=" + QByteArray::number(i)
                + " HTTP/1.1\r\nHost: sandbox\r\n" + authorization + "\r\n";
    requests += "HEAD " + ListPath + " HTTP/1.1\r\nHost: sandbox\r\n" + authorization + "\r\n";
    socket.write(requests);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(received.count("HTTP/1.1 "), 9, 10000);
    QTRY_VERIFY(received.endsWith("\r\n\r\n")); // the HEAD answer, without a body

    const QStringList expected = defaultWindow(server.account());
    qsizetype position = 0;
    for (int i = 0; i < 8; ++i) {
        position = received.indexOf(expected.at(i).toLatin1(), position);
        QVERIFY2(position >= 0, qPrintable(u"response %1 out of order"_s.arg(i)));
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxServer::liveGrowth()
{
    SandboxOptions options = smallAccount(500);
    options.growthPerSecond = 40;
    SandboxServer server(options);
    QVERIFY(server.listen());
    QTRY_VERIFY_WITH_TIMEOUT(server.account().calls().size() >= 540, 10000);
    QVERIFY(server.account().now() > FixedNow.toSecsSinceEpoch());

    // Freeze, then compare what is served with the grown account.
    server.setGrowthPerSecond(0);
    const qint64 frozen = server.account().now();
    const qsizetype size = server.account().calls().size();
    const HttpResult result = fetch(&server, ListPath + "?limit=20");
    QCOMPARE(result.status, 200);
    QCOMPARE(server.account().calls().size(), size);
    QCOMPARE(server.account().now(), frozen);
    const QStringList expected = defaultWindow(server.account());
    QCOMPARE(result.json().value(u"meta"_s).toObject().value(u"total_count"_s).toInteger(),
             expected.size());
    const QJsonObject newest = result.json().value(u"objects"_s).toArray().first().toObject();
    QCOMPARE(newest.value(u"call_uuid"_s).toString(), expected.first());
    const SandboxCall *call = server.account().findCall(expected.first());
    QVERIFY(call->endTime > FixedNow.toSecsSinceEpoch());
    QVERIFY(call->endTime <= frozen);
    // Live calls are appended to the account, end at the moment they arrived, and are the
    // newest of all.
    for (qsizetype i = 500; i < size; ++i) {
        QVERIFY(server.account().calls().at(i).endTime >= FixedNow.toSecsSinceEpoch());
        QVERIFY(server.account().newestFirst().indexOf(int(i)) < size - 500);
    }
    const HttpResult retrieved = fetch(&server, ListPath + expected.first().toLatin1() + '/');
    QCOMPARE(retrieved.status, 200);

    // Resuming: the clock runs on from where it stood.
    server.setGrowthPerSecond(40);
    QTRY_VERIFY_WITH_TIMEOUT(server.account().calls().size() > size, 10000);
    QVERIFY(server.account().now() >= frozen);
}

void TestSandboxServer::clockStandsStillWithoutGrowth()
{
    SandboxServer server(smallAccount(50));
    QVERIFY(server.listen());
    QCOMPARE(fetch(&server, ListPath).status, 200);
    server.advanceClock();
    QCOMPARE(server.account().now(), FixedNow.toSecsSinceEpoch());
    QCOMPARE(server.account().calls().size(), 50);
}

void TestSandboxServer::sameSeedSameBytes()
{
    SandboxOptions options = smallAccount(1500);
    options.seed = 11;
    SandboxServer first(options);
    SandboxServer second(options);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    const SandboxCall &someCall = first.account().calls().at(first.account().newestFirst().at(3));
    const QList<QByteArray> targets = {
            ListPath,
            ListPath + "?limit=7&offset=14",
            ListPath
                    + "?call_direction=inbound&bill_duration__gt=60&end_time__gte=2024-06-01%2000:"
                      "00",
            ListPath + someCall.callUuid.toLatin1() + '/',
            ListPath + "?limit=99",
            ListPath + "unknown/",
    };
    for (const QByteArray &target : targets) {
        const HttpResult a = fetch(&first, target);
        const HttpResult b = fetch(&second, target);
        QVERIFY(a.finished && b.finished);
        QCOMPARE(a.status, b.status);
        QVERIFY(!a.body.isEmpty());
        QCOMPARE(a.body, b.body);
    }
    // Another seed, another account.
    options.seed = 12;
    SandboxServer third(options);
    QVERIFY(third.listen());
    QVERIFY(fetch(&third, ListPath).body != fetch(&first, ListPath).body);
}

void TestSandboxServer::statsEndpoint()
{
    SandboxServer server(smallAccount());
    QVERIFY(server.listen());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetch(&server, ListPath).status, 200);
    QCOMPARE(fetch(&server, ListPath + "nope").status, 404);
    QCOMPARE(fetch(&server, ListPath, QByteArray()).status, 401);
    QCOMPARE(fetch(&server, ListPath + "?limit=0").status, 400);

    const SandboxStats stats = server.stats();
    QCOMPARE(stats.requests, 6);
    QCOMPARE(stats.requestsByStatus.value(200), 3);
    QCOMPARE(stats.requestsByStatus.value(404), 1);
    QCOMPARE(stats.requestsByStatus.value(401), 1);
    QCOMPARE(stats.requestsByStatus.value(400), 1);
    QCOMPARE(stats.inFlight, 0);
    QCOMPARE(stats.peakConcurrent, 1);

    // No auth needed, and reading the counters does not change them.
    const HttpResult result = fetch(&server, "/__sandbox/stats", QByteArray());
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body.value(u"requests"_s).toInteger(), 6);
    QCOMPARE(body.value(u"requests_by_status"_s).toObject().value(u"200"_s).toInteger(), 3);
    QCOMPARE(body.value(u"requests_by_status"_s).toObject().value(u"401"_s).toInteger(), 1);
    QCOMPARE(body.value(u"peak_concurrent"_s).toInt(), 1);
    QCOMPARE(body.value(u"in_flight"_s).toInt(), 0);
    QCOMPARE(body.value(u"calls"_s).toInt(), 600);
    QCOMPARE(server.stats().requests, 6);

    server.resetStats();
    QCOMPARE(server.stats().requests, 0);
    QVERIFY(server.stats().requestsByStatus.isEmpty());
}

void TestSandboxServer::logLines()
{
    SandboxServer server(smallAccount());
    QVERIFY(server.listen());
    QSignalSpy served(&server, &SandboxServer::requestServed);
    QCOMPARE(fetch(&server, ListPath + "?end_time__gte=2024-06-10%2000:00").status, 200);
    QTRY_COMPARE(served.size(), 1);
    const QString line = served.first().first().toString();
    QVERIFY2(
            line.contains(
                    u"GET /v1/Account/MADEMO0000SANDBOX001/Call/?end_time__gte=2024-06-10%2000:00"_s),
            qPrintable(line));
    QVERIFY(line.contains(u" 200 "_s));
    QVERIFY(!line.contains(server.authToken()));
    QVERIFY(!line.contains(u'\n'));
}

void TestSandboxServer::accountTimezone()
{
    SandboxOptions options = smallAccount();
    options.tzOffsetSeconds = -12600;
    SandboxServer server(options);
    QVERIFY(server.listen());
    const HttpResult result = fetch(&server, ListPath);
    const QJsonArray objects = result.json().value(u"objects"_s).toArray();
    QVERIFY(!objects.isEmpty());
    for (const QJsonValue &object : objects) {
        QVERIFY(object.toObject().value(u"end_time"_s).toString().endsWith(u"-03:30"_s));
        QVERIFY(object.toObject().value(u"initiation_time"_s).toString().endsWith(u"-03:30"_s));
    }
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
