// Queries over a real archive (SQLite, or PostgreSQL with CALLSCOPE_ARCHIVE_ENGINE=postgresql)
// answer the API's filters exactly as the sandbox (Plivo's behaviour) does, in the API's order;
// what only the archive can do (number anywhere, several causes, amounts, any sort, any range) is
// checked against the calls themselves; the charts' counts equal counting call by call.

#include "archiveengine.h"

#include "archive/archivequery.h"
#include "models/callstats.h"
#include "plivo/hangupcauses.h"
#include "plivo/pageparser.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The value a sort orders by; invalid when the call has none.
QVariant sortValue(const CallRecord &call, CallField field)
{
    switch (field) {
    case CallField::BilledDuration:
        return call.billedDuration;
    case CallField::TotalAmount:
        return call.totalAmount ? QVariant(call.totalAmount->units()) : QVariant();
    case CallField::FromNumber:
        return call.fromNumber ? QVariant(*call.fromNumber) : QVariant();
    case CallField::HangupCauseName:
        return call.hangupCauseName ? QVariant(*call.hangupCauseName) : QVariant();
    case CallField::AnswerTime:
        return call.answerTime ? QVariant(call.answerTime->utcSeconds() * 1000000
                                          + call.answerTime->microseconds())
                               : QVariant();
    default:
        return QVariant();
    }
}

} // namespace

class TestArchiveQuery : public QObject
{
    Q_OBJECT

    ArchiveEngine m_engine;
    std::unique_ptr<SandboxAccount> m_account;
    std::unique_ptr<CallArchive> m_archive;
    QHash<QUuid, CallRecord> m_records;

    // The archive counts exactly `expected` and gives them back newest first.
    void compareAnswer(const ArchiveCriteria &criteria, const QList<QUuid> &expected)
    {
        const ArchiveQuery query(m_archive.get(), criteria);
        QString error;
        QCOMPARE(query.count(&error), std::optional<qint64>(expected.size()));
        const auto calls = query.calls(CallField::EndTime, Qt::DescendingOrder, 0,
                                       int(expected.size()) + 10, &error);
        QVERIFY2(calls, qPrintable(error));
        QList<QUuid> got;
        for (const CallRecord &call : *calls)
            got.append(call.callUuid);
        QCOMPARE(got, expected);
    }

    // How many calls of `archive` have a from number containing `part`; -1 on failure.
    static qint64 countFromNumbersContaining(const CallArchive &archive, const QString &part)
    {
        ArchiveCriteria criteria;
        criteria.numberMatch = ArchiveCriteria::NumberMatch::Contains;
        criteria.filter.fromNumber = part;
        QString problem;
        return ArchiveQuery(&archive, criteria).count(&problem).value_or(-1);
    }

    // The sandbox's calls that `matches` accepts, newest first.
    QList<QUuid> newestFirstWhere(const std::function<bool(const SandboxCall &)> &matches) const
    {
        QList<QUuid> found;
        for (const int index : m_account->newestFirst()) {
            const SandboxCall &call = m_account->calls().at(index);
            if (matches(call))
                found.append(QUuid::fromString(call.callUuid));
        }
        return found;
    }

    // The archive's answer to a filter equals the sandbox's, in the API's newest-first order.
    void compareWithSandbox(const QueryParameters &parameters)
    {
        QList<SandboxQuery::Parameter> sandboxParameters;
        for (const auto &[key, value] : parameters)
            sandboxParameters.append({key, value});
        const SandboxQuery sandbox = SandboxQuery::parse(sandboxParameters, m_account->now());
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.errorString()));
        const QList<QUuid> expected
                = newestFirstWhere([&](const SandboxCall &call) { return sandbox.matches(call); });
        QList<CallFilter::Problem> problems;
        ArchiveCriteria criteria;
        criteria.filter = CallFilter::fromParameters(parameters, &problems);
        QVERIFY(problems.isEmpty());
        compareAnswer(criteria, expected);
    }

private slots:
    void initTestCase()
    {
        ARCHIVE_ENGINE_START(m_engine);
        m_account = std::make_unique<SandboxAccount>(
                51, 12000, QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC));
        m_archive = m_engine.open(m_engine.location(u"query"_s));
        QVERIFY(m_archive);
        QList<CallRecord> calls;
        for (const SandboxCall &call : m_account->calls()) {
            const Parsed<CallRecord> parsed = PageParser::parseCall(m_account->jsonText(call));
            QVERIFY(parsed.ok());
            calls.append(*parsed.value);
            m_records.insert(parsed.value->callUuid, *parsed.value);
        }
        QString error;
        QVERIFY2(m_archive->store(calls, nullptr, &error), qPrintable(error));
    }

    void apiFiltersAnswerAsPlivoDoes_data()
    {
        QTest::addColumn<QueryParameters>("parameters");
        const auto window = [](QueryParameters more) {
            // 30 days ending 5 days before the account's now: one window the API accepts.
            more.append({u"end_time__gte"_s, u"2026-08-17 00:00:00"_s});
            more.append({u"end_time__lt"_s, u"2026-09-16 00:00:00"_s});
            return more;
        };
        const SandboxCall &some = m_account->calls().at(100);
        QString ownNumber = m_account->ownNumbers().first();
        QTest::newRow("window only") << window({});
        QTest::newRow("inbound") << window({{u"call_direction"_s, u"inbound"_s}});
        QTest::newRow("outbound") << window({{u"call_direction"_s, u"outbound"_s}});
        QTest::newRow("to own number") << window({{u"to_number"_s, ownNumber}});
        QTest::newRow("to own number without plus") << window({{u"to_number"_s, ownNumber.mid(1)}});
        QTest::newRow("from prefix +1") << window({{u"from_number"_s, u"+1"_s}});
        QTest::newRow("from prefix 44") << window({{u"from_number"_s, u"44"_s}});
        QTest::newRow("bill 30 to 120")
                << window({{u"bill_duration__gte"_s, u"30"_s}, {u"bill_duration__lt"_s, u"120"_s}});
        QTest::newRow("bill exact 0") << window({{u"bill_duration"_s, u"0"_s}});
        QTest::newRow("busy") << window({{u"hangup_cause_code"_s, u"3010"_s}});
        QTest::newRow("callee hung up") << window(
                {{u"hangup_source"_s, u"Callee"_s}, {u"call_direction"_s, u"outbound"_s}});
        QTest::newRow("stir verified") << window({{u"stir_verification"_s, u"Verified"_s}});
        QTest::newRow("legs of a call") << window(
                {{u"parent_call_uuid"_s, some.isALeg() ? some.callUuid : some.parentCallUuid}});
        QTest::newRow("end exclusive bounds")
                << QueryParameters{{u"end_time__gt"_s, u"2026-09-01 10:00:00"_s},
                                   {u"end_time__lte"_s, u"2026-09-02 10:00:00"_s}};
    }

    void apiFiltersAnswerAsPlivoDoes()
    {
        QFETCH(QueryParameters, parameters);
        compareWithSandbox(parameters);
    }

    // No 30-day windows, no 90 days: the whole archive in one query, older calls included.
    void anyRange()
    {
        const ArchiveQuery query(m_archive.get(), {});
        QString error;
        QCOMPARE(query.count(&error), std::optional<qint64>(m_account->calls().size()));
        ArchiveCriteria old;
        old.filter.endTime.lessThan
                = QDateTime::fromSecsSinceEpoch(m_account->retentionStart(), Qt::UTC);
        qsizetype expected = 0;
        for (const SandboxCall &call : m_account->calls())
            expected += call.endTime < m_account->retentionStart();
        QVERIFY(expected > 500);
        QCOMPARE(ArchiveQuery(m_archive.get(), old).count(&error), std::optional<qint64>(expected));
    }

    // A number matched by any part, through the trigram index from three characters on (by a
    // scan below), in either column, newest first, exactly the calls whose number holds it.
    void numbersMatchByAnyPart_data()
    {
        QTest::addColumn<bool>("fromSide");
        QTest::addColumn<QString>("part");
        const QString own = m_account->ownNumbers().first();
        for (const bool from : {true, false}) {
            const char *side = from ? "from" : "to";
            QTest::addRow("%s 2 digits", side) << from << u"42"_s;
            QTest::addRow("%s 3 digits", side) << from << u"424"_s;
            QTest::addRow("%s 4 digits", side) << from << u"4242"_s;
            QTest::addRow("%s own number's tail", side) << from << own.right(6);
            QTest::addRow("%s own number's start", side) << from << own.mid(1, 4);
            QTest::addRow("%s whole own number", side) << from << own;
            QTest::addRow("%s letters of a SIP address", side) << from << u"sip"_s;
            QTest::addRow("%s query syntax", side) << from << u"4\" OR \"2"_s;
            QTest::addRow("%s wildcards", side) << from << u"4%_2"_s;
            QTest::addRow("%s nowhere", side) << from << u"99999999999999"_s;
        }
    }

    void numbersMatchByAnyPart()
    {
        QFETCH(bool, fromSide);
        QFETCH(QString, part);
        ArchiveCriteria criteria;
        criteria.numberMatch = ArchiveCriteria::NumberMatch::Contains;
        (fromSide ? criteria.filter.fromNumber : criteria.filter.toNumber) = part;
        // What the filter asks for: the number as typed, spaces and a leading "+" dropped.
        QString bare = CallFilter::normalizeNumber(part);
        if (bare.startsWith(u'+'))
            bare.remove(0, 1);
        const QList<QUuid> expected = newestFirstWhere([&](const SandboxCall &call) {
            const CallRecord &record = m_records[QUuid::fromString(call.callUuid)];
            const std::optional<QString> &number = fromSide ? record.fromNumber : record.toNumber;
            return number && number->contains(bare, Qt::CaseInsensitive);
        });
        compareAnswer(criteria, expected);
    }

    // A part thousands of numbers hold: the newest calls come from the end-time index (the
    // broad plan), still exactly the calls that hold it, in order.
    void aBroadPartFindsTheNewestCalls()
    {
        const std::unique_ptr<CallArchive> archive = m_engine.open(m_engine.location(u"broad"_s));
        QVERIFY(archive);
        QList<CallRecord> calls;
        QList<QUuid> expected; // newest first
        const CallRecord model = m_records.constBegin().value();
        for (int i = 0; i < 9000; ++i) {
            CallRecord call = model;
            call.sentJson.clear();
            call.callUuid = QUuid::createUuid();
            call.endTime = ApiTime::fromDateTime(
                    QDateTime::fromSecsSinceEpoch(1790000000 - i * 60, QTimeZone::utc()));
            // Two calls in three hold 777 after the counter (some others in it).
            call.fromNumber
                    = (i % 3 ? u"+4420%1777"_s : u"+4420%1000"_s).arg(i, 5, 10, QChar(u'0'));
            calls.append(call);
            if (call.fromNumber->contains(u"777"))
                expected.append(call.callUuid);
        }
        QString error;
        QVERIFY2(archive->store(calls, nullptr, &error), qPrintable(error));
        ArchiveCriteria criteria;
        criteria.numberMatch = ArchiveCriteria::NumberMatch::Contains;
        criteria.filter.fromNumber = u"777"_s;
        const ArchiveQuery query(archive.get(), criteria);
        QCOMPARE(query.count(&error), std::optional<qint64>(expected.size()));
        const auto first = query.calls(CallField::EndTime, Qt::DescendingOrder, 100, 20, &error);
        QVERIFY2(first, qPrintable(error));
        QList<QUuid> got;
        for (const CallRecord &call : *first)
            got.append(call.callUuid);
        QCOMPARE(got, expected.mid(100, 20));
        qsizetype visited = 0;
        QVERIFY(query.forEach(
                CallField::EndTime, Qt::DescendingOrder,
                [&](const QList<CallRecord> &batch) {
                    for (const CallRecord &call : batch)
                        visited += call.callUuid == expected.value(visited);
                    return true;
                },
                &error));
        QCOMPARE(visited, expected.size());
    }

    // The index follows a stored call whose number changes (a redacted number replaced by the
    // real one): the new number is found by its parts, the old one no longer.
    // The trigram index takes a batch's new calls after them: a call stored twice in one batch,
    // its number changed in between, is found by its last number only, and the index agrees
    // with the calls (FTS5's own check against its content table).
    void numbersChangedWithinOneBatch()
    {
        const std::unique_ptr<CallArchive> archive = m_engine.open(m_engine.location(u"batch"_s));
        QVERIFY(archive);
        auto it = m_records.constBegin();
        CallRecord first = it.value();
        CallRecord second = (++it).value();
        first.sentJson.clear();
        second.sentJson.clear();
        first.fromNumber = u"+1415XXXXXXX"_s;
        second.fromNumber = u"+1212YYYYYYY"_s;
        CallRecord firstAgain = first;
        firstAgain.fromNumber = u"+14157770123"_s;
        QString error;
        QVERIFY2(archive->store({first, second, firstAgain}, nullptr, &error), qPrintable(error));
        const auto matches = [&](const QString &part) {
            return countFromNumbersContaining(*archive, part);
        };
        QCOMPARE(matches(u"5XXXX"_s), 0);
        QCOMPARE(matches(u"57770123"_s), 1);
        QCOMPARE(matches(u"2YYYY"_s), 1);
        if (m_engine.isPostgreSql())
            return;
        QSqlQuery check(archive->database());
        QVERIFY2(check.exec(u"INSERT INTO call_numbers (call_numbers, rank) "
                            "VALUES ('integrity-check', 1)"_s),
                 qPrintable(check.lastError().text()));
    }

    void aChangedNumberIsFoundByItsNewParts()
    {
        const std::unique_ptr<CallArchive> archive = m_engine.open(m_engine.location(u"changed"_s));
        QVERIFY(archive);
        CallRecord call = m_records.constBegin().value();
        call.sentJson.clear();
        call.fromNumber = u"+1415XXXXXXX"_s;
        QString error;
        QVERIFY2(archive->store({call}, nullptr, &error), qPrintable(error));
        const auto matches = [&](const QString &part) {
            return countFromNumbersContaining(*archive, part);
        };
        QCOMPARE(matches(u"5XXXX"_s), 1);
        call.fromNumber = u"+14157770123"_s;
        QVERIFY2(archive->store({call}, nullptr, &error), qPrintable(error));
        QCOMPARE(matches(u"5XXXX"_s), 0);
        QCOMPARE(matches(u"57770123"_s), 1);
        call.fromNumber.reset();
        QVERIFY2(archive->store({call}, nullptr, &error), qPrintable(error));
        QCOMPARE(matches(u"57770123"_s), 0);
    }

    void whatOnlyTheArchiveCanDo()
    {
        // A number matched anywhere, several causes at once, an amount range.
        ArchiveCriteria criteria;
        criteria.numberMatch = ArchiveCriteria::NumberMatch::Contains;
        criteria.filter.toNumber = u"55"_s;
        criteria.hangupCauseCodes = {4000, 3010, 3000};
        criteria.amountAtLeast = Money::fromUnits(1000);
        criteria.amountAtMost = Money::fromUnits(90000);
        qsizetype expected = 0;
        for (const CallRecord &call : std::as_const(m_records)) {
            expected += call.toNumber
                    && QString(*call.toNumber)
                               .remove(0, call.toNumber->startsWith(u'+'))
                               .contains(u"55")
                    && call.hangupCauseCode
                    && QList<int>({4000, 3010, 3000}).contains(*call.hangupCauseCode)
                    && call.totalAmount && call.totalAmount->units() >= 1000
                    && call.totalAmount->units() <= 90000;
        }
        QVERIFY(expected > 20);
        QString error;
        const ArchiveQuery query(m_archive.get(), criteria);
        QCOMPARE(query.count(&error), std::optional<qint64>(expected));
    }

    // Any column, either way, at any size: the order is the column's, ties in one fixed order,
    // missing values last; every call exactly once.
    void sortByAnyColumn_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("descending");
        for (const CallField field :
             {CallField::BilledDuration, CallField::TotalAmount, CallField::FromNumber,
              CallField::HangupCauseName, CallField::AnswerTime}) {
            const QByteArray name = CallFields::apiName(field).toUtf8();
            QTest::newRow(name + " ascending") << int(field) << false;
            QTest::newRow(name + " descending") << int(field) << true;
        }
    }

    void sortByAnyColumn()
    {
        QFETCH(int, field);
        QFETCH(bool, descending);
        const CallField sortField = CallField(field);
        const ArchiveQuery query(m_archive.get(), {});
        QString error;
        const auto all
                = query.calls(sortField, descending ? Qt::DescendingOrder : Qt::AscendingOrder, 0,
                              int(m_records.size()), &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), m_records.size());
        QSet<QUuid> seen;
        bool missingStarted = false;
        for (qsizetype i = 0; i < all->size(); ++i) {
            seen.insert(all->at(i).callUuid);
            const QVariant value = sortValue(all->at(i), sortField);
            if (!value.isValid() || value.isNull()) {
                missingStarted = true;
                continue;
            }
            QVERIFY2(!missingStarted, "a value after the missing ones");
            if (i == 0 || !sortValue(all->at(i - 1), sortField).isValid())
                continue;
            const QVariant previous = sortValue(all->at(i - 1), sortField);
            const QPartialOrdering c = QVariant::compare(previous, value);
            QVERIFY(descending ? c != QPartialOrdering::Less : c != QPartialOrdering::Greater);
        }
        QCOMPARE(seen.size(), m_records.size());
        // A page in the middle is the same slice of that order.
        const auto page = query.calls(
                sortField, descending ? Qt::DescendingOrder : Qt::AscendingOrder, 5000, 20, &error);
        QVERIFY(page);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(page->at(i).callUuid, all->at(5000 + i).callUuid);
    }

    // A prefix most calls match reads the end-time index instead of the number index: the same
    // calls in the same order either way.
    void broadPrefixKeepsTheOrder()
    {
        ArchiveCriteria criteria;
        criteria.filter.fromNumber = u"1"_s;
        const QList<QUuid> expected = newestFirstWhere([](const SandboxCall &call) {
            return !call.fromNumberNull && SandboxQuery::numberMatches(call.fromNumber, u"1"_s);
        });
        QVERIFY(expected.size() > 5000);
        compareAnswer(criteria, expected);
    }

    // A billed-duration range newest first: broad ranges read the end-time index, narrow ones
    // the duration index; the same calls in the same order either way.
    void rangesKeepTheOrder_data()
    {
        QTest::addColumn<qint64>("atLeast");
        QTest::addColumn<qint64>("atMost");
        QTest::newRow("broad: 1 s and more") << qint64(1) << qint64(1000000);
        QTest::newRow("narrow: 1,500 to 1,700 s") << qint64(1500) << qint64(1700);
    }

    void rangesKeepTheOrder()
    {
        QFETCH(qint64, atLeast);
        QFETCH(qint64, atMost);
        ArchiveCriteria criteria;
        criteria.filter.billDuration.atLeast = atLeast;
        criteria.filter.billDuration.atMost = atMost;
        const QList<QUuid> expected = newestFirstWhere([&](const SandboxCall &call) {
            return call.billDuration >= atLeast && call.billDuration <= atMost;
        });
        QVERIFY(expected.size() > 20);
        compareAnswer(criteria, expected);
    }

    // Streaming (the export's way) gives the same calls in the same order as paging.
    void streamingEqualsPaging()
    {
        ArchiveCriteria criteria;
        criteria.filter.toNumber = m_account->ownNumbers().first();
        criteria.filter.billDuration.atLeast = 5;
        const ArchiveQuery query(m_archive.get(), criteria);
        QString error;
        const auto paged = query.calls(CallField::EndTime, Qt::DescendingOrder, 0, 100000, &error);
        QVERIFY2(paged && paged->size() > 100, qPrintable(error));
        QList<QUuid> streamed;
        QVERIFY2(query.forEach(
                         CallField::EndTime, Qt::DescendingOrder,
                         [&](const QList<CallRecord> &calls) {
                             for (const CallRecord &call : calls)
                                 streamed.append(call.callUuid);
                             return true;
                         },
                         &error),
                 qPrintable(error));
        QCOMPARE(streamed.size(), paged->size());
        for (qsizetype i = 0; i < streamed.size(); ++i)
            QCOMPARE(streamed.at(i), paged->at(i).callUuid);
    }

    // The charts' counts equal counting the calls the query lists, whether the rollup answers
    // (whole days from it, ragged ends from the calls) or the calls do.
    void chartCountsEqualCountingCalls_data()
    {
        QTest::addColumn<int>("scene");
        QTest::addColumn<bool>("rolledUp");
        QTest::newRow("outbound, 30 days") << 0 << true;
        QTest::newRow("everything, whole archive") << 1 << true;
        QTest::newRow("causes and source, ragged range") << 2 << true;
        QTest::newRow("inside one day") << 3 << true;
        QTest::newRow("inbound, one day in minutes") << 4 << true;
        QTest::newRow("one end time") << 5 << true;
        QTest::newRow("billed 10 to 60 s") << 6 << true;
        QTest::newRow("from number prefix, 40 days") << 7 << false;
        QTest::newRow("outbound, billed 0 s") << 8 << true;
        QTest::newRow("causes, billed over 45 s, ragged range") << 9 << true;
        QTest::newRow("billed 5 to 20 s, one day in minutes") << 10 << true;
        QTest::newRow("billed exactly 30 s, amount too") << 11 << false;
        QTest::newRow("billed 10 to 60 s, whole archive by day") << 12 << true;
    }

    void chartCountsEqualCountingCalls()
    {
        QFETCH(int, scene);
        QFETCH(bool, rolledUp);
        const qint64 now = m_account->now();
        const auto at = [](qint64 second) {
            return QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
        };
        ArchiveCriteria criteria;
        qint64 first = now - 30 * 86400;
        qint64 last = now - 1;
        switch (scene) {
        case 0:
            criteria.filter.callDirection = u"outbound"_s;
            break;
        case 1:
            first = m_account->calls().first().endTime;
            for (const SandboxCall &call : m_account->calls())
                first = qMin(first, call.endTime);
            break;
        case 2:
            criteria.hangupCauseCodes = {4000, 3010};
            criteria.filter.hangupSource = u"Callee"_s;
            first = now - 20 * 86400 + 1234;
            last = now - 2 * 86400 - 77;
            criteria.filter.endTime.atLeast = at(first);
            criteria.filter.endTime.atMost = at(last);
            break;
        case 3: // around a call in the middle of its day, touching neither end of it
            for (const int index : m_account->newestFirst()) {
                const qint64 end = m_account->calls().at(index).endTime;
                if (end % 86400 >= 3600 && end % 86400 < 82800) {
                    first = end - 3599;
                    last = end + 3599;
                    break;
                }
            }
            criteria.filter.endTime.greaterThan = at(first - 1);
            criteria.filter.endTime.atMost = at(last);
            break;
        case 4:
            criteria.filter.callDirection = u"inbound"_s;
            first = now - 86400;
            criteria.filter.endTime.atLeast = at(first);
            break;
        case 5: {
            first = last = m_account->calls().at(m_account->newestFirst().at(40)).endTime;
            criteria.filter.endTime.exact = at(first);
            break;
        }
        case 6:
            criteria.filter.billDuration.atLeast = 10;
            criteria.filter.billDuration.atMost = 60;
            break;
        case 7:
            first = now - 40 * 86400;
            criteria.filter.fromNumber = u"+14"_s;
            break;
        case 8:
            criteria.filter.callDirection = u"outbound"_s;
            criteria.filter.billDuration.exact = 0;
            break;
        case 9:
            criteria.hangupCauseCodes = {4000, 3010, 3000, 3020};
            criteria.filter.billDuration.greaterThan = 45;
            first = now - 25 * 86400 + 999;
            last = now - 3 * 86400 - 4321;
            criteria.filter.endTime.atLeast = at(first);
            criteria.filter.endTime.atMost = at(last);
            break;
        case 10: // minutes: the hour rollup has no durations, so the time chart reads calls
            criteria.filter.billDuration.atLeast = 5;
            criteria.filter.billDuration.lessThan = 20;
            first = now - 86400;
            criteria.filter.endTime.atLeast = at(first);
            break;
        case 11:
            criteria.filter.billDuration.exact = 30;
            criteria.amountAtLeast = Money::fromUnits(1);
            break;
        case 12: // buckets of whole days: the time chart comes from the day rollup
            criteria.filter.billDuration.atLeast = 10;
            criteria.filter.billDuration.atMost = 60;
            first = m_account->now() - 89 * 86400;
            first -= first % 86400;
            last = m_account->now() - 1;
            QVERIFY(CallStats::timeBucketSeconds(first, last) % 86400 == 0);
            break;
        }
        const qint64 width = CallStats::timeBucketSeconds(first, last);
        const qint64 origin = first - first % width;
        const int buckets = int((last - origin) / width + 1);
        QString error;
        const ArchiveQuery query(m_archive.get(), criteria);
        QCOMPARE(query.usesRollup(), rolledUp);
        const auto got = query.aggregates(origin, width, buckets, first, last, &error);
        QVERIFY2(got, qPrintable(error));

        // What the query lists, counted call by call.
        QList<CallRecord> listed;
        QVERIFY2(query.forEach(
                         CallField::EndTime, Qt::DescendingOrder,
                         [&](const QList<CallRecord> &batch) {
                             listed += batch;
                             return true;
                         },
                         &error),
                 qPrintable(error));
        QVERIFY2(listed.size() > 0, "the scene matches no call");
        ArchiveQuery::Aggregates want;
        want.timeCounts.assign(size_t(buckets), {0, 0});
        QHash<std::pair<int, QString>, qint64> causes;
        QHash<QString, qint64> sources;
        for (const CallRecord &call : std::as_const(listed)) {
            ++want.calls;
            want.answered += call.answerTime.has_value();
            want.billSeconds += call.billDuration;
            want.billedSeconds += call.billedDuration;
            if (call.totalAmount) {
                want.amount += *call.totalAmount;
                ++want.callsWithAmount;
            }
            ++want.durations[size_t(CallStats::durationBucketOf(call.billDuration))];
            ++causes[{call.hangupCauseCode.value_or(-1), call.hangupCauseName.value_or(QString())}];
            ++sources[call.hangupSource.value_or(QString())];
            const qint64 end = call.endTime ? call.endTime->utcSeconds() : -1;
            if (call.endTime && end >= first && end <= last)
                ++want.timeCounts[size_t((end - origin) / width)]
                                 [CallStats::outcomeOf(call.hangupCauseCode)
                                                  == CallStats::Outcome::NormalEnding
                                          ? 0
                                          : 1];
            else
                ++want.outsideTimeBuckets;
        }
        QCOMPARE(got->calls, want.calls);
        QCOMPARE(query.count(&error), std::optional<qint64>(want.calls));
        QCOMPARE(got->answered, want.answered);
        QCOMPARE(got->billSeconds, want.billSeconds);
        QCOMPARE(got->billedSeconds, want.billedSeconds);
        QCOMPARE(got->amount, want.amount);
        QCOMPARE(got->callsWithAmount, want.callsWithAmount);
        QCOMPARE(got->durations, want.durations);
        QCOMPARE(got->timeCounts, want.timeCounts);
        QCOMPARE(got->outsideTimeBuckets, want.outsideTimeBuckets);
        QCOMPARE(got->causes.size(), causes.size());
        for (const ArchiveQuery::Aggregates::Cause &cause : got->causes)
            QCOMPARE(cause.count, causes.value({cause.code.value_or(-1), cause.name}));
        QCOMPARE(got->sources.size(), sources.size());
        for (const auto &[source, count] : got->sources)
            QCOMPARE(count, sources.value(source));
    }

    void subaccountIsExplained()
    {
        ArchiveCriteria unseen;
        unseen.filter.hangupSource = u"Nobody"_s;
        QString error;
        QCOMPARE(ArchiveQuery(m_archive.get(), unseen).count(&error), std::optional<qint64>(0));
        ArchiveCriteria criteria;
        criteria.filter.subaccount = m_account->subaccounts().first();
        QVERIFY(ArchiveQuery(m_archive.get(), criteria).problems().first().contains(u"subaccount"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveQuery)
#include "tst_archivequery.moc"
