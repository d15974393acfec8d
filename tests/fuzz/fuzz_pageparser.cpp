// libFuzzer target: a response body as "List all calls" or "Retrieve a call" might send it.
// Besides not crashing, each record's text as sent must be the object Qt parsed, and the store
// must give it back byte for byte.

#include "plivo/jsontext.h"
#include "plivo/pageparser.h"
#include "store/callstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// What sentJson claims: it parses to the same object as the element Qt found.
void checkSent(const CallRecord &record, const QJsonObject &parsed)
{
    if (record.sentJson.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument sent = QJsonDocument::fromJson(record.sentJson, &error);
    check(error.error == QJsonParseError::NoError && sent.isObject());
    check(sent.object() == parsed);
    JsonText::indented(record.sentJson);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CallStore store;
    const Parsed<CallPage> page = PageParser::parsePage(body);
    if (page.ok()) {
        const QJsonArray objects
                = QJsonDocument::fromJson(body).object().value(u"objects").toArray();
        check(objects.size() == page.value->records.size());
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const CallRecord &record = page.value->records.at(i);
            checkSent(record, objects.at(i).toObject());
            const CallRecord back = store.record(store.append(record));
            check(back.jsonLine() == record.jsonLine());
        }
    }
    const Parsed<CallRecord> call = PageParser::parseCall(body);
    if (call.ok()) {
        checkSent(*call.value, QJsonDocument::fromJson(body).object());
        check(store.record(store.append(*call.value)).jsonLine() == call.value->jsonLine());
    }
    return 0;
}
