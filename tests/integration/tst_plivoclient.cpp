#include "plivo/plivoclient.h"
#include "plivo/queryplan.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

using SandboxFixture::accountOf;
using SandboxFixture::fixedNow;

SandboxOptions sandboxOptions()
{
    return SandboxFixture::options(7, 3000);
}

ClientOptions fastRetries()
{
    ClientOptions options = SandboxFixture::quickRetries();
    options.maxAttempts = 12;
    options.transferTimeout = std::chrono::milliseconds(800);
    return options;
}

// Pages one window to its end, request after request, as an SDK script would.
QStringList pageToTheEnd(PlivoClient &client, const QueryParameters &parameters, qint64 *total)
{
    QStringList uuids;
    for (qint64 offset = 0;; offset += 20) {
        PlivoReply *reply = client.listCalls(parameters, offset, 20, RequestPriority::Bulk);
        QSignalSpy finished(reply, &PlivoReply::finished);
        if (!finished.wait(20000) || !reply->isOk()) {
            qWarning() << "page failed:" << reply->error().message();
            return {};
        }
        *total = reply->page().meta.totalCount;
        for (const CallRecord &record : reply->page().records)
            uuids.append(CallFields::uuidText(record.callUuid));
        reply->deleteLater();
        if (offset + 20 >= *total)
            return uuids;
    }
}

} // namespace

class TestPlivoClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pagesAFilteredResultThroughFaults()
    {
        // The same account twice: one healthy, one failing 10% of responses in every way.
        SandboxOptions healthyOptions = sandboxOptions();
        healthyOptions.callCount = 8000;
        SandboxServer healthy(healthyOptions);
        SandboxOptions faultyOptions = healthyOptions;
        faultyOptions.faultRate = 0.10;
        faultyOptions.stallMs = 1500;
        SandboxServer faulty(faultyOptions);
        QVERIFY(healthy.listen() && faulty.listen());
        PlivoClient healthyClient(accountOf(healthy), fastRetries());
        PlivoClient faultyClient(accountOf(faulty), fastRetries());

        CallFilter filter;
        filter.callDirection = QStringLiteral("outbound");
        filter.endTime.atLeast = fixedNow.addDays(-25);
        const QueryPlan plan = QueryPlan::build(filter, fixedNow);
        QCOMPARE(plan.windows().size(), 1);

        qint64 expectedTotal = 0;
        qint64 total = 0;
        const QStringList expected
                = pageToTheEnd(healthyClient, plan.parameters(0), &expectedTotal);
        const QStringList received = pageToTheEnd(faultyClient, plan.parameters(0), &total);
        QVERIFY(expected.size() > 100);
        QCOMPARE(qint64(expected.size()), expectedTotal);
        QCOMPARE(total, expectedTotal);
        QCOMPARE(received, expected);
        QVERIFY(faultyClient.counters().retried > 0);
        qint64 faults = 0;
        for (qint64 count : faulty.stats().faultsInjected)
            faults += count;
        QVERIFY(faults >= 3);

        // And the reference, computed from the account itself.
        QStringList reference;
        const SandboxAccount &account = healthy.account();
        for (int index : account.newestFirst()) {
            const SandboxCall &call = account.calls().at(index);
            if (call.direction == u"outbound"
                && call.endTime >= fixedNow.addDays(-25).toSecsSinceEpoch()
                && call.endTime < fixedNow.toSecsSinceEpoch())
                reference.append(call.callUuid);
        }
        QCOMPARE(expected, reference);
    }

    void plusIsSentAsPercent2B()
    {
        SandboxServer server(sandboxOptions());
        QVERIFY(server.listen());
        PlivoClient client(accountOf(server), fastRetries());
        CallFilter filter;
        filter.fromNumber = QStringLiteral("+1");
        filter.endTime.atLeast = fixedNow.addDays(-30);
        const QueryPlan plan = QueryPlan::build(filter, fixedNow);
        PlivoReply *reply
                = client.listCalls(plan.parameters(0), 0, 20, RequestPriority::Interactive);
        QSignalSpy finished(reply, &PlivoReply::finished);
        QVERIFY(finished.wait());
        QVERIFY(reply->isOk());
        // A raw "+" would be read as a space by the server and match nothing.
        QVERIFY(reply->page().meta.totalCount > 0);
        for (const CallRecord &record : reply->page().records)
            QVERIFY(record.fromNumber->startsWith(u"+1") || record.fromNumber->startsWith(u"1"));
    }

    void budgetIsNeverExceeded()
    {
        // The server allows 10 per 1000 ms; a client with a budget of 5 never sees a 429, and
        // its pace shows it keeps to 5. (The server counts arrivals, the client sends: with the
        // server in this thread, on a loaded machine, arrivals can lag sends by more than the
        // client's 100 ms margin. Half the server's limit takes three windows' sends bunched
        // into one to go over it; a budget one short of the limit failed under ASan.)
        SandboxOptions options = sandboxOptions();
        options.rateLimit = 10;
        options.rateWindowMs = 1000;
        SandboxServer server(options);
        QVERIFY(server.listen());
        ClientOptions clientOptions = fastRetries();
        clientOptions.budget = 5;
        clientOptions.budgetWindow = std::chrono::milliseconds(1000);
        clientOptions.maxConcurrency = 12;
        PlivoClient client(accountOf(server), clientOptions);
        QList<PlivoReply *> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 30; ++i)
            replies.append(client.listCalls({}, i * 20, 20, RequestPriority::Bulk));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                             [](PlivoReply *r) { return r->isFinished(); }),
                                 20000);
        for (PlivoReply *reply : replies)
            QVERIFY(reply->isOk());
        QCOMPARE(client.counters().rateLimited, 0);
        QCOMPARE(server.stats().requestsByStatus.value(429), 0);
        QCOMPARE(client.counters().sent, 30);
        // 30 requests at 5 per second need at least five full windows after the first; at 6
        // per window (one over the budget) they would be done in under 5 s.
        QVERIFY2(timer.elapsed() >= 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void interactiveGoesBeforeBulk()
    {
        SandboxOptions options = sandboxOptions();
        options.latencyMs = 30;
        SandboxServer server(options);
        QVERIFY(server.listen());
        ClientOptions clientOptions = fastRetries();
        clientOptions.maxConcurrency = 1;
        PlivoClient client(accountOf(server), clientOptions);
        QStringList order;
        const auto track = [&](PlivoReply *reply, const QString &name) {
            connect(reply, &PlivoReply::finished, this, [&order, name] { order.append(name); });
        };
        for (int i = 0; i < 4; ++i)
            track(client.listCalls({}, i * 20, 20, RequestPriority::Bulk),
                  QStringLiteral("bulk%1").arg(i));
        track(client.listCalls({}, 0, 5, RequestPriority::Interactive), QStringLiteral("screen"));
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 5000);
        // The first bulk request may already be on the wire; the interactive one goes next.
        QVERIFY2(order.indexOf(QStringLiteral("screen")) <= 1, qPrintable(order.join(u',')));
    }

    void cancellingATagStopsItsRequests()
    {
        SandboxOptions options = sandboxOptions();
        options.latencyMs = 50;
        SandboxServer server(options);
        QVERIFY(server.listen());
        ClientOptions clientOptions = fastRetries();
        clientOptions.maxConcurrency = 2;
        PlivoClient client(accountOf(server), clientOptions);
        QList<PlivoReply *> stale;
        for (int i = 0; i < 10; ++i)
            stale.append(client.listCalls({}, i * 20, 20, RequestPriority::Bulk, 1));
        PlivoReply *current = client.listCalls({}, 0, 20, RequestPriority::Bulk, 2);
        QTest::qWait(0);
        client.cancelTag(1);
        QSignalSpy finished(current, &PlivoReply::finished);
        QVERIFY(finished.wait());
        QVERIFY(current->isOk());
        QTRY_VERIFY(std::all_of(stale.begin(), stale.end(), [](PlivoReply *r) {
            return r->isFinished() && r->error().category() == ApiError::Category::Cancelled;
        }));
        QTest::qWait(200);
        // At most the two already on the wire reached the server, plus the current one.
        QVERIFY(server.stats().requests <= 3);
        QCOMPARE(client.counters().inFlight, 0);
        QCOMPARE(client.counters().queued, 0);
    }

    void errorsThatRetriesCannotFix_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("retrieve");
        QTest::addColumn<int>("category");
        QTest::newRow("wrong token")
                << "wrong" << 20 << "" << int(ApiError::Category::Authentication);
        QTest::newRow("limit 21") << "" << 21 << "" << int(ApiError::Category::BadRequest);
        QTest::newRow("unknown call") << "" << 20 << "00000000-0000-4000-8000-000000000000"
                                      << int(ApiError::Category::NotFound);
    }

    void errorsThatRetriesCannotFix()
    {
        QFETCH(QString, token);
        QFETCH(int, limit);
        QFETCH(QString, retrieve);
        QFETCH(int, category);
        SandboxServer server(sandboxOptions());
        QVERIFY(server.listen());
        PlivoAccount account = accountOf(server);
        if (!token.isEmpty())
            account.authToken = token;
        PlivoClient client(account, fastRetries());
        PlivoReply *reply = retrieve.isEmpty()
                ? client.listCalls({}, 0, limit, RequestPriority::Interactive)
                : client.retrieveCall(retrieve, RequestPriority::Interactive);
        QSignalSpy finished(reply, &PlivoReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(int(reply->error().category()), category);
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(!reply->error().message().isEmpty());
        QVERIFY(!reply->error().message().contains(server.authToken()));
        QCOMPARE(client.counters().failed, 1);
    }

    void retriesAreBounded()
    {
        SandboxOptions options = sandboxOptions();
        options.faultRate = 1.0;
        options.faultKinds = {SandboxFault::RateLimited429};
        SandboxServer server(options);
        QVERIFY(server.listen());
        ClientOptions clientOptions = fastRetries();
        clientOptions.maxAttempts = 4;
        PlivoClient client(accountOf(server), clientOptions);
        PlivoReply *reply = client.listCalls({}, 0, 20, RequestPriority::Interactive);
        QSignalSpy finished(reply, &PlivoReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->error().category(), ApiError::Category::RateLimited);
        QCOMPARE(reply->attempts(), 4);
        QCOMPARE(client.counters().rateLimited, 4);
        QCOMPARE(client.counters().retried, 3);
        QCOMPARE(server.stats().requests, 4);
    }

    void retryAfterIsHonoured()
    {
        // One request per second, and the server says how long to wait. The client's own
        // backoff (at most 100 ms here) would hit the limit again and again; Retry-After does not.
        SandboxOptions options = sandboxOptions();
        options.rateLimit = 1;
        options.rateWindowMs = 1000;
        options.sendRetryAfter = true;
        SandboxServer server(options);
        QVERIFY(server.listen());
        PlivoClient client(accountOf(server), fastRetries());
        PlivoReply *first = client.listCalls({}, 0, 20, RequestPriority::Interactive);
        PlivoReply *second = client.listCalls({}, 20, 20, RequestPriority::Interactive);
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 5000);
        QVERIFY(first->isOk());
        QVERIFY2(second->isOk(), qPrintable(second->error().message()));
        QCOMPARE(second->attempts(), 2);
        QCOMPARE(client.counters().rateLimited, 1);
        QVERIFY(timer.elapsed() >= 900);
    }

    void retrievesOneCall()
    {
        SandboxServer server(sandboxOptions());
        QVERIFY(server.listen());
        PlivoClient client(accountOf(server), fastRetries());
        const SandboxCall &call
                = server.account().calls().at(server.account().newestFirst().first());
        PlivoReply *reply = client.retrieveCall(call.callUuid, RequestPriority::Interactive);
        QSignalSpy finished(reply, &PlivoReply::finished);
        QVERIFY(finished.wait());
        QVERIFY2(reply->isOk(), qPrintable(reply->error().message()));
        QCOMPARE(CallFields::uuidText(reply->call().callUuid), call.callUuid);
        QCOMPARE(reply->call().billDuration, call.billDuration);
    }

    void plainHttpIsRefusedOffLoopback()
    {
        PlivoClient client({QStringLiteral("MAXXXXXXXXXXXXXXXXXX"), QStringLiteral("secret"),
                            QUrl(QStringLiteral("http://api.example.com"))});
        PlivoReply *reply = client.listCalls({}, 0, 20, RequestPriority::Interactive);
        QSignalSpy finished(reply, &PlivoReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->error().category(), ApiError::Category::InsecureConnection);
        QCOMPARE(client.counters().sent, 0);
        QVERIFY(!reply->error().message().contains(u"secret"));
        QVERIFY(!PlivoClient::checkBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")))
                         .isError());
        QVERIFY(!PlivoClient::checkBaseUrl(QUrl(QStringLiteral("http://localhost"))).isError());
        QVERIFY(!PlivoClient::checkBaseUrl(QUrl(QStringLiteral("https://api.plivo.com")))
                         .isError());
    }

    void concurrencyGoesPastSixConnections()
    {
        SandboxOptions options = sandboxOptions();
        options.latencyMs = 200;
        SandboxServer server(options);
        QVERIFY(server.listen());
        ClientOptions clientOptions = fastRetries();
        clientOptions.maxConcurrency = 12;
        PlivoClient client(accountOf(server), clientOptions);
        QList<PlivoReply *> replies;
        for (int i = 0; i < 12; ++i)
            replies.append(client.listCalls({}, i * 20, 20, RequestPriority::Bulk));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                             [](PlivoReply *r) { return r->isFinished(); }),
                                 5000);
        // One manager alone would have capped this at six.
        QCOMPARE(server.stats().peakConcurrent, 12);
    }
};

QTEST_GUILESS_MAIN(TestPlivoClient)
#include "tst_plivoclient.moc"
