// Time from Apply (a new query) to the first rows in the table model, against the sandbox at
// 80 ms latency, next to that latency measured in the same run by a bare request.
//   bench_first_rows [runs]   (default 20)

#include "models/calltablemodel.h"
#include "sandbox/sandboxserver.h"
#include "source/plivocallsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    QTextStream out(stdout);

    SandboxOptions options;
    options.latencyMs = 80;
    options.rateLimit = 0;
    SandboxServer server(options);
    if (!server.listen())
        return 1;
    PlivoClient client({server.authId(), server.authToken(), server.baseUrl()});

    // Baseline: one bare request for a page, same client, same server.
    QList<double> bare;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        PlivoReply *reply = client.listCalls({}, 0, 20, RequestPriority::Interactive);
        QEventLoop loop;
        QObject::connect(reply, &PlivoReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        bare.append(timer.nsecsElapsed() / 1e6);
        reply->deleteLater();
    }

    out << "sandbox: " << options.callCount << " calls, latency " << options.latencyMs
        << " ms\nbare request, median ms:        " << median(bare) << "\n";
    for (int days : {7, 90}) {
        CallTableModel model;
        PlivoCallSource source(&client);
        model.setSource(&source);
        QList<double> firstRows;
        for (int i = 0; i < runs; ++i) {
            CallFilter filter;
            filter.endTime.atLeast = server.now().addDays(-days);
            filter.callDirection = i % 2 ? QStringLiteral("inbound") : QString();
            QElapsedTimer timer;
            timer.start();
            CallQuery query;
            query.filter = filter;
            query.now = server.now();
            model.setQuery(query);
            QEventLoop loop;
            QObject::connect(&model, &CallTableModel::queryCounted, &loop, &QEventLoop::quit);
            loop.exec();
            if (model.loadedCount() == 0)
                return 2;
            firstRows.append(timer.nsecsElapsed() / 1e6);
        }
        out << "first rows, last " << days << " days (" << model.plan().windows().size()
            << " window(s)), median ms: " << median(firstRows)
            << "  max: " << *std::max_element(firstRows.begin(), firstRows.end())
            << "  over latency: " << median(firstRows) - median(bare) << "\n";
    }
    return 0;
}
