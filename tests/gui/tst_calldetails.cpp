#include "gui/calldetails.h"
#include "plivo/pageparser.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestCallDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEveryFieldOfAKnownRecord()
    {
        QFile file(QStringLiteral(CALLSCOPE_FIXTURES "/docs-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CallRecord record = PageParser::parsePage(file.readAll()).value->records.first();
        CallDetails details;
        details.setTimeDisplay(TimeDisplay::Account);
        details.showCall(record);
        using F = CallField;
        QCOMPARE(details.fieldText(F::CallUuid),
                 QStringLiteral("5607532d-5037-4066-befc-a8b40218dd4f"));
        QCOMPARE(details.fieldText(F::FromNumber), QStringLiteral("+12025551111"));
        QCOMPARE(details.fieldText(F::ToNumber),
                 QStringLiteral("sip:sam9461399937766203278@phone.plivo.com"));
        QCOMPARE(details.fieldText(F::CallDirection), QStringLiteral("Outbound"));
        QCOMPARE(details.fieldText(F::EndTime), QStringLiteral("2022-10-12 21:57:47"));
        QCOMPARE(details.fieldText(F::InitiationTime), QStringLiteral("2022-10-12 21:57:40"));
        QCOMPARE(details.fieldText(F::BillDuration), QStringLiteral("0:01 (1 s)"));
        QCOMPARE(details.fieldText(F::TotalAmount), QStringLiteral("0.01667"));
        QCOMPARE(details.fieldText(F::TotalRate), QStringLiteral("1.00000"));
        QCOMPARE(details.fieldText(F::HangupCauseName), QStringLiteral("Invalid Answer XML"));
        QCOMPARE(details.fieldText(F::HangupCauseCode), QStringLiteral("8011"));
        QCOMPARE(details.fieldText(F::HangupSource), QStringLiteral("Error"));
        QCOMPARE(details.fieldText(F::StirVerification), QStringLiteral("Not Applicable"));
        QCOMPARE(details.fieldText(F::StirAttestation), QStringLiteral("A"));
        QCOMPARE(details.fieldText(F::SourceIp), QStringLiteral("92.168.0.1"));
        QCOMPARE(details.fieldText(F::CallState), QStringLiteral("ANSWER"));
        QCOMPARE(details.fieldText(F::ParentCallUuid), QStringLiteral("none (this is an A-leg)"));
        QCOMPARE(details.fieldText(F::ConferenceUuid), QStringLiteral("\u2014"));
        QVERIFY(details.fieldText(F::ResourceUri)
                        .endsWith(u"/Call/5607532d-5037-4066-befc-a8b40218dd4f/"));
        details.setTimeDisplay(TimeDisplay::Utc);
        QCOMPARE(details.fieldText(F::EndTime), QStringLiteral("2022-10-12 16:27:47"));
    }

    void actionsCarryTheCall()
    {
        CallRecord record;
        record.callUuid = QUuid::fromString(u"73b3b6cc-2d6c-4566-8d19-10e6fda55df8");
        record.fromNumber = QStringLiteral("+14155550100");
        CallDetails details;
        details.showCall(record);
        QSignalSpy filterSpy(&details, &CallDetails::filterByNumberRequested);
        QSignalSpy legsSpy(&details, &CallDetails::showBLegsRequested);
        const auto buttons = details.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == u"Filter by caller" || button->text() == u"Show B-legs")
                button->click();
        }
        QCOMPARE(filterSpy.value(0).value(0).toString(), QStringLiteral("+14155550100"));
        QCOMPARE(legsSpy.value(0).value(0).toString(),
                 QStringLiteral("73b3b6cc-2d6c-4566-8d19-10e6fda55df8"));
    }
};

QTEST_MAIN(TestCallDetails)
#include "tst_calldetails.moc"
