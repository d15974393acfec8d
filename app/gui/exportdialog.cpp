#include "exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportDialog::ExportDialog(qint64 totalRows, qint64 selectedRows, qint64 loadedRows,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export calls"));
    const QLocale locale;
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    layout->addLayout(left, 1);

    auto *scopeBox = new QGroupBox(tr("Calls"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scope = new QButtonGroup(this);
    const auto addScope = [&](Scope scope, const QString &text, bool enabled) {
        auto *button = new QRadioButton(text, scopeBox);
        button->setEnabled(enabled);
        m_scope->addButton(button, int(scope));
        scopeLayout->addWidget(button);
    };
    addScope(Scope::WholeResult,
             tr("The whole filtered result (%Ln call(s))", nullptr, int(totalRows)), totalRows > 0);
    addScope(Scope::SelectedRows, tr("The selected rows (%1)").arg(locale.toString(selectedRows)),
             selectedRows > 0);
    addScope(Scope::LoadedRows, tr("The rows loaded so far (%1)").arg(locale.toString(loadedRows)),
             loadedRows > 0);
    m_scope->button(int(Scope::WholeResult))->setChecked(true);
    left->addWidget(scopeBox);

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *form = new QFormLayout(formatBox);
    m_format = new QComboBox(formatBox);
    m_format->addItem(tr("CSV (spreadsheets)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON Lines (one call object per line, as Plivo sent it)"),
                      int(ExportFormat::JsonLines));
    form->addRow(tr("Format"), m_format);
    m_formulaGuard
            = new QCheckBox(tr("Guard against spreadsheet formulas in caller ids"), formatBox);
    m_formulaGuard->setChecked(true);
    m_formulaGuard->setToolTip(
            tr("A caller chooses their own caller id: a cell starting with =, +, -, "
               "or @ would run as a formula. Numbers such as +14155550100 stay as they are."));
    m_bom = new QCheckBox(tr("Byte order mark (for Excel)"), formatBox);
    m_utcTimes
            = new QCheckBox(tr("Times as UTC ISO 8601 (otherwise as Plivo sent them)"), formatBox);
    m_unknownFields = new QCheckBox(tr("Include fields Callscope does not know"), formatBox);
    for (QCheckBox *box : {m_formulaGuard, m_bom, m_utcTimes, m_unknownFields})
        form->addRow(box);
    left->addWidget(formatBox);

    auto *destinationRow = new QHBoxLayout;
    m_destination = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("Browse\u2026"), this);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browseButton);
    left->addWidget(new QLabel(tr("Save to"), this));
    left->addLayout(destinationRow);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    left->addWidget(m_problem);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Columns (drag to reorder)"), this));
    m_columns = new QListWidget(this);
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    for (const QString &name : CsvWriter::defaultColumns()) {
        auto *item = new QListWidgetItem(name, m_columns);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    right->addWidget(m_columns, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    right->addWidget(buttons);
    layout->addLayout(right, 1);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormat);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString folder
            = QSettings()
                      .value(QStringLiteral("export/folder"),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    setDestination(QDir(folder).filePath(
            tr("calls-%1.csv")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")))));
    updateFormat();
    resize(820, 480);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scope->checkedId());
}

CsvOptions ExportDialog::options() const
{
    CsvOptions options;
    options.format = ExportFormat(m_format->currentData().toInt());
    options.byteOrderMark = m_bom->isChecked();
    options.formulaGuard = m_formulaGuard->isChecked();
    options.timeStyle = m_utcTimes->isChecked() ? TimeStyle::IsoUtc : TimeStyle::AsSent;
    options.includeUnknownFields = m_unknownFields->isChecked();
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            options.columns.append(m_columns->item(i)->text());
    }
    return options;
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const bool csv = m_format->currentData().toInt() == int(ExportFormat::Csv);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calls"), destination(),
                                                      csv ? tr("CSV files (*.csv)")
                                                          : tr("JSON Lines files (*.jsonl)"));
    if (!path.isEmpty())
        setDestination(path);
}

void ExportDialog::updateFormat()
{
    const bool csv = m_format->currentData().toInt() == int(ExportFormat::Csv);
    for (QWidget *widget : {static_cast<QWidget *>(m_bom), static_cast<QWidget *>(m_formulaGuard),
                            static_cast<QWidget *>(m_utcTimes), static_cast<QWidget *>(m_columns),
                            static_cast<QWidget *>(m_unknownFields)})
        widget->setEnabled(csv);
    QString path = destination();
    const QString wanted = csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl");
    const QString other = csv ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
    if (path.endsWith(other)) {
        path.chop(other.size());
        setDestination(path + wanted);
    }
}

void ExportDialog::accept()
{
    QString problem;
    const QFileInfo target(destination());
    if (destination().isEmpty())
        problem = tr("Choose where the file goes.");
    else if (!target.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.")
                          .arg(QDir::toNativeSeparators(target.absolutePath()));
    else if (options().format == ExportFormat::Csv && options().columns.isEmpty())
        problem = tr("Choose at least one column.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QSettings().setValue(QStringLiteral("export/folder"), target.absolutePath());
    QDialog::accept();
}
