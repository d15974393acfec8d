#include "chartsview.h"

#include "models/calltablemodel.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>

namespace {

// An exact amount with the locale's separators: "1,234.56780".
QString moneyText(Money money)
{
    const QLocale locale;
    const qint64 units = money.units();
    const qint64 whole = units / Money::UnitsPerWhole;
    const qint64 fraction = std::abs(units % Money::UnitsPerWhole);
    const QString sign = units < 0 && whole == 0 ? locale.negativeSign() : QString();
    return sign + locale.toString(whole) + locale.decimalPoint()
            + QStringLiteral("%1").arg(fraction, Money::Decimals, 10, QLatin1Char('0'));
}

} // namespace

ChartsView::ChartsView(CallTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stats(new CallStats(this))
    , m_charts(new CallStatsCharts(m_stats, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_basedOn = new QLabel(this);
    m_basedOn->setObjectName(QStringLiteral("basedOn"));
    m_basedOn->setTextFormat(Qt::PlainText);
    m_basedOn->setWordWrap(true);
    header->addWidget(m_basedOn, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("Loading: %p%"));
    header->addWidget(m_progress);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; the charts keep what is loaded."));
    header->addWidget(m_cancel);
    m_loadAll = new QPushButton(tr("Load all"), this);
    m_loadAll->setObjectName(QStringLiteral("loadAll"));
    m_loadAll->setToolTip(tr("Load every call of the result, so that the charts are exact."));
    header->addWidget(m_loadAll);
    layout->addLayout(header);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    // Hangup causes first and widest: their names are long, and they answer "what went
    // wrong?". Sources need little room; durations and time share the second row.
    auto *top = new QHBoxLayout;
    top->addWidget(createChartView(Chart::Causes), 3);
    top->addWidget(createChartView(Chart::Sources), 2);
    layout->addLayout(top, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(createChartView(Chart::Duration), 1);
    bottom->addWidget(createChartView(Chart::OverTime), 1);
    layout->addLayout(bottom, 1);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(RedrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    connect(m_stats, &CallStats::changed, this, &ChartsView::scheduleRefresh);
    connect(m_model, &CallTableModel::progressChanged, this, &ChartsView::scheduleRefresh);
    connect(m_model, &CallTableModel::queryCounted, this, &ChartsView::updateHeader);
    connect(m_model, &CallTableModel::loadAllFinished, this, &ChartsView::updateHeader);
    connect(m_loadAll, &QPushButton::clicked, this, [this] {
        m_model->loadAll();
        updateHeader();
    });
    connect(m_cancel, &QToolButton::clicked, m_model, &CallTableModel::cancelLoadAll);

    connect(m_charts, &CallStatsCharts::barHovered, this, &ChartsView::showBarTip);
    connect(m_charts, &CallStatsCharts::barClicked, this, &ChartsView::narrowTo);

    m_stats->setModel(model);
    m_charts->applyPalette(palette(), font());
    refresh();
}

ChartsView::~ChartsView() = default;

QChartView *ChartsView::createChartView(Chart which)
{
    auto *view = new QChartView(m_charts->chart(which), this);
    static const char *const names[]
            = {"durationChart", "causesChart", "sourcesChart", "overTimeChart"};
    view->setObjectName(QString::fromLatin1(names[int(which)]));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 200);
    view->setBackgroundBrush(palette().color(QPalette::Base));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, which](const QPoint &position) { showChartMenu(which, position); });
    m_views[size_t(which)] = view;
    return view;
}

QString ChartsView::barText(Chart which, int index, int set) const
{
    return m_charts->barText(which, index, set);
}

std::optional<CallStats::Bucket> ChartsView::bucketAt(Chart which, int index) const
{
    return m_charts->bucketAt(which, index);
}

void ChartsView::scheduleRefresh()
{
    m_dirty = true;
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_charts->applyPalette(palette(), font());
        for (QChartView *view : m_views)
            view->setBackgroundBrush(palette().color(QPalette::Base));
    }
}

void ChartsView::refresh()
{
    m_redrawTimer.stop();
    m_dirty = false;
    updateHeader();
    m_charts->update();
}

void ChartsView::updateHeader()
{
    m_basedOn->setText(basedOnText());
    const bool loading = m_model->isLoadingAll();
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading) {
        m_progress->setMaximum(int(qMin<qint64>(m_model->totalCount(), INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(m_model->loadedCount(), INT_MAX)));
    }
    m_loadAll->setEnabled(m_model->source() && !loading && !m_model->isCounting()
                          && !m_model->isComplete() && !m_stats->isComplete());

    const QLocale locale;
    const CallStats::Totals &totals = m_stats->totals();
    if (totals.calls == 0) {
        m_totals->clear();
        return;
    }
    m_totals->setText(
            tr("%Ln call(s) \u00b7 %1 answered \u00b7 %2 billed minutes \u00b7 total amount %3",
               nullptr, int(totals.calls))
                    .arg(m_charts->percentOfCalls(totals.answered),
                         locale.toString(double(totals.billedSeconds) / 60.0, 'f', 1),
                         moneyText(totals.amount)));
}

QString ChartsView::basedOnText() const
{
    const QLocale locale;
    if (m_model->plan().isEmpty() && !m_model->isCounting())
        return tr("No result yet: apply a filter to chart its calls.");
    if (m_model->isCounting())
        return tr("Counting the calls of the result\u2026");
    const qint64 total = m_model->totalCount();
    const qint64 counted = m_stats->calls();
    if (total == 0)
        return tr("No calls match this filter.");
    if (m_stats->isComplete()) {
        if (counted < total)
            return tr("Based on all %Ln call(s) Plivo returned (it counted %1).", nullptr,
                      int(counted))
                    .arg(locale.toString(total));
        return tr("Based on all %Ln call(s) of the result.", nullptr, int(total));
    }
    return tr("Based on %1 of %Ln call(s) (%2%): only the pages loaded so far, which are not a "
              "fair sample. Load all to make the charts exact.",
              nullptr, int(total))
            .arg(locale.toString(counted),
                 locale.toString(100.0 * double(counted) / double(total), 'f', 1));
}

void ChartsView::showBarTip(Chart which, int index, int set, bool entered)
{
    QChartView *view = chartView(which);
    if (!entered) {
        view->unsetCursor();
        QToolTip::hideText();
        return;
    }
    if (bucketAt(which, index))
        view->setCursor(Qt::PointingHandCursor);
    QToolTip::showText(QCursor::pos(), barText(which, index, set), view);
}

void ChartsView::narrowTo(Chart which, int index)
{
    const std::optional<CallStats::Bucket> bucket = bucketAt(which, index);
    const std::optional<CallFilter> narrowed
            = bucket ? m_stats->narrowedFilter(m_stats->plan().filter(), *bucket) : std::nullopt;
    if (!narrowed) {
        QToolTip::showText(QCursor::pos(),
                           tr("Plivo's filters cannot pick out exactly these calls."),
                           chartView(which));
        return;
    }
    emit filterRequested(*narrowed);
}

void ChartsView::showChartMenu(Chart which, const QPoint &position)
{
    QMenu menu(this);
    connect(menu.addAction(tr("Save as PNG\u2026")), &QAction::triggered, this,
            [this, which] { saveChartInteractively(which, QStringLiteral("png")); });
    connect(menu.addAction(tr("Save as SVG\u2026")), &QAction::triggered, this,
            [this, which] { saveChartInteractively(which, QStringLiteral("svg")); });
    connect(menu.addAction(tr("Copy as image")), &QAction::triggered, this,
            [this, which] { QGuiApplication::clipboard()->setPixmap(chartView(which)->grab()); });
    menu.exec(chartView(which)->mapToGlobal(position));
}

void ChartsView::saveChartInteractively(Chart which, const QString &suffix)
{
    static const char *const names[]
            = {"billed-duration", "hangup-causes", "hangup-sources", "calls-over-time"};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = QStringLiteral("%1/callscope-%2.%3")
                                 .arg(folder, QString::fromLatin1(names[int(which)]), suffix);
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save chart"), name,
            suffix == u"svg" ? tr("SVG image (*.svg)") : tr("PNG image (*.png)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!saveChart(which, fileName, &error))
        QToolTip::showText(QCursor::pos(), error, chartView(which));
}

bool ChartsView::saveChart(Chart which, const QString &fileName, QString *error) const
{
    QChartView *view = chartView(which);
    const QSize size = view->size();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        svg.setDescription(basedOnText());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("Could not write %1: check that the folder exists and is writable.")
                                .arg(QDir::toNativeSeparators(fileName)));
        view->render(&painter);
        painter.end();
        return QFileInfo(fileName).size() > 0
                || fail(tr("Could not write %1.").arg(QDir::toNativeSeparators(fileName)));
    }
    if (suffix != u"png")
        return fail(tr("Save the chart as a .png or .svg file."));
    // Twice the on-screen resolution, so the image stays sharp in a document or a ticket.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    if (!image.save(fileName, "PNG"))
        return fail(tr("Could not write %1: check that the folder exists and is writable.")
                            .arg(QDir::toNativeSeparators(fileName)));
    return true;
}
