#include "exportflow.h"

#include "archive/archiveexport.h"
#include "calltableview.h"
#include "export/exportjob.h"
#include "exportdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolButton>

ExportFlow::ExportFlow(CallTableModel *model, CallTableView *table, QStatusBar *statusBar,
                       QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_table(table)
    , m_statusBar(statusBar)
    , m_window(window)
{
    m_progress = new QProgressBar(window);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    statusBar->addPermanentWidget(m_progress);
    m_cancel = new QToolButton(window);
    m_cancel->setText(tr("Cancel export"));
    m_cancel->hide();
    statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        if (m_archiveJob)
            m_archiveJob->cancel();
    });
}

void ExportFlow::start(PlivoClient *client, const QString &archiveLocation)
{
    if (isRunning()) {
        emit problem(tr("An export is already running; cancel it or wait for it to finish."));
        return;
    }
    QList<int> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.append(index.row());
    std::sort(selected.begin(), selected.end());
    ExportDialog dialog(m_model->totalCount(), selected.size(), m_model->loadedCount(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QDir::fromNativeSeparators(dialog.destination());
    if (dialog.scope() == ExportDialog::Scope::WholeResult) {
        if (archiveLocation.isEmpty())
            startJob(client, path, dialog.options());
        else
            startArchiveJob(archiveLocation, path, dialog.options());
        return;
    }
    QList<int> rows = selected;
    if (dialog.scope() == ExportDialog::Scope::LoadedRows) {
        rows.clear();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowState(row) == CallTableModel::RowState::Loaded)
                rows.append(row);
        }
    }
    QString error;
    if (exportRows(rows, path, dialog.options(), &error))
        reportFinished(path, rows.size());
    else
        emit problem(error);
}

void ExportFlow::startJob(PlivoClient *client, const QString &path, const CsvOptions &writer)
{
    // The same pinned plan as the table: the file holds exactly the result the person saw.
    ExportOptions options;
    options.writer = writer;
    auto *job = new ExportJob(client, m_model->plan().filter(), path, options, this);
    job->setNow(m_model->plan().pinnedNow());
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Exporting: %p%"));
    m_progress->show();
    m_cancel->show();
    connect(job, &ExportJob::progressChanged, this, [this](const ExportProgress &progress) {
        showProgress(progress.rowsWritten, progress.totalRows, progress.rowsPerSecond);
    });
    connect(job, &ExportJob::finished, this, [this, job, path] {
        job->deleteLater();
        const bool completed = job->status() == ExportJob::Status::Completed;
        if (completed && !job->countMatches())
            emit problem(job->countMismatchMessage());
        jobEnded(completed, job->status() == ExportJob::Status::Cancelled, job->errorString(), path,
                 job->rowsWritten());
    });
    job->start();
}

void ExportFlow::startArchiveJob(const QString &location, const QString &path,
                                 const CsvOptions &options)
{
    // The table's own query, pinned range and order included: the file holds what it shows.
    CallQuery query = m_model->query();
    if (query.sortField == CallField::EndTime)
        query.sortOrder = m_model->order() == CallTableModel::Order::NewestFirst
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
    auto *job = new ArchiveExport(location, query, path, options, this);
    m_archiveJob = job;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Exporting: %p%"));
    m_progress->show();
    m_cancel->show();
    auto *clock = new QElapsedTimer;
    clock->start();
    connect(job, &ArchiveExport::progressChanged, this, [this, job, clock] {
        const double seconds = qMax<qint64>(1, clock->elapsed()) / 1000.0;
        showProgress(job->rowsWritten(), job->totalRows(), job->rowsWritten() / seconds);
    });
    connect(job, &ArchiveExport::finished, this, [this, job, path, clock] {
        delete clock;
        job->deleteLater();
        jobEnded(job->status() == ArchiveExport::Status::Completed,
                 job->status() == ArchiveExport::Status::Cancelled, job->errorString(), path,
                 job->rowsWritten());
    });
    job->start();
}

void ExportFlow::jobEnded(bool completed, bool cancelled, const QString &error, const QString &path,
                          qint64 rows)
{
    m_progress->hide();
    m_cancel->hide();
    if (completed)
        reportFinished(path, rows);
    else if (cancelled)
        m_statusBar->showMessage(tr("Export cancelled; no file was written."), 5000);
    else
        emit problem(tr("The export failed and no file was written: %1").arg(error));
}

void ExportFlow::showProgress(qint64 written, qint64 total, double perSecond)
{
    if (total > 0) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(written, INT_MAX)));
    }
    m_progress->setToolTip(
            tr("%1 of %Ln call(s) written, %2 per second", nullptr, int(total))
                    .arg(QLocale().toString(written), QLocale().toString(qRound(perSecond))));
}

void ExportFlow::reportFinished(const QString &path, qint64 rows)
{
    QMessageBox box(QMessageBox::Information, tr("Export finished"),
                    tr("%Ln call(s) written to %1.", nullptr, int(rows))
                            .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, m_window);
    QPushButton *show = box.addButton(tr("Show in folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == show)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

bool ExportFlow::exportRows(const QList<int> &rows, const QString &path, const CsvOptions &options,
                            QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    CsvWriter writer(&file, options);
    bool ok = writer.writeHeader();
    for (int row : rows) {
        if (const std::optional<CallRecord> record = m_model->record(row); ok && record)
            ok = writer.writeRecord(*record);
    }
    if (!ok || !file.commit()) {
        file.cancelWriting();
        *error = tr("%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path),
                              writer.errorString().isEmpty() ? file.errorString()
                                                             : writer.errorString());
        return false;
    }
    return true;
}
