// libFuzzer target: the command line of `callscope export`, arguments separated by NUL bytes.
// Read and checked as the command does before anything is requested; never run.

#include "cli/exportarguments.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments;
    for (const QByteArray &argument : text.split('\0'))
        arguments.append(QString::fromUtf8(argument));
    ExportArguments parsed = ExportArguments::parse(arguments);
    if (parsed.errors.isEmpty())
        parsed.filter(QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
    return 0;
}
