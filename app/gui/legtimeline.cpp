#include "legtimeline.h"

#include "models/callformat.h"
#include "plivo/hangupcauses.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int rowHeight = 24;
constexpr int labelWidth = 150;
constexpr int axisHeight = 22;

qint64 micros(const std::optional<ApiTime> &time)
{
    return time ? time->utcSeconds() * 1000000 + time->microseconds() : 0;
}

} // namespace

LegTimeline::LegTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LegTimeline::setLegs(const QList<CallRecord> &legs, const QString &selectedUuid)
{
    m_legs = legs;
    m_selected = selectedUuid;
    m_startUs = std::numeric_limits<qint64>::max();
    m_endUs = std::numeric_limits<qint64>::min();
    for (const CallRecord &leg : m_legs) {
        const qint64 start = micros(leg.initiationTime ? leg.initiationTime : leg.endTime);
        const qint64 end = micros(leg.endTime ? leg.endTime : leg.initiationTime);
        m_startUs = qMin(m_startUs, start);
        m_endUs = qMax(m_endUs, end);
    }
    if (m_legs.isEmpty() || m_endUs <= m_startUs) {
        m_startUs = m_legs.isEmpty() ? 0 : m_startUs;
        m_endUs = m_startUs + 1000000;
    }
    updateGeometry();
    update();
}

void LegTimeline::setSelected(const QString &callUuid)
{
    m_selected = callUuid;
    update();
}

QSize LegTimeline::sizeHint() const
{
    return QSize(600, axisHeight + 8 + rowHeight * int(qMax<qsizetype>(1, m_legs.size())));
}

QSize LegTimeline::minimumSizeHint() const
{
    return QSize(labelWidth + 120, axisHeight + 8 + rowHeight);
}

QRectF LegTimeline::plotArea() const
{
    return QRectF(labelWidth, 4, qMax(10, width() - labelWidth - 12), rowHeight * m_legs.size());
}

double LegTimeline::xOf(qint64 microseconds) const
{
    const QRectF area = plotArea();
    return area.left()
            + area.width() * double(microseconds - m_startUs) / double(m_endUs - m_startUs);
}

QRectF LegTimeline::barRect(int i) const
{
    if (i < 0 || i >= m_legs.size())
        return {};
    const CallRecord &leg = m_legs[i];
    const double left = xOf(micros(leg.initiationTime ? leg.initiationTime : leg.endTime));
    const double right = xOf(micros(leg.endTime ? leg.endTime : leg.initiationTime));
    const double top = plotArea().top() + i * rowHeight + 5;
    return QRectF(left, top, qMax(2.0, right - left), rowHeight - 10);
}

QRectF LegTimeline::talkRect(int i) const
{
    if (i < 0 || i >= m_legs.size() || !m_legs[i].answerTime)
        return {};
    const QRectF bar = barRect(i);
    const double left = xOf(micros(m_legs[i].answerTime));
    return QRectF(left, bar.top(), qMax(1.0, bar.right() - left), bar.height());
}

void LegTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_legs.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No legs to show."));
        return;
    }
    const QRectF area = plotArea();
    for (int i = 0; i < m_legs.size(); ++i) {
        const CallRecord &leg = m_legs[i];
        const bool selected = CallFields::uuidText(leg.callUuid) == m_selected;
        const QRectF row(0, area.top() + i * rowHeight, width(), rowHeight);
        if (selected)
            painter.fillRect(row, pal.color(QPalette::Highlight).lighter(selected ? 170 : 100));
        painter.setPen(pal.color(QPalette::WindowText));
        const QString label = (i == 0 ? tr("A-leg") : tr("B-leg %1").arg(i)) + u' '
                + leg.toNumber.value_or(QString());
        painter.drawText(QRectF(4, row.top(), labelWidth - 8, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, labelWidth - 8));
        const bool normal
                = leg.hangupCauseCode && HangupCauses::isNormalEnding(*leg.hangupCauseCode);
        const QColor colour = normal ? QColor(0x2e, 0x86, 0xc1) : QColor(0xc0, 0x39, 0x2b);
        // Ringing: the outline; talking: filled.
        const QRectF bar = barRect(i);
        painter.setPen(QPen(colour, 1.5));
        QColor ringing = colour;
        ringing.setAlpha(60);
        painter.setBrush(ringing);
        painter.drawRoundedRect(bar, 3, 3);
        if (const QRectF talk = talkRect(i); !talk.isEmpty()) {
            painter.setBrush(colour);
            painter.drawRoundedRect(talk, 3, 3);
        }
    }
    // Axis: start and end times and the span.
    painter.setPen(pal.color(QPalette::WindowText));
    const double axisY = area.bottom() + 4;
    painter.drawLine(QPointF(area.left(), axisY), QPointF(area.right(), axisY));
    const QString start = CallFormat::time(ApiTime(m_startUs / 1000000, 0), TimeDisplay::Utc);
    const QString end = CallFormat::time(ApiTime(m_endUs / 1000000, 0), TimeDisplay::Utc);
    const QRectF labels(area.left(), axisY + 2, area.width(), axisHeight - 4);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, start.mid(11) + tr(" UTC"));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, end.mid(11));
    painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop,
                     tr("span %1").arg(CallFormat::duration((m_endUs - m_startUs) / 1000000)));
}

int LegTimeline::legAt(const QPointF &position) const
{
    const QRectF area = plotArea();
    if (position.y() < area.top() || position.y() >= area.bottom())
        return -1;
    return int((position.y() - area.top()) / rowHeight);
}

QString LegTimeline::tooltip(int i) const
{
    const CallRecord &leg = m_legs[i];
    return tr("%1 \u2192 %2\nInitiated %3\nAnswered %4\nEnded %5\n%6")
            .arg(leg.fromNumber.value_or(tr("unknown")), leg.toNumber.value_or(tr("unknown")),
                 CallFormat::time(leg.initiationTime, TimeDisplay::Utc) + tr(" UTC"),
                 leg.answerTime ? CallFormat::time(leg.answerTime, TimeDisplay::Utc) + tr(" UTC")
                                : tr("never"),
                 CallFormat::time(leg.endTime, TimeDisplay::Utc) + tr(" UTC"),
                 CallFormat::hangupCauseExplanation(leg.hangupCauseCode,
                                                    leg.hangupCauseName.value_or(QString())));
}

bool LegTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = legAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), tooltip(i), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void LegTimeline::mousePressEvent(QMouseEvent *event)
{
    const int i = legAt(event->position());
    if (i >= 0 && event->button() == Qt::LeftButton) {
        setSelected(CallFields::uuidText(m_legs[i].callUuid));
        emit legClicked(m_selected);
    }
}
