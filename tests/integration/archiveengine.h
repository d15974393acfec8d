#pragma once

// The engine an archive suite runs against, chosen by CALLSCOPE_ARCHIVE_ENGINE ("sqlite", the
// default, or "postgresql"): CTest registers each archive suite once per engine, so both run the
// same cases. Each case asks for a fresh archive location by name.

#include "postgresserver.h"

#include "archive/callarchive.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class ArchiveEngine
{
public:
    bool isPostgreSql() const { return m_postgres != nullptr; }

    // In initTestCase(): starts what the engine needs. Fails (or skips, outside CI) when
    // PostgreSQL is asked for and cannot run here.
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        if (qEnvironmentVariable("CALLSCOPE_ARCHIVE_ENGINE") != QLatin1String("postgresql"))
            return true;
        m_postgres = std::make_unique<PostgresServer>();
        QString error;
        if (!m_postgres->start(&error)) {
            m_startError = error;
            return false;
        }
        return true;
    }

    QString startError() const { return m_startError; }

    // A location no case has used yet.
    QString location(const QString &name)
    {
        const QString unique = QStringLiteral("%1_%2").arg(name).arg(++m_serial);
        if (m_postgres)
            return m_postgres->createDatabase(unique.toLower());
        return m_dir.filePath(unique + QStringLiteral(".sqlite"));
    }

    std::unique_ptr<CallArchive> open(const QString &location)
    {
        QString error;
        auto archive = CallArchive::open(location, &error);
        if (!archive)
            qWarning("archive did not open: %s", qPrintable(error));
        return archive;
    }

    PostgresServer *postgres() const { return m_postgres.get(); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    QString m_startError;
    int m_serial = 0;
};

// In initTestCase(): start the engine or stop the suite, failing where PostgreSQL is expected.
#define ARCHIVE_ENGINE_START(engine) \
    do { \
        if (!(engine).start()) { \
            if (PostgresServer::expected()) \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL did not start: ") \
                                 + (engine).startError())); \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL is not available: ") \
                             + (engine).startError())); \
        } \
    } while (false)
