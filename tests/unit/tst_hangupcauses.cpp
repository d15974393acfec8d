#include "plivo/hangupcauses.h"

#include <QFile>
#include <QTest>

class TestHangupCauses : public QObject
{
    Q_OBJECT

private slots:
    void tableIsLoadedFromResources()
    {
        const HangupCauses &causes = HangupCauses::instance();
        QVERIFY(causes.all().size() >= 50);
        const auto busy = causes.find(3010);
        QVERIFY(busy);
        QCOMPARE(busy->name, QStringLiteral("Busy Line"));
        QCOMPARE(busy->description, QStringLiteral("Destination is busy"));
        QCOMPARE(causes.find(8011)->name, QStringLiteral("Invalid Answer XML"));
        QVERIFY(!causes.find(1234));
    }

    void everyRowOfTheSourceTableIsPresent()
    {
        QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/../../resources/hangup-causes.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(HangupCauses::instance().all().size(), lines.size() - 1);
    }

    void everyDescriptionIsTranslatable()
    {
        // hangupcausetexts.cpp must follow the table, or a description would stay untranslated.
        QStringList table;
        for (const HangupCause &cause : HangupCauses::instance().all())
            table.append(cause.description);
        QStringList marked;
        for (const char *text : HangupCauses::translatableDescriptions())
            marked.append(QString::fromUtf8(text));
        table.sort();
        marked.sort();
        QCOMPARE(marked, table);
    }

    void normalEndings()
    {
        QVERIFY(HangupCauses::isNormalEnding(4000));
        QVERIFY(HangupCauses::isNormalEnding(4010));
        QVERIFY(!HangupCauses::isNormalEnding(3010));
        QVERIFY(!HangupCauses::isNormalEnding(8011));
    }
};

QTEST_GUILESS_MAIN(TestHangupCauses)
#include "tst_hangupcauses.moc"
