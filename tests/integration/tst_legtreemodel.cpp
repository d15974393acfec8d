#include "models/legtreemodel.h"
#include "plivo/pageparser.h"
#include "sandboxfixture.h"
#include "source/plivocallsource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

using SandboxFixture::fixedNow;

} // namespace

class TestLegTreeModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PlivoClient> m_client;
    std::unique_ptr<PlivoCallSource> m_source;

    // The B-legs of every A-leg in the account, by A-leg uuid, from the account itself.
    QHash<QString, QStringList> families() const
    {
        QHash<QString, QStringList> result;
        for (const SandboxCall &call : m_server->account().calls()) {
            if (!call.isALeg())
                result[call.parentCallUuid].append(call.callUuid);
            else if (!result.contains(call.callUuid))
                result.insert(call.callUuid, {});
        }
        return result;
    }

    // An A-leg within retention whose family has `bLegs` B-legs and ended `minDays`..`maxDays` ago.
    const SandboxCall *findALeg(int bLegs, int minDays, int maxDays) const
    {
        const QHash<QString, QStringList> all = families();
        for (const SandboxCall &call : m_server->account().calls()) {
            const qint64 age = fixedNow.toSecsSinceEpoch() - call.endTime;
            if (call.isALeg() && all.value(call.callUuid).size() == bLegs && age >= minDays * 86400
                && age <= maxDays * 86400)
                return &call;
        }
        return nullptr;
    }

    CallRecord recordOf(const SandboxCall &call) const
    {
        return PageParser::parseRecord(m_server->account().toJson(call));
    }

    QStringList childUuids(const LegTreeModel &model) const
    {
        QStringList uuids;
        const QModelIndex root = model.index(0, 0);
        for (int row = 0; row < model.rowCount(root); ++row)
            uuids.append(model.index(row, 0, root).data(LegTreeModel::CallUuidRole).toString());
        return uuids;
    }

    std::unique_ptr<LegTreeModel> makeModel(int pageSize = PlivoCallSource::DefaultPageSize)
    {
        m_source = std::make_unique<PlivoCallSource>(m_client.get());
        m_source->setPageSize(pageSize);
        auto model = std::make_unique<LegTreeModel>();
        model->setSource(m_source.get());
        model->setNow(fixedNow);
        return model;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        ClientOptions clientOptions = SandboxFixture::quickRetries();
        clientOptions.maxAttempts = 2;
        SandboxFixture::Running running
                = SandboxFixture::start(SandboxFixture::options(5, 6000), clientOptions);
        QVERIFY(running.server);
        m_server = std::move(running.server);
        m_client = std::move(running.client);
    }

    void cleanup()
    {
        m_source.reset();
        m_client.reset();
        m_server.reset();
    }

    void aLegWithThreeBLegs()
    {
        const SandboxCall *aLeg = findALeg(3, 0, 6);
        QVERIFY(aLeg);
        auto model = makeModel();
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model.get(), &LegTreeModel::familyLoaded);
        model->showFamilyOf(recordOf(*aLeg));
        QVERIFY(loaded.wait());
        QCOMPARE(model->legCount(), 4);
        QStringList expected = families().value(aLeg->callUuid);
        QStringList got = childUuids(*model);
        QCOMPARE(QSet<QString>(got.begin(), got.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(model->status(), LegTreeModel::Status::Loaded);
        QVERIFY(model->statusText().contains(u"3"));
        // Ordered by when each leg started.
        for (int i = 1; i < model->bLegs().size(); ++i)
            QVERIFY(*model->bLegs()[i - 1].initiationTime <= *model->bLegs()[i].initiationTime);
        QVERIFY(model->familyText().split(u'\n', Qt::SkipEmptyParts).size() == 5);
    }

    void aLegWithoutBLegs()
    {
        const SandboxCall *aLeg = findALeg(0, 0, 6);
        QVERIFY(aLeg);
        auto model = makeModel();
        QSignalSpy loaded(model.get(), &LegTreeModel::familyLoaded);
        model->showFamilyOf(recordOf(*aLeg));
        QVERIFY(loaded.wait());
        QCOMPARE(model->legCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 0);
        QCOMPARE(model->statusText(), QStringLiteral("This A-leg dialled no B-legs."));
    }

    void oldFamilyIsFoundThroughAnExplicitWindow()
    {
        // Three weeks old: outside the API's default 7-day window.
        const SandboxCall *aLeg = findALeg(2, 20, 60);
        QVERIFY(aLeg);
        const QString bLegUuid = families().value(aLeg->callUuid).first();
        auto model = makeModel();
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model.get(), &LegTreeModel::familyLoaded);
        // From the B-leg, by uuid: the A-leg is retrieved first, then its family.
        model->showFamilyOf(bLegUuid);
        QVERIFY(loaded.wait());
        QCOMPARE(model->aLeg()->callUuid, QUuid::fromString(aLeg->callUuid));
        QCOMPARE(model->legCount(), 3);
        QCOMPARE(model->selectedUuid(), bLegUuid);
        QVERIFY(model->indexOf(bLegUuid).data(LegTreeModel::SelectedLegRole).toBool());
        const QueryParameters parameters = model->bLegPlan().parameters(0);
        QVERIFY(std::any_of(parameters.begin(), parameters.end(),
                            [](const auto &p) { return p.first == u"end_time__gte"; }));
        // A naive request without end_time finds nothing: the window is what makes it work.
        PlivoReply *naive
                = m_client->listCalls({{QStringLiteral("parent_call_uuid"), aLeg->callUuid}}, 0, 20,
                                      RequestPriority::Interactive);
        QSignalSpy naiveDone(naive, &PlivoReply::finished);
        QVERIFY(naiveDone.wait());
        QCOMPARE(naive->page().meta.totalCount, 0);
    }

    void bLegsSpanningTwoPages()
    {
        const SandboxCall *aLeg = findALeg(3, 0, 30);
        QVERIFY(aLeg);
        auto model = makeModel(2);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_server->resetStats();
        QSignalSpy loaded(model.get(), &LegTreeModel::familyLoaded);
        model->showFamilyOf(recordOf(*aLeg));
        QVERIFY(loaded.wait());
        QCOMPARE(model->legCount(), 4);
        QCOMPARE(m_server->stats().requests, 2);
    }

    void failedChildrenCanBeRetried()
    {
        const SandboxCall *aLeg = findALeg(2, 0, 6);
        QVERIFY(aLeg);
        auto model = makeModel();
        m_server->setFaultRate(1.0, {SandboxFault::ServerError500});
        QSignalSpy status(model.get(), &LegTreeModel::statusChanged);
        model->showFamilyOf(recordOf(*aLeg));
        QTRY_COMPARE_WITH_TIMEOUT(model->status(), LegTreeModel::Status::Failed, 5000);
        QVERIFY(model->statusText().startsWith(u"The family could not be loaded"));
        QCOMPARE(model->legCount(), -1);
        m_server->setFaultRate(0.0);
        QSignalSpy loaded(model.get(), &LegTreeModel::familyLoaded);
        model->retry();
        QVERIFY(loaded.wait());
        QCOMPARE(model->legCount(), 3);
    }

    void unknownCallSaysSo()
    {
        auto model = makeModel();
        model->showFamilyOf(QStringLiteral("00000000-0000-4000-8000-000000000001"));
        QTRY_COMPARE(model->status(), LegTreeModel::Status::Failed);
        QCOMPARE(model->error().category(), ApiError::Category::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLegTreeModel)
#include "tst_legtreemodel.moc"
