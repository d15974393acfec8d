#include "filterpanel.h"

#include "plivo/hangupcauses.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

std::optional<qint64> seconds(const QLineEdit *edit, bool *unreadable)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        *unreadable = true;
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);

    const auto addProblemRow = [&](CallFilter::Field field) {
        QLabel *label = makeProblemLabel(this);
        m_problemLabels.insert(field, label);
        form->addRow(QString(), label);
    };

    // Time
    m_timePreset = new QComboBox(this);
    m_timePreset->addItem(tr("Last hour"), int(TimePreset::LastHour));
    m_timePreset->addItem(tr("Today"), int(TimePreset::Today));
    m_timePreset->addItem(tr("Last 24 hours"), int(TimePreset::Last24Hours));
    m_timePreset->addItem(tr("Last 7 days"), int(TimePreset::Last7Days));
    m_timePreset->addItem(tr("Last 30 days"), int(TimePreset::Last30Days));
    m_timePreset->addItem(tr("Last 90 days"), int(TimePreset::Last90Days));
    m_timePreset->addItem(tr("Custom range"), int(TimePreset::Custom));
    form->addRow(tr("&Ended"), m_timePreset);
    m_customRange = new QWidget(this);
    auto *rangeLayout = new QFormLayout(m_customRange);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_from = new QDateTimeEdit(now.addDays(-1), m_customRange);
    m_to = new QDateTimeEdit(now, m_customRange);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    rangeLayout->addRow(tr("From (UTC)"), m_from);
    rangeLayout->addRow(tr("To (UTC)"), m_to);
    form->addRow(m_customRange);
    addProblemRow(CallFilter::Field::EndTime);
    connect(m_timePreset, &QComboBox::currentIndexChanged, this, &FilterPanel::updateCustomRange);

    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Any"), QString());
    m_direction->addItem(tr("Inbound"), QStringLiteral("inbound"));
    m_direction->addItem(tr("Outbound"), QStringLiteral("outbound"));
    form->addRow(tr("&Direction"), m_direction);
    addProblemRow(CallFilter::Field::CallDirection);

    m_fromNumber = new QLineEdit(this);
    m_fromNumber->setPlaceholderText(tr("number or prefix, e.g. +1415"));
    m_fromNumber->setClearButtonEnabled(true);
    form->addRow(tr("&From"), m_fromNumber);
    addProblemRow(CallFilter::Field::FromNumber);
    m_toNumber = new QLineEdit(this);
    m_toNumber->setPlaceholderText(tr("number or prefix, e.g. +4420"));
    m_toNumber->setClearButtonEnabled(true);
    form->addRow(tr("&To"), m_toNumber);
    addProblemRow(CallFilter::Field::ToNumber);

    m_billExact = new QLineEdit(this);
    m_billMin = new QLineEdit(this);
    m_billMax = new QLineEdit(this);
    m_billExact->setPlaceholderText(tr("exactly"));
    m_billMin->setPlaceholderText(tr("min"));
    m_billMax->setPlaceholderText(tr("max"));
    auto *billRow = new QHBoxLayout;
    billRow->addWidget(m_billExact);
    billRow->addWidget(m_billMin);
    billRow->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    billRow->addWidget(m_billMax);
    form->addRow(tr("Billed (s)"), billRow);
    addProblemRow(CallFilter::Field::BillDuration);

    m_hangupCause = new QComboBox(this);
    m_hangupCause->setEditable(true);
    m_hangupCause->setInsertPolicy(QComboBox::NoInsert);
    m_hangupCause->addItem(tr("Any"), QVariant());
    for (const HangupCause &cause : HangupCauses::instance().all())
        m_hangupCause->addItem(QStringLiteral("%1 \u2014 %2").arg(cause.code).arg(cause.name),
                               cause.code);
    m_hangupCause->completer()->setFilterMode(Qt::MatchContains);
    m_hangupCause->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_hangupCause->lineEdit()->setPlaceholderText(tr("name or code"));
    form->addRow(tr("Hangup &cause"), m_hangupCause);
    addProblemRow(CallFilter::Field::HangupCauseCode);

    m_hangupSource = new QComboBox(this);
    m_hangupSource->addItem(tr("Any"), QString());
    for (const QString &source : CallFilter::hangupSources())
        m_hangupSource->addItem(source, source);
    form->addRow(tr("Hung up &by"), m_hangupSource);
    addProblemRow(CallFilter::Field::HangupSource);

    m_stir = new QComboBox(this);
    m_stir->addItem(tr("Any"), QString());
    for (const QString &value : CallFilter::stirVerifications())
        m_stir->addItem(value, value);
    form->addRow(tr("&STIR"), m_stir);
    addProblemRow(CallFilter::Field::StirVerification);

    m_subaccount = new QLineEdit(this);
    m_subaccount->setPlaceholderText(QStringLiteral("SA\u2026"));
    m_subaccount->setClearButtonEnabled(true);
    form->addRow(tr("S&ubaccount"), m_subaccount);
    addProblemRow(CallFilter::Field::Subaccount);
    m_parentCallUuid = new QLineEdit(this);
    m_parentCallUuid->setPlaceholderText(tr("A-leg call UUID: lists its B-legs"));
    m_parentCallUuid->setClearButtonEnabled(true);
    form->addRow(tr("&A-leg"), m_parentCallUuid);
    addProblemRow(CallFilter::Field::ParentCallUuid);

    auto *buttons = new QHBoxLayout;
    auto *apply = new QPushButton(tr("Apply"), this);
    apply->setDefault(true);
    apply->setToolTip(tr("Run the query (Enter)"));
    auto *resetButton = new QPushButton(tr("Reset"), this);
    buttons->addWidget(apply);
    buttons->addWidget(resetButton);
    layout->addLayout(buttons);
    connect(apply, &QPushButton::clicked, this, &FilterPanel::applyRequested);
    connect(resetButton, &QPushButton::clicked, this, [this] {
        this->reset();
        emit applyRequested();
    });

    auto *presetRow = new QHBoxLayout;
    m_presets = new QComboBox(this);
    m_presets->setToolTip(tr("Saved filters"));
    auto *save = new QPushButton(tr("Save\u2026"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(save);
    presetRow->addWidget(remove);
    layout->addWidget(new QLabel(tr("Saved filters"), this));
    layout->addLayout(presetRow);
    layout->addStretch(1);
    connect(save, &QPushButton::clicked, this, &FilterPanel::savePreset);
    connect(remove, &QPushButton::clicked, this, &FilterPanel::deletePreset);
    connect(m_presets, &QComboBox::activated, this, &FilterPanel::loadPreset);

    // Names for tests and accessibility tools.
    m_timePreset->setObjectName(QStringLiteral("timePreset"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_fromNumber->setObjectName(QStringLiteral("fromNumber"));
    m_toNumber->setObjectName(QStringLiteral("toNumber"));
    m_subaccount->setObjectName(QStringLiteral("subaccount"));
    m_parentCallUuid->setObjectName(QStringLiteral("parentCallUuid"));
    m_billExact->setObjectName(QStringLiteral("billExact"));
    m_billMin->setObjectName(QStringLiteral("billMin"));
    m_billMax->setObjectName(QStringLiteral("billMax"));
    m_hangupCause->setObjectName(QStringLiteral("hangupCause"));
    m_hangupSource->setObjectName(QStringLiteral("hangupSource"));
    m_stir->setObjectName(QStringLiteral("stir"));
    for (auto it = m_problemLabels.begin(); it != m_problemLabels.end(); ++it)
        it.value()->setObjectName(QStringLiteral("problem%1").arg(int(it.key())));

    // Enter anywhere in the panel applies: line edits pass Return on to keyPressEvent().

    reset();
    reloadPresetList();
}

void FilterPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit applyRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FilterPanel::reset()
{
    setTimePreset(TimePreset::Last7Days);
    m_direction->setCurrentIndex(0);
    m_hangupCause->setCurrentIndex(0);
    m_hangupSource->setCurrentIndex(0);
    m_stir->setCurrentIndex(0);
    for (QLineEdit *edit : {m_fromNumber, m_toNumber, m_subaccount, m_parentCallUuid, m_billExact,
                            m_billMin, m_billMax})
        edit->clear();
    clearProblems();
}

void FilterPanel::setAnswerer(CallFilter::Answerer answerer)
{
    if (answerer == m_answerer)
        return;
    m_answerer = answerer;
    const int custom = m_timePreset->findData(int(TimePreset::Custom));
    if (answerer == CallFilter::Answerer::Archive) {
        m_timePreset->insertItem(custom, tr("Last 12 months"), int(TimePreset::Last12Months));
        m_timePreset->insertItem(custom + 1, tr("Everything archived"),
                                 int(TimePreset::Everything));
        return;
    }
    const TimePreset chosen = timePreset();
    for (TimePreset archiveOnly : {TimePreset::Last12Months, TimePreset::Everything})
        m_timePreset->removeItem(m_timePreset->findData(int(archiveOnly)));
    if (chosen == TimePreset::Last12Months || chosen == TimePreset::Everything)
        setTimePreset(TimePreset::Last90Days); // as far back as Plivo reaches
    clearProblems();
}

void FilterPanel::setTimePreset(TimePreset preset)
{
    const int index = m_timePreset->findData(int(preset));
    // An archive's preset while Plivo answers: as far back as Plivo reaches.
    m_timePreset->setCurrentIndex(index >= 0 ? index
                                             : m_timePreset->findData(int(TimePreset::Last90Days)));
    updateCustomRange();
}

FilterPanel::TimePreset FilterPanel::timePreset() const
{
    return TimePreset(m_timePreset->currentData().toInt());
}

void FilterPanel::updateCustomRange()
{
    m_customRange->setVisible(timePreset() == TimePreset::Custom);
}

void FilterPanel::setFromNumber(const QString &number)
{
    m_fromNumber->setText(number);
}

void FilterPanel::setParentCallUuid(const QString &uuid)
{
    m_parentCallUuid->setText(uuid);
}

CallFilter FilterPanel::filter(const QDateTime &now, QList<CallFilter::Problem> *problems) const
{
    CallFilter f;
    switch (timePreset()) {
    case TimePreset::LastHour:
        f.endTime.atLeast = now.addSecs(-3600);
        break;
    case TimePreset::Today:
        f.endTime.atLeast = QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC();
        break;
    case TimePreset::Last24Hours:
        f.endTime.atLeast = now.addSecs(-86400);
        break;
    case TimePreset::Last7Days:
        f.endTime.atLeast = now.addDays(-7);
        break;
    case TimePreset::Last30Days:
        f.endTime.atLeast = now.addDays(-30);
        break;
    case TimePreset::Last90Days:
        f.endTime.atLeast = now.addDays(-90);
        break;
    case TimePreset::Last12Months:
        f.endTime.atLeast = now.addMonths(-12);
        break;
    case TimePreset::Everything:
        break; // no bounds: every call the archive holds
    case TimePreset::Custom:
        // The same second at both ends asks for calls that ended in exactly that second.
        if (m_from->dateTime() == m_to->dateTime()) {
            f.endTime.exact = m_from->dateTime().toUTC();
        } else {
            f.endTime.atLeast = m_from->dateTime().toUTC();
            f.endTime.atMost = m_to->dateTime().toUTC();
        }
        break;
    }
    f.callDirection = m_direction->currentData().toString();
    f.fromNumber = CallFilter::normalizeNumber(m_fromNumber->text());
    f.toNumber = CallFilter::normalizeNumber(m_toNumber->text());
    f.subaccount = m_subaccount->text().trimmed().toUpper();
    f.parentCallUuid = m_parentCallUuid->text().trimmed().toLower();

    bool unreadable = false;
    f.billDuration.exact = seconds(m_billExact, &unreadable);
    f.billDuration.atLeast = seconds(m_billMin, &unreadable);
    f.billDuration.atMost = seconds(m_billMax, &unreadable);
    if (unreadable && problems)
        problems->append({CallFilter::Field::BillDuration,
                          tr("Billed durations are whole seconds, such as 0, 30 or 600.")});

    // The cause box takes a listed entry, a bare code, or a name typed in full.
    const QString causeText = m_hangupCause->currentText().trimmed();
    const int listed = m_hangupCause->findText(causeText);
    if (listed > 0) {
        f.hangupCauseCode = m_hangupCause->itemData(listed).toInt();
    } else if (listed != 0 && !causeText.isEmpty()) {
        bool ok = false;
        const int code = causeText.section(u' ', 0, 0).toInt(&ok);
        if (ok) {
            f.hangupCauseCode = code;
        } else {
            const QList<HangupCause> &all = HangupCauses::instance().all();
            const auto it = std::find_if(all.begin(), all.end(), [&](const HangupCause &c) {
                return c.name.compare(causeText, Qt::CaseInsensitive) == 0;
            });
            if (it != all.end())
                f.hangupCauseCode = it->code;
            else if (problems)
                problems->append({CallFilter::Field::HangupCauseCode,
                                  tr("\u201c%1\u201d is not a hangup cause; pick one from the list "
                                     "or type its code.")
                                          .arg(causeText)});
        }
    }
    f.hangupSource = m_hangupSource->currentData().toString();
    f.stirVerification = m_stir->currentData().toString();
    return f;
}

void FilterPanel::setFilter(const CallFilter &f)
{
    reset();
    if (f.endTime.hasLowerBound() || f.endTime.hasUpperBound() || f.endTime.exact) {
        setTimePreset(TimePreset::Custom);
        const auto lower = f.endTime.exact ? f.endTime.exact
                : f.endTime.atLeast        ? f.endTime.atLeast
                                           : f.endTime.greaterThan;
        const auto upper = f.endTime.exact ? f.endTime.exact
                : f.endTime.atMost         ? f.endTime.atMost
                                           : f.endTime.lessThan;
        if (lower)
            m_from->setDateTime(lower->toUTC());
        m_to->setDateTime(upper ? upper->toUTC() : QDateTime::currentDateTimeUtc());
    }
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(f.callDirection)));
    m_fromNumber->setText(f.fromNumber);
    m_toNumber->setText(f.toNumber);
    m_subaccount->setText(f.subaccount);
    m_parentCallUuid->setText(f.parentCallUuid);
    const auto text = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QString();
    };
    m_billExact->setText(text(f.billDuration.exact));
    m_billMin->setText(text(f.billDuration.atLeast ? f.billDuration.atLeast
                                    : f.billDuration.greaterThan
                                    ? std::optional(*f.billDuration.greaterThan + 1)
                                    : std::nullopt));
    m_billMax->setText(text(f.billDuration.atMost ? f.billDuration.atMost
                                    : f.billDuration.lessThan
                                    ? std::optional(*f.billDuration.lessThan - 1)
                                    : std::nullopt));
    if (f.hangupCauseCode) {
        const int index = m_hangupCause->findData(*f.hangupCauseCode);
        if (index >= 0)
            m_hangupCause->setCurrentIndex(index);
        else
            m_hangupCause->setEditText(QString::number(*f.hangupCauseCode));
    }
    m_hangupSource->setCurrentIndex(qMax(0, m_hangupSource->findData(f.hangupSource)));
    m_stir->setCurrentIndex(qMax(0, m_stir->findData(f.stirVerification)));
}

void FilterPanel::clearProblems()
{
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
}

void FilterPanel::showProblem(CallFilter::Field field, const QString &message)
{
    QLabel *label = m_problemLabels.value(field);
    if (!label)
        return;
    label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
    label->show();
}

bool FilterPanel::validate(const QDateTime &now)
{
    clearProblems();
    QList<CallFilter::Problem> problems;
    const CallFilter f = filter(now, &problems);
    problems += f.validate(now, m_answerer);
    for (const CallFilter::Problem &problem : std::as_const(problems))
        showProblem(problem.field, problem.message);
    return problems.isEmpty();
}

QJsonObject FilterPanel::saveState() const
{
    QJsonObject state = filter(QDateTime::currentDateTimeUtc()).toJson();
    // Relative presets are remembered as presets, so "last 7 days" stays relative.
    state.insert(QStringLiteral("preset"), int(timePreset()));
    if (timePreset() != TimePreset::Custom) {
        for (const char *key : {"end_time__gte", "end_time__gt", "end_time__lte", "end_time__lt"})
            state.remove(QLatin1String(key));
    }
    return state;
}

void FilterPanel::restoreState(const QJsonObject &state)
{
    setFilter(CallFilter::fromJson(state));
    if (state.contains(u"preset"))
        setTimePreset(
                TimePreset(qBound(0, state.value(u"preset").toInt(), int(TimePreset::Everything))));
}

QString FilterPanel::summary() const
{
    QStringList parts{m_timePreset->currentText()};
    const CallFilter f = filter(QDateTime::currentDateTimeUtc());
    if (!f.callDirection.isEmpty())
        parts.append(m_direction->currentText());
    if (!f.fromNumber.isEmpty())
        parts.append(tr("from %1").arg(f.fromNumber));
    if (!f.toNumber.isEmpty())
        parts.append(tr("to %1").arg(f.toNumber));
    if (f.hangupCauseCode)
        parts.append(tr("cause %1").arg(*f.hangupCauseCode));
    if (!f.hangupSource.isEmpty())
        parts.append(tr("hung up by %1").arg(f.hangupSource));
    if (!f.parentCallUuid.isEmpty())
        parts.append(tr("B-legs of %1").arg(f.parentCallUuid.left(8)));
    return parts.join(QStringLiteral(" \u00b7 "));
}

namespace {

// Saved filters live in one JSON object, name → filter state.
QJsonObject savedPresets()
{
    return QJsonDocument::fromJson(QSettings().value(QStringLiteral("filterPresets")).toByteArray())
            .object();
}

void storePresets(const QJsonObject &presets)
{
    QSettings().setValue(QStringLiteral("filterPresets"),
                         QJsonDocument(presets).toJson(QJsonDocument::Compact));
}

} // namespace

void FilterPanel::reloadPresetList()
{
    m_presets->clear();
    m_presets->addItem(tr("(choose a saved filter)"));
    m_presets->addItems(savedPresets().keys());
}

void FilterPanel::savePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of this filter:"),
                                               QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
    if (!ok || name.isEmpty())
        return;
    QJsonObject presets = savedPresets();
    presets.insert(name, saveState());
    storePresets(presets);
    reloadPresetList();
    m_presets->setCurrentText(name);
}

void FilterPanel::deletePreset()
{
    if (m_presets->currentIndex() <= 0)
        return;
    QJsonObject presets = savedPresets();
    presets.remove(m_presets->currentText());
    storePresets(presets);
    reloadPresetList();
}

void FilterPanel::loadPreset(int index)
{
    if (index <= 0)
        return;
    restoreState(savedPresets().value(m_presets->itemText(index)).toObject());
    emit applyRequested();
}

void FilterPanel::focusFirstField()
{
    m_fromNumber->setFocus(Qt::ShortcutFocusReason);
    m_fromNumber->selectAll();
}
