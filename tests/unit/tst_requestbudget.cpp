#include "plivo/requestbudget.h"

#include <QTest>

class TestRequestBudget : public QObject
{
    Q_OBJECT

private slots:
    void allowsUpToTheLimitPerWindow()
    {
        RequestBudget budget(3, 5000);
        QVERIFY(budget.tryAcquire(0));
        QVERIFY(budget.tryAcquire(10));
        QVERIFY(budget.tryAcquire(20));
        QVERIFY(!budget.tryAcquire(30));
        QCOMPARE(budget.used(30), 3);
        // The first slot frees exactly when the first request leaves the window.
        QCOMPARE(budget.msUntilAvailable(30), 4970);
        QVERIFY(!budget.tryAcquire(4999));
        QVERIFY(budget.tryAcquire(5000));
        QVERIFY(!budget.tryAcquire(5000));
        QCOMPARE(budget.msUntilAvailable(5000), 10);
    }

    void neverExceedsTheLimitInAnyWindow()
    {
        // A greedy sender at 1 ms steps: count sends in every window of 5000 ms.
        RequestBudget budget(150, 5000);
        QList<qint64> sends;
        for (qint64 t = 0; t < 30000; ++t) {
            while (budget.tryAcquire(t))
                sends.append(t);
        }
        QCOMPARE(sends.size(), 150 * 6);
        for (qsizetype i = 0; i + 150 < sends.size(); ++i)
            QVERIFY2(sends.at(i + 150) - sends.at(i) >= 5000, "more than 150 sends in 5 s");
    }

    void loweringTheLimitWaitsForTheWindow()
    {
        RequestBudget budget(4, 1000);
        for (int i = 0; i < 4; ++i)
            QVERIFY(budget.tryAcquire(i));
        budget.setLimit(2);
        QVERIFY(!budget.tryAcquire(10));
        QCOMPARE(budget.msUntilAvailable(10), 1002 - 10);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
