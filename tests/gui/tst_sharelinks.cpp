// Links a teammate can open, across two processes: this test is the running Callscope (a window
// and its instance channel, as main() wires them); the real `callscope 'callscope://…'` is the
// second launch, which hands its link over and exits; the window opens the call or the result.

#include "gui/accountstore.h"
#include "gui/calldetails.h"
#include "gui/calltableview.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "gui/translationloader.h"
#include "sandbox/sandboxserver.h"
#include "share/calllink.h"
#include "share/instancechannel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShareLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;

    // The second launch, as a browser or `xdg-open` starts it. The test waits for it with its
    // event loop running: the window must be free to take the link.
    QProcess *launch(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(CALLSCOPE_EXECUTABLE), arguments);
        return process;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CallscopeTest"_s);
        QCoreApplication::setApplicationName(u"tst_sharelinks"_s);
        QSettings().clear();
        TranslationLoader::install(u"en"_s);
        QVERIFY(m_runtime.isValid());
        // The channel's name lives in the session's runtime folder: one of this test's own.
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    }

    void aSecondLaunchHandsItsLinkOver()
    {
        AccountStore accounts;
        MainWindow window(&accounts);
        window.resize(1280, 800);
        window.show();
        window.openDemo(0);
        InstanceChannel channel;
        QString problem;
        QVERIFY2(channel.listen(&problem), qPrintable(problem));
        window.acceptLinksFrom(&channel);
        QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isCounting() && window.model()->loadedCount() > 5,
                                 10000);

        // Copy link on a call that is not the selected one; the teammate opens it.
        const std::optional<CallRecord> wanted = window.model()->record(5);
        QVERIFY(wanted);
        const QString link
                = CallLink::forCall(wanted->callUuid, window.client()->authId()).toString();
        QVERIFY(link.startsWith(u"callscope://call/"_s));
        QVERIFY(!link.contains(SandboxOptions().authToken));
        QVERIFY(!window.details()->call()
                || window.details()->call()->callUuid != wanted->callUuid);
        QProcess *second = launch({link});
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0); // handed over, no window of its own
        QTRY_VERIFY(window.details()->call()
                    && window.details()->call()->callUuid == wanted->callUuid);

        // A result: the filter and its time range, in the same account.
        window.table()->selectRow(5);
        QTRY_COMPARE(window.callLink(), link);
        window.filterPanel()->setFilter(CallFilter::fromParameters(
                {{u"call_direction"_s, u"inbound"_s}, {u"from_number"_s, u"+1"_s}}, nullptr));
        window.applyFilter();
        const QString result = window.resultLink();
        // Both ends of the time range written out: "last 7 days" would have moved on by the time
        // the teammate opens it.
        QVERIFY2(result.contains(u"call_direction=inbound"_s) && result.contains(u"%2B1"_s)
                         && result.contains(u"end_time__gte="_s)
                         && result.contains(u"end_time__lte="_s),
                 qPrintable(result));
        window.filterPanel()->setFilter(CallFilter());
        window.applyFilter();
        second = launch({result});
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
        QTRY_COMPARE(window.filterPanel()->filter(QDateTime::currentDateTimeUtc()).callDirection,
                     u"inbound"_s);
        const CallFilter opened = window.filterPanel()->filter(QDateTime::currentDateTimeUtc());
        QCOMPARE(opened.fromNumber, u"+1"_s);
        QCOMPARE(CallLink::forCalls(opened, window.client()->authId()).toString(), result);

        // An account this computer does not know: a sentence, and the window stays as it is.
        second = launch({u"callscope://call/5607532d-5037-4066-befc-a8b40218dd4f"
                         "?account=MAZZZZZZZZZZZZZZZZZZ"_s});
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
        QTRY_VERIFY(window.bannerText().contains(u"MAZZZZZZZZZZZZZZZZZZ"_s));
        QVERIFY(window.bannerText().contains(u"File ▸ Accounts"_s));

        // A damaged link never leaves the second launch: it says why and ends with status 2.
        second = launch({u"callscope://call/not-a-uuid?account=MADEMO0000SANDBOX001"_s});
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 2);
        QVERIFY(!second->readAllStandardError().isEmpty());
        // A plain second launch brings the window forward and opens nothing else.
        second = launch({});
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
    }
};

QTEST_MAIN(TestShareLinks)
#include "tst_sharelinks.moc"
