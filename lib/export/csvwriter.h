#pragma once

#include "plivo/callrecord.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

// The file format of an export.
enum class ExportFormat { Csv, JsonLines };

// What a CsvWriter writes and how.
struct CsvOptions
{
    ExportFormat format = ExportFormat::Csv;
    // API field names in the order wanted; a name Callscope does not know is looked up among the
    // record's unknown fields. Empty means every known field in the API's order.
    QStringList columns;
    // Appends a column "unknown_fields": the fields the API sent that no other column names, as
    // one JSON object ("" when there are none).
    bool includeUnknownFields = false;
    bool byteOrderMark = false; // CSV only: JSON Lines never starts with one
    bool formulaGuard = true; // CSV only: JSON Lines carries the values as sent
    TimeStyle timeStyle = TimeStyle::AsSent;
};

// Writes call records to a device as RFC 4180 CSV (CRLF, UTF-8, optional BOM, a header row of
// API field names) or as JSON Lines (one call object per line), with a guard against cells a
// spreadsheet would run as a formula.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    using Format = ExportFormat;
    using Options = CsvOptions;

    static constexpr QStringView UnknownFieldsColumn = u"unknown_fields";

    explicit CsvWriter(QIODevice *device, const Options &options = {});

    const Options &options() const { return m_options; }
    // The header cells, in order (the chosen columns, then "unknown_fields" when asked for).
    QStringList header() const { return m_header; }

    // CSV: the byte order mark when asked for, then the header row. JSON Lines: nothing.
    bool writeHeader();
    bool writeRecord(const CallRecord &record);
    qint64 recordsWritten() const { return m_recordsWritten; }
    QString errorString() const { return m_error; }

    // The CSV cells of one record, formula guard applied when on, not yet quoted.
    QStringList cells(const CallRecord &record) const;
    // The line a record becomes in the chosen format, line end included.
    QByteArray line(const CallRecord &record) const;

    // Every known field's API name, in the API's order.
    static QStringList defaultColumns();
    // Sentences about a column list a person typed (empty names, repeats); empty when usable.
    static QStringList checkColumns(const QStringList &columns);
    static bool isKnownColumn(QStringView name);

    // RFC 4180: cells joined with commas, quoted where needed, CRLF at the end, UTF-8.
    static QByteArray csvRow(const QStringList &cells);
    // Quotes a cell when it holds a comma, a double quote, CR or LF, doubling the quotes.
    static QString quoteCell(const QString &cell);
    // Prefixes "'" to a cell that starts with =, +, -, @, tab, CR or LF, unless the whole cell is
    // a plain number such as +14155550100 or -12.5.
    static QString guardFormula(const QString &cell);
    static bool isPlainNumber(QStringView cell);

private:
    struct Column
    {
        QString name;
        std::optional<CallField> field;
    };

    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    Options m_options;
    QList<Column> m_columns;
    QStringList m_header;
    qint64 m_recordsWritten = 0;
    QString m_error;
};
