// Pages parsed per second and microseconds per record, next to the cost of QJsonDocument alone
// (the floor any JSON-based parser pays), both measured in the same run.
//   bench_parser [seconds-per-measure]   (default 2)

#include "plivo/pageparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QUuid>

namespace {

// A full 20-record page built from Plivo's documented call object, each record distinct.
QByteArray realisticPage()
{
    QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/sdk-php-callListResponse.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray sample = root.value(u"objects").toArray();
    QJsonArray objects;
    for (int i = 0; i < 20; ++i) {
        QJsonObject call = sample.at(i % 2).toObject();
        call.insert(
                QStringLiteral("call_uuid"),
                QUuid::createUuidV5(QUuid(), QByteArray::number(i)).toString(QUuid::WithoutBraces));
        objects.append(call);
    }
    root.insert(QStringLiteral("objects"), objects);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

template<typename F> double perSecond(F work, double seconds, qint64 *iterations)
{
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        work();
        ++n;
    }
    *iterations = n;
    return n / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 2.0;
    const QByteArray body = realisticPage();
    QTextStream out(stdout);

    qint64 records = 0;
    qint64 pages = 0;
    const double parserRate = perSecond(
            [&] { records += PageParser::parsePage(body).value->records.size(); }, seconds, &pages);
    qint64 jsonPages = 0;
    volatile qsizetype sink = 0;
    const double jsonRate
            = perSecond([&] { sink = sink + QJsonDocument::fromJson(body).object().size(); },
                        seconds, &jsonPages);
    out << "page body bytes:              " << body.size() << " (20 records)\n"
        << "PageParser pages/s:           " << qint64(parserRate) << "\n"
        << "PageParser us/record:         " << 1e6 / (parserRate * 20) << "\n"
        << "QJsonDocument only pages/s:   " << qint64(jsonRate) << "\n"
        << "typing cost over JSON alone:  " << jsonRate / parserRate << "x\n";
    return records == pages * 20 ? 0 : 1;
}
