#include "archivecommand.h"

#include "commandaccount.h"
#include "stopsignals.h"

#include "archive/archiveimport.h"
#include "archive/archivesync.h"
#include "archive/callarchive.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class ArchiveCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommand)

public:
    int run(const QStringList &arguments);

private:
    int sync(QCommandLineParser &parser);
    int import(QCommandLineParser &parser);
    int info(QCommandLineParser &parser);
    std::unique_ptr<CallArchive> openArchive(const QCommandLineParser &parser, QString *authId,
                                             int *exitCode);
    int usageError(const QString &message) const;

    QString m_action;
    bool m_quiet = false;
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString utcText(qint64 us)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()),
                              u"yyyy-MM-dd HH:mm:ss"_s)
            + u" UTC"_s;
}

std::optional<QDateTime> parseUtc(const QString &text)
{
    for (const QString &format : {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s}) {
        QDateTime time = QDateTime::fromString(text.trimmed(), format);
        if (time.isValid()) {
            time.setTimeZone(QTimeZone::utc());
            return time;
        }
    }
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return time.isValid() ? std::optional(time.toUTC()) : std::nullopt;
}

const QList<QCommandLineOption> &commandOptions()
{
    static const QList<QCommandLineOption> options{
            {u"archive"_s,
             ArchiveCommand::tr("The archive: a SQLite file, or a postgresql:// URL (default: "
                                "one file per account in Callscope's data folder)."),
             u"PATH|URL"_s},
            {u"demo"_s, ArchiveCommand::tr("The built-in sandbox account.")},
            {u"base-url"_s, ArchiveCommand::tr("The API address (default https://api.plivo.com)."),
             u"URL"_s},
            {u"auth-id"_s, ArchiveCommand::tr("The account's auth id (or PLIVO_AUTH_ID)."),
             u"ID"_s},
            {u"profile"_s, ArchiveCommand::tr("An account saved in Callscope."), u"NAME"_s},
            {u"budget"_s,
             ArchiveCommand::tr("Requests per 5 seconds (default 150 of Plivo's 300)."), u"N"_s},
            {u"now"_s,
             ArchiveCommand::tr("Sync as of this UTC time instead of the clock's (e.g. "
                                "\"2026-06-15 12:00\")."),
             u"TIME"_s},
            {u"quiet"_s, ArchiveCommand::tr("Print errors only.")},
    };
    return options;
}

QString usage()
{
    return ArchiveCommand::tr(
            "Usage:\n"
            "  callscope archive sync   [--archive PATH|URL] [--demo | --base-url URL --auth-id ID "
            "| --profile NAME] [--budget N] [--quiet]\n"
            "  callscope archive import [--archive PATH|URL] FILE…\n"
            "  callscope archive info   [--archive PATH|URL]\n"
            "\n"
            "sync    fetches every call Plivo still holds that the archive lacks\n"
            "import  reads Callscope's CSV and JSON Lines exports and Plivo console CSV files\n"
            "info    says what the archive holds, what was synced and what can no longer be had\n"
            "\n"
            "The token comes from PLIVO_AUTH_TOKEN or the system keychain. Exit codes: 0 done, "
            "1 failed, 2 bad usage.\n");
}

int ArchiveCommand::usageError(const QString &message) const
{
    printLine(stderr, tr("callscope archive: %1").arg(message));
    printLine(stderr, tr("Run “callscope archive --help” for the options."));
    return 2;
}

int ArchiveCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.addOptions(commandOptions());
    if (!parser.parse(QStringList{u"callscope-archive"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(usage().toLocal8Bit().constData(), stdout);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("say what to do: sync, import or info."));
    m_action = positional.takeFirst();
    m_quiet = parser.isSet(u"quiet"_s);
    if (m_action == u"sync") {
        if (!positional.isEmpty())
            return usageError(tr("unexpected argument “%1”.").arg(positional.first()));
        return sync(parser);
    }
    if (m_action == u"import")
        return import(parser);
    if (m_action == u"info") {
        if (!positional.isEmpty())
            return usageError(tr("unexpected argument “%1”.").arg(positional.first()));
        return info(parser);
    }
    return usageError(tr("“%1” is not sync, import or info.").arg(m_action));
}

std::unique_ptr<CallArchive> ArchiveCommand::openArchive(const QCommandLineParser &parser,
                                                         QString *authId, int *exitCode)
{
    QString location = parser.value(u"archive"_s);
    if (location.isEmpty()) {
        // The default archive belongs to an account: say which.
        const QString id = !authId->isEmpty()
                ? *authId
                : CommandAccount::authIdOf({parser.isSet(u"demo"_s), parser.value(u"base-url"_s),
                                            parser.value(u"auth-id"_s),
                                            parser.value(u"profile"_s)});
        if (id.isEmpty()) {
            *exitCode = usageError(tr("say which archive: --archive PATH|URL, or the account "
                                      "(--demo, --auth-id ID, --profile NAME) whose default "
                                      "archive it is."));
            return nullptr;
        }
        location = CallArchive::defaultLocation(id);
    }
    QString error;
    auto archive = CallArchive::open(location, &error);
    if (!archive) {
        printLine(stderr, error);
        *exitCode = 1;
    }
    return archive;
}

int ArchiveCommand::sync(QCommandLineParser &parser)
{
    const bool direct = parser.isSet(u"base-url"_s) || parser.isSet(u"auth-id"_s);
    if (int(parser.isSet(u"demo"_s)) + int(direct) + int(parser.isSet(u"profile"_s)) > 1)
        return usageError(tr("use only one of --demo, --base-url/--auth-id and --profile."));
    ClientOptions clientOptions;
    clientOptions.maxConcurrency = 24;
    if (parser.isSet(u"budget"_s)) {
        bool ok = false;
        const int budget = parser.value(u"budget"_s).toInt(&ok);
        if (!ok || budget < 1 || budget > 300)
            return usageError(tr("--budget takes a number of requests from 1 to 300."));
        clientOptions.budget = budget;
    }
    QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    if (parser.isSet(u"now"_s)) {
        const std::optional<QDateTime> given = parseUtc(parser.value(u"now"_s));
        if (!given)
            return usageError(tr("--now expects a UTC time such as “2026-06-15 12:00”."));
        now = *given;
    }

    PlivoAccount account;
    std::unique_ptr<SandboxServer> demo;
    QString error;
    int exitCode = 0;
    if (!CommandAccount::resolve({parser.isSet(u"demo"_s), parser.value(u"base-url"_s),
                                  parser.value(u"auth-id"_s), parser.value(u"profile"_s)},
                                 &account, &demo, &error, &exitCode)) {
        printLine(stderr, error);
        return exitCode;
    }
    if (demo && !parser.isSet(u"now"_s))
        now = demo->now();
    auto archive = openArchive(parser, &account.authId, &exitCode);
    if (!archive)
        return exitCode;

    PlivoClient client(account, clientOptions);
    ArchiveSync sync(&client, archive.get());
    sync.setNow(now);
    QEventLoop loop;
    QObject::connect(&sync, &ArchiveSync::finished, &loop, &QEventLoop::quit);

    {
        const StopSignals stop([&sync] { sync.cancel(); });
        sync.start();
        loop.exec();
    }

    const SyncProgress progress = sync.progress();
    const QLocale locale;
    const qint64 nowUs = now.toMSecsSinceEpoch() * 1000;
    for (const CallArchive::TimeRange &lost :
         ArchiveSync::lostRanges(archive->syncedRanges(), nowUs))
        printLine(stderr, ArchiveSync::lostRangeSentence(lost));
    switch (sync.status()) {
    case ArchiveSync::Status::Completed:
        if (!m_quiet)
            printLine(stderr,
                      tr("Synced %1: %2 new, %3 updated, in %4 s with %5 requests (%6 retried); "
                         "the archive holds %7 calls.")
                              .arg(archive->location(), locale.toString(progress.inserted),
                                   locale.toString(progress.updated),
                                   locale.toString(progress.elapsedMs / 1000.0, 'f', 1),
                                   locale.toString(progress.requests),
                                   locale.toString(progress.retries),
                                   locale.toString(archive->count())));
        return 0;
    case ArchiveSync::Status::Cancelled:
        printLine(stderr,
                  tr("Sync stopped; the %1 windows stored so far stay, the next sync goes on "
                     "from there.")
                          .arg(locale.toString(progress.windowsDone)));
        return 1;
    default:
        printLine(stderr, tr("Sync failed: %1").arg(sync.errorString()));
        return 1;
    }
}

int ArchiveCommand::import(QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return usageError(tr("say which files to import."));
    QString authId;
    int exitCode = 0;
    auto archive = openArchive(parser, &authId, &exitCode);
    if (!archive)
        return exitCode;
    QString error;
    if (!archive->acquireWriter(&error)) {
        printLine(stderr, error);
        return 1;
    }
    const QLocale locale;
    bool failed = false;
    for (const QString &file : files) {
        const ArchiveImport::Result result = ArchiveImport::importFile(archive.get(), file);
        for (const QString &rejection : result.rejections)
            printLine(stderr, rejection);
        if (!result.error.isEmpty()) {
            printLine(stderr, result.error);
            failed = true;
            continue;
        }
        if (!m_quiet)
            printLine(stderr,
                      tr("%1 (%2): %3 imported, %4 already present, %5 rejected.")
                              .arg(QDir::toNativeSeparators(file), result.formatName,
                                   locale.toString(result.imported),
                                   locale.toString(result.alreadyPresent),
                                   locale.toString(result.rejected)));
        failed |= result.rejected > 0;
    }
    return failed ? 1 : 0;
}

int ArchiveCommand::info(QCommandLineParser &parser)
{
    QString authId;
    int exitCode = 0;
    auto archive = openArchive(parser, &authId, &exitCode);
    if (!archive)
        return exitCode;
    const QLocale locale;
    const CallArchive::Summary summary = archive->summary();
    const auto out = [](const QString &line) {
        printLine(stdout, line);
    };
    out(tr("Archive: %1").arg(archive->location()));
    if (summary.firstEndUs && summary.lastEndUs)
        out(tr("Calls: %1, ended %2 to %3")
                    .arg(locale.toString(summary.calls), utcText(*summary.firstEndUs),
                         utcText(*summary.lastEndUs)));
    else
        out(tr("Calls: %1").arg(locale.toString(summary.calls)));
    const QList<CallArchive::TimeRange> ranges = archive->syncedRanges();
    if (ranges.isEmpty())
        out(tr("Synced: never"));
    for (const CallArchive::TimeRange &range : ranges)
        out(tr("Synced: every call that ended from %1 to %2")
                    .arg(utcText(range.fromUs), utcText(range.toUs)));
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    for (const CallArchive::TimeRange &lost : ArchiveSync::lostRanges(ranges, nowUs))
        out(ArchiveSync::lostRangeSentence(lost));
    if (summary.bytesOnDisk >= 0)
        out(tr("Size on disk: %1").arg(locale.formattedDataSize(summary.bytesOnDisk)));
    return 0;
}

} // namespace

int runArchiveCommand(const QStringList &arguments)
{
    ArchiveCommand command;
    return command.run(arguments);
}
