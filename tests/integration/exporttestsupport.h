#pragma once

#include "plivo/queryplan.h"
#include "sandbox/sandboxquery.h"
#include "sandbox/sandboxserver.h"
#include "strictcsvreader.h"

#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// What the export tests compare against: the sandbox's own answer, computed with its query
// rules over its account rather than through the client.
namespace ExportTestSupport {

// The calls the sandbox lists for the plan of `filter` at `now`, window by window, in its order.
inline QList<const SandboxCall *> reference(const SandboxServer &sandbox, const CallFilter &filter,
                                            const QDateTime &now)
{
    QList<const SandboxCall *> out;
    const QueryPlan plan = QueryPlan::build(filter, now);
    const SandboxAccount &account = sandbox.account();
    for (qsizetype w = 0; w < plan.windows().size(); ++w) {
        const SandboxQuery query
                = SandboxQuery::parse(QueryEncoding::encode(plan.parameters(w)), account.now());
        for (int index : account.newestFirst()) {
            const SandboxCall &call = account.calls().at(index);
            const qint64 micros = call.endTime * 1000000;
            if (micros >= query.earliestEndMicros() && micros <= query.latestEndMicros()
                && query.matches(call))
                out.append(&call);
        }
    }
    return out;
}

inline QStringList uuidsOf(const QList<const SandboxCall *> &calls)
{
    QStringList out;
    for (const SandboxCall *call : calls)
        out.append(call->callUuid);
    return out;
}

// The call_uuid column of a CSV export, read with the strict reader.
inline QStringList uuidColumn(const QByteArray &bytes)
{
    const StrictCsv csv = StrictCsv::parse(bytes);
    if (!csv.ok() || csv.rows.isEmpty())
        return {QStringLiteral("unparseable: ") + csv.error};
    const qsizetype column = csv.rows.first().indexOf(QStringLiteral("call_uuid"));
    QStringList out;
    for (qsizetype i = 1; i < csv.rows.size(); ++i)
        out.append(csv.rows.at(i).at(column));
    return out;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One to three filters of List all calls, with values taken from the account's own calls so that
// most of them match something; valid at the account's "now". Ranges may span several windows.
inline QueryParameters randomFilter(const SandboxAccount &account, QRandomGenerator &random)
{
    const QDateTime now = account.nowDateTime();
    for (;;) {
        QueryParameters parameters;
        const auto add = [&parameters](const char16_t *name, const QString &value) {
            const QString key = QString::fromUtf16(name);
            for (const auto &parameter : std::as_const(parameters)) {
                if (parameter.first == key)
                    return;
            }
            parameters.append({key, value});
        };
        const int kinds = 1 + int(random.bounded(3));
        for (int k = 0; k < kinds; ++k) {
            const SandboxCall &call
                    = account.calls().at(int(random.bounded(qsizetype(account.calls().size()))));
            switch (random.bounded(9)) {
            case 0:
                add(u"call_direction", call.direction);
                break;
            case 1:
                if (!call.fromNumberNull && call.fromNumber.size() > 5)
                    add(u"from_number", call.fromNumber.left(5));
                break;
            case 2:
                if (!call.toNumberNull && call.toNumber.size() > 4)
                    add(u"to_number", call.toNumber.left(4));
                break;
            case 3:
                add(u"bill_duration__gte", QString::number(random.bounded(120)));
                break;
            case 4:
                add(u"hangup_cause_code", QString::number(call.hangupCauseCode));
                break;
            case 5:
                add(u"hangup_source", call.hangupSource);
                break;
            case 6:
                add(u"stir_verification", call.stirVerification);
                break;
            case 7:
                if (!account.subaccounts().isEmpty())
                    add(u"subaccount",
                        account.subaccounts().at(
                                random.bounded(qsizetype(account.subaccounts().size()))));
                break;
            default: {
                const QDateTime from = now.addSecs(-random.bounded(89 * 86400));
                const QDateTime to = from.addSecs(3600 + random.bounded(60 * 86400));
                add(u"end_time__gte", QueryEncoding::filterTime(from));
                if (to < now)
                    add(u"end_time__lt", QueryEncoding::filterTime(to));
            }
            }
        }
        QList<CallFilter::Problem> problems;
        const CallFilter filter = CallFilter::fromParameters(parameters, &problems);
        if (!parameters.isEmpty() && problems.isEmpty() && filter.validate(now).isEmpty())
            return parameters;
    }
}

} // namespace ExportTestSupport
