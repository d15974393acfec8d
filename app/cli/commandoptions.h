#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A command's options as given: `--name value`, `--name=value`, and `--flag` for the names that
// take no value. Repeated options stay, in order; what each means is the command's to decide.
struct CommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandOptions)

public:
    QList<std::pair<QString, QString>> options; // name without "--", value ("" for a flag)
    QStringList errors; // sentences; any of them is bad usage
    bool help = false; // -h or --help

    static CommandOptions read(const QStringList &arguments, const QStringList &flags);
};
