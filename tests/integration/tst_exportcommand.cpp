#include "cli/exportcommand.h"
#include "exporttestsupport.h"

#include "archive/archivesync.h"
#include "archive/callarchive.h"
#include "plivo/pageparser.h"
#include "plivo/plivoclient.h"
#include "sandbox/sandboxaccount.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

#include <qt6keychain/keychain.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>
#include <unistd.h>

using namespace ExportTestSupport;

namespace {

const QString secretToken = QStringLiteral("tok-SECRET-4242");

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the command in this process with its standard output and error caught in files.
Outcome runCommand(const QStringList &arguments)
{
    Outcome outcome;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open())
        return outcome;
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(STDOUT_FILENO);
    const int savedErr = ::dup(STDERR_FILENO);
    ::dup2(out.handle(), STDOUT_FILENO);
    ::dup2(err.handle(), STDERR_FILENO);
    outcome.exitCode = runExportCommand(arguments);
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, STDOUT_FILENO);
    ::dup2(savedErr, STDERR_FILENO);
    ::close(savedOut);
    ::close(savedErr);
    out.seek(0);
    err.seek(0);
    outcome.out = out.readAll();
    outcome.err = err.readAll();
    return outcome;
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

    QStringList reference(const SandboxServer &sandbox, const QDateTime &now,
                          const QueryParameters &parameters) const
    {
        QList<CallFilter::Problem> problems;
        const CallFilter filter = CallFilter::fromParameters(parameters, &problems);
        return uuidsOf(ExportTestSupport::reference(sandbox, filter, now));
    }

    // The command pins its own "now" between `before` and the end of the run: the export must be
    // the sandbox's answer for the `days` before one of those seconds.
    bool matchesAround(const QStringList &uuids, QueryParameters parameters, int days,
                       const QDateTime &before) const
    {
        const QDateTime after = QDateTime::currentDateTimeUtc();
        for (qint64 t = before.toSecsSinceEpoch(); t <= after.toSecsSinceEpoch(); ++t) {
            const QDateTime now = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
            QueryParameters withRange = parameters;
            withRange.append({QStringLiteral("end_time__gte"),
                              QueryEncoding::filterTime(now.addSecs(-qint64(days) * 86400))});
            if (reference(*m_sandbox, now, withRange) == uuids)
                return true;
        }
        return false;
    }

    QStringList account() const
    {
        return {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                QStringLiteral("--auth-id"), m_sandbox->authId()};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid() && m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        SandboxOptions options;
        options.seed = 5;
        options.callCount = 3000;
        options.now = QDateTime::currentDateTimeUtc().addSecs(-5);
        options.rateLimit = 0;
        options.authToken = secretToken;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    }

    void init()
    {
        qputenv("PLIVO_AUTH_TOKEN", secretToken.toUtf8());
        qunsetenv("PLIVO_AUTH_ID");
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
        const auto row = [&](const char *name, QStringList arguments) {
            QTest::newRow(name) << arguments;
        };
        const QString o = QStringLiteral("-o");
        row("no output", account());
        row("unknown option", account() + QStringList{o, out, QStringLiteral("--colour")});
        row("stray word", account() + QStringList{o, out, QStringLiteral("calls")});
        row("bad format", account() + QStringList{o, out, QStringLiteral("--format=xlsx")});
        row("bad span",
            account() + QStringList{o, out, QStringLiteral("--last"), QStringLiteral("5d")});
        row("span and range",
            account()
                    + QStringList{o, out, QStringLiteral("--last=7d"),
                                  QStringLiteral("--end_time__gte"),
                                  QStringLiteral("2026-01-01 00:00")});
        row("bad direction",
            account()
                    + QStringList{o, out, QStringLiteral("--call_direction"),
                                  QStringLiteral("sideways")});
        row("bad time",
            account()
                    + QStringList{o, out, QStringLiteral("--end_time__lte"),
                                  QStringLiteral("yesterday")});
        row("filter twice",
            account()
                    + QStringList{o, out, QStringLiteral("--to_number=1"),
                                  QStringLiteral("--to_number=2")});
        row("bom in jsonl",
            account()
                    + QStringList{o, out, QStringLiteral("--format=jsonl"),
                                  QStringLiteral("--bom")});
        row("repeated column", account() + QStringList{o, out, QStringLiteral("--columns=a,a")});
        row("budget", account() + QStringList{o, out, QStringLiteral("--budget=301")});
        row("two accounts", account() + QStringList{o, out, QStringLiteral("--demo")});
        row("no account", QStringList{o, out});
        row("no profile", QStringList{o, out, QStringLiteral("--profile"), QStringLiteral("nope")});
        row("flag value", account() + QStringList{o, out, QStringLiteral("--quiet=yes")});
        row("missing value", account() + QStringList{o, out, QStringLiteral("--columns")});
        row("plain http",
            QStringList{o, out, QStringLiteral("--base-url"),
                        QStringLiteral("http://api.example.com"), QStringLiteral("--auth-id"),
                        m_sandbox->authId()});
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Outcome outcome = runCommand(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(!outcome.err.isEmpty());
        QVERIFY(outcome.out.isEmpty());
        QCOMPARE(m_sandbox->stats().requests, 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.csv"))));
    }

    void help()
    {
        const Outcome outcome = runCommand({QStringLiteral("--help")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.contains("--end_time__gte") || outcome.out.contains("--end_time["));
    }

    void csvToFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("calls.csv"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome outcome = runCommand(
                account()
                + QStringList{QStringLiteral("-o"), path, QStringLiteral("--columns"),
                              QStringLiteral("call_uuid,end_time,from_number"),
                              QStringLiteral("--utc-times"), QStringLiteral("--bom"),
                              QStringLiteral("--call_direction"), QStringLiteral("outbound"),
                              QStringLiteral("--last"), QStringLiteral("30d")});
        QCOMPARE(outcome.exitCode, 0);
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "call_uuid,end_time,from_number\r\n"));
        const StrictCsv csv = StrictCsv::parse(bytes);
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QVERIFY(csv.rows.at(1).at(1).endsWith(u'Z'));
        const QStringList uuids = uuidColumn(bytes);
        QVERIFY(uuids.size() > 100);
        QVERIFY(matchesAround(uuids,
                              {{QStringLiteral("call_direction"), QStringLiteral("outbound")}}, 30,
                              before));
        QVERIFY2(outcome.err.contains("Exported " + QByteArray::number(uuids.size()) + " call"),
                 outcome.err.constData());
        QVERIFY(!outcome.err.contains(secretToken.toUtf8()));
    }

    void jsonLinesToStandardOutput()
    {
        qputenv("PLIVO_AUTH_ID", m_sandbox->authId().toUtf8());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome outcome
                = runCommand({QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                              QStringLiteral("--output=-"), QStringLiteral("--format"),
                              QStringLiteral("jsonl"), QStringLiteral("--quiet"),
                              QStringLiteral("--hangup_cause_code"), QStringLiteral("4000")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.err.isEmpty());
        QStringList uuids;
        for (const QByteArray &line : outcome.out.chopped(1).split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QCOMPARE(object.value(u"hangup_cause_code").toInt(), 4000);
            uuids.append(object.value(u"call_uuid").toString());
        }
        QVERIFY(!uuids.isEmpty());
        QVERIFY(matchesAround(
                uuids, {{QStringLiteral("hangup_cause_code"), QStringLiteral("4000")}}, 7, before));
    }

    // From the archive: a range Plivo no longer answers (older than 90 days, longer than 30),
    // every call as the server wrote it, in the API's order; bad usage said before anything.
    void fromTheArchive()
    {
        // One history seen 100 days ago and today: the archive keeps what today's Plivo lost.
        const QDateTime today = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(),
                                                              QTimeZone::utc());
        SandboxOptions options;
        options.seed = 8;
        options.callCount = 4000;
        options.spanDays = 200;
        options.rateLimit = 0;
        options.historyEnd = today;
        options.now = today.addDays(-100);
        SandboxServer earlier(options);
        QVERIFY(earlier.listen(QHostAddress::LocalHost, 0));
        const QString path = m_dir.filePath(QStringLiteral("export-archive.sqlite"));
        QString error;
        {
            auto archive = CallArchive::open(path, &error);
            QVERIFY2(archive, qPrintable(error));
            PlivoClient client({earlier.authId(), earlier.authToken(), earlier.baseUrl()});
            client.setBudget(300);
            ArchiveSync sync(&client, archive.get());
            sync.setNow(earlier.now());
            QSignalSpy finished(&sync, &ArchiveSync::finished);
            sync.start();
            QVERIFY(finished.wait(60000));
            QCOMPARE(sync.status(), ArchiveSync::Status::Completed);
        }
        const QDateTime from = today.addDays(-150);
        const QDateTime to = today.addDays(-110);
        QStringList expected;
        for (const int index : earlier.account().newestFirst()) {
            const SandboxCall &call = earlier.account().calls().at(index);
            if (call.endTime >= from.toSecsSinceEpoch() && call.endTime < to.toSecsSinceEpoch()
                && call.direction == u"outbound")
                expected.append(QString::fromUtf8(earlier.account().jsonText(call)));
        }
        QVERIFY(expected.size() > 100);

        const QString out = m_dir.filePath(QStringLiteral("from-archive.jsonl"));
        const Outcome outcome
                = runCommand({QStringLiteral("--archive"), path, QStringLiteral("-o"), out,
                              QStringLiteral("--format"), QStringLiteral("jsonl"),
                              QStringLiteral("--end_time__gte"), QueryEncoding::filterTime(from),
                              QStringLiteral("--end_time__lt"), QueryEncoding::filterTime(to),
                              QStringLiteral("--call_direction"), QStringLiteral("outbound")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.contains("Exported " + QByteArray::number(expected.size()) + " call"),
                 outcome.err.constData());
        QCOMPARE(QString::fromUtf8(readFile(out)).split(u'\n', Qt::SkipEmptyParts), expected);

        // Pace options and an archive that does not exist are refused before anything is written.
        const QString never = m_dir.filePath(QStringLiteral("never.csv"));
        QCOMPARE(runCommand({QStringLiteral("--archive"), path, QStringLiteral("-o"), never,
                             QStringLiteral("--budget"), QStringLiteral("10")})
                         .exitCode,
                 2);
        const Outcome missing = runCommand({QStringLiteral("--archive"),
                                            QStringLiteral("postgresql://nobody@localhost:1/x"),
                                            QStringLiteral("-o"), never});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("could not be opened"), missing.err.constData());
        QVERIFY(!QFile::exists(never));
    }

    void failureLeavesThePreviousFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous\r\n");
        previous.close();
        qputenv("PLIVO_AUTH_TOKEN", "not-the-token");
        const Outcome outcome = runCommand(account() + QStringList{QStringLiteral("-o"), path});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(outcome.err.contains("Export failed"));
        QVERIFY(!outcome.err.contains("not-the-token"));
        QCOMPARE(readFile(path), QByteArray("previous\r\n"));
        QCOMPARE(QDir(m_dir.path())
                         .entryList({QStringLiteral("*kept*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kept.csv")});
    }

    // Ctrl+C (SIGINT) or SIGTERM in the middle of an export, from Plivo or from an archive:
    // the command says it was cancelled, exits 1 and leaves neither the file nor a part of it.
    void stopSignalsLeaveNoFile_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("fromArchive");
        QTest::newRow("SIGINT, from Plivo") << SIGINT << false;
        QTest::newRow("SIGTERM, from Plivo") << SIGTERM << false;
        QTest::newRow("SIGINT, from an archive") << SIGINT << true;
        QTest::newRow("SIGTERM, from an archive") << SIGTERM << true;
    }

    void stopSignalsLeaveNoFile()
    {
        QFETCH(int, signal);
        QFETCH(bool, fromArchive);
        const QString name = QStringLiteral("stopped-%1-%2.csv").arg(signal).arg(fromArchive);
        QStringList arguments;
        if (fromArchive) {
            // Several of the export's batches, so that it is still writing when the signal comes.
            const QString archivePath = m_dir.filePath(QStringLiteral("stopped.sqlite"));
            if (!QFile::exists(archivePath)) {
                QString error;
                auto archive = CallArchive::open(archivePath, &error);
                QVERIFY2(archive, qPrintable(error));
                const SandboxAccount many(9, 12000, m_sandbox->now());
                QList<CallRecord> calls;
                for (const SandboxCall &call : many.calls())
                    calls.append(*PageParser::parseCall(many.jsonText(call)).value);
                QVERIFY2(archive->store(calls, nullptr, &error), qPrintable(error));
            }
            arguments = {QStringLiteral("--archive"), archivePath};
        } else {
            m_sandbox->setLatency(300); // pages keep coming for seconds
            arguments = account();
        }
        // The signal goes to this process, which runs the command, as soon as the export has
        // begun writing: without the command's handler the test would end here. Its file is
        // still unnamed then (QSaveFile writes an O_TMPFILE), so it is seen among the open files.
        const auto writing = [this, &name] {
            const QDir descriptors(QStringLiteral("/proc/self/fd"));
            for (const QString &fd : descriptors.entryList(QDir::Files | QDir::System)) {
                const QString target = QFile::symLinkTarget(descriptors.filePath(fd));
                if (target.startsWith(m_dir.path() + QStringLiteral("/#"))
                    || target.startsWith(m_dir.filePath(name) + u'.'))
                    return true;
            }
            return false;
        };
        std::atomic<bool> returned = false;
        std::atomic<bool> sent = false;
        std::thread sender([&] {
            while (!returned) {
                if (writing()) {
                    sent = true;
                    ::kill(::getpid(), signal);
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        const Outcome outcome
                = runCommand(arguments + QStringList{QStringLiteral("-o"), m_dir.filePath(name)});
        returned = true;
        sender.join();
        m_sandbox->setLatency(0);
        QVERIFY2(sent, outcome.err.constData());
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("Export cancelled"), outcome.err.constData());
        QCOMPARE(QDir(m_dir.path()).entryList({name + u'*'}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void profile()
    {
        {
            QSettings settings(QStringLiteral("Callscope"), QStringLiteral("Callscope"));
            settings.setValue(QStringLiteral("profiles/test/authId"), m_sandbox->authId());
            settings.setValue(QStringLiteral("profiles/test/baseUrl"),
                              m_sandbox->baseUrl().toString());
        }
        const QString path = m_dir.filePath(QStringLiteral("profile.csv"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome outcome = runCommand({QStringLiteral("--profile"), QStringLiteral("test"),
                                            QStringLiteral("-o"), path, QStringLiteral("--quiet")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(matchesAround(uuidColumn(readFile(path)), {}, 7, before));
    }

    // The token is read from the system keychain when the environment has none.
    void keychainToken()
    {
        const QString authId = QStringLiteral("MATESTKEYCHAIN0000001");
        SandboxOptions options;
        options.callCount = 200;
        options.rateLimit = 0;
        options.authId = authId;
        options.authToken = secretToken;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0));
        QKeychain::WritePasswordJob write(QStringLiteral("Callscope"));
        write.setAutoDelete(false);
        write.setKey(authId);
        write.setTextData(secretToken);
        QSignalSpy written(&write, &QKeychain::Job::finished);
        write.start();
        QVERIFY(written.wait(10000));
        if (write.error() != QKeychain::NoError)
            QSKIP(qPrintable(QStringLiteral("no usable keychain here: ") + write.errorString()));
        qunsetenv("PLIVO_AUTH_TOKEN");
        const QString path = m_dir.filePath(QStringLiteral("keychain.csv"));
        const Outcome outcome
                = runCommand({QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
                              QStringLiteral("--auth-id"), authId, QStringLiteral("-o"), path});
        QKeychain::DeletePasswordJob remove(QStringLiteral("Callscope"));
        remove.setAutoDelete(false);
        remove.setKey(authId);
        QSignalSpy removed(&remove, &QKeychain::Job::finished);
        remove.start();
        QVERIFY(removed.wait(10000));
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(QFile::exists(path));
        QVERIFY(!outcome.err.contains(secretToken.toUtf8()));
    }

    // Calls arriving inside the exported range move the pages: exit 3 with the reason.
    void changedResultExitsThree()
    {
        SandboxOptions options;
        options.seed = 9;
        options.callCount = 3000;
        options.rateLimit = 0;
        options.authToken = secretToken;
        options.now = QDateTime::currentDateTimeUtc().addSecs(-100); // behind the pinned "now"
        options.latencyMs = 20;
        options.growthPerSecond = 300;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0));
        const QString path = m_dir.filePath(QStringLiteral("moving.csv"));
        const Outcome outcome
                = runCommand({QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
                              QStringLiteral("--auth-id"), sandbox.authId(), QStringLiteral("-o"),
                              path, QStringLiteral("--concurrency"), QStringLiteral("1")});
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.err.contains("changed"), outcome.err.constData());
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
