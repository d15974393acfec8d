#include "gui/legtimeline.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

CallRecord leg(const char *uuid, qint64 initiated, std::optional<qint64> answered, qint64 ended)
{
    CallRecord r;
    r.callUuid = QUuid::fromString(QLatin1String(uuid));
    r.initiationTime = ApiTime(initiated, 19800);
    if (answered)
        r.answerTime = ApiTime(*answered, 19800);
    r.endTime = ApiTime(ended, 19800);
    r.hangupCauseCode = answered ? 4000 : 9000;
    return r;
}

} // namespace

class TestLegTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void barsAreOrderedAndScaledByTime()
    {
        // A-leg 0..100 s answered at 5; B-leg 1 rings 10..30 and loses; B-leg 2 rings 10..20,
        // talks 20..90; B-leg 3 rings 105..135, after the caller hung up.
        const qint64 t0 = 1790000000;
        const QList<CallRecord> legs{
                leg("00000000-0000-4000-8000-00000000000a", t0, t0 + 5, t0 + 100),
                leg("00000000-0000-4000-8000-00000000000b", t0 + 10, std::nullopt, t0 + 30),
                leg("00000000-0000-4000-8000-00000000000c", t0 + 10, t0 + 20, t0 + 90),
                leg("00000000-0000-4000-8000-00000000000d", t0 + 105, std::nullopt, t0 + 135)};
        LegTimeline timeline;
        timeline.resize(150 + 12 + 540, 200); // a 540-pixel plot: 4 px per second over 135 s
        timeline.setLegs(legs, QString());
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QCOMPARE(timeline.legCount(), 4);
        const double pxPerSecond = 540.0 / 135.0;
        for (int i = 0; i < 4; ++i) {
            const QRectF bar = timeline.barRect(i);
            const qint64 start = legs[i].initiationTime->utcSeconds() - t0;
            const qint64 end = legs[i].endTime->utcSeconds() - t0;
            QVERIFY(qAbs(bar.left() - (150 + start * pxPerSecond)) < 0.5);
            QVERIFY(qAbs(bar.width() - (end - start) * pxPerSecond) < 0.5);
            if (i > 0)
                QVERIFY(bar.top() > timeline.barRect(i - 1).top()); // one row per leg, in order
        }
        // Talking starts at the answer; unanswered legs have none.
        QVERIFY(qAbs(timeline.talkRect(2).left() - (150 + 20 * pxPerSecond)) < 0.5);
        QVERIFY(timeline.talkRect(1).isEmpty());
        // The last B-leg visibly starts after the A-leg ended.
        QVERIFY(timeline.barRect(3).left() > timeline.barRect(0).right());
    }

    void clickingABarSelectsItsLeg()
    {
        const qint64 t0 = 1790000000;
        LegTimeline timeline;
        timeline.resize(600, 120);
        timeline.setLegs({leg("00000000-0000-4000-8000-00000000000a", t0, t0 + 1, t0 + 60),
                          leg("00000000-0000-4000-8000-00000000000b", t0 + 2, t0 + 4, t0 + 50)},
                         QString());
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QSignalSpy clicked(&timeline, &LegTimeline::legClicked);
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, timeline.barRect(1).center().toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(),
                 QStringLiteral("00000000-0000-4000-8000-00000000000b"));
    }
};

QTEST_MAIN(TestLegTimeline)
#include "tst_legtimeline.moc"
