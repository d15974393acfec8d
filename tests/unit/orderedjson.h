#pragma once

// A small JSON reader for tests that keeps what QJsonObject loses: the order and spelling of
// keys, and repeated keys. Written independently of lib/plivo/jsontext, so that a test comparing
// the two checks something. Scalars are decoded by Qt, so values compare as JSON values.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

struct OrderedJson
{
    enum class Kind { Scalar, Object, Array };
    Kind kind = Kind::Scalar;
    QJsonValue scalar;
    QList<std::pair<QString, OrderedJson>> members;
    QList<OrderedJson> items;

    bool operator==(const OrderedJson &) const = default;

    QStringList keys() const
    {
        QStringList out;
        for (const auto &member : members)
            out.append(member.first);
        return out;
    }

    static std::optional<OrderedJson> parse(const QByteArray &text)
    {
        qsizetype pos = 0;
        std::optional<OrderedJson> value = parseValue(text, pos);
        skipSpace(text, pos);
        if (!value || pos != text.size())
            return std::nullopt;
        return value;
    }

private:
    static void skipSpace(const QByteArray &text, qsizetype &pos)
    {
        while (pos < text.size() && QByteArrayView(" \t\r\n").contains(text.at(pos)))
            ++pos;
    }

    // A scalar token decoded by Qt, wrapped in an array because Qt 6.4 reads only documents.
    static std::optional<QJsonValue> decodeScalar(const QByteArray &token)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson('[' + token + ']', &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1)
            return std::nullopt;
        return document.array().first();
    }

    static std::optional<QString> parseString(const QByteArray &text, qsizetype &pos)
    {
        if (pos >= text.size() || text.at(pos) != '"')
            return std::nullopt;
        qsizetype end = pos + 1;
        while (end < text.size() && text.at(end) != '"')
            end += text.at(end) == '\\' ? 2 : 1;
        if (end >= text.size())
            return std::nullopt;
        const std::optional<QJsonValue> value = decodeScalar(text.mid(pos, end + 1 - pos));
        pos = end + 1;
        if (!value)
            return std::nullopt;
        return value->toString();
    }

    static std::optional<OrderedJson> parseValue(const QByteArray &text, qsizetype &pos)
    {
        skipSpace(text, pos);
        if (pos >= text.size())
            return std::nullopt;
        OrderedJson out;
        const char first = text.at(pos);
        if (first == '{' || first == '[') {
            const bool isObject = first == '{';
            out.kind = isObject ? Kind::Object : Kind::Array;
            ++pos;
            skipSpace(text, pos);
            if (pos < text.size() && text.at(pos) == (isObject ? '}' : ']')) {
                ++pos;
                return out;
            }
            while (true) {
                skipSpace(text, pos);
                QString key;
                if (isObject) {
                    const std::optional<QString> parsedKey = parseString(text, pos);
                    skipSpace(text, pos);
                    if (!parsedKey || pos >= text.size() || text.at(pos) != ':')
                        return std::nullopt;
                    ++pos;
                    key = *parsedKey;
                }
                std::optional<OrderedJson> value = parseValue(text, pos);
                if (!value)
                    return std::nullopt;
                if (isObject)
                    out.members.append({key, *value});
                else
                    out.items.append(*value);
                skipSpace(text, pos);
                if (pos >= text.size())
                    return std::nullopt;
                const char next = text.at(pos++);
                if (next == (isObject ? '}' : ']'))
                    return out;
                if (next != ',')
                    return std::nullopt;
            }
        }
        qsizetype end = pos;
        if (first == '"') {
            ++end;
            while (end < text.size() && text.at(end) != '"')
                end += text.at(end) == '\\' ? 2 : 1;
            ++end;
        } else {
            while (end < text.size() && !QByteArrayView(",}] \t\r\n").contains(text.at(end)))
                ++end;
        }
        const std::optional<QJsonValue> value = decodeScalar(text.mid(pos, end - pos));
        if (!value)
            return std::nullopt;
        out.scalar = *value;
        pos = end;
        return out;
    }
};
