#include "csvwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

// An unknown field's value as one cell: strings as they are, anything else as compact JSON.
QString jsonCell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // QJsonDocument writes numbers the way JSON does (no trailing ".0" for integers).
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool needsQuotes(QStringView cell)
{
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
    const QStringList names = options.columns.isEmpty() ? defaultColumns() : options.columns;
    for (const QString &name : names) {
        m_columns.append({name, CallFields::fromApiName(name)});
        m_header.append(name);
    }
    if (options.includeUnknownFields)
        m_header.append(UnknownFieldsColumn.toString());
}

QStringList CsvWriter::defaultColumns()
{
    QStringList names;
    for (CallField field : CallFields::all())
        names.append(CallFields::apiName(field));
    return names;
}

bool CsvWriter::isKnownColumn(QStringView name)
{
    return CallFields::fromApiName(name).has_value();
}

QStringList CsvWriter::checkColumns(const QStringList &columns)
{
    QStringList problems;
    QSet<QString> seen;
    for (const QString &name : columns) {
        if (name.trimmed().isEmpty()) {
            problems.append(tr("A column name is empty; separate the names with single commas."));
            continue;
        }
        if (name != name.trimmed())
            problems.append(tr("The column name \u201c%1\u201d has spaces around it.").arg(name));
        if (seen.contains(name))
            problems.append(tr("The column \u201c%1\u201d is listed twice.").arg(name));
        if (name == UnknownFieldsColumn)
            problems.append(tr("\u201c%1\u201d is not a field; ask for the unknown fields with "
                               "their own option.")
                                    .arg(name));
        seen.insert(name);
    }
    return problems;
}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("Could not write the export: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

bool CsvWriter::writeHeader()
{
    if (m_options.format == Format::JsonLines)
        return true;
    QByteArray bytes;
    if (m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += csvRow(m_header);
    return write(bytes);
}

bool CsvWriter::writeRecord(const CallRecord &record)
{
    if (!write(line(record)))
        return false;
    ++m_recordsWritten;
    return true;
}

QStringList CsvWriter::cells(const CallRecord &record) const
{
    QStringList out;
    out.reserve(m_header.size());
    for (const Column &column : m_columns) {
        if (column.field) {
            out.append(record.text(*column.field, m_options.timeStyle));
            continue;
        }
        QString text;
        for (const auto &[name, value] : record.unknownFields) {
            if (name == column.name) {
                text = jsonCell(value);
                break;
            }
        }
        out.append(text);
    }
    if (m_options.includeUnknownFields) {
        QJsonObject rest;
        for (const auto &field : record.unknownFields) {
            const QString &name = field.first;
            const bool named = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                           [&name](const Column &c) { return c.name == name; });
            if (!named)
                rest.insert(name, field.second);
        }
        out.append(rest.isEmpty()
                           ? QString()
                           : QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact)));
    }
    if (m_options.formulaGuard) {
        for (QString &cell : out)
            cell = guardFormula(cell);
    }
    return out;
}

QByteArray CsvWriter::line(const CallRecord &record) const
{
    if (m_options.format == Format::JsonLines)
        return record.jsonLine() + '\n';
    return csvRow(cells(record));
}

QByteArray CsvWriter::csvRow(const QStringList &cells)
{
    QString row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += u',';
        row += quoteCell(cells.at(i));
    }
    row += QStringLiteral("\r\n");
    return row.toUtf8();
}

QString CsvWriter::quoteCell(const QString &cell)
{
    if (!needsQuotes(cell))
        return cell;
    QString quoted = cell;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool CsvWriter::isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'+' || cell[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < cell.size() && cell[i] >= u'0' && cell[i] <= u'9') {
        ++i;
        ++digits;
    }
    if (i < cell.size() && cell[i] == u'.') {
        ++i;
        qsizetype decimals = 0;
        while (i < cell.size() && cell[i] >= u'0' && cell[i] <= u'9') {
            ++i;
            ++decimals;
        }
        if (decimals == 0)
            return false;
        digits += decimals;
    }
    return digits > 0 && i == cell.size();
}

QString CsvWriter::guardFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@'
            || first == u'\t' || first == u'\r' || first == u'\n';
    if (!risky || isPlainNumber(cell))
        return cell;
    return u'\'' + cell;
}
