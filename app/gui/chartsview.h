#pragma once

#include "callstatscharts.h"
#include "models/callstats.h"

#include <QTimer>
#include <QWidget>

#include <array>

class CallTableModel;
class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

// The Charts tab: the shape of the current result at a glance (billed durations, hangup causes
// and sources, calls over time), drawn live as pages arrive, with what the charts are based on
// and Load all to make them exact. Clicking a bar asks for the filter that shows its calls.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    using Chart = CallStatsCharts::Chart;
    static constexpr int ChartCount = CallStatsCharts::ChartCount;
    static constexpr int MaxCauseBars = CallStatsCharts::MaxCauseBars;
    // Redraws while pages arrive are at most this often.
    static constexpr int RedrawIntervalMs = 250;

    explicit ChartsView(CallTableModel *model, QWidget *parent = nullptr);
    ~ChartsView() override;

    CallStats *stats() const { return m_stats; }
    QChart *chart(Chart which) const { return m_charts->chart(which); }
    QChartView *chartView(Chart which) const { return m_views[size_t(which)]; }
    // "Based on 1,240 of 4,532 calls…": what the charts describe.
    QString basedOnText() const;
    // What hovering bar `index` of a chart says; `set` is the stacked part (0 = normal endings).
    QString barText(Chart which, int index, int set = 0) const;
    // The bucket behind bar `index`, in the order of the chart's axis; nullopt for "Other".
    std::optional<CallStats::Bucket> bucketAt(Chart which, int index) const;
    // PNG (at twice the screen resolution) or SVG, by the file's suffix; on failure false and a
    // sentence in *error.
    bool saveChart(Chart which, const QString &fileName, QString *error = nullptr) const;

public slots:
    // Redraws now; otherwise changes are drawn at most every RedrawIntervalMs.
    void refresh();

signals:
    // A bar was clicked: the current query's filter narrowed to the calls behind it.
    void filterRequested(const CallFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QChartView *createChartView(Chart which);
    void scheduleRefresh();
    void updateHeader();
    void showBarTip(Chart which, int index, int set, bool entered);
    void narrowTo(Chart which, int index);
    void showChartMenu(Chart which, const QPoint &position);
    void saveChartInteractively(Chart which, const QString &suffix);

    CallTableModel *m_model;
    CallStats *m_stats;
    CallStatsCharts *m_charts;
    QTimer m_redrawTimer;
    bool m_dirty = true;

    QLabel *m_basedOn;
    QLabel *m_totals;
    QPushButton *m_loadAll;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    std::array<QChartView *, ChartCount> m_views{};
};
