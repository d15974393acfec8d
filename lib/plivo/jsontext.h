#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QStringView>

#include <optional>

// JSON as text, for keeping objects exactly as they were sent: QJsonObject sorts its keys and
// rewrites numbers, so key order and spelling can only come from the bytes themselves. The
// functions read text that QJsonDocument has already accepted; on anything else they return
// nothing rather than guess.
namespace JsonText {

// The text without whitespace outside strings.
QByteArray compact(QByteArrayView json);

// One member of an object: its key as written (still escaped, without quotes) and its value.
struct Member
{
    QByteArrayView key;
    QByteArrayView value;
};

// The members of a compact object, in the order written; nullopt if it is not an object.
std::optional<QList<Member>> members(QByteArrayView compactObject);

// The elements of a compact array; nullopt if it is not an array.
std::optional<QList<QByteArrayView>> elements(QByteArrayView compactArray);

// The value of `key` in a compact object as QJsonObject::value() would choose it (the last of
// repeated keys, escapes decoded); nullopt if absent or not an object.
std::optional<QByteArrayView> memberValue(QByteArrayView compactObject, QStringView key);

// A key as written, with its escapes decoded.
QString decodedKey(QByteArrayView key);

// A value written compactly, as QJsonDocument writes it: strings escaped the same way, integers
// without a fraction, other numbers in their shortest exact form.
QByteArray written(const QJsonValue &value);
QByteArray quoted(QStringView text);
// quoted(), appended to `out`.
void appendQuoted(QByteArray &out, QStringView text);

// A compact object or array laid out on lines, indented by four spaces per level, keys in their
// order. Strings are left exactly as written.
QByteArray indented(QByteArrayView compactJson);

} // namespace JsonText
