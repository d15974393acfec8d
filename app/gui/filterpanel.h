#pragma once

#include "plivo/callfilter.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The filter dock: every parameter of "List all calls" as a control, with each problem explained
// next to its field before anything is sent.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    enum class TimePreset {
        LastHour,
        Today,
        Last24Hours,
        Last7Days,
        Last30Days,
        Last90Days,
        Custom,
        // Only while an archive answers: Plivo keeps 90 days.
        Last12Months,
        Everything
    };
    Q_ENUM(TimePreset)

    explicit FilterPanel(QWidget *parent = nullptr);

    // The filter the controls describe, with relative presets resolved against `now`; problems
    // that the controls themselves find (unreadable numbers) are added to `problems`.
    CallFilter filter(const QDateTime &now, QList<CallFilter::Problem> *problems = nullptr) const;
    // Shows each problem next to its field; true when there are none.
    bool validate(const QDateTime &now);
    // Who will answer the filter: an archive takes any range (and offers longer presets).
    void setAnswerer(CallFilter::Answerer answerer);
    CallFilter::Answerer answerer() const { return m_answerer; }
    void setFilter(const CallFilter &filter);
    void setFromNumber(const QString &number);
    void setParentCallUuid(const QString &uuid);
    void setTimePreset(TimePreset preset);
    void focusFirstField();
    TimePreset timePreset() const;

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // A short sentence of what the filter asks, for the window and the status bar.
    QString summary() const;

signals:
    void applyRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reset();
    void clearProblems();
    void showProblem(CallFilter::Field field, const QString &message);
    void updateCustomRange();
    void savePreset();
    void deletePreset();
    void loadPreset(int index);
    void reloadPresetList();

    CallFilter::Answerer m_answerer = CallFilter::Answerer::Plivo;
    QComboBox *m_timePreset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QWidget *m_customRange;
    QComboBox *m_direction;
    QLineEdit *m_fromNumber;
    QLineEdit *m_toNumber;
    QLineEdit *m_subaccount;
    QLineEdit *m_parentCallUuid;
    QLineEdit *m_billExact;
    QLineEdit *m_billMin;
    QLineEdit *m_billMax;
    QComboBox *m_hangupCause;
    QComboBox *m_hangupSource;
    QComboBox *m_stir;
    QComboBox *m_presets;
    QHash<CallFilter::Field, QLabel *> m_problemLabels;
};
