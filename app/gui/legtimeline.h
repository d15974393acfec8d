#pragma once

#include "plivo/callrecord.h"

#include <QWidget>

// One bar per leg of a call family on a shared time axis: ringing from initiation to answer,
// talking from answer to end, so "B-leg 2 rang for 40 s after the caller hung up" is visible
// at a glance. Hover shows the exact times; a click selects that leg.
class LegTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit LegTimeline(QWidget *parent = nullptr);

    // Legs in display order: the A-leg first, then its B-legs.
    void setLegs(const QList<CallRecord> &legs, const QString &selectedUuid);
    void setSelected(const QString &callUuid);
    int legCount() const { return int(m_legs.size()); }
    // The whole bar of leg `i` (initiation to end), in widget coordinates.
    QRectF barRect(int i) const;
    // The answered part of leg `i`; empty when it was never answered.
    QRectF talkRect(int i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void legClicked(const QString &callUuid);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    double xOf(qint64 microseconds) const;
    int legAt(const QPointF &position) const;
    QString tooltip(int i) const;

    QList<CallRecord> m_legs;
    QString m_selected;
    qint64 m_startUs = 0;
    qint64 m_endUs = 1;
};
