#pragma once

// A throwaway PostgreSQL server for tests: initdb into a temporary folder, pg_ctl start on a Unix
// socket in that folder (no TCP port), stopped and removed at the end. When the tests run as
// root, the server runs as the unprivileged user "postgres", as PostgreSQL insists.
//
// Missing PostgreSQL is a skip on a developer's machine and a failure where
// CALLSCOPE_EXPECT_POSTGRESQL=1 (CI), so the PostgreSQL half of a suite cannot silently vanish.

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

class PostgresServer
{
public:
    ~PostgresServer() { stop(); }

    static bool expected()
    {
        return qEnvironmentVariableIntValue("CALLSCOPE_EXPECT_POSTGRESQL") == 1;
    }

    // The newest installed server's bin folder, or empty.
    static QString binFolder()
    {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &name : names) {
            const QString bin = versions.filePath(name + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return QString();
    }

    bool start(QString *error)
    {
        const QString bin = binFolder();
        if (bin.isEmpty()) {
            *error = QStringLiteral("PostgreSQL's server (package postgresql-15) is not installed");
            return false;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = QStringLiteral("Qt's PostgreSQL driver (package libqt6sql6-psql) is missing");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_asRoot = ::geteuid() == 0;
        if (m_asRoot
            && !run(QStringLiteral("chown"),
                    {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path()}, false,
                    error))
            return false;
        m_bin = bin;
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 true, error))
            return false;
        const QString options = QStringLiteral("-k %1 -c listen_addresses= -p 5432 -F "
                                               "-c max_connections=60")
                                        .arg(m_dir.path());
        if (!run(bin + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                  QStringLiteral("-o"), options, QStringLiteral("start")},
                 true, error))
            return false;
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        QString ignored;
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            true, &ignored);
    }

    QString socketFolder() const { return m_dir.path(); }

    // A URL for the archive code, as a person would write one.
    QString url(const QString &database, const QString &user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@localhost/%2?host=%3")
                .arg(user, database, socketFolder());
    }

    // Runs SQL as the superuser in `database`; false and the error on failure.
    bool execute(const QString &database, const QStringList &statements, QString *error) const
    {
        bool ok = true;
        const QString name = QStringLiteral("pg-admin-") + database;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketFolder());
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(database);
            if (!db.open()) {
                *error = db.lastError().text();
                ok = false;
            }
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (ok && !query.exec(statement)) {
                    *error = statement + QStringLiteral(": ") + query.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A new, empty database and its URL.
    QString createDatabase(const QString &database)
    {
        QString error;
        if (!execute(QStringLiteral("postgres"),
                     {QStringLiteral("CREATE DATABASE %1").arg(database)}, &error))
            qWarning("CREATE DATABASE %s: %s", qPrintable(database), qPrintable(error));
        return url(database);
    }

    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    bool run(const QString &program, const QStringList &arguments, bool asServerUser,
             QString *error)
    {
        QProcess process;
        if (asServerUser && m_asRoot)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), program}
                                  + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2%3")
                             .arg(QFileInfo(program).fileName(),
                                  QString::fromLocal8Bit(process.readAllStandardError()),
                                  process.errorString());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/callscope-pg-XXXXXX")};
    QString m_bin;
    bool m_asRoot = false;
    bool m_running = false;
};
