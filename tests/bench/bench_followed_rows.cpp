// Memory of a window left following (issue 13): a million calls arrive, 20 at a time, into the
// table's model at its default limit of 200,000 followed rows; the baseline, measured in the
// same run, is the same stream into a model whose limit lets every call stay.
//   bench_followed_rows [CALLS]   (default 1,000,000)

#include "heapinuse.h"
#include "syntheticcalls.h"

#include "models/calltablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

// Feeds `count` calls and prints the heap the model holds at each checkpoint.
void follow(int limit, int count, const QList<int> &checkpoints)
{
    const qint64 before = heapInUse();
    QElapsedTimer clock;
    clock.start();
    {
        CallTableModel model;
        model.setFollowLimit(limit);
        QRandomGenerator random(1);
        QList<CallRecord> page;
        for (int i = 0; i < count; ++i) {
            // Newest first as the API pages, so a page goes in oldest first.
            page.prepend(makeRecord(random, count - i));
            if (page.size() == 20 || i + 1 == count) {
                model.addFollowed(page);
                page.clear();
            }
            if (checkpoints.contains(i + 1)) {
                const double mib = double(heapInUse() - before) / (1024.0 * 1024.0);
                std::printf("  limit %7d, after %8d calls: %6d rows, %7.1f MiB (%.0f bytes per "
                            "row), %.1f s\n",
                            limit, i + 1, model.rowCount(), mib,
                            mib * 1024 * 1024 / double(model.rowCount()),
                            double(clock.elapsed()) / 1000.0);
                std::fflush(stdout);
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const QList<int> checkpoints{200'000, 500'000, 1'000'000, count};
    std::printf("Default limit (%d followed rows):\n", CallTableModel::DefaultFollowLimit);
    follow(CallTableModel::DefaultFollowLimit, count, checkpoints);
    std::printf("Baseline: every call stays\n");
    follow(count, count, checkpoints);
    return 0;
}
