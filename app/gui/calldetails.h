#pragma once

#include "models/callformat.h"
#include "plivo/callrecord.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// The details pane: every field of one call, grouped, with the hangup cause explained, copy
// buttons, the raw JSON and actions that start from this call.
class CallDetails : public QWidget
{
    Q_OBJECT

public:
    explicit CallDetails(QWidget *parent = nullptr);

    void showCall(const CallRecord &record);
    void showMessage(const QString &message);
    void setTimeDisplay(TimeDisplay display);
    const std::optional<CallRecord> &call() const { return m_call; }
    // The text shown for a field, for tests and copying.
    QString fieldText(CallField field) const;

signals:
    void filterByNumberRequested(const QString &number);
    void showBLegsRequested(const QString &aLegUuid);
    void openCallRequested(const QString &callUuid);

private:
    void rebuild();
    QWidget *addGroup(const QString &title, const QList<CallField> &fields);

    std::optional<CallRecord> m_call;
    TimeDisplay m_timeDisplay = TimeDisplay::Utc;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_headline;
    QLabel *m_causeExplanation;
    QHash<CallField, QLabel *> m_values;
    QPlainTextEdit *m_rawJson;
    QPushButton *m_filterFrom;
    QPushButton *m_filterTo;
    QPushButton *m_showBLegs;
    QPushButton *m_openALeg;
};
