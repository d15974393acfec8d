#include "exportarguments.h"

#include <QSet>

namespace {

enum class Takes { Nothing, Value, OptionalValue };

struct OptionSpec
{
    const char16_t *name;
    Takes takes;
};

constexpr OptionSpec options[] = {
        {u"output", Takes::Value},
        {u"format", Takes::Value},
        {u"columns", Takes::Value},
        {u"bom", Takes::Nothing},
        {u"no-formula-guard", Takes::Nothing},
        {u"include-unknown", Takes::Nothing},
        {u"utc-times", Takes::Nothing},
        {u"demo", Takes::Nothing},
        {u"base-url", Takes::Value},
        {u"auth-id", Takes::Value},
        {u"profile", Takes::Value},
        {u"last", Takes::Value},
        {u"budget", Takes::Value},
        {u"concurrency", Takes::Value},
        {u"quiet", Takes::Nothing},
        {u"archive", Takes::OptionalValue},
        {u"help", Takes::Nothing},
};

const OptionSpec *findOption(QStringView name)
{
    for (const OptionSpec &spec : options) {
        if (name == QStringView(spec.name))
            return &spec;
    }
    return nullptr;
}

} // namespace

ExportArguments ExportArguments::parse(const QStringList &arguments)
{
    ExportArguments out;
    QSet<QString> seen;
    QString format = QStringLiteral("csv");
    QString columns;
    QString budget;
    QString concurrency;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name;
        std::optional<QString> inlineValue;
        if (argument == u"-o") {
            name = QStringLiteral("output");
        } else if (argument == u"-h") {
            name = QStringLiteral("help");
        } else if (argument.startsWith(u"--") && argument.size() > 2) {
            name = argument.mid(2);
            const qsizetype equals = name.indexOf(u'=');
            if (equals >= 0) {
                inlineValue = name.mid(equals + 1);
                name.truncate(equals);
            }
        } else {
            out.errors.append(tr("Unexpected argument \u201c%1\u201d.").arg(argument));
            continue;
        }

        const OptionSpec *spec = findOption(name);
        const bool isFilter = !spec && CallFilter::isFilterParameter(name);
        if (!spec && !isFilter) {
            out.errors.append(tr("Unknown option \u201c--%1\u201d.").arg(name));
            continue;
        }
        if (seen.contains(name)) {
            out.errors.append(tr("The option \u201c--%1\u201d is given twice.").arg(name));
            continue;
        }
        seen.insert(name);

        QString value;
        if (spec && spec->takes == Takes::Nothing) {
            if (inlineValue) {
                out.errors.append(tr("The option \u201c--%1\u201d takes no value.").arg(name));
                continue;
            }
        } else if (inlineValue) {
            value = *inlineValue;
        } else if (spec && spec->takes == Takes::OptionalValue) {
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-'))
                value = arguments.at(++i);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            out.errors.append(tr("The option \u201c--%1\u201d needs a value.").arg(name));
            continue;
        }

        if (isFilter)
            out.filterParameters.append({name, value});
        else if (name == u"output")
            out.output = value;
        else if (name == u"format")
            format = value;
        else if (name == u"columns")
            columns = value;
        else if (name == u"bom")
            out.writer.byteOrderMark = true;
        else if (name == u"no-formula-guard")
            out.writer.formulaGuard = false;
        else if (name == u"include-unknown")
            out.writer.includeUnknownFields = true;
        else if (name == u"utc-times")
            out.writer.timeStyle = TimeStyle::IsoUtc;
        else if (name == u"demo")
            out.demo = true;
        else if (name == u"base-url")
            out.baseUrl = value;
        else if (name == u"auth-id")
            out.authId = value.trimmed();
        else if (name == u"profile")
            out.profile = value;
        else if (name == u"last")
            out.last = value;
        else if (name == u"budget")
            budget = value;
        else if (name == u"concurrency")
            concurrency = value;
        else if (name == u"quiet")
            out.quiet = true;
        else if (name == u"archive") {
            out.fromArchive = true;
            out.archive = value;
        } else if (name == u"help")
            out.help = true;
    }
    if (out.help)
        return out;

    if (out.output.isEmpty())
        out.errors.append(tr("Say where the export goes: -o FILE, or -o - for standard output."));

    if (format == u"jsonl") {
        out.writer.format = ExportFormat::JsonLines;
        for (const char16_t *csvOnly :
             {u"columns", u"bom", u"no-formula-guard", u"include-unknown", u"utc-times"}) {
            const QString option = QString::fromUtf16(csvOnly);
            if (seen.contains(option))
                out.errors.append(tr("--%1 applies to CSV only; JSON Lines carries every field "
                                     "exactly as Plivo sent it.")
                                          .arg(option));
        }
    } else if (format != u"csv") {
        out.errors.append(tr("The format must be csv or jsonl, not \u201c%1\u201d.").arg(format));
    }

    if (seen.contains(QStringLiteral("columns"))) {
        out.writer.columns = columns.split(u',');
        out.errors.append(CsvWriter::checkColumns(out.writer.columns));
        for (const QString &column : std::as_const(out.writer.columns)) {
            if (!column.trimmed().isEmpty() && !CsvWriter::isKnownColumn(column)
                && column != CsvWriter::UnknownFieldsColumn)
                out.notes.append(tr("\u201c%1\u201d is not a field Callscope knows: its column "
                                    "holds that field when Plivo sends one, and is empty "
                                    "otherwise.")
                                         .arg(column));
        }
    }

    const auto readNumber = [&out](const QString &text, const QString &option, int low, int high,
                                   int *target) {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok || number < low || number > high)
            out.errors.append(tr("--%1 must be a whole number from %2 to %3, not \u201c%4\u201d.")
                                      .arg(option)
                                      .arg(low)
                                      .arg(high)
                                      .arg(text));
        else
            *target = number;
    };
    if (seen.contains(QStringLiteral("budget")))
        readNumber(budget, QStringLiteral("budget"), 1, 300, &out.budget);
    if (seen.contains(QStringLiteral("concurrency")))
        readNumber(concurrency, QStringLiteral("concurrency"), 1, 120, &out.concurrency);

    if (out.fromArchive) {
        for (const char16_t *paceOnly : {u"budget", u"concurrency"}) {
            const QString option = QString::fromUtf16(paceOnly);
            if (seen.contains(option))
                out.errors.append(tr("--%1 paces requests to Plivo; an export from the archive "
                                     "sends none.")
                                          .arg(option));
        }
    }
    const bool direct = !out.baseUrl.isEmpty() || !out.authId.isEmpty();
    if (int(out.demo) + int(direct) + int(!out.profile.isEmpty()) > 1)
        out.errors.append(tr("Use only one of --demo, --base-url/--auth-id and --profile."));

    static const QStringList spans{QStringLiteral("24h"), QStringLiteral("7d"),
                                   QStringLiteral("30d"), QStringLiteral("90d")};
    if (!out.last.isEmpty() && !spans.contains(out.last))
        out.errors.append(
                tr("--last must be one of 24h, 7d, 30d or 90d, not \u201c%1\u201d.").arg(out.last));
    if (!out.last.isEmpty()) {
        for (const auto &parameter : std::as_const(out.filterParameters)) {
            if (parameter.first.startsWith(u"end_time")) {
                out.errors.append(tr("Give either --last or --%1, not both.").arg(parameter.first));
                break;
            }
        }
    }
    return out;
}

CallFilter ExportArguments::filter(const QDateTime &now)
{
    QList<CallFilter::Problem> problems;
    CallFilter filter = CallFilter::fromParameters(filterParameters, &problems);
    if (!last.isEmpty()) {
        const qint64 seconds = last == u"24h" ? 86400 : last.chopped(1).toLongLong() * 86400;
        filter.endTime.atLeast = now.addSecs(-seconds);
    }
    if (problems.isEmpty())
        problems = filter.validate(
                now, fromArchive ? CallFilter::Answerer::Archive : CallFilter::Answerer::Plivo);
    for (const CallFilter::Problem &problem : std::as_const(problems))
        errors.append(problem.message);
    return filter;
}

QString ExportArguments::usage()
{
    return tr("Usage: callscope export -o FILE|- [options] [--<filter> VALUE]...\n"
              "\n"
              "Exports every call that matches the filter, in the order Plivo lists them\n"
              "(newest first), each exactly once.\n"
              "\n"
              "Output:\n"
              "  -o, --output FILE|-     the file to write (it appears only when the export\n"
              "                          is complete); - writes to standard output\n"
              "  --format csv|jsonl      CSV (default) or JSON Lines, one call per line\n"
              "  --columns a,b,...       CSV columns by API field name, in this order\n"
              "  --include-unknown       add a column with the fields Callscope does not know\n"
              "  --utc-times             times in UTC (ISO 8601) instead of as Plivo sent them\n"
              "  --bom                   start the CSV with a byte order mark, for Excel\n"
              "  --no-formula-guard      do not prefix ' to cells a spreadsheet would run\n"
              "\n"
              "Account:\n"
              "  --demo                  the built-in sandbox account\n"
              "  --base-url URL          the API address (default https://api.plivo.com)\n"
              "  --auth-id ID            the account's auth id (or PLIVO_AUTH_ID)\n"
              "  --profile NAME          an account saved in Callscope\n"
              "  The auth token comes from PLIVO_AUTH_TOKEN or the system keychain.\n"
              "\n"
              "Filter (the API's own parameter names):\n"
              "  --last 24h|7d|30d|90d   calls that ended in this span before now\n"
              "  --subaccount --call_direction --from_number --to_number --parent_call_uuid\n"
              "  --bill_duration[__gt|__gte|__lt|__lte] --end_time[__gt|__gte|__lt|__lte]\n"
              "  --hangup_cause_code --hangup_source --stir_verification\n"
              "  Times are UTC, written \"YYYY-MM-DD HH:MM[:SS]\". Without a time filter the\n"
              "  last 7 days are exported; ranges over 30 days are split automatically.\n"
              "\n"
              "Archive:\n"
              "  --archive [PATH|URL]    export from the archive instead of Plivo: any range,\n"
              "                          older than 90 days too; without a time filter every\n"
              "                          call it holds (default: the account's own archive)\n"
              "\n"
              "Pace:\n"
              "  --budget N              requests per 5 seconds (default 150 of Plivo's 300)\n"
              "  --concurrency N         requests in flight at once (default 24)\n"
              "  --quiet                 no progress and no summary\n"
              "\n"
              "Exit status: 0 done, 1 failed, 2 bad usage, 3 finished but the number of rows\n"
              "does not match the number Plivo reported.\n");
}
