#include "plivo/apierror.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void statuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("plivoMessage");
        using C = ApiError::Category;
        QTest::newRow("400")
                << 400 << QByteArray(R"({"api_id":"x","error":"end_time range exceeds 30 days"})")
                << int(C::BadRequest) << false << "end_time range exceeds 30 days";
        QTest::newRow("401 bare") << 401 << QByteArray(R"({"error":"authentication failed"})")
                                  << int(C::Authentication) << false << "authentication failed";
        QTest::newRow("403") << 403 << QByteArray() << int(C::Forbidden) << false << "";
        QTest::newRow("404") << 404 << QByteArray(R"({"error":"not found"})") << int(C::NotFound)
                             << false << "not found";
        QTest::newRow("429") << 429 << QByteArray(R"({"error":"too many requests"})")
                             << int(C::RateLimited) << true << "too many requests";
        QTest::newRow("500") << 500 << QByteArray(R"({"api_id":"x","error":"internal"})")
                             << int(C::Server) << true << "internal";
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << int(C::Server)
                                  << true << "";
    }

    void statuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, category);
        QFETCH(bool, retryable);
        QFETCH(QString, plivoMessage);
        const ApiError error = ApiError::fromHttpStatus(status, body);
        QCOMPARE(int(error.category()), category);
        QCOMPARE(error.isRetryable(), retryable);
        QCOMPARE(error.plivoMessage(), plivoMessage);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(!error.message().isEmpty());
        if (!plivoMessage.isEmpty())
            QVERIFY(error.message().contains(plivoMessage));
    }

    void networkAndParse()
    {
        QVERIFY(ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError,
                                      QStringLiteral("refused"))
                        .isRetryable());
        QCOMPARE(ApiError::fromNetwork(QNetworkReply::OperationCanceledError, {}).category(),
                 ApiError::Category::Cancelled);
        QVERIFY(ApiError::parseFailure(200, QStringLiteral("cut")).isRetryable());
        QVERIFY(!ApiError::cancelled().isRetryable());
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError::insecureConnection(QStringLiteral("example.com"))
                        .message()
                        .contains(u"https"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
