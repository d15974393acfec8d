#include "gui/chartsview.h"
#include "models/calltablemodel.h"
#include "sandbox/sandboxserver.h"
#include "source/plivocallsource.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <map>

namespace {

const QDateTime fixedNow(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc());

QAbstractBarSeries *barSeries(QChart *chart)
{
    return qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
}

QStringList categories(QChart *chart, Qt::Orientation orientation)
{
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(orientation).value(0));
    return axis ? axis->categories() : QStringList();
}

qreal sum(QBarSet *set)
{
    qreal total = 0;
    for (int i = 0; i < set->count(); ++i)
        total += set->at(i);
    return total;
}

// How many distinct colours an image has: a blank or failed render has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestChartsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PlivoClient> m_client;
    std::unique_ptr<CallTableModel> m_model;

    std::unique_ptr<PlivoCallSource> m_source;

    static CallQuery queryOf(const CallFilter &filter)
    {
        CallQuery query;
        query.filter = filter;
        query.now = fixedNow;
        return query;
    }

    static CallQuery lastDays(int days)
    {
        CallFilter filter;
        filter.endTime.atLeast = fixedNow.addDays(-days);
        return queryOf(filter);
    }

    // The calls the sandbox holds in the last `days`, straight from its account.
    QList<SandboxCall> reference(int days) const
    {
        QList<SandboxCall> calls;
        for (const SandboxCall &call : m_server->account().calls()) {
            if (call.endTime >= fixedNow.addDays(-days).toSecsSinceEpoch()
                && call.endTime < fixedNow.toSecsSinceEpoch())
                calls.append(call);
        }
        return calls;
    }

    void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("CALLSCOPE_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QCoreApplication::processEvents(); // the charts lay out their axes on the event loop
        QVERIFY(widget->grab().save(folder + u'/' + name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxOptions options;
        options.seed = 7;
        options.callCount = 4000;
        options.now = fixedNow;
        options.rateLimit = 0;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen());
        ClientOptions clientOptions;
        clientOptions.budget = 300;
        m_client = std::make_unique<PlivoClient>(
                PlivoAccount{m_server->authId(), m_server->authToken(), m_server->baseUrl()},
                clientOptions);
    }

    void init()
    {
        m_model = std::make_unique<CallTableModel>();
        m_source = std::make_unique<PlivoCallSource>(m_client.get());
        m_model->setSource(m_source.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_source.reset();
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void chartsShowTheLoadedPages()
    {
        ChartsView view(m_model.get());
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy counted(m_model.get(), &CallTableModel::queryCounted);
        m_model->setQuery(lastDays(30));
        QVERIFY(counted.wait());
        CallStats *stats = view.stats();
        // The first page of each window is loaded; the charts follow within a redraw interval.
        QTRY_COMPARE(stats->calls(), m_model->store().size());
        QVERIFY(stats->calls() > 0 && stats->calls() < m_model->totalCount());
        QTRY_COMPARE(
                qint64(sum(barSeries(view.chart(ChartsView::Chart::Duration))->barSets().first())),
                stats->calls());
        const QString basedOn = view.basedOnText();
        QVERIFY2(basedOn.contains(QLocale().toString(stats->calls()))
                         && basedOn.contains(QLocale().toString(m_model->totalCount())),
                 qPrintable(basedOn));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("basedOn"))->text(), basedOn);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("loadAll"))->isEnabled());

        QChart *duration = view.chart(ChartsView::Chart::Duration);
        QCOMPARE(duration->series().size(), 1);
        QCOMPARE(categories(duration, Qt::Horizontal),
                 (QStringList{u"0 s"_qs, u"1\u201310 s"_qs, u"10\u201330 s"_qs, u"30\u201360 s"_qs,
                              u"1\u20132 min"_qs, u"2\u20135 min"_qs, u"5\u201310 min"_qs,
                              u"10\u201330 min"_qs, u"30 min+"_qs}));

        QChart *causes = view.chart(ChartsView::Chart::Causes);
        QVERIFY(qobject_cast<QHorizontalStackedBarSeries *>(barSeries(causes)));
        QCOMPARE(barSeries(causes)->barSets().size(), 3); // normal, failure, other
        const QStringList causeLabels = categories(causes, Qt::Vertical);
        const QList<CallStats::CauseCount> counts = stats->causes();
        QCOMPARE(causeLabels.size(),
                 std::min<qsizetype>(counts.size(), ChartsView::MaxCauseBars + 1));
        // The most frequent cause is drawn at the top: the last category of the axis.
        QVERIFY2(causeLabels.last().startsWith(QString::number(*counts.first().code)),
                 qPrintable(causeLabels.last()));

        QChart *sources = view.chart(ChartsView::Chart::Sources);
        QStringList expectedSources;
        for (const CallStats::SourceCount &source : stats->sources())
            expectedSources.prepend(source.source); // the most frequent at the top
        QCOMPARE(categories(sources, Qt::Vertical), expectedSources);

        QChart *overTime = view.chart(ChartsView::Chart::OverTime);
        QVERIFY(qobject_cast<QStackedBarSeries *>(barSeries(overTime)));
        QCOMPARE(barSeries(overTime)->barSets().size(), 2);
        QCOMPARE(stats->timeBucketSeconds(), 12 * 3600);
        QCOMPARE(barSeries(overTime)->barSets().first()->count(), stats->timeBucketCount());
        auto *timeAxis = qobject_cast<QCategoryAxis *>(overTime->axes(Qt::Horizontal).value(0));
        QVERIFY(timeAxis && timeAxis->count() >= 4);
        QVERIFY2(overTime->title().contains(u"12 h"), qPrintable(overTime->title()));

        for (int i = 0; i < ChartsView::ChartCount; ++i) {
            const QImage image = view.chartView(ChartsView::Chart(i))->grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY2(colourCount(image) > 30, qPrintable(QString::number(colourCount(image))));
        }
        saveScreenshot(&view, QStringLiteral("charts-partial.png"));
    }

    void loadAllMakesTheChartsExact()
    {
        ChartsView view(m_model.get());
        view.resize(1280, 800);
        view.show();
        QSignalSpy counted(m_model.get(), &CallTableModel::queryCounted);
        m_model->setQuery(lastDays(30));
        QVERIFY(counted.wait());
        QSignalSpy finished(m_model.get(), &CallTableModel::loadAllFinished);
        auto *loadAll = view.findChild<QPushButton *>(QStringLiteral("loadAll"));
        QVERIFY(loadAll->isEnabled());
        // Redraws while pages arrive: bars change in bursts, at most one per redraw interval.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> redraws;
        QBarSet *durationBars
                = barSeries(view.chart(ChartsView::Chart::Duration))->barSets().first();
        connect(durationBars, &QBarSet::valueChanged, this, [&] {
            if (redraws.isEmpty() || clock.elapsed() - redraws.last() > 20)
                redraws.append(clock.elapsed());
        });
        m_server->setLatency(10, 200); // pages arrive over a second or so
        QTest::mouseClick(loadAll, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        m_server->setLatency(0);
        QCOMPARE(finished.first().first().toBool(), true);
        CallStats *stats = view.stats();
        QVERIFY(stats->isComplete());
        QCOMPARE(stats->calls(), m_model->totalCount());
        QTRY_VERIFY(view.basedOnText().contains(u"all"));
        QTRY_VERIFY(!loadAll->isEnabled());

        // Exact against the sandbox's own account, counted here without the client.
        const QList<SandboxCall> calls = reference(30);
        QCOMPARE(stats->calls(), calls.size());
        std::array<qint64, CallStats::DurationBucketCount> durations{};
        std::map<int, qint64> causes;
        std::map<QString, qint64> sources;
        for (const SandboxCall &call : calls) {
            const int d = call.billDuration;
            ++durations[d < 1              ? 0
                                : d < 10   ? 1
                                : d < 30   ? 2
                                : d < 60   ? 3
                                : d < 120  ? 4
                                : d < 300  ? 5
                                : d < 600  ? 6
                                : d < 1800 ? 7
                                           : 8];
            ++causes[call.hangupCauseCode];
            ++sources[call.hangupSource];
        }
        for (int i = 0; i < CallStats::DurationBucketCount; ++i)
            QCOMPARE(stats->durationCount(CallStats::DurationBucket(i)), durations[size_t(i)]);
        for (const CallStats::CauseCount &cause : stats->causes())
            QCOMPARE(cause.count, causes.at(*cause.code));
        QCOMPARE(stats->causes().size(), qsizetype(causes.size()));
        for (const CallStats::SourceCount &source : stats->sources())
            QCOMPARE(source.count, sources.at(source.source));

        // What arrived page by page equals a full recompute of the store.
        CallStats full;
        full.reset(m_model->plan(), m_model->totalCount());
        full.recompute(m_model->store());
        QCOMPARE(full.causes(), stats->causes());
        QCOMPARE(full.sources(), stats->sources());
        QCOMPARE(full.timeBuckets(), stats->timeBuckets());
        QCOMPARE(full.totals(), stats->totals());
        // The charts follow within a redraw interval, and never redrew more often.
        QTRY_COMPARE(qint64(sum(durationBars)), stats->calls());
        durationBars->disconnect(this);
        QVERIFY2(redraws.size() >= 2, "the charts were not redrawn while pages arrived");
        for (qsizetype i = 1; i < redraws.size(); ++i)
            QVERIFY2(redraws[i] - redraws[i - 1] >= ChartsView::RedrawIntervalMs - 20,
                     qPrintable(QStringLiteral("redraws at %1 ms and %2 ms")
                                        .arg(redraws[i - 1])
                                        .arg(redraws[i])));
        saveScreenshot(&view, QStringLiteral("charts-complete.png"));
        view.resize(960, 640); // the tab beside the filter dock in a 1280×800 window
        saveScreenshot(&view, QStringLiteral("charts-small.png"));

        // A new query starts over.
        m_model->setQuery(lastDays(1));
        QCOMPARE(stats->calls(), 0);
        QVERIFY(!stats->isComplete());
        QCOMPARE(stats->timeBucketSeconds(), 15 * 60);
        QTRY_VERIFY(stats->calls() > 0);
    }

    void clickingABarNarrowsTheFilter_data()
    {
        QTest::addColumn<int>("chart");
        QTest::newRow("billed duration") << int(ChartsView::Chart::Duration);
        QTest::newRow("hangup cause") << int(ChartsView::Chart::Causes);
        QTest::newRow("hangup source") << int(ChartsView::Chart::Sources);
        QTest::newRow("time") << int(ChartsView::Chart::OverTime);
    }

    void clickingABarNarrowsTheFilter()
    {
        QFETCH(int, chart);
        const auto which = ChartsView::Chart(chart);
        ChartsView view(m_model.get());
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(m_model.get(), &CallTableModel::loadAllFinished);
        m_model->setQuery(lastDays(7));
        QTRY_VERIFY(!m_model->isCounting());
        m_model->loadAll();
        QVERIFY(finished.wait(30000));
        view.refresh();

        // The tallest bar (for the stacked charts, its larger part).
        QAbstractBarSeries *series = barSeries(view.chart(which));
        int bestSet = 0, bestIndex = -1;
        qreal bestHeight = 0, bestValue = 0;
        for (int s = 0; s < series->count(); ++s) {
            for (int i = 0; i < series->barSets().at(s)->count(); ++i) {
                qreal height = 0;
                for (QBarSet *set : series->barSets())
                    height += set->at(i);
                const qreal value = series->barSets().at(s)->at(i);
                if (height > bestHeight || (height == bestHeight && value > bestValue)) {
                    bestHeight = height;
                    bestValue = value;
                    bestSet = s;
                    bestIndex = i;
                }
            }
        }
        QVERIFY(bestIndex >= 0 && bestHeight > 0);
        QVERIFY(view.bucketAt(which, bestIndex).has_value());
        const QString hover = view.barText(which, bestIndex, bestSet);
        QVERIFY2(hover.contains(u'%') && hover.contains(QString::number(qint64(bestValue))),
                 qPrintable(hover));

        // A real click in the middle of the bar's part.
        QSignalSpy requested(&view, &ChartsView::filterRequested);
        QChart *c = view.chart(which);
        qreal below = 0;
        for (int s = 0; s < bestSet; ++s)
            below += series->barSets().at(s)->at(bestIndex);
        const bool horizontal
                = which == ChartsView::Chart::Causes || which == ChartsView::Chart::Sources;
        const QPointF value = horizontal ? QPointF(below + bestValue / 2, bestIndex)
                                         : QPointF(bestIndex, below + bestValue / 2);
        QChartView *chartView = view.chartView(which);
        const QPoint point
                = chartView->mapFromScene(c->mapToScene(c->mapToPosition(value, series)));
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(requested.size(), 1);
        const CallFilter narrowed = requested.first().first().value<CallFilter>();
        QVERIFY(narrowed != m_model->plan().filter());
        QVERIFY(narrowed.validate(fixedNow).isEmpty());

        // The narrowed query returns exactly the calls the bar counted.
        CallTableModel drilled;
        PlivoCallSource drilledSource(m_client.get());
        drilled.setSource(&drilledSource);
        QSignalSpy drilledCounted(&drilled, &CallTableModel::queryCounted);
        drilled.setQuery(queryOf(narrowed));
        QVERIFY(drilledCounted.wait());
        QCOMPARE(drilled.totalCount(), qint64(bestHeight));
    }

    void savesPngAndSvg()
    {
        ChartsView view(m_model.get());
        view.resize(1280, 800);
        view.show();
        QSignalSpy counted(m_model.get(), &CallTableModel::queryCounted);
        m_model->setQuery(lastDays(7));
        QVERIFY(counted.wait());
        view.refresh();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < ChartsView::ChartCount; ++i) {
            const auto which = ChartsView::Chart(i);
            const QString png = dir.filePath(QStringLiteral("chart%1.png").arg(i));
            QString error;
            QVERIFY2(view.saveChart(which, png, &error), qPrintable(error));
            const QImage image(png);
            QCOMPARE(image.size(), view.chartView(which)->size() * 2);
            QVERIFY(colourCount(image) > 30);

            const QString svg = dir.filePath(QStringLiteral("chart%1.SVG").arg(i));
            QVERIFY2(view.saveChart(which, svg, &error), qPrintable(error));
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(text.contains("<svg"));
            QVERIFY(text.contains(view.chart(which)->title().toUtf8()));
        }
        QString error;
        QVERIFY(!view.saveChart(ChartsView::Chart::Duration, dir.filePath(u"chart.gif"_qs),
                                &error));
        QVERIFY(error.contains(u".png"));
        QVERIFY(!view.saveChart(ChartsView::Chart::Duration, dir.filePath(u"missing/chart.png"_qs),
                                &error));
        QVERIFY(error.contains(u"Could not write"));
    }

    void followsThePalette()
    {
        ChartsView view(m_model.get());
        view.resize(1280, 800);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b2b2b));
        dark.setColor(QPalette::Base, QColor(0x1e1e1e));
        dark.setColor(QPalette::Text, QColor(0xe8e8e8));
        dark.setColor(QPalette::WindowText, QColor(0xe8e8e8));
        view.setPalette(dark);
        view.show();
        QSignalSpy counted(m_model.get(), &CallTableModel::queryCounted);
        m_model->setQuery(lastDays(7));
        QVERIFY(counted.wait());
        view.refresh();
        for (int i = 0; i < ChartsView::ChartCount; ++i) {
            QChart *chart = view.chart(ChartsView::Chart(i));
            QCOMPARE(chart->backgroundBrush().color(), QColor(0x1e1e1e));
            QCOMPARE(chart->titleBrush().color(), QColor(0xe8e8e8));
            for (QAbstractAxis *axis : chart->axes())
                QCOMPARE(axis->labelsColor(), QColor(0xe8e8e8));
            for (QBarSet *set : barSeries(chart)->barSets())
                QVERIFY(set->color().lightness() > 100); // bars stand out on the dark background
        }
        saveScreenshot(&view, QStringLiteral("charts-dark.png"));
    }
};

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
