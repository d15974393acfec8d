#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The position just past the string that opens at `pos`, or -1.
qsizetype skipString(QByteArrayView text, qsizetype pos)
{
    if (pos >= text.size() || text[pos] != '"')
        return -1;
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// The position just past the compact value that starts at `pos`, or -1. Nesting is counted, not
// recursed into, so deep input cannot exhaust the stack.
qsizetype skipValue(QByteArrayView text, qsizetype pos)
{
    if (pos >= text.size())
        return -1;
    const char first = text[pos];
    if (first == '"')
        return skipString(text, pos);
    if (first == '{' || first == '[') {
        qsizetype depth = 0;
        for (qsizetype i = pos; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = skipString(text, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = pos;
    while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']')
        ++i;
    return i > pos ? i : -1;
}

} // namespace

namespace JsonText {

QByteArray compact(QByteArrayView json)
{
    QByteArray out(json.size(), Qt::Uninitialized);
    char *write = out.data();
    const char *read = json.data();
    const char *const end = read + json.size();
    bool inString = false;
    while (read < end) {
        const char c = *read++;
        if (inString) {
            *write++ = c;
            if (c == '\\' && read < end)
                *write++ = *read++;
            else if (c == '"')
                inString = false;
        } else if (!isJsonSpace(c)) {
            *write++ = c;
            inString = c == '"';
        }
    }
    out.truncate(write - out.data());
    return out;
}

std::optional<QList<Member>> members(QByteArrayView object)
{
    if (object.size() < 2 || object.front() != '{' || object.back() != '}')
        return std::nullopt;
    QList<Member> result;
    qsizetype pos = 1;
    if (object[pos] == '}')
        return pos + 1 == object.size() ? std::optional(result) : std::nullopt;
    while (pos < object.size()) {
        const qsizetype keyEnd = skipString(object, pos);
        if (keyEnd < 0 || keyEnd >= object.size() || object[keyEnd] != ':')
            return std::nullopt;
        const qsizetype valueEnd = skipValue(object, keyEnd + 1);
        if (valueEnd < 0 || valueEnd >= object.size())
            return std::nullopt;
        result.append({object.sliced(pos + 1, keyEnd - pos - 2),
                       object.sliced(keyEnd + 1, valueEnd - keyEnd - 1)});
        if (object[valueEnd] == '}')
            return valueEnd + 1 == object.size() ? std::optional(result) : std::nullopt;
        if (object[valueEnd] != ',')
            return std::nullopt;
        pos = valueEnd + 1;
    }
    return std::nullopt;
}

std::optional<QList<QByteArrayView>> elements(QByteArrayView array)
{
    if (array.size() < 2 || array.front() != '[' || array.back() != ']')
        return std::nullopt;
    QList<QByteArrayView> result;
    qsizetype pos = 1;
    if (array[pos] == ']')
        return pos + 1 == array.size() ? std::optional(result) : std::nullopt;
    while (pos < array.size()) {
        const qsizetype end = skipValue(array, pos);
        if (end < 0 || end >= array.size())
            return std::nullopt;
        result.append(array.sliced(pos, end - pos));
        if (array[end] == ']')
            return end + 1 == array.size() ? std::optional(result) : std::nullopt;
        if (array[end] != ',')
            return std::nullopt;
        pos = end + 1;
    }
    return std::nullopt;
}

QString decodedKey(QByteArrayView key)
{
    if (!key.contains('\\'))
        return QString::fromUtf8(key);
    // Rare: let Qt's parser decode the escapes, so both agree on what the key is.
    const QJsonArray wrapped = QJsonDocument::fromJson("[\"" + key.toByteArray() + "\"]").array();
    return wrapped.isEmpty() ? QString() : wrapped.first().toString();
}

std::optional<QByteArrayView> memberValue(QByteArrayView object, QStringView key)
{
    const std::optional<QList<Member>> all = members(object);
    if (!all)
        return std::nullopt;
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (decodedKey(it->key) == key)
            return it->value;
    }
    return std::nullopt;
}

void appendQuoted(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    // Most text needs no escape: appended whole.
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return c == '"' || c == '\\' || uchar(c) < 0x20;
    });
    if (plain) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray quoted(QStringView text)
{
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

QByteArray written(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 9.0e15)
            return QByteArray::number(qint64(number));
        return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    return QByteArrayLiteral("null");
}

QByteArray indented(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    // Indentation stops growing at a depth no call object reaches, so hostile nesting costs
    // linear space.
    constexpr int deepestIndented = 32;
    auto newline = [&] {
        out += '\n';
        out += QByteArray(4 * qBound(0, depth, deepestIndented), ' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            const qsizetype stop = end < 0 ? json.size() : end;
            out += json.sliced(i, stop - i);
            i = stop - 1;
        } else if (c == '{' || c == '[') {
            out += c;
            // An empty object or array stays on one line.
            if (i + 1 < json.size() && (json[i + 1] == '}' || json[i + 1] == ']')) {
                out += json[++i];
                continue;
            }
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace JsonText
