#pragma once

#include "models/callstats.h"

#include <QFont>
#include <QObject>
#include <QPalette>

#include <array>
#include <optional>

class QAbstractBarSeries;
class QChart;

// The four charts of a CallStats as Qt Charts: billed-duration histogram, hangup causes (most
// frequent first, the rest as "Other"), hangup sources and calls over time by outcome. Knows
// which bucket each bar is and what hovering it says; updates only the values that changed.
class CallStatsCharts : public QObject
{
    Q_OBJECT

public:
    enum class Chart { Duration, Causes, Sources, OverTime };
    static constexpr int ChartCount = 4;
    // Causes beyond the most frequent ones are grouped as "Other".
    static constexpr int MaxCauseBars = 9;

    // The charts belong to whoever shows them (a QChartView takes its chart).
    explicit CallStatsCharts(const CallStats *stats, QObject *parent = nullptr);
    ~CallStatsCharts() override;

    QChart *chart(Chart which) const { return m_charts[size_t(which)]; }
    // Reads the counts again.
    void update();
    // Colours for the palette (lighter bars on a dark one) and the widget's font.
    void applyPalette(const QPalette &palette, const QFont &font);

    // The bucket behind bar `index` (in the axis's order), nullopt for "Other".
    std::optional<CallStats::Bucket> bucketAt(Chart which, int index) const;
    // What hovering a bar says: counts and percentages. `set` is the stacked part.
    QString barText(Chart which, int index, int set = 0) const;
    // "12.5%" of the calls counted.
    QString percentOfCalls(qint64 count) const;

signals:
    void barHovered(CallStatsCharts::Chart which, int index, int set, bool entered);
    void barClicked(CallStatsCharts::Chart which, int index);

private:
    QChart *createChart(Chart which);
    void addSet(Chart which, QAbstractBarSeries *series, const QString &label, int set);
    void updateDuration();
    void updateCauses();
    void updateSources();
    void updateOverTime();
    void rebuildTimeAxis();

    const CallStats *m_stats;
    std::array<QChart *, ChartCount> m_charts{};

    // What each chart shows, bottom to top or left to right as the axis counts.
    QList<CallStats::CauseCount> m_causeBars; // with "Other" first when causes were grouped
    qint64 m_otherCauseKinds = 0;
    QList<CallStats::SourceCount> m_sourceBars;
    QList<CallStats::TimeBucket> m_timeBars;
    qint64 m_timeWidth = 0;
    qint64 m_timeAxisKey = -1;
    qreal m_timeAxisWidth = 0; // the plot width the time labels were chosen for
};
