#include "exportcommand.h"

#include "commandaccount.h"
#include "exportarguments.h"
#include "stopsignals.h"

#include "archive/archivequery.h"
#include "archive/callarchive.h"
#include "export/exportjob.h"
#include "plivo/plivoclient.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QTimeZone>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    int run(const QStringList &arguments);

private:
    int exportFromArchive(const CallFilter &filter);
    void showProgress(const ExportProgress &progress);
    void clearProgress();
    QString summary(const ExportJob &job) const;

    ExportArguments m_args;
    std::unique_ptr<SandboxServer> m_sandbox;
    bool m_progressBar = false;
    qsizetype m_progressWidth = 0;
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

int ExportCommand::run(const QStringList &arguments)
{
    m_args = ExportArguments::parse(arguments);
    if (m_args.help) {
        std::fputs(ExportArguments::usage().toLocal8Bit().constData(), stdout);
        return 0;
    }
    // One "now" for validation, --last and the plan: the file holds exactly this snapshot.
    const QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    const CallFilter filter = m_args.errors.isEmpty() ? m_args.filter(now) : CallFilter();
    if (!m_args.errors.isEmpty()) {
        for (const QString &error : std::as_const(m_args.errors))
            printLine(stderr, error);
        printLine(stderr, tr("Run “callscope export --help” for the options."));
        return 2;
    }

    if (m_args.fromArchive)
        return exportFromArchive(filter);

    PlivoAccount account;
    int exitCode = 0;
    QString accountError;
    if (!CommandAccount::resolve({m_args.demo, m_args.baseUrl, m_args.authId, m_args.profile},
                                 &account, &m_sandbox, &accountError, &exitCode)) {
        printLine(stderr, accountError);
        return exitCode;
    }

    if (!m_args.quiet) {
        for (const QString &note : std::as_const(m_args.notes))
            printLine(stderr, note);
        const QueryPlan plan = QueryPlan::build(filter, now);
        for (const QString &note : plan.notes())
            printLine(stderr, note);
    }

    ClientOptions clientOptions;
    clientOptions.budget = m_args.budget;
    clientOptions.maxConcurrency = m_args.concurrency;
    PlivoClient client(account, clientOptions);
    ExportOptions exportOptions;
    exportOptions.writer = m_args.writer;
    ExportJob job(&client, filter, m_args.output, exportOptions);
    job.setNow(now);

    m_progressBar = !m_args.quiet && stderrIsTerminal();
    if (m_progressBar)
        QObject::connect(&job, &ExportJob::progressChanged, &job,
                         [this](const ExportProgress &progress) { showProgress(progress); });
    QEventLoop loop;
    QObject::connect(&job, &ExportJob::finished, &loop, &QEventLoop::quit);

    // Ctrl+C or SIGTERM cancels the export instead of killing it: no temporary file is left.
    const StopSignals stop([&job] { job.cancel(); });

    job.start();
    loop.exec();
    clearProgress();

    switch (job.status()) {
    case ExportJob::Status::Completed:
        if (!m_args.quiet)
            printLine(stderr, summary(job));
        if (!job.countMatches()) {
            printLine(stderr, job.countMismatchMessage());
            return 3;
        }
        return 0;
    case ExportJob::Status::Cancelled:
        printLine(stderr,
                  m_args.output == u"-" ? tr("Export cancelled.")
                                        : tr("Export cancelled; \u201c%1\u201d was not written.")
                                                  .arg(QDir::toNativeSeparators(m_args.output)));
        return 1;
    default:
        printLine(stderr, tr("Export failed: %1").arg(job.errorString()));
        return 1;
    }
}

int ExportCommand::exportFromArchive(const CallFilter &filter)
{
    QString location = m_args.archive;
    if (location.isEmpty()) {
        const QString authId = CommandAccount::authIdOf(
                {m_args.demo, m_args.baseUrl, m_args.authId, m_args.profile});
        if (authId.isEmpty()) {
            printLine(stderr,
                      tr("Say which archive to export from: --archive PATH|URL, or the "
                         "account (--demo, --auth-id ID, --profile NAME) whose archive "
                         "it is."));
            return 2;
        }
        location = CallArchive::defaultLocation(authId);
        if (!QFileInfo::exists(location)) {
            printLine(stderr,
                      tr("There is no archive of %1 yet; “callscope archive sync” "
                         "makes one.")
                              .arg(authId));
            return 1;
        }
    }
    QString error;
    const std::unique_ptr<CallArchive> archive = CallArchive::open(location, &error);
    if (!archive) {
        printLine(stderr, error);
        return 1;
    }
    ArchiveCriteria criteria;
    criteria.filter = filter;
    const ArchiveQuery query(archive.get(), criteria);
    if (!query.problems().isEmpty()) {
        for (const QString &problem : query.problems())
            printLine(stderr, problem);
        return 2;
    }

    // Ctrl+C or SIGTERM stops between batches, so the unfinished file is removed rather than
    // left behind. The batches run without an event loop: each one lets the signal in.
    bool interrupted = false;
    const StopSignals stop([&interrupted] { interrupted = true; });
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QFileDevice> out;
    QSaveFile *saveFile = nullptr;
    if (m_args.output == u"-") {
        auto *standardOutput = new QFile;
        standardOutput->open(fileno(stdout), QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        out.reset(standardOutput);
    } else {
        saveFile = new QSaveFile(m_args.output);
        out.reset(saveFile);
        saveFile->open(QIODevice::WriteOnly);
    }
    if (!out->isWritable()) {
        printLine(stderr,
                  tr("Export failed: %1")
                          .arg(tr("Cannot write “%1”: %2").arg(m_args.output, out->errorString())));
        return 1;
    }
    CsvWriter writer(out.get(), m_args.writer);
    bool written = writer.writeHeader();
    const bool read = written
            && query.forEach(
                    CallField::EndTime, Qt::DescendingOrder,
                    [&](const QList<CallRecord> &calls) {
                        for (const CallRecord &call : calls) {
                            if (!writer.writeRecord(call)) {
                                written = false;
                                return false;
                            }
                        }
                        QCoreApplication::processEvents();
                        return !interrupted;
                    },
                    &error);
    if (!read || !written || interrupted || (saveFile && !saveFile->commit())) {
        if (saveFile)
            saveFile->cancelWriting();
        if (interrupted)
            printLine(stderr,
                      m_args.output == u"-"
                              ? tr("Export cancelled.")
                              : tr("Export cancelled; “%1” was not written.")
                                        .arg(QDir::toNativeSeparators(m_args.output)));
        else
            printLine(stderr,
                      tr("Export failed: %1")
                              .arg(!read              ? error
                                           : !written ? writer.errorString()
                                                      : saveFile->errorString()));
        return 1;
    }
    if (!m_args.quiet) {
        const QString where = m_args.output == u"-"
                ? tr("standard output")
                : QDir::toNativeSeparators(QFileInfo(m_args.output).filePath());
        printLine(stderr,
                  tr("Exported %n call(s) from the archive %1 to %2 in %3 s.", nullptr,
                     int(writer.recordsWritten()))
                          .arg(archive->location(), where, seconds(clock.elapsed())));
    }
    return 0;
}

void ExportCommand::showProgress(const ExportProgress &progress)
{
    const QLocale locale;
    QString line;
    if (progress.totalRows < 0) {
        line = tr("Counting calls\u2026 %n request(s)", nullptr, int(progress.requests));
    } else {
        constexpr int barWidth = 24;
        const qint64 done = progress.rowsWritten + progress.duplicatesSkipped;
        const double share = progress.totalRows > 0 ? double(done) / double(progress.totalRows) : 1;
        const int filled = qBound(0, int(share * barWidth), barWidth);
        line = u'[' + QString(filled, u'#') + QString(barWidth - filled, u'-')
                + QStringLiteral("] ")
                + tr("%1% %2 of %Ln call(s), %3 calls/s", nullptr, int(progress.totalRows))
                          .arg(int(share * 100), 3)
                          .arg(locale.toString(progress.rowsWritten),
                               locale.toString(qRound64(progress.rowsPerSecond)));
        if (progress.secondsLeft >= 0)
            line += QStringLiteral(", ")
                    + tr("%1 s left").arg(locale.toString(qRound64(progress.secondsLeft)));
        if (progress.retries > 0)
            line += QStringLiteral(", ") + tr("%n retried", nullptr, int(progress.retries));
    }
    const qsizetype width = line.size();
    if (width < m_progressWidth)
        line += QString(m_progressWidth - width, u' ');
    m_progressWidth = width;
    std::fputs((u'\r' + line).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void ExportCommand::clearProgress()
{
    if (!m_progressBar || m_progressWidth == 0)
        return;
    std::fputs((u'\r' + QString(m_progressWidth, u' ') + u'\r').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    m_progressWidth = 0;
}

QString ExportCommand::summary(const ExportJob &job) const
{
    const QLocale locale;
    const ExportProgress progress = job.progress();
    const QString where = m_args.output == u"-"
            ? tr("standard output")
            : QDir::toNativeSeparators(QFileInfo(m_args.output).filePath());
    QString line = tr("Exported %n call(s) to %1 in %2 s: ", nullptr, int(progress.rowsWritten))
                           .arg(where, seconds(progress.elapsedMs))
            + tr("%n request(s), ", nullptr, int(progress.requests))
            + tr("%n retried", nullptr, int(progress.retries));
    if (progress.duplicatesSkipped > 0)
        line += QStringLiteral(", ")
                + tr("%n repeated record(s) skipped", nullptr, int(progress.duplicatesSkipped));
    return line + u'.';
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    ExportCommand command;
    return command.run(arguments);
}

bool isExportCommand(int argc, char *argv[])
{
    return argc >= 2 && qstrcmp(argv[1], "export") == 0;
}

int exportMain(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance()) {
        app = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Callscope"));
        QCoreApplication::setApplicationName(QStringLiteral("Callscope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CALLSCOPE_VERSION));
    }
    return runExportCommand(QCoreApplication::arguments().mid(2));
}
