#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A deliberately unforgiving RFC 4180 reader for tests: every record ends with CRLF, a quote may
// only open a field or be doubled inside a quoted one, CR and LF appear bare only inside quotes,
// the text is valid UTF-8 and every record has as many fields as the first.
struct StrictCsv
{
    QList<QStringList> rows;
    bool hadByteOrderMark = false;
    QString error; // empty when the text is valid

    bool ok() const { return error.isEmpty(); }

    static StrictCsv parse(QByteArray bytes)
    {
        StrictCsv out;
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            out.hadByteOrderMark = true;
            bytes.remove(0, 3);
        }
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes) {
            out.error = QStringLiteral("not valid UTF-8");
            return out;
        }
        const auto fail = [&out](qsizetype at, const char *why) {
            out.error = QStringLiteral("offset %1: %2").arg(at).arg(QLatin1StringView(why));
            return out;
        };
        QStringList row;
        QString field;
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            // At the start of a field.
            if (text[i] == u'"') {
                ++i;
                for (;;) {
                    if (i >= n)
                        return fail(i, "unterminated quoted field");
                    if (text[i] == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text[i++];
                }
            } else {
                while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                    if (text[i] == u'"')
                        return fail(i, "quote inside an unquoted field");
                    field += text[i++];
                }
            }
            // After a field: a comma, or CRLF ending the record.
            if (i < n && text[i] == u',') {
                row.append(field);
                field.clear();
                ++i;
                if (i == n)
                    return fail(i, "text ends after a comma");
                continue;
            }
            if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
                row.append(field);
                field.clear();
                if (!out.rows.isEmpty() && row.size() != out.rows.first().size())
                    return fail(i, "record with a different number of fields");
                out.rows.append(row);
                row.clear();
                i += 2;
                continue;
            }
            if (i >= n)
                return fail(i, "last record does not end with CRLF");
            return fail(i, "bare CR or LF, or text after a closing quote");
        }
        return out;
    }
};
