// How many bytes a loaded call costs: CallStore against keeping each record as a QJsonObject,
// both measured in the same run with the allocator's own figures (glibc mallinfo2).
//   bench_store [records]   (default 1,000,000)

#include "heapinuse.h"
#include "syntheticcalls.h"

#include "store/callstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTextStream out(stdout);

    QElapsedTimer timer;
    qint64 before = heapInUse();
    timer.start();
    {
        CallStore store;
        QRandomGenerator random(1);
        for (int i = 0; i < count; ++i)
            store.append(makeRecord(random, i));
        const qint64 storeBytes = heapInUse() - before;
        const qint64 storeMs = timer.elapsed();
        out << "records:                      " << count << "\n"
            << "CallStore heap bytes/record:  " << double(storeBytes) / count << "\n"
            << "CallStore own count/record:   " << double(store.memoryUsed()) / count << "\n"
            << "CallStore append (incl. generation) ms: " << storeMs << "\n";
        out.flush();
    }

    before = heapInUse();
    timer.restart();
    {
        std::vector<QJsonObject> objects;
        objects.reserve(size_t(count));
        QRandomGenerator random(1);
        for (int i = 0; i < count; ++i)
            objects.push_back(makeRecord(random, i).toJson());
        const qint64 jsonBytes = heapInUse() - before;
        out << "QJsonObject heap bytes/record: " << double(jsonBytes) / count << "\n"
            << "QJsonObject build (incl. generation) ms: " << timer.elapsed() << "\n";
    }
    return 0;
}
