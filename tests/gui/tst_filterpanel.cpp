#include "gui/filterpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime now(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc());
}

class TestFilterPanel : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(FilterPanel &panel, const char *name)
    {
        T *widget = panel.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void controlsProduceTheFilter_data()
    {
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::newRow("from") << "fromNumber"
                              << "+44 20 7946"
                              << "from_number"
                              << "+44207946";
        QTest::newRow("to") << "toNumber"
                            << "sip:bob@x.plivo.com"
                            << "to_number"
                            << "sip:bob@x.plivo.com";
        QTest::newRow("subaccount") << "subaccount"
                                    << "saabcdefghij0123456789"
                                    << "subaccount"
                                    << "SAABCDEFGHIJ0123456789";
        QTest::newRow("a-leg") << "parentCallUuid"
                               << "5607532D-5037-4066-BEFC-A8B40218DD4F"
                               << "parent_call_uuid"
                               << "5607532d-5037-4066-befc-a8b40218dd4f";
        QTest::newRow("billed exactly") << "billExact"
                                        << "30"
                                        << "bill_duration"
                                        << "30";
        QTest::newRow("billed min") << "billMin"
                                    << "10"
                                    << "bill_duration__gte"
                                    << "10";
        QTest::newRow("billed max") << "billMax"
                                    << "600"
                                    << "bill_duration__lte"
                                    << "600";
    }

    void controlsProduceTheFilter()
    {
        QFETCH(QString, control);
        QFETCH(QString, text);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        FilterPanel panel;
        child<QLineEdit>(panel, qPrintable(control))->setText(text);
        const QueryParameters parameters = panel.filter(now).parametersWithoutTime();
        QCOMPARE(parameters, QueryParameters({{parameter, value}}));
    }

    void combosProduceTheFilter()
    {
        FilterPanel panel;
        auto *direction = child<QComboBox>(panel, "direction");
        direction->setCurrentIndex(direction->findData(QStringLiteral("inbound")));
        auto *source = child<QComboBox>(panel, "hangupSource");
        source->setCurrentIndex(source->findData(QStringLiteral("Callee")));
        auto *stir = child<QComboBox>(panel, "stir");
        stir->setCurrentIndex(stir->findData(QStringLiteral("Verified")));
        auto *cause = child<QComboBox>(panel, "hangupCause");
        cause->setCurrentIndex(cause->findData(3010));
        const CallFilter filter = panel.filter(now);
        QCOMPARE(filter.callDirection, QStringLiteral("inbound"));
        QCOMPARE(filter.hangupSource, QStringLiteral("Callee"));
        QCOMPARE(filter.stirVerification, QStringLiteral("Verified"));
        QCOMPARE(filter.hangupCauseCode, 3010);
        // A cause typed by name or code works too.
        cause->setEditText(QStringLiteral("busy line"));
        QCOMPARE(panel.filter(now).hangupCauseCode, 3010);
        cause->setEditText(QStringLiteral("8011"));
        QCOMPARE(panel.filter(now).hangupCauseCode, 8011);
    }

    void timePresets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<qint64>("secondsBack");
        QTest::newRow("hour") << int(FilterPanel::TimePreset::LastHour) << qint64(3600);
        QTest::newRow("24h") << int(FilterPanel::TimePreset::Last24Hours) << qint64(86400);
        QTest::newRow("7d") << int(FilterPanel::TimePreset::Last7Days) << qint64(7 * 86400);
        QTest::newRow("30d") << int(FilterPanel::TimePreset::Last30Days) << qint64(30 * 86400);
        QTest::newRow("90d") << int(FilterPanel::TimePreset::Last90Days) << qint64(90 * 86400);
    }

    void timePresets()
    {
        QFETCH(int, preset);
        QFETCH(qint64, secondsBack);
        FilterPanel panel;
        panel.setTimePreset(FilterPanel::TimePreset(preset));
        const CallFilter filter = panel.filter(now);
        QCOMPARE(filter.endTime.atLeast->secsTo(now), secondsBack);
        QVERIFY(!filter.endTime.hasUpperBound());
    }

    void customRangeIsUtc()
    {
        FilterPanel panel;
        CallFilter filter;
        filter.endTime.atLeast = now.addDays(-3);
        filter.endTime.atMost = now.addDays(-1);
        panel.setFilter(filter);
        QCOMPARE(panel.timePreset(), FilterPanel::TimePreset::Custom);
        QCOMPARE(panel.filter(now).endTime, filter.endTime);

        // One second at both ends: an exact end time, as a chart's narrowest bar asks.
        CallFilter exact;
        exact.endTime.exact = now.addDays(-2);
        panel.setFilter(exact);
        QCOMPARE(panel.filter(now).endTime, exact.endTime);
        QVERIFY(panel.validate(now));
    }

    void problemsAreShownNextToTheirField_data()
    {
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("subaccount")
                << "subaccount"
                << "SA12" << int(CallFilter::Field::Subaccount) << "A subaccount id is";
        QTest::newRow("uuid") << "parentCallUuid"
                              << "not-a-uuid" << int(CallFilter::Field::ParentCallUuid)
                              << "is not a call uuid";
        QTest::newRow("negative") << "billExact"
                                  << "-5" << int(CallFilter::Field::BillDuration)
                                  << "cannot be negative";
        QTest::newRow("letters") << "billMin"
                                 << "ten" << int(CallFilter::Field::BillDuration)
                                 << "whole seconds";
    }

    void problemsAreShownNextToTheirField()
    {
        QFETCH(QString, control);
        QFETCH(QString, text);
        QFETCH(int, field);
        QFETCH(QString, sentence);
        FilterPanel panel;
        panel.show();
        child<QLineEdit>(panel, qPrintable(control))->setText(text);
        QVERIFY(!panel.validate(now));
        auto *label = child<QLabel>(panel, qPrintable(QStringLiteral("problem%1").arg(field)));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(sentence), qPrintable(label->text()));
        child<QLineEdit>(panel, qPrintable(control))->clear();
        QVERIFY(panel.validate(now));
        QVERIFY(!label->isVisible());
    }

    void enterApplies()
    {
        FilterPanel panel;
        panel.show();
        QSignalSpy applied(&panel, &FilterPanel::applyRequested);
        QTest::keyClick(child<QLineEdit>(panel, "fromNumber"), Qt::Key_Return);
        QCOMPARE(applied.size(), 1);
    }

    void stateRoundTripKeepsPresetsRelative()
    {
        FilterPanel panel;
        panel.setTimePreset(FilterPanel::TimePreset::Last24Hours);
        child<QLineEdit>(panel, "toNumber")->setText(QStringLiteral("+4420"));
        FilterPanel restored;
        restored.restoreState(panel.saveState());
        QCOMPARE(restored.timePreset(), FilterPanel::TimePreset::Last24Hours);
        QCOMPARE(restored.filter(now), panel.filter(now));
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
