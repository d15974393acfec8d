#pragma once

#include "callrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The "meta" block of a list response.
struct PageMeta
{
    int limit = 0;
    qint64 offset = 0;
    qint64 totalCount = 0;
    std::optional<QString> next;
    std::optional<QString> previous;
};

// One page of "List all calls", as parsed.
struct CallPage
{
    std::optional<QString> apiId;
    PageMeta meta;
    QList<CallRecord> records;
};

// Either a value or a sentence that says what was wrong with the body.
template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error;
    bool ok() const { return value.has_value(); }
};

// Turns response bodies into typed values. Tolerant of nulls, missing and extra keys, numbers
// sent as strings and repeated records; anything else gets an error, never a crash.
class PageParser
{
    Q_DECLARE_TR_FUNCTIONS(PageParser)

public:
    static Parsed<CallPage> parsePage(const QByteArray &body);
    static Parsed<CallRecord> parseCall(const QByteArray &body);
    static CallRecord parseRecord(const QJsonObject &object);
};
