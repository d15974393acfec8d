#include "calldetails.h"

#include "plivo/jsontext.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

bool isCopyable(CallField field)
{
    switch (field) {
    case CallField::CallUuid:
    case CallField::ParentCallUuid:
    case CallField::ConferenceUuid:
    case CallField::FromNumber:
    case CallField::ToNumber:
        return true;
    default:
        return false;
    }
}

} // namespace

CallDetails::CallDetails(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_message = new QLabel(tr("Select a call to see its details."), this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_headline = new QLabel(content);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    layout->addWidget(m_headline);
    m_causeExplanation = new QLabel(content);
    m_causeExplanation->setWordWrap(true);
    m_causeExplanation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_causeExplanation);

    auto *actions = new QGridLayout;
    m_filterFrom = new QPushButton(tr("Filter by caller"), content);
    m_filterTo = new QPushButton(tr("Filter by callee"), content);
    m_showBLegs = new QPushButton(tr("Show B-legs"), content);
    m_openALeg = new QPushButton(tr("Go to A-leg"), content);
    // One action per row: translated labels are long, and the pane is often narrow.
    actions->addWidget(m_filterFrom, 0, 0);
    actions->addWidget(m_filterTo, 1, 0);
    actions->addWidget(m_showBLegs, 2, 0);
    actions->addWidget(m_openALeg, 2, 0);
    actions->setColumnStretch(1, 1);
    layout->addLayout(actions);
    connect(m_filterFrom, &QPushButton::clicked, this, [this] {
        if (m_call && m_call->fromNumber)
            emit filterByNumberRequested(*m_call->fromNumber);
    });
    connect(m_filterTo, &QPushButton::clicked, this, [this] {
        if (m_call && m_call->toNumber)
            emit filterByNumberRequested(*m_call->toNumber);
    });
    connect(m_showBLegs, &QPushButton::clicked, this, [this] {
        if (m_call)
            emit showBLegsRequested(CallFields::uuidText(m_call->callUuid));
    });
    connect(m_openALeg, &QPushButton::clicked, this, [this] {
        if (m_call && m_call->parentCallUuid)
            emit openCallRequested(CallFields::uuidText(*m_call->parentCallUuid));
    });

    using F = CallField;
    layout->addWidget(addGroup(tr("Parties"), {F::CallDirection, F::FromNumber, F::ToNumber}));
    layout->addWidget(addGroup(tr("Timing"),
                               {F::InitiationTime, F::AnswerTime, F::EndTime, F::CallDuration}));
    layout->addWidget(addGroup(tr("Billing"),
                               {F::BillDuration, F::BilledDuration, F::TotalRate, F::TotalAmount}));
    layout->addWidget(
            addGroup(tr("Outcome"),
                     {F::CallState, F::HangupCauseName, F::HangupCauseCode, F::HangupSource}));
    layout->addWidget(addGroup(tr("STIR/SHAKEN"), {F::StirVerification, F::StirAttestation}));
    layout->addWidget(addGroup(tr("Technical"),
                               {F::CallUuid, F::ParentCallUuid, F::ConferenceUuid, F::ApiId,
                                F::VoiceNetworkGroup, F::SourceIp, F::CnamLookup, F::ResourceUri}));
    auto *rawGroup = new QGroupBox(tr("As Plivo sent it (JSON)"), content);
    rawGroup->setCheckable(true);
    rawGroup->setChecked(false);
    auto *rawLayout = new QVBoxLayout(rawGroup);
    m_rawJson = new QPlainTextEdit(rawGroup);
    m_rawJson->setReadOnly(true);
    m_rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawJson->setVisible(false);
    rawLayout->addWidget(m_rawJson);
    connect(rawGroup, &QGroupBox::toggled, m_rawJson, &QWidget::setVisible);
    layout->addWidget(rawGroup);
    layout->addStretch(1);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

QWidget *CallDetails::addGroup(const QString &title, const QList<CallField> &fields)
{
    auto *group = new QGroupBox(title, this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (CallField field : fields) {
        auto *value = new QLabel(group);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        // Long unbreakable values (uuids) may be cut in a narrow pane; Copy takes them whole.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        value->setToolTip(CallFields::apiName(field));
        m_values.insert(field, value);
        if (isCopyable(field)) {
            auto *row = new QHBoxLayout;
            row->addWidget(value, 1);
            auto *copy = new QToolButton(group);
            copy->setText(tr("Copy"));
            copy->setToolTip(tr("Copy %1").arg(CallFormat::columnTitle(field)));
            connect(copy, &QToolButton::clicked, this,
                    [value] { QGuiApplication::clipboard()->setText(value->text()); });
            row->addWidget(copy);
            form->addRow(CallFormat::columnTitle(field), row);
        } else {
            form->addRow(CallFormat::columnTitle(field), value);
        }
    }
    return group;
}

void CallDetails::showMessage(const QString &message)
{
    m_call.reset();
    m_message->setText(message);
    m_stack->setCurrentIndex(0);
}

void CallDetails::showCall(const CallRecord &record)
{
    m_call = record;
    rebuild();
    m_stack->setCurrentIndex(1);
}

void CallDetails::setTimeDisplay(TimeDisplay display)
{
    m_timeDisplay = display;
    if (m_call)
        rebuild();
}

QString CallDetails::fieldText(CallField field) const
{
    const QLabel *label = m_values.value(field);
    return label ? label->text() : QString();
}

void CallDetails::rebuild()
{
    const CallRecord &r = *m_call;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        QString text;
        switch (it.key()) {
        case CallField::InitiationTime:
            text = CallFormat::time(r.initiationTime, m_timeDisplay);
            break;
        case CallField::AnswerTime:
            text = r.answerTime ? CallFormat::time(r.answerTime, m_timeDisplay)
                                : tr("not answered");
            break;
        case CallField::EndTime:
            text = CallFormat::time(r.endTime, m_timeDisplay);
            break;
        case CallField::CallDuration:
        case CallField::BillDuration:
        case CallField::BilledDuration: {
            const qint64 seconds = it.key() == CallField::CallDuration ? r.callDuration
                    : it.key() == CallField::BillDuration              ? r.billDuration
                                                                       : r.billedDuration;
            text = tr("%1 (%n s)", nullptr, int(seconds)).arg(CallFormat::duration(seconds));
            break;
        }
        case CallField::CallDirection:
            text = CallFormat::direction(r.direction);
            break;
        case CallField::ParentCallUuid:
            text = r.parentCallUuid ? CallFields::uuidText(*r.parentCallUuid)
                                    : tr("none (this is an A-leg)");
            break;
        default:
            text = r.text(it.key());
            if (!r.jsonValue(it.key()).isString() && !r.jsonValue(it.key()).isDouble())
                text = tr("\u2014");
        }
        it.value()->setText(text);
    }
    m_headline->setText(tr("%1 call from %2 to %3")
                                .arg(CallFormat::direction(r.direction),
                                     r.fromNumber.value_or(tr("an unknown number")),
                                     r.toNumber.value_or(tr("an unknown number"))));
    m_causeExplanation->setText(
            tr("Ended: %1 \u2014 hung up by %2.")
                    .arg(CallFormat::hangupCauseExplanation(r.hangupCauseCode,
                                                            r.hangupCauseName.value_or(QString())),
                         r.hangupSource.value_or(tr("an unknown party"))));
    // The object as Plivo sent it, keys in its order.
    m_rawJson->setPlainText(QString::fromUtf8(JsonText::indented(r.jsonLine())));
    m_filterFrom->setEnabled(r.fromNumber.has_value() && !r.fromNumber->isEmpty());
    m_filterTo->setEnabled(r.toNumber.has_value() && !r.toNumber->isEmpty());
    m_showBLegs->setVisible(r.isALeg());
    m_openALeg->setVisible(!r.isALeg());
}
