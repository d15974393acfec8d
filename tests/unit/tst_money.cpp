#include "plivo/money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("plivo amount") << "0.01667" << qint64(1667) << "0.01667";
        QTest::newRow("rate") << "1.00000" << qint64(100000) << "1.00000";
        QTest::newRow("zero") << "0.00000" << qint64(0) << "0.00000";
        QTest::newRow("fewer decimals") << "12.5" << qint64(1250000) << "12.50000";
        QTest::newRow("whole") << "7" << qint64(700000) << "7.00000";
        QTest::newRow("negative") << "-0.00850" << qint64(-850) << "-0.00850";
        QTest::newRow("trailing zeros beyond five") << "0.1360000" << qint64(13600) << "0.13600";
        QTest::newRow("leading dot") << ".5" << qint64(50000) << "0.50000";
        QTest::newRow("large") << "92233720.36854" << qint64(9223372036854) << "92233720.36854";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        QFETCH(QString, formatted);
        const std::optional<Money> money = Money::parse(text);
        QVERIFY(money);
        QCOMPARE(money->units(), units);
        QCOMPARE(money->toString(), formatted);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("sign only") << "-";
        QTest::newRow("dot only") << ".";
        QTest::newRow("six significant decimals") << "0.000001";
        QTest::newRow("exponent") << "1e5";
        QTest::newRow("letters") << "abc";
        QTest::newRow("two dots") << "1.2.3";
        QTest::newRow("overflow") << "999999999999999999999";
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text));
    }

    void sumsExactly()
    {
        // Ten thousand 0.01667 add to 166.70000 exactly, where doubles drift.
        Money total;
        const Money amount = *Money::parse(u"0.01667");
        for (int i = 0; i < 10000; ++i)
            total += amount;
        QCOMPARE(total.toString(), QStringLiteral("166.70000"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
