#pragma once

#include "export/csvwriter.h"

#include <QObject>
#include <QPointer>

class CallTableModel;
class CallTableView;
class ArchiveExport;
class ExportJob;
class PlivoClient;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

// Export… from the window: the dialog, then either the whole result — an ExportJob over the
// table's own pinned plan (fetched at bulk priority while browsing goes on), or an ArchiveExport
// when the table reads an archive; progress and Cancel in the status bar — or the rows already in
// the table, written at once.
class ExportFlow : public QObject
{
    Q_OBJECT

public:
    ExportFlow(CallTableModel *model, CallTableView *table, QStatusBar *statusBar, QWidget *window);

    // `archiveLocation`: the table reads that archive, so the whole result is written from it.
    void start(PlivoClient *client, const QString &archiveLocation = {});
    bool isRunning() const { return !m_job.isNull() || !m_archiveJob.isNull(); }
    // Writes rows already in the table through QSaveFile; false with a sentence in `error`.
    bool exportRows(const QList<int> &rows, const QString &path, const CsvOptions &options,
                    QString *error) const;

signals:
    // Something the person should read in the window's banner.
    void problem(const QString &sentence);

private:
    void startJob(PlivoClient *client, const QString &path, const CsvOptions &options);
    void startArchiveJob(const QString &location, const QString &path, const CsvOptions &options);
    void showProgress(qint64 written, qint64 total, double perSecond);
    // Either job's end: the status bar goes back, and the person reads how it went.
    void jobEnded(bool completed, bool cancelled, const QString &error, const QString &path,
                  qint64 rows);
    void reportFinished(const QString &path, qint64 rows);

    CallTableModel *m_model;
    CallTableView *m_table;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QPointer<ExportJob> m_job;
    QPointer<ArchiveExport> m_archiveJob;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
