// How many bytes a loaded call costs: CallStore against keeping each record as a QJsonObject,
// both measured in the same run with the allocator's own figures (glibc mallinfo2).
//   bench_store [records]   (default 1,000,000)

#include "store/callstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <malloc.h>

#include <vector>

namespace {

qint64 heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// Records shaped like a busy account's: a few hundred thousand distinct numbers, the hangup
// cause table, some B-legs, real-looking times and money.
CallRecord makeRecord(QRandomGenerator &random, int i)
{
    static const char *causes[][3] = {{"4000", "Normal Hangup", "Callee"},
                                      {"3010", "Busy Line", "Callee"},
                                      {"3000", "No Answer", "Plivo"},
                                      {"8011", "Invalid Answer XML", "Error"},
                                      {"4010", "End Of XML Instructions", "Plivo"}};
    CallRecord r;
    r.callUuid = QUuid::createUuidV5(QUuid(), QByteArray::number(i));
    if (i % 3 == 1)
        r.parentCallUuid = QUuid::createUuidV5(QUuid(), QByteArray::number(i - 1));
    r.apiId = QStringLiteral("06ae0f8f-dc72-11e5-b56c-22000ae90795");
    r.direction = i % 2 ? CallDirection::Inbound : CallDirection::Outbound;
    r.callState = QStringLiteral("ANSWER");
    r.fromNumber = u'+' + QString::number(14150000000LL + random.bounded(300000));
    r.toNumber = QString::number(4420000000LL + random.bounded(300000));
    const qint64 end = 1790000000 - i * 7;
    r.initiationTime = ApiTime(end - 120, 19800);
    r.answerTime = ApiTime(end - 100, 19800);
    r.endTime = ApiTime(end, 19800);
    r.callDuration = r.billDuration = random.bounded(600);
    r.billedDuration = (r.billDuration + 59) / 60 * 60;
    r.totalRate = Money::fromUnits(850);
    r.totalAmount = Money::fromUnits(850 * r.billedDuration / 60);
    const auto &cause = causes[random.bounded(5)];
    r.hangupCauseCode = QByteArray(cause[0]).toInt();
    r.hangupCauseName = QString::fromLatin1(cause[1]);
    r.hangupSource = QString::fromLatin1(cause[2]);
    r.resourceUri = QStringLiteral("/v1/Account/MANWVLYTK4ZWU1YTY4ZT/Call/")
            + CallFields::uuidText(r.callUuid) + u'/';
    r.stirVerification = QStringLiteral("Not Applicable");
    r.stirAttestation = QString();
    r.voiceNetworkGroup = QStringLiteral("USA All Networks");
    r.sourceIp = QStringLiteral("10.0.%1.%2").arg(random.bounded(4)).arg(random.bounded(250));
    r.cnamLookup = QStringLiteral("disabled");
    return r;
}

} // namespace

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
