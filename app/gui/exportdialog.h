#pragma once

#include "export/csvwriter.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Export…: which calls (the whole filtered result, the selected rows or the loaded rows), which
// columns in which order, the format and its options, and where the file goes.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { WholeResult, SelectedRows, LoadedRows };

    ExportDialog(qint64 totalRows, qint64 selectedRows, qint64 loadedRows,
                 QWidget *parent = nullptr);

    Scope scope() const;
    CsvOptions options() const;
    QString destination() const;
    void setDestination(const QString &path);

    void accept() override;

private:
    void browse();
    void updateFormat();

    QButtonGroup *m_scope;
    QComboBox *m_format;
    QCheckBox *m_bom;
    QCheckBox *m_formulaGuard;
    QCheckBox *m_utcTimes;
    QCheckBox *m_unknownFields;
    QListWidget *m_columns;
    QLineEdit *m_destination;
    QLabel *m_problem;
};
