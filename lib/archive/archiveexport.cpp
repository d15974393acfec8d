#include "archiveexport.h"

#include <QDir>
#include <QSaveFile>

ArchiveExport::ArchiveExport(const QString &location, const CallQuery &query, const QString &path,
                             const CsvWriter::Options &options, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_query(query)
    , m_path(path)
    , m_options(options)
{ }

ArchiveExport::~ArchiveExport()
{
    if (m_thread) {
        m_cancelled.storeRelaxed(true);
        m_thread->wait();
    }
}

void ArchiveExport::start()
{
    if (m_status != Status::NotStarted)
        return;
    m_status = Status::Running;
    m_thread.reset(QThread::create([this] {
        const QString error = run();
        // Back on this object's thread: status and signals belong there.
        QMetaObject::invokeMethod(this, [this, error] {
            m_error = error;
            m_status = !error.isEmpty()         ? Status::Failed
                    : m_cancelled.loadRelaxed() ? Status::Cancelled
                                                : Status::Completed;
            emit finished();
        });
    }));
    m_thread->setObjectName(QStringLiteral("archive export"));
    m_thread->start();
}

void ArchiveExport::cancel()
{
    m_cancelled.storeRelaxed(true);
}

QString ArchiveExport::run()
{
    QString error;
    const std::unique_ptr<CallArchive> archive = CallArchive::open(m_location, &error);
    if (!archive)
        return error;
    const ArchiveQuery query(archive.get(), m_query);
    if (!query.problems().isEmpty())
        return query.problems().join(u' ');
    const std::optional<qint64> total = query.count(&error);
    if (!total)
        return error;
    m_totalRows.storeRelaxed(*total);
    QMetaObject::invokeMethod(this, &ArchiveExport::progressChanged);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(m_path), file.errorString());
    CsvWriter writer(&file, m_options);
    bool written = writer.writeHeader();
    const bool read = written
            && query.forEach(
                    m_query.sortField, m_query.sortOrder,
                    [&](const QList<CallRecord> &calls) {
                        for (const CallRecord &call : calls) {
                            if (!writer.writeRecord(call)) {
                                written = false;
                                return false;
                            }
                        }
                        m_rowsWritten.storeRelaxed(writer.recordsWritten());
                        QMetaObject::invokeMethod(this, &ArchiveExport::progressChanged);
                        return !m_cancelled.loadRelaxed();
                    },
                    &error);
    if (m_cancelled.loadRelaxed()) {
        file.cancelWriting();
        return {};
    }
    if (!read || !written || !file.commit()) {
        file.cancelWriting();
        return !read ? error : !written ? writer.errorString() : file.errorString();
    }
    return {};
}
