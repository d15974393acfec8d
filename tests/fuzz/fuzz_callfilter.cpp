// libFuzzer target: a saved filter as it sits in a settings file, which people edit by hand.
// Read, checked and, when valid, planned and encoded as the window would send it.

#include "plivo/callfilter.h"
#include "plivo/queryplan.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    const CallFilter filter = CallFilter::fromJson(document.object());
    // What a filter writes, it reads back as itself.
    if (!(CallFilter::fromJson(filter.toJson()) == filter))
        std::abort();
    if (!filter.validate(now).isEmpty())
        return 0;
    const QueryPlan plan = QueryPlan::build(filter, now);
    QueryEncoding::encode(filter.parameters());
    (void)plan;
    return 0;
}
