#include "models/callformat.h"
#include "watch/watchrule.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestWatchRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readsTheShareRule();
    void readsTheShortestRule();
    void readsCountsAndSpans();
    void refusedWithItsLine_data();
    void refusedWithItsLine();
    void folderOfRules();

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
};

void TestWatchRule::readsTheShareRule()
{
    const QByteArray text = R"({
  "name": "Busy outbound calls",
  "calls": { "call_direction": "outbound" },
  "match": { "hangup_cause_code": 3010 },
  "condition": { "at_least_percent": 20, "of_at_least": 30 },
  "window": "15m",
  "quiet": "1h"
})";
    QString problem;
    const std::optional<WatchRule> rule = WatchRule::parse(text, &problem);
    QVERIFY2(rule, qPrintable(problem));
    QCOMPARE(rule->name, u"Busy outbound calls"_s);
    QCOMPARE(rule->calls.callDirection, u"outbound"_s);
    QVERIFY(!rule->calls.hangupCauseCode);
    QCOMPARE(rule->match.hangupCauseCode, 3010);
    QCOMPARE(rule->condition, WatchRule::Condition::ShareOf);
    QCOMPARE(rule->atLeastPercent, 20.0);
    QCOMPARE(rule->ofAtLeast, 30);
    QCOMPARE(rule->window, 15min);
    QCOMPARE(rule->quiet, 1h);
    const CallFilter matching = rule->matchingFilter();
    QCOMPARE(matching.callDirection, u"outbound"_s);
    QCOMPARE(matching.hangupCauseCode, 3010);
    QCOMPARE(rule->conditionText(), u"at least 20 % of at least 30 calls in 15m"_s);
}

void TestWatchRule::readsTheShortestRule()
{
    // "Any inbound call from +1415555": the condition and the spans take their defaults.
    QString problem;
    const std::optional<WatchRule> rule = WatchRule::parse(
            R"({"name": "From the office", "calls": {"call_direction": "inbound",
                "from_number": "+1 415 555"}})",
            &problem);
    QVERIFY2(rule, qPrintable(problem));
    QCOMPARE(rule->condition, WatchRule::Condition::AnyCall);
    QCOMPARE(rule->calls.fromNumber, u"+1415555"_s);
    QCOMPARE(rule->window, 15min);
    QCOMPARE(rule->quiet, 15min); // the window's, unless said
    QVERIFY(rule->match.isEmpty());
}

void TestWatchRule::readsCountsAndSpans()
{
    QString problem;
    const std::optional<WatchRule> rule = WatchRule::parse(
            R"({"name": "Flood", "condition": {"more_than": 50}, "window": "90s",
                "quiet": "0s", "match": {"bill_duration__lt": "5"}})",
            &problem);
    QVERIFY2(rule, qPrintable(problem));
    QCOMPARE(rule->condition, WatchRule::Condition::MoreThan);
    QCOMPARE(rule->moreThan, 50);
    QCOMPARE(rule->window, 90s);
    QCOMPARE(rule->quiet, 0s);
    QCOMPARE(rule->match.billDuration.lessThan, 5);
    QCOMPARE(CallFormat::parseSpan(u"2h"), 2h);
    QCOMPARE(CallFormat::parseSpan(u"1d"), 24h);
    QVERIFY(!CallFormat::parseSpan(u"15 minutes"));
    QVERIFY(!CallFormat::parseSpan(u"-5m"));
    QCOMPARE(CallFormat::spanText(90s), u"90s"_s);
    QCOMPARE(CallFormat::spanText(7200s), u"2h"_s);
}

void TestWatchRule::refusedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // the start of the sentence, with its line

    QTest::newRow("not JSON") << QByteArray("{\n  \"name\": \"x\"\n  \"calls\": {}\n}")
                              << u"line 3: the file is not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[1, 2]") << u"line 1: a watch rule is one JSON"_s;
    QTest::newRow("no name") << QByteArray("{\n\"calls\": {}\n}")
                             << u"line 1: the rule needs a “name”"_s;
    QTest::newRow("empty name") << QByteArray("{\n\n\"name\": \"  \"\n}")
                                << u"line 3: “name” must be text"_s;
    QTest::newRow("unknown key") << QByteArray("{\n\"name\": \"x\",\n\"windows\": \"5m\"\n}")
                                 << u"line 3: “windows” is not part of a watch rule"_s;
    QTest::newRow("not a filter") << QByteArray(
            "{\"name\": \"x\",\n\"calls\": {\n  \"answered_by\": \"machine\"}}")
                                  << u"line 3: “answered_by” is not a filter of List all calls."_s;
    QTest::newRow("end time") << QByteArray(
            "{\"name\": \"x\",\n\"calls\": {\"end_time__gte\": \"2026-01-01\"}}")
                              << u"line 2: a rule watches a sliding window of time"_s;
    QTest::newRow("subaccount in match")
            << QByteArray("{\"name\": \"x\",\n\n\"match\": {\"subaccount\": \"SA1\"}}")
            << u"line 3: a call does not say its subaccount"_s;
    QTest::newRow("array value") << QByteArray(
            "{\"name\": \"x\",\n\"calls\": {\n\"from_number\": [\"+1\"]}}")
                                 << u"line 3: “from_number” takes text or a whole number."_s;
    QTest::newRow("fractional code")
            << QByteArray("{\"name\": \"x\",\n\"match\": {\"hangup_cause_code\": 30.5}}")
            << u"line 2: “hangup_cause_code” takes text or a whole number."_s;
    QTest::newRow("code is a word")
            << QByteArray("{\"name\": \"x\",\n\"match\": {\"hangup_cause_code\": \"busy\"}}")
            << u"line 2: The hangup cause code must be a number"_s;
    QTest::newRow("bad direction")
            << QByteArray("{\"name\": \"x\",\n\"calls\": {\"call_direction\": \"sideways\"}}")
            << u"line 2: "_s;
    QTest::newRow("set twice") << QByteArray(
            "{\"name\": \"x\",\n\"calls\": {\"call_direction\": \"inbound\"},\n"
            "\"match\": {\"call_direction\": \"outbound\"}}")
                               << u"line 3: “call_direction” is already set in “calls”"_s;
    QTest::newRow("condition word")
            << QByteArray("{\"name\": \"x\",\n\"condition\": \"sometimes\"}")
            << u"line 2: “condition” is \"any call\""_s;
    QTest::newRow("percent above 100")
            << QByteArray("{\"name\": \"x\",\n\"condition\": {\n\"at_least_percent\": 150}}")
            << u"line 3: “at_least_percent” takes a number above 0"_s;
    QTest::newRow("of at least zero")
            << QByteArray("{\"name\": \"x\",\n\"condition\": {\"at_least_percent\": 20,\n"
                          "\"of_at_least\": 0}}")
            << u"line 3: “of_at_least” takes a whole number"_s;
    QTest::newRow("more than negative")
            << QByteArray("{\"name\": \"x\",\n\"condition\": {\"more_than\": -1}}")
            << u"line 2: “more_than” takes a whole number"_s;
    QTest::newRow("two conditions")
            << QByteArray("{\"name\": \"x\",\n\"condition\": {\"more_than\": 1, "
                          "\"at_least_percent\": 5}}")
            << u"line 2: “condition” is"_s;
    QTest::newRow("window in words")
            << QByteArray("{\"name\": \"x\",\n\n\"window\": \"15 minutes\"}")
            << u"line 3: “window” takes a span from 1s to 1d"_s;
    QTest::newRow("window too long") << QByteArray("{\"name\": \"x\", \"window\": \"2d\"}")
                                     << u"line 1: “window” takes a span"_s;
    QTest::newRow("window zero") << QByteArray("{\"name\": \"x\", \"window\": \"0s\"}")
                                 << u"line 1: “window” takes a span"_s;
    QTest::newRow("quiet a number") << QByteArray("{\"name\": \"x\",\n\"quiet\": 60}")
                                    << u"line 2: “quiet” takes a span from 0s to 7d"_s;
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
                                          10)
                            << u"line 1: the file is not valid JSON"_s;
    QTest::newRow("too large") << QByteArray(100 * 1024, ' ')
                               << u"this is not a watch rule: it is larger than 64 KiB."_s;
}

void TestWatchRule::refusedWithItsLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QString problem;
    QVERIFY(!WatchRule::parse(text, &problem));
    QVERIFY2(problem.startsWith(expected), qPrintable(problem));
}

void TestWatchRule::folderOfRules()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    write(folder.filePath(u"busy.json"_s),
          R"({"name": "Busy spike", "match": {"hangup_cause_code": 3010},
              "condition": {"at_least_percent": 20, "of_at_least": 30}})");
    write(folder.filePath(u"any.json"_s), R"({"name": "Any call"})");
    write(folder.filePath(u"broken.json"_s), "{\n\"name\": \"Broken\",\n\"window\": 5\n}");
    write(folder.filePath(u"notes.txt"_s), "not a rule");

    const WatchRules::Loaded loaded = WatchRules::loadFolder(folder.path());
    QCOMPARE(loaded.rules.size(), 2);
    QCOMPARE(loaded.rules.at(0).name, u"Any call"_s); // by file name
    QCOMPARE(loaded.rules.at(1).name, u"Busy spike"_s);
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(loaded.problems.first().startsWith(u"broken.json, line 3: “window” takes a span"_s),
             qPrintable(loaded.problems.first()));

    QString problem;
    QCOMPARE(WatchRules::find(u"busy"_s, &problem, folder.path())->name, u"Busy spike"_s);
    QCOMPARE(WatchRules::find(u"busy spike"_s, &problem, folder.path())->name, u"Busy spike"_s);
    QVERIFY(!WatchRules::find(u"broken"_s, &problem, folder.path()));
    QVERIFY(problem.startsWith(u"broken.json, line 3:"_s));
    QVERIFY(!WatchRules::find(u"nothing"_s, &problem, folder.path()));
    QCOMPARE(problem, u"No watch rule is called “nothing” in %1."_s.arg(folder.path()));
    QVERIFY(!WatchRules::loadFile(folder.filePath(u"missing.json"_s), &problem));
    QVERIFY(problem.contains(u"cannot be read"_s));
}

QTEST_GUILESS_MAIN(TestWatchRule)
#include "tst_watchrule.moc"
