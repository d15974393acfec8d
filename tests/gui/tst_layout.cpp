// The window as it opens on a 1280×800 screen, in every language of the interface: every chart
// text (titles, axis labels, bar values, legend entries) is whole, unclipped and apart from its
// neighbours, on any day at any hour, and the table shows when, who, to whom, how long and how it
// ended without scrolling.

#include "gui/accountstore.h"
#include "gui/calltableview.h"
#include "gui/chartsview.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"
#include "models/calltablemodel.h"
#include "sandbox/sandboxserver.h"
#include "source/plivocallsource.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

namespace {

struct ShownText
{
    QString text;
    QPolygonF polygon; // in view coordinates, rotation included
    const QGraphicsItem *item = nullptr;
};

// Every text the chart view draws, with where it lands in the view.
QList<ShownText> shownTexts(QChartView *view)
{
    QList<ShownText> texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible() || item->effectiveOpacity() <= 0.01)
            continue;
        QString text;
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else
            continue;
        if (text.trimmed().isEmpty())
            continue;
        texts.append({text, view->mapFromScene(item->mapToScene(item->boundingRect())), item});
    }
    return texts;
}

// Where a text is cut: outside the view, or outside an ancestor that clips its children.
QString clipProblem(QChartView *view, const ShownText &shown)
{
    const QRectF viewport = QRectF(view->viewport()->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    if (!viewport.contains(shown.polygon.boundingRect()))
        return QStringLiteral("outside the view");
    const QPolygonF scenePolygon = shown.item->mapToScene(shown.item->boundingRect());
    for (const QGraphicsItem *ancestor = shown.item->parentItem(); ancestor;
         ancestor = ancestor->parentItem()) {
        if (!(ancestor->flags() & QGraphicsItem::ItemClipsChildrenToShape))
            continue;
        const QRectF clip = ancestor->mapToScene(ancestor->shape())
                                    .boundingRect()
                                    .adjusted(-0.5, -0.5, 0.5, 0.5);
        if (!clip.contains(scenePolygon.boundingRect()))
            return QStringLiteral("clipped by the plot area");
    }
    return {};
}

// The texts a chart must show whole: title, category labels, legend entries, bar values.
QStringList requiredTexts(QChart *chart)
{
    QStringList texts{chart->title()};
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            texts += categories->categories();
        else if (auto *boundaries = qobject_cast<QCategoryAxis *>(axis))
            texts += boundaries->categoriesLabels();
    }
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    if (chart->legend()->isVisible()) {
        for (QLegendMarker *marker : chart->legend()->markers())
            texts.append(marker->label());
    }
    if (series && series->isLabelsVisible()) {
        const QLocale locale;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i) {
                if (set->at(i) > 0)
                    texts.append(locale.toString(qint64(set->at(i))));
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

bool isElided(const QString &text)
{
    return text.contains(u'\u2026') || text.endsWith(u"...");
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    // Chart text problems, one sentence each; empty when all is whole.
    static QStringList chartProblems(QChartView *view)
    {
        QStringList problems;
        QChart *chart = view->chart();
        const QString name = view->objectName();
        const QList<ShownText> texts = shownTexts(view);
        for (const ShownText &shown : texts) {
            if (isElided(shown.text))
                problems.append(QStringLiteral("%1: \"%2\" is elided").arg(name, shown.text));
            const QString clip = clipProblem(view, shown);
            if (!clip.isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" is %3").arg(name, shown.text, clip));
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                // More than a pixel in common: glyph boxes of neighbouring labels may touch.
                const QRectF common = texts[i].polygon.intersected(texts[j].polygon).boundingRect();
                if (common.width() > 1 && common.height() > 1)
                    problems.append(QStringLiteral("%1: \"%2\" overlaps \"%3\"")
                                            .arg(name, texts[i].text, texts[j].text));
            }
        }
        QStringList shown;
        for (const ShownText &text : texts)
            shown.append(text.text);
        for (const QString &required : requiredTexts(chart)) {
            if (!shown.contains(required))
                problems.append(
                        QStringLiteral("%1: \"%2\" is not shown whole").arg(name, required));
        }
        return problems;
    }

    static QStringList columnProblems(CallTableView *table)
    {
        QStringList problems;
        const QHeaderView *header = table->horizontalHeader();
        const int viewportWidth = table->viewport()->width();
        const QFontMetrics metrics(table->font());
        const QList<CallField> required{CallField::EndTime, CallField::FromNumber,
                                        CallField::ToNumber, CallField::CallDuration,
                                        CallField::HangupCauseName};
        for (CallField field : required) {
            const int column = CallTableModel::columnOf(field);
            const QString title = table->model()
                                          ->headerData(column, Qt::Horizontal, Qt::DisplayRole)
                                          .toString();
            const int left = header->sectionViewportPosition(column);
            const int width = header->sectionSize(column);
            if (header->isSectionHidden(column) || left < 0 || left + width > viewportWidth) {
                problems.append(QStringLiteral("column %1 lies outside the viewport (%2–%3 of %4)")
                                        .arg(title)
                                        .arg(left)
                                        .arg(left + width)
                                        .arg(viewportWidth));
                continue;
            }
            if (metrics.horizontalAdvance(title) + 8 > width)
                problems.append(QStringLiteral("column title %1 does not fit in %2 px")
                                        .arg(title)
                                        .arg(width));
            // Times and durations have a fixed shape: every one on screen fits. Numbers and
            // cause names are free text (SIP addresses) and may be elided, with a tooltip.
            if (field != CallField::EndTime && field != CallField::CallDuration)
                continue;
            for (int row = qMax(0, table->rowAt(0));
                 row <= table->rowAt(table->viewport()->height() - 1); ++row) {
                const QString text = table->model()->index(row, column).data().toString();
                if (metrics.horizontalAdvance(text) + 8 > width)
                    problems.append(QStringLiteral("column %1: \"%2\" does not fit in %3 px")
                                            .arg(title, text)
                                            .arg(width));
            }
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CallscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
        QSettings().clear();
    }

    void fitsTheDefaultWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void fitsTheDefaultWindow()
    {
        QFETCH(QString, language);
        QSettings().clear();
        QCOMPARE(TranslationLoader::install(language), language);
        AccountStore accounts;
        MainWindow window(&accounts);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDemo(0);
        CallTableModel *model = window.model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting() && model->loadedCount() >= 20, 20000);
        QCOMPARE(window.size(), QSize(1280, 800));

        QStringList problems = columnProblems(window.table());

        // Every call of the result, so that the bars carry their largest numbers.
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 60000);
        window.findChild<QTabWidget *>()->setCurrentWidget(window.charts());
        window.charts()->refresh();
        QTest::qWait(50);
        for (int i = 0; i < ChartsView::ChartCount; ++i) {
            QChartView *view = window.charts()->chartView(ChartsView::Chart(i));
            QVERIFY(view->isVisible());
            problems += chartProblems(view);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // After a watch rule fired, its panel sits under the table; the charts still get the room
    // they need (the panel steps aside while they are shown) and the panel comes back after.
    void chartsFitWhileTheWatchPanelIsOpen()
    {
        QSettings().clear();
        QCOMPARE(TranslationLoader::install(QStringLiteral("en")), QStringLiteral("en"));
        AccountStore accounts;
        MainWindow window(&accounts);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDemo(0);
        CallTableModel *model = window.model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting() && model->loadedCount() >= 20, 20000);
        auto *watchDock = window.findChild<QDockWidget *>(QStringLiteral("watchDock"));
        QVERIFY(!watchDock->isVisible());
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+3")))
                action->trigger();
        }
        QTRY_VERIFY(watchDock->isVisible());

        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 60000);
        auto *tabs = window.findChild<QTabWidget *>();
        tabs->setCurrentWidget(window.charts());
        window.charts()->refresh();
        QTest::qWait(50);
        QVERIFY(!watchDock->isVisible());
        QStringList problems;
        for (int i = 0; i < ChartsView::ChartCount; ++i)
            problems += chartProblems(window.charts()->chartView(ChartsView::Chart(i)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        tabs->setCurrentIndex(0);
        QTRY_VERIFY(watchDock->isVisible());
        // Closed by the person, it stays closed.
        watchDock->close();
        tabs->setCurrentWidget(window.charts());
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        QVERIFY(!watchDock->isVisible());
    }

    // The time axis's labels depend on the clock: where the range starts against round hours
    // and days. Every hour of a day and every range the filter panel offers, at the size the
    // default window gives the charts.
    void timeAxisFitsAtAnyHour_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("days");
        const QDateTime midnight(QDate(2026, 12, 4), QTime(0, 0), QTimeZone::utc());
        for (const int days : {1, 7, 30, 90}) {
            for (const int minutes : {0, 20, 3 * 60, 6 * 60, 12 * 60 + 40, 18 * 60 + 38}) {
                const QDateTime now = midnight.addSecs(minutes * 60);
                QTest::addRow("%d days to %s", days, qPrintable(now.toString(u"HH:mm")))
                        << now << days;
            }
        }
    }

    void timeAxisFitsAtAnyHour()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, days);
        QSettings().clear();
        QCOMPARE(TranslationLoader::install(QStringLiteral("en")), QStringLiteral("en"));
        QSize chartsSize;
        {
            AccountStore accounts;
            MainWindow window(&accounts);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openDemo(0);
            window.findChild<QTabWidget *>()->setCurrentWidget(window.charts());
            QTRY_VERIFY(window.charts()->isVisible());
            chartsSize = window.charts()->size();
        }

        SandboxOptions options;
        options.seed = 11;
        options.callCount = 4000;
        options.now = now;
        options.rateLimit = 0;
        SandboxServer server(options);
        QVERIFY(server.listen());
        ClientOptions clientOptions;
        clientOptions.budget = 300;
        PlivoClient client({server.authId(), server.authToken(), server.baseUrl()}, clientOptions);
        PlivoCallSource source(&client);
        CallTableModel model;
        model.setSource(&source);
        CallQuery query;
        query.now = now;
        query.filter.endTime.atLeast = now.addDays(-days);
        model.setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 20000);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 60000);

        ChartsView charts(&model);
        charts.resize(chartsSize);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.refresh();
        QTest::qWait(50);
        QChartView *view = charts.chartView(ChartsView::Chart::OverTime);
        const QStringList problems = chartProblems(view);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The axis still says when: at least two round times stand under the bars.
        int timeLabels = 0;
        for (QAbstractAxis *axis : view->chart()->axes(Qt::Horizontal)) {
            if (auto *boundaries = qobject_cast<QCategoryAxis *>(axis))
                timeLabels += int(boundaries->categoriesLabels().size());
        }
        QVERIFY2(timeLabels >= 2, qPrintable(QString::number(timeLabels)));
    }

    // Newest first is a descending sort: the Ended header's arrow points down.
    void newestFirstShowsADownwardArrow()
    {
        AccountStore accounts;
        MainWindow window(&accounts);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDemo(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->loadedCount() > 0, 20000);
        QHeaderView *header = window.table()->horizontalHeader();
        const int ended = CallTableModel::columnOf(CallField::EndTime);
        QCOMPARE(header->sortIndicatorSection(), ended);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const QRect section(header->sectionViewportPosition(ended), 0, header->sectionSize(ended),
                            header->height());
        const QImage descending = header->grab(section).toImage();
        QImage ascending;
        {
            // Only the arrow: the model is not asked to sort.
            const QSignalBlocker quiet(header);
            header->setSortIndicator(ended, Qt::AscendingOrder);
            ascending = header->grab(section).toImage();
            header->setSortIndicator(ended, Qt::DescendingOrder);
        }
        QCOMPARE(descending.size(), ascending.size());

        // The arrow is where the two pictures differ; a downward arrow is wider at its top.
        QRect arrow;
        for (int y = 0; y < descending.height(); ++y) {
            for (int x = 0; x < descending.width(); ++x) {
                if (descending.pixel(x, y) != ascending.pixel(x, y))
                    arrow |= QRect(x, y, 1, 1);
            }
        }
        QVERIFY(arrow.height() >= 3);
        const QRgb background = descending.pixel(arrow.left(), arrow.top());
        const auto inkInRow = [&](const QImage &image, int y) {
            int ink = 0;
            for (int x = arrow.left(); x <= arrow.right(); ++x)
                ink += qGray(image.pixel(x, y)) < qGray(background) - 40;
            return ink;
        };
        const auto topHeavy = [&](const QImage &image) {
            int top = 0;
            int bottom = 0;
            for (int y = arrow.top(); y <= arrow.bottom(); ++y)
                (y - arrow.top() < arrow.height() / 2 ? top : bottom) += inkInRow(image, y);
            return top > bottom;
        };
        QVERIFY2(topHeavy(descending), "newest first shows an upward arrow");
        QVERIFY2(!topHeavy(ascending), "oldest first shows a downward arrow");
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
