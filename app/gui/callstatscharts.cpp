#include "callstatscharts.h"

#include "plivo/hangupcauses.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QSet>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

namespace {

using Chart = CallStatsCharts::Chart;

// Okabe–Ito colours, told apart with the common colour-vision deficiencies; lighter ones for a
// dark palette.
struct Colours
{
    QColor single, normal, failure, other;
};

Colours coloursFor(bool dark)
{
    if (dark)
        return {QColor(0x56b4e9), QColor(0x3fcf9f), QColor(0xf28c4b), QColor(0x9e9e9e)};
    return {QColor(0x0072b2), QColor(0x009e73), QColor(0xd55e00), QColor(0x8c8c8c)};
}

QAbstractBarSeries *seriesOf(QChart *chart)
{
    return static_cast<QAbstractBarSeries *>(chart->series().first());
}

void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values.at(i))
            set->replace(i, values.at(i));
    }
}

void setCategories(QChart *chart, Qt::Orientation orientation, const QStringList &labels)
{
    auto *axis = static_cast<QBarCategoryAxis *>(chart->axes(orientation).first());
    if (axis->categories() != labels)
        axis->setCategories(labels);
}

// The value axis of a chart: whole-number ticks a step of 1, 2 or 5 times a power of ten, as
// many as its labels have room for side by side (at most five intervals), and, where bar values
// are written past the bars' ends, room for the largest of them inside the plot area.
void fitValueAxis(QChart *chart, Qt::Orientation orientation)
{
    auto *axis = static_cast<QValueAxis *>(chart->axes(orientation).first());
    const qreal max = axis->property("dataMax").toReal();
    const bool valuesOutside = axis->property("valuesOutside").toBool();
    const QFontMetricsF metrics(axis->labelsFont());
    const QLocale locale;
    const QRectF plot = chart->plotArea();
    const qreal length = orientation == Qt::Horizontal ? plot.width() : plot.height();
    qreal top = std::max<qreal>(max * 1.05, 4);
    if (valuesOutside && length > 0) {
        const qreal label = orientation == Qt::Horizontal
                ? metrics.horizontalAdvance(locale.toString(qint64(max))) + 8
                : metrics.height() + 4;
        top = std::max(top, length > 2 * label ? max * length / (length - label) : max * 2);
    }
    int maxIntervals = 5;
    if (length > 0) {
        const qreal extent = orientation == Qt::Horizontal
                ? metrics.horizontalAdvance(locale.toString(qint64(top * 2))) + 12
                : metrics.height() * 1.6;
        maxIntervals = std::clamp(int(length / extent), 1, 5);
    }
    const qreal target = top / maxIntervals;
    const qreal power = std::pow(10.0, std::floor(std::log10(target)));
    qreal step = power * 10;
    for (const qreal multiple : {1.0, 2.0, 5.0}) {
        if (power * multiple >= target) {
            step = power * multiple;
            break;
        }
    }
    step = std::max<qreal>(step, 1);
    const int intervals = int(std::ceil(top / step - 1e-9));
    // Only real changes: each one lays the chart out again and brings us back here.
    if (axis->min() != 0 || axis->max() != step * intervals)
        axis->setRange(0, step * intervals);
    if (axis->tickCount() != intervals + 1)
        axis->setTickCount(intervals + 1);
}

void setValueMax(QChart *chart, Qt::Orientation orientation, qreal max)
{
    chart->axes(orientation).first()->setProperty("dataMax", max);
    fitValueAxis(chart, orientation);
}

// Slants the labels of a category axis as little as lets them fit side by side (Qt Charts
// drops labels whose boxes overlap).
void slantToFit(QBarCategoryAxis *axis, const QRectF &plotArea)
{
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const QString &label : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const qreal room = plotArea.width() / std::max<qsizetype>(axis->count(), 1) - 4;
    qreal angle = 90;
    for (const qreal degrees : {0.0, 30.0, 45.0, 60.0}) {
        const qreal radians = qDegreesToRadians(degrees);
        if (widest * std::cos(radians) + metrics.height() * std::sin(radians) <= room) {
            angle = degrees;
            break;
        }
    }
    if (axis->labelsAngle() != -angle)
        axis->setLabelsAngle(-angle);
}

QString widthText(qint64 seconds)
{
    const QLocale locale;
    if (seconds < 3600)
        return CallStatsCharts::tr("%1 min", "width of a time bar")
                .arg(locale.toString(seconds / 60));
    if (seconds < 86400)
        return CallStatsCharts::tr("%1 h", "width of a time bar")
                .arg(locale.toString(seconds / 3600));
    return CallStatsCharts::tr("%1 d", "width of a time bar").arg(locale.toString(seconds / 86400));
}

// A bucket boundary on the time axis: the date at midnight UTC, the time of day otherwise.
QString boundaryText(const QDateTime &time, bool full)
{
    const QLocale locale;
    if (full)
        return locale.toString(time, CallStatsCharts::tr("d MMM HH:mm", "chart axis"));
    if (time.time() == QTime(0, 0))
        return locale.toString(time, CallStatsCharts::tr("d MMM", "chart axis"));
    return locale.toString(time, CallStatsCharts::tr("HH:mm", "chart axis"));
}

} // namespace

CallStatsCharts::CallStatsCharts(const CallStats *stats, QObject *parent)
    : QObject(parent)
    , m_stats(stats)
{
    for (int i = 0; i < ChartCount; ++i)
        m_charts[size_t(i)] = createChart(Chart(i));
}

CallStatsCharts::~CallStatsCharts() = default;

void CallStatsCharts::addSet(Chart which, QAbstractBarSeries *series, const QString &label, int set)
{
    auto *bars = new QBarSet(label, series);
    series->append(bars);
    connect(bars, &QBarSet::hovered, this, [this, which, set](bool entered, int index) {
        emit barHovered(which, index, set, entered);
    });
    connect(bars, &QBarSet::clicked, this,
            [this, which](int index) { emit barClicked(which, index); });
}

QChart *CallStatsCharts::createChart(Chart which)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto *values = new QValueAxis(chart);
    values->setLabelFormat(QStringLiteral("%.0f"));
    QAbstractBarSeries *series = nullptr;
    QAbstractAxis *categories = nullptr;
    switch (which) {
    case Chart::Duration: {
        chart->setTitle(tr("Billed duration"));
        series = new QBarSeries(chart);
        addSet(which, series, tr("Calls"), 0);
        auto *axis = new QBarCategoryAxis(chart);
        axis->setTruncateLabels(false);
        connect(chart, &QChart::plotAreaChanged, axis,
                [axis](const QRectF &area) { slantToFit(axis, area); });
        categories = axis;
        break;
    }
    case Chart::Causes:
        chart->setTitle(tr("Hangup causes, most frequent first"));
        series = new QHorizontalStackedBarSeries(chart);
        addSet(which, series, tr("Normal ending"), 0);
        addSet(which, series, tr("Failure"), 1);
        addSet(which, series, tr("Other causes"), 2);
        break;
    case Chart::Sources:
        chart->setTitle(tr("Hangup source"));
        series = new QHorizontalBarSeries(chart);
        addSet(which, series, tr("Calls"), 0);
        break;
    case Chart::OverTime: {
        chart->setTitle(tr("Calls over time"));
        series = new QStackedBarSeries(chart);
        addSet(which, series, tr("Normal endings"), 0);
        addSet(which, series, tr("Failures"), 1);
        // Bars sit at 0, 1, 2…; labels go on the boundaries between them (bucket starts).
        auto *axis = new QCategoryAxis(chart);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setTruncateLabels(false); // rebuildTimeAxis() keeps as many as fit
        categories = axis;
        break;
    }
    }
    // Causes and sources are horizontal bars: their names get the room they need.
    const bool horizontal = which == Chart::Causes || which == Chart::Sources;
    if (!categories) {
        auto *axis = new QBarCategoryAxis(chart);
        axis->setTruncateLabels(false);
        categories = axis;
    }
    if (series->count() == 1) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(15);
        chart->legend()->hide();
    } else {
        chart->legend()->setAlignment(Qt::AlignBottom);
    }
    series->setBarWidth(which == Chart::OverTime ? 0.9 : 0.7);
    chart->addSeries(series);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->setProperty("valuesOutside", series->isLabelsVisible());
    const Qt::Orientation valueOrientation = horizontal ? Qt::Horizontal : Qt::Vertical;
    connect(chart, &QChart::plotAreaChanged, this, [this, chart, which, valueOrientation] {
        fitValueAxis(chart, valueOrientation);
        if (which == Chart::OverTime && std::abs(chart->plotArea().width() - m_timeAxisWidth) >= 1)
            rebuildTimeAxis();
    });
    return chart;
}

void CallStatsCharts::applyPalette(const QPalette &palette, const QFont &font)
{
    const Colours colours = coloursFor(palette.color(QPalette::Window).lightness() < 128);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    QFont titleFont = font;
    titleFont.setBold(true);
    for (QChart *chart : m_charts) {
        chart->setBackgroundBrush(base);
        chart->setBackgroundPen(Qt::NoPen);
        chart->setTitleBrush(text);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(font);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setLabelsFont(font);
            axis->setLinePenColor(palette.color(QPalette::Mid));
            axis->setGridLineColor(grid);
        }
        const QList<QBarSet *> sets = seriesOf(chart)->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets[i]->setColor(sets.size() == 1 ? colours.single
                                      : i == 0 ? colours.normal
                                      : i == 1 ? colours.failure
                                               : colours.other);
            sets[i]->setBorderColor(base);
            sets[i]->setLabelColor(text);
        }
    }
}

void CallStatsCharts::update()
{
    updateDuration();
    updateCauses();
    updateSources();
    updateOverTime();
}

void CallStatsCharts::updateDuration()
{
    QStringList labels;
    QList<qreal> values;
    for (int i = 0; i < CallStats::DurationBucketCount; ++i) {
        labels.append(CallStats::durationLabel(CallStats::DurationBucket(i)));
        values.append(qreal(m_stats->durationCount(CallStats::DurationBucket(i))));
    }
    QChart *chart = this->chart(Chart::Duration);
    setValues(seriesOf(chart)->barSets().first(), values);
    setCategories(chart, Qt::Horizontal, labels);
    setValueMax(chart, Qt::Vertical, *std::max_element(values.begin(), values.end()));
}

void CallStatsCharts::updateCauses()
{
    const QList<CallStats::CauseCount> causes = m_stats->causes();
    QList<CallStats::CauseCount> shown = causes;
    m_otherCauseKinds = 0;
    if (causes.size() > MaxCauseBars + 1) {
        shown = causes.mid(0, MaxCauseBars);
        CallStats::CauseCount other;
        for (qsizetype i = MaxCauseBars; i < causes.size(); ++i)
            other.count += causes.at(i).count;
        m_otherCauseKinds = causes.size() - MaxCauseBars;
        shown.append(other);
    }
    // A horizontal bar axis counts from the bottom: the most frequent cause goes last.
    std::reverse(shown.begin(), shown.end());
    m_causeBars = shown;

    QStringList labels;
    std::array<QList<qreal>, 3> values; // normal endings, failures, other
    qreal max = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const CallStats::CauseCount &cause = shown.at(i);
        const bool isOther = m_otherCauseKinds > 0 && i == 0;
        if (isOther)
            labels.append(tr("Other causes (%1)").arg(QLocale().toString(m_otherCauseKinds)));
        else if (!cause.code)
            labels.append(tr("No cause given"));
        else
            labels.append(cause.name.isEmpty() ? tr("Cause %1").arg(*cause.code)
                                               : tr("%1 %2").arg(*cause.code).arg(cause.name));
        const int set = isOther ? 2 : int(CallStats::outcomeOf(cause.code));
        for (int s = 0; s < 3; ++s)
            values[size_t(s)].append(s == set ? qreal(cause.count) : 0.0);
        max = std::max(max, qreal(cause.count));
    }
    QChart *chart = this->chart(Chart::Causes);
    const QList<QBarSet *> sets = seriesOf(chart)->barSets();
    for (int s = 0; s < 3; ++s)
        setValues(sets[s], values[size_t(s)]);
    setCategories(chart, Qt::Vertical, labels);
    setValueMax(chart, Qt::Horizontal, max);
}

void CallStatsCharts::updateSources()
{
    m_sourceBars = m_stats->sources();
    std::reverse(m_sourceBars.begin(), m_sourceBars.end()); // most frequent on top
    QStringList labels;
    QList<qreal> values;
    qreal max = 0;
    for (const CallStats::SourceCount &source : std::as_const(m_sourceBars)) {
        labels.append(source.source.isEmpty() ? tr("Not given") : source.source);
        values.append(qreal(source.count));
        max = std::max(max, qreal(source.count));
    }
    QChart *chart = this->chart(Chart::Sources);
    setValues(seriesOf(chart)->barSets().first(), values);
    setCategories(chart, Qt::Vertical, labels);
    setValueMax(chart, Qt::Horizontal, max);
}

void CallStatsCharts::updateOverTime()
{
    m_timeBars = m_stats->timeBuckets();
    m_timeWidth = m_stats->timeBucketSeconds();
    QList<qreal> normal;
    QList<qreal> failed;
    qreal max = 0;
    for (const CallStats::TimeBucket &bucket : std::as_const(m_timeBars)) {
        normal.append(qreal(bucket.normal));
        failed.append(qreal(bucket.failed));
        max = std::max(max, qreal(bucket.total()));
    }
    QChart *chart = this->chart(Chart::OverTime);
    const QList<QBarSet *> sets = seriesOf(chart)->barSets();
    setValues(sets[0], normal);
    setValues(sets[1], failed);
    setValueMax(chart, Qt::Vertical, max);
    const qint64 first = m_timeBars.isEmpty() ? 0 : m_timeBars.first().start.toSecsSinceEpoch();
    const qint64 key = first ^ (qint64(m_timeBars.size()) << 48) ^ (m_timeWidth << 32);
    if (key != m_timeAxisKey) { // a new query: new buckets
        m_timeAxisKey = key;
        rebuildTimeAxis();
    }
}

void CallStatsCharts::rebuildTimeAxis()
{
    QChart *chart = this->chart(Chart::OverTime);
    chart->setTitle(
            m_timeBars.isEmpty()
                    ? tr("Calls over time")
                    : tr("Calls over time (UTC, one bar per %1)").arg(widthText(m_timeWidth)));
    auto *axis = static_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const qsizetype count = m_timeBars.size();
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max<qreal>(qreal(count) - 0.5, 0.5));
    if (count == 0)
        return;
    // Labels on round times: the first step of this ladder that is a multiple of the bucket
    // width, leaves at most eight, and lets every label stand apart from its neighbours.
    static const qint64 steps[]
            = {60,        300,   900,       1800,      3600,       3 * 3600,  6 * 3600,
               12 * 3600, 86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400};
    m_timeAxisWidth = chart->plotArea().width();
    const QFontMetricsF metrics(axis->labelsFont());
    const qreal perBar = m_timeAxisWidth > 0 ? m_timeAxisWidth / qreal(count) : 0;
    const qint64 first = m_timeBars.first().start.toSecsSinceEpoch();
    QList<std::pair<QString, qreal>> labels;
    for (const qint64 candidate : steps) {
        const qint64 step = std::max(candidate, m_timeWidth);
        if (step % m_timeWidth != 0 || qint64(count) * m_timeWidth / step > 8)
            continue;
        labels.clear();
        QSet<QString> used; // the axis drops a label it already has
        for (qsizetype j = 0; j <= count; ++j) {
            const qint64 at = first + qint64(j) * m_timeWidth;
            if (at % step != 0)
                continue;
            const QDateTime time = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
            QString text = boundaryText(time, false);
            if (used.contains(text))
                text = boundaryText(time, true);
            // A label is centred on its boundary: one at either end of the plot would reach
            // past it, over the value axis's "0" or out of the view.
            const qreal centre = qreal(j) * perBar;
            const qreal half = metrics.horizontalAdvance(text) / 2 + 2;
            if (perBar > 0 && (centre < half || centre + half > m_timeAxisWidth))
                continue;
            used.insert(text);
            labels.append({text, qreal(j) - 0.5});
        }
        bool apart = !labels.isEmpty();
        for (qsizetype i = 1; i < labels.size() && perBar > 0; ++i) {
            const qreal distance = (labels[i].second - labels[i - 1].second) * perBar;
            const qreal needed = (metrics.horizontalAdvance(labels[i].first)
                                  + metrics.horizontalAdvance(labels[i - 1].first))
                            / 2
                    + 8;
            apart = apart && distance >= needed;
        }
        if (apart)
            break;
    }
    for (const auto &[text, value] : std::as_const(labels))
        axis->append(text, value);
}

std::optional<CallStats::Bucket> CallStatsCharts::bucketAt(Chart which, int index) const
{
    switch (which) {
    case Chart::Duration:
        if (index < 0 || index >= CallStats::DurationBucketCount)
            return std::nullopt;
        return CallStats::Bucket::duration(CallStats::DurationBucket(index));
    case Chart::Causes:
        if (index < 0 || index >= m_causeBars.size() || (m_otherCauseKinds > 0 && index == 0))
            return std::nullopt;
        return CallStats::Bucket::cause(m_causeBars.at(index).code);
    case Chart::Sources:
        if (index < 0 || index >= m_sourceBars.size())
            return std::nullopt;
        return CallStats::Bucket::hangupSource(m_sourceBars.at(index).source);
    case Chart::OverTime:
        if (index < 0 || index >= m_timeBars.size())
            return std::nullopt;
        return CallStats::Bucket::time(index);
    }
    return std::nullopt;
}

QString CallStatsCharts::percentOfCalls(qint64 count) const
{
    const qint64 calls = m_stats->calls();
    return tr("%1%").arg(
            QLocale().toString(calls > 0 ? 100.0 * double(count) / double(calls) : 0.0, 'f', 1));
}

QString CallStatsCharts::barText(Chart which, int index, int set) const
{
    const auto calls = [](qint64 count) {
        return tr("%Ln call(s)", nullptr, int(qMin<qint64>(count, INT_MAX)));
    };
    QString text;
    if (which == Chart::Duration && index >= 0 && index < CallStats::DurationBucketCount) {
        const auto bucket = CallStats::DurationBucket(index);
        const qint64 count = m_stats->durationCount(bucket);
        text = tr("Billed %1: %2 (%3)")
                       .arg(CallStats::durationLabel(bucket), calls(count), percentOfCalls(count));
    } else if (which == Chart::Causes && index >= 0 && index < m_causeBars.size()) {
        const CallStats::CauseCount &cause = m_causeBars.at(index);
        if (m_otherCauseKinds > 0 && index == 0)
            return tr("%n other cause(s): %1 (%2)", nullptr, int(m_otherCauseKinds))
                    .arg(calls(cause.count), percentOfCalls(cause.count));
        const bool normal = CallStats::outcomeOf(cause.code) == CallStats::Outcome::NormalEnding;
        text = tr("%1 (%2), %3: %4 (%5)")
                       .arg(cause.name.isEmpty() ? tr("No cause given") : cause.name,
                            cause.code ? QString::number(*cause.code) : tr("no code"),
                            normal ? tr("a normal ending") : tr("a failure"), calls(cause.count),
                            percentOfCalls(cause.count));
        const std::optional<HangupCause> known
                = cause.code ? HangupCauses::instance().find(*cause.code) : std::nullopt;
        if (known && !known->description.isEmpty())
            text += u'\n' + known->description;
    } else if (which == Chart::Sources && index >= 0 && index < m_sourceBars.size()) {
        const CallStats::SourceCount &source = m_sourceBars.at(index);
        text = tr("Ended by %1: %2 (%3)")
                       .arg(source.source.isEmpty() ? tr("(not given)") : source.source,
                            calls(source.count), percentOfCalls(source.count));
    } else if (which == Chart::OverTime && index >= 0 && index < m_timeBars.size()) {
        const QLocale locale;
        const CallStats::TimeBucket &bucket = m_timeBars.at(index);
        const qint64 part = set == 0 ? bucket.normal : bucket.failed;
        const double share = bucket.total() > 0 ? 100.0 * double(part) / double(bucket.total()) : 0;
        text = tr("%1 \u2013 %2 UTC: %3\n%4: %5 (%6% of this bar)")
                       .arg(locale.toString(bucket.start, QLocale::ShortFormat),
                            locale.toString(bucket.end, QLocale::ShortFormat),
                            calls(bucket.total()), set == 0 ? tr("Normal endings") : tr("Failures"),
                            calls(part), locale.toString(share, 'f', 1));
    } else {
        return {};
    }
    if (bucketAt(which, index))
        text += u'\n' + tr("Click to show these calls.");
    return text;
}
