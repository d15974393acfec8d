#include "models/calltablemodel.h"
#include "sandboxfixture.h"
#include "source/plivocallsource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

using SandboxFixture::fixedNow;

// The uuids the account holds for a filter, newest first, computed without the server.
QStringList reference(const SandboxServer &server, qint64 fromSecs, const QString &direction = {})
{
    QStringList uuids;
    const SandboxAccount &account = server.account();
    for (int index : account.newestFirst()) {
        const SandboxCall &call = account.calls().at(index);
        if (call.endTime >= fromSecs && call.endTime < fixedNow.toSecsSinceEpoch()
            && (direction.isEmpty() || call.direction == direction))
            uuids.append(call.callUuid);
    }
    return uuids;
}

QStringList loadedUuids(const CallTableModel &model)
{
    QStringList uuids;
    for (int row = 0; row < model.rowCount(); ++row)
        uuids.append(model.index(row, 0).data(CallTableModel::CallUuidRole).toString());
    return uuids;
}

} // namespace

class TestCallTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PlivoClient> m_client;
    std::unique_ptr<PlivoCallSource> m_source;

    static CallQuery plan(int days, const QString &direction = {})
    {
        CallQuery query;
        query.filter.endTime.atLeast = fixedNow.addDays(-days);
        query.filter.callDirection = direction;
        query.now = fixedNow;
        return query;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        SandboxFixture::Running running = SandboxFixture::start(SandboxFixture::options(11, 4000));
        QVERIFY(running.server);
        m_server = std::move(running.server);
        m_client = std::move(running.client);
        m_source = std::make_unique<PlivoCallSource>(m_client.get());
    }

    void cleanup()
    {
        m_source.reset();
        m_client.reset();
        m_server.reset();
    }

    void rowsAreTheTotalOverAllWindows()
    {
        CallTableModel model;
        model.setSource(m_source.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &CallTableModel::queryCounted);
        model.setQuery(plan(90));
        QCOMPARE(model.plan().windows().size(), 3);
        QVERIFY(counted.wait());
        const QStringList expected = reference(*m_server, fixedNow.addDays(-90).toSecsSinceEpoch());
        QCOMPARE(model.rowCount(), expected.size());
        // Only the first page of each window was asked for.
        QCOMPARE(m_server->stats().requests, 3);
        QCOMPARE(model.loadedCount(), 60);
        QCOMPARE(model.index(0, 0).data(CallTableModel::CallUuidRole).toString(), expected.first());
    }

    void loadsExactlyThePagesShown()
    {
        CallTableModel model;
        model.setSource(m_source.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &CallTableModel::queryCounted);
        model.setQuery(plan(30));
        QVERIFY(counted.wait());
        const QStringList expected = reference(*m_server, fixedNow.addDays(-30).toSecsSinceEpoch());
        QVERIFY(model.rowCount() > 500);
        m_server->resetStats();

        // Rows 400-419 are page 20; scrolling down also asks one page ahead (page 21).
        model.requestRows(400, 419);
        model.requestRows(400, 419); // asked twice: still one request per page
        QTRY_COMPARE(model.fetchesInFlight(), 0);
        QCOMPARE(m_server->stats().requests, 2);
        QCOMPARE(model.loadedCount(), 20 + 40);
        for (int row = 400; row < 440; ++row)
            QCOMPARE(model.index(row, 0).data(CallTableModel::CallUuidRole).toString(),
                     expected.at(row));
        QCOMPARE(model.rowState(399), CallTableModel::RowState::Pending);
        QCOMPARE(model.rowState(440), CallTableModel::RowState::Pending);

        // Jumping to the bottom loads only what is shown there.
        m_server->resetStats();
        const int last = model.rowCount() - 1;
        model.requestRows(last - 15, last);
        QTRY_COMPARE(model.fetchesInFlight(), 0);
        QVERIFY(m_server->stats().requests <= 2);
        QCOMPARE(model.index(last, 0).data(CallTableModel::CallUuidRole).toString(),
                 expected.last());
    }

    void staleRepliesNeverReachTheView()
    {
        CallTableModel model;
        model.setSource(m_source.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_server->setLatency(40);
        QSignalSpy counted(&model, &CallTableModel::queryCounted);
        model.setQuery(plan(60)); // superseded at once
        model.setQuery(plan(20, QStringLiteral("inbound"))); // the one that counts
        QVERIFY(counted.wait());
        QCOMPARE(counted.size(), 1);
        const QStringList expected = reference(*m_server, fixedNow.addDays(-20).toSecsSinceEpoch(),
                                               QStringLiteral("inbound"));
        QCOMPARE(model.rowCount(), expected.size());
        model.loadAll();
        QSignalSpy done(&model, &CallTableModel::loadAllFinished);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(loadedUuids(model), expected);
        QTest::qWait(150); // any late reply of the first query would arrive now
        QCOMPARE(loadedUuids(model), expected);
    }

    void oldestFirstAtAnySize()
    {
        CallTableModel model;
        model.setSource(m_source.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &CallTableModel::queryCounted);
        model.setQuery(plan(45));
        QVERIFY(counted.wait());
        const QStringList expected = reference(*m_server, fixedNow.addDays(-45).toSecsSinceEpoch());
        model.sort(CallTableModel::columnOf(CallField::EndTime), Qt::AscendingOrder);
        QCOMPARE(model.order(), CallTableModel::Order::OldestFirst);
        model.requestRows(0, 19);
        QTRY_COMPARE(model.fetchesInFlight(), 0);
        for (int row = 0; row < 20; ++row)
            QCOMPARE(model.index(row, 0).data(CallTableModel::CallUuidRole).toString(),
                     expected.at(expected.size() - 1 - row));
    }

    void otherSortsWaitForEveryRow()
    {
        CallTableModel model;
        model.setSource(m_source.get());
        QSignalSpy counted(&model, &CallTableModel::queryCounted);
        model.setQuery(plan(10));
        QVERIFY(counted.wait());
        QSignalSpy refused(&model, &CallTableModel::sortUnavailable);
        model.sort(CallTableModel::columnOf(CallField::BillDuration), Qt::DescendingOrder);
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(u"Load all"));

        QSignalSpy done(&model, &CallTableModel::loadAllFinished);
        model.loadAll();
        QVERIFY(done.wait(20000));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(CallTableModel::columnOf(CallField::BillDuration), Qt::DescendingOrder);
        QCOMPARE(refused.size(), 1);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 seconds = model.record(row)->billDuration;
            QVERIFY(seconds <= previous);
            previous = seconds;
        }
    }

    void failuresAreReportedAndRetried()
    {
        CallTableModel model;
        model.setSource(m_source.get());
        QSignalSpy counted(&model, &CallTableModel::queryCounted);
        model.setQuery(plan(30));
        QVERIFY(counted.wait());
        m_server->setFaultRate(1.0, {SandboxFault::ServerError500});
        QSignalSpy errors(&model, &CallTableModel::errorOccurred);
        model.requestRows(200, 219);
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.first().first().value<ApiError>().category(), ApiError::Category::Server);
        QVERIFY(model.hasFailures());
        QTRY_COMPARE(model.fetchesInFlight(), 0);
        QCOMPARE(model.rowState(200), CallTableModel::RowState::Failed);
        QCOMPARE(model.index(200, CallTableModel::columnOf(CallField::EndTime)).data().toString(),
                 QStringLiteral("Not loaded"));

        m_server->setFaultRate(0.0);
        model.retryFailed();
        QTRY_COMPARE(model.rowState(200), CallTableModel::RowState::Loaded);
        QVERIFY(!model.hasFailures());
    }

    void displayFormats()
    {
        CallTableModel model;
        model.setSource(m_source.get());
        QSignalSpy counted(&model, &CallTableModel::queryCounted);
        model.setQuery(plan(7));
        QVERIFY(counted.wait());
        const CallRecord record = *model.record(0);
        const auto cell = [&](CallField field, int role = Qt::DisplayRole) {
            return model.index(0, CallTableModel::columnOf(field)).data(role);
        };
        QCOMPARE(cell(CallField::BillDuration).toString(),
                 CallFields::formatDuration(record.billDuration));
        QCOMPARE(cell(CallField::TotalAmount).toString(), record.totalAmount->toString());
        QVERIFY(cell(CallField::HangupCauseName, Qt::ToolTipRole)
                        .toString()
                        .contains(QString::number(*record.hangupCauseCode)));
        model.setTimeDisplay(TimeDisplay::Utc);
        QCOMPARE(cell(CallField::EndTime).toString(),
                 record.endTime->toUtc().toString(u"yyyy-MM-dd HH:mm:ss"));
        model.setTimeDisplay(TimeDisplay::Account);
        QCOMPARE(cell(CallField::EndTime).toString(), record.endTime->toApiString().left(19));
    }
};

QTEST_GUILESS_MAIN(TestCallTableModel)
#include "tst_calltablemodel.moc"
