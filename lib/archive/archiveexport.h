#pragma once

#include "archivequery.h"

#include "export/csvwriter.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

#include <memory>

// Writes the whole result of an archive query to a file, in the query's order, on a thread of
// its own over its own connection, so a million rows never stall the window. The file appears
// only when every row is written (QSaveFile): a cancelled or failed export leaves nothing.
class ArchiveExport : public QObject
{
    Q_OBJECT

public:
    enum class Status { NotStarted, Running, Completed, Failed, Cancelled };
    Q_ENUM(Status)

    // `location`: the archive (a SQLite path or a postgresql:// URL).
    ArchiveExport(const QString &location, const CallQuery &query, const QString &path,
                  const CsvWriter::Options &options, QObject *parent = nullptr);
    // Cancels a running export and waits for its thread: no file is left behind.
    ~ArchiveExport() override;

    void start();
    void cancel();

    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rowsWritten.loadRelaxed(); }
    // The result's size, counted before the first row; -1 until then.
    qint64 totalRows() const { return m_totalRows.loadRelaxed(); }

signals:
    void progressChanged();
    void finished();

private:
    // Runs on the export's thread; returns the error, empty when complete or cancelled.
    QString run();

    QString m_location;
    CallQuery m_query;
    QString m_path;
    CsvWriter::Options m_options;
    Status m_status = Status::NotStarted;
    QString m_error;
    std::unique_ptr<QThread> m_thread;
    QAtomicInteger<bool> m_cancelled = false;
    QAtomicInteger<qint64> m_rowsWritten = 0;
    QAtomicInteger<qint64> m_totalRows = -1;
};
