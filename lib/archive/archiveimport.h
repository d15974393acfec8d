#pragma once

#include "callarchive.h"

#include <QCoreApplication>
#include <QStringList>

// Reads call files into an archive: Callscope's JSON Lines and CSV exports, and the CSV that
// Plivo's console e-mails (headers matched without regard to case and spaces; columns it does
// not know are kept as unknown fields). A file goes in as one transaction: a file that is not a
// call export at all (binary, not UTF-8, ragged rows, a line longer than a megabyte, an unknown
// header) changes nothing. Rows whose values cannot be read are rejected one by one, with the
// file, the line and the reason; the others are stored.
class ArchiveImport
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveImport)

public:
    enum class Format { Unknown, JsonLines, CallscopeCsv, ConsoleCsv };

    struct Result
    {
        Format format = Format::Unknown;
        QString formatName;
        qint64 imported = 0; // new or updated
        qint64 alreadyPresent = 0; // held from a richer origin, or already the same
        qint64 rejected = 0;
        QStringList rejections; // "file:line: reason", the first 100
        QString error; // the whole file was refused; nothing changed
    };

    static constexpr qint64 MaxLineBytes = 1 << 20;
    // Calls read ahead and stored together; the file is read on a thread of its own while the
    // batch before is stored.
    static constexpr int BatchSize = 5000;

    // The caller holds the archive's writer lock.
    static Result importFile(CallArchive *archive, const QString &path);
    static QString formatName(Format format);
};
