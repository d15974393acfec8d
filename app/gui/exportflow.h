#pragma once

#include "export/csvwriter.h"

#include <QObject>
#include <QPointer>

class CallTableModel;
class CallTableView;
class ExportJob;
class PlivoClient;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

// Export… from the window: the dialog, then either an ExportJob over the table's own pinned plan
// (the whole result, fetched at bulk priority while browsing goes on, progress and Cancel in the
// status bar) or the rows already in the table, written at once.
class ExportFlow : public QObject
{
    Q_OBJECT

public:
    ExportFlow(CallTableModel *model, CallTableView *table, QStatusBar *statusBar, QWidget *window);

    void start(PlivoClient *client);
    bool isRunning() const { return !m_job.isNull(); }
    // Writes rows already in the table through QSaveFile; false with a sentence in `error`.
    bool exportRows(const QList<int> &rows, const QString &path, const CsvOptions &options,
                    QString *error) const;

signals:
    // Something the person should read in the window's banner.
    void problem(const QString &sentence);

private:
    void startJob(PlivoClient *client, const QString &path, const CsvOptions &options);
    void reportFinished(const QString &path, qint64 rows);

    CallTableModel *m_model;
    CallTableView *m_table;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QPointer<ExportJob> m_job;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
