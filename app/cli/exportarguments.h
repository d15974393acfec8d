#pragma once

#include "export/csvwriter.h"
#include "plivo/callfilter.h"
#include "plivo/plivoclient.h"

#include <QCoreApplication>
#include <QStringList>

// The command line of `callscope export`, read and checked before anything is requested.
struct ExportArguments
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString output; // a path, or "-" for standard output
    CsvOptions writer;
    bool demo = false;
    QString baseUrl;
    QString authId;
    QString profile;
    QString last; // "24h", "7d", "30d" or "90d"
    QueryParameters filterParameters; // API names and values, as given
    int budget = ClientOptions().budget; // requests per 5 s
    // Enough requests in flight to spend the whole budget at a few hundred milliseconds of latency.
    int concurrency = 24;
    bool quiet = false;
    bool fromArchive = false;
    QString archive; // a path or postgresql:// URL; empty: the account's default archive
    bool help = false;

    QStringList errors; // sentences; any of them makes it bad usage
    QStringList notes; // sentences worth a line on stderr, not errors

    static ExportArguments parse(const QStringList &arguments);
    // The filter the options ask for, with --last applied at `now`; problems become errors.
    CallFilter filter(const QDateTime &now);
    static QString usage();
};
