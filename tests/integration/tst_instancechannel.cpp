// One Callscope per user session, over real local sockets: a second launch (a thread here, or a
// process of its own) hands its arguments to the running instance; a socket left by a killed
// instance is taken over, a live one is not; peers that misbehave never disturb it.

#include "share/instancechannel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <atomic>
#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A name of its own for each test, so that no test reaches a Callscope the person has open.
QString uniqueServerName()
{
    return u"callscope-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

// sendToRunning blocks until the running instance answers, and here that instance is this
// thread's event loop: the second launch runs on a thread of its own.
bool sendFromAnotherThread(const QString &serverName, const QStringList &arguments,
                           std::chrono::milliseconds timeout = 5s)
{
    std::atomic<bool> accepted = false;
    std::unique_ptr<QThread> launch(QThread::create(
            [&] { accepted = InstanceChannel(serverName).sendToRunning(arguments, timeout); }));
    launch->start();
    const bool finished = QTest::qWaitFor([&] { return launch->isFinished(); }, 15000);
    launch->wait();
    return finished && accepted;
}

QByteArray header(quint32 length)
{
    char bigEndian[sizeof(quint32)];
    qToBigEndian(length, bigEndian);
    return QByteArrayLiteral("CALLSCOPE1") + QByteArray(bigEndian, sizeof(bigEndian));
}

std::unique_ptr<QLocalSocket> connectedPeer(const QString &serverName)
{
    auto peer = std::make_unique<QLocalSocket>();
    peer->connectToServer(serverName);
    if (!peer->waitForConnected(5000))
        return nullptr;
    return peer;
}

QString helperPath()
{
    return QCoreApplication::applicationFilePath();
}

} // namespace

class TestInstanceChannel : public QObject
{
    Q_OBJECT

private slots:
    void defaultNameIsPerUser()
    {
        const QString name = InstanceChannel::defaultServerName();
        QVERIFY2(name.endsWith(u"callscope-%1"_s.arg(::getuid())), qPrintable(name));
        QCOMPARE(InstanceChannel::defaultServerName(), name);
    }

    void argumentsArriveExactly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("a launch without links") << QStringList();
        QTest::newRow("a call") << QStringList{
                u"callscope://call/5607532d-5037-4066-befc-a8b40218dd4f"
                "?account=MADEMO0000SANDBOX001"_s};
        QTest::newRow("several") << QStringList{u"callscope://calls?account=MADEMO0000SANDBOX001"_s,
                                                u"callscope://calls?from_number=%2B1415"
                                                "&account=MADEMO0000SANDBOX001"_s};
        QTest::newRow("any text") << QStringList{QString(),
                                                 u" "_s,
                                                 u"é ü 中文 🙂"_s,
                                                 u"line\nbreak"_s,
                                                 u"\"quoted\" \\ ]"_s,
                                                 u"nul\u0000inside"_s};
        QTest::newRow("the longest link") << QStringList{QString(8 * 1024, u'x')};
    }

    void argumentsArriveExactly()
    {
        QFETCH(QStringList, arguments);
        InstanceChannel running(uniqueServerName());
        QString problem;
        QVERIFY2(running.listen(&problem), qPrintable(problem));
        QSignalSpy received(&running, &InstanceChannel::received);

        QVERIFY(sendFromAnotherThread(running.serverName(), arguments));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), arguments);
    }

    void secondProcessHandsOver()
    {
        InstanceChannel running(uniqueServerName());
        QString problem;
        QVERIFY2(running.listen(&problem), qPrintable(problem));
        QSignalSpy received(&running, &InstanceChannel::received);

        const QStringList links{
                u"callscope://call/5607532d-5037-4066-befc-a8b40218dd4f"
                "?account=MADEMO0000SANDBOX001"_s,
                u"callscope://calls?hangup_source=API%20Request&account=MADEMO0000SANDBOX001"_s};
        QProcess second;
        second.start(helperPath(), QStringList{u"--hand-over"_s, running.serverName()} + links);
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 15000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), links);
    }

    void nothingRunning()
    {
        const QString name = uniqueServerName();
        QProcess second;
        second.start(helperPath(), {u"--hand-over"_s, name, u"callscope://calls"_s});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(!QFileInfo::exists(QDir::tempPath() + u'/' + name));
    }

    void secondListenerIsRefused()
    {
        InstanceChannel first(uniqueServerName());
        QString problem;
        QVERIFY2(first.listen(&problem), qPrintable(problem));
        QSignalSpy received(&first, &InstanceChannel::received);

        InstanceChannel second(first.serverName());
        QVERIFY(!second.listen(&problem));
        QVERIFY2(problem.contains(u"Another Callscope is already running"_s), qPrintable(problem));
        QVERIFY(!second.isListening());
        // The first still has its socket.
        QVERIFY(sendFromAnotherThread(first.serverName(), {u"still here"_s}));
        QCOMPARE(received.size(), 1);
    }

    void staleSocketIsTakenOver()
    {
        const QString name = uniqueServerName();
        const QString path = QDir::tempPath() + u'/' + name;
        QProcess crashed;
        crashed.start(helperPath(), {u"--listen"_s, name});
        QVERIFY(crashed.waitForReadyRead(15000));
        QCOMPARE(crashed.readLine().trimmed(), QByteArray("listening"));
        crashed.kill(); // SIGKILL: nothing is cleaned up
        QVERIFY(crashed.waitForFinished(15000));
        QVERIFY2(QFileInfo::exists(path), "the killed instance should have left its socket");

        // The file does not pass for a running instance, and nobody waits for its answer.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!InstanceChannel(name).sendToRunning({u"lost"_s}, 5s));
        QVERIFY(clock.elapsed() < 1000);

        InstanceChannel next(name);
        QString problem;
        QVERIFY2(next.listen(&problem), qPrintable(problem));
        QSignalSpy received(&next, &InstanceChannel::received);
        QVERIFY(sendFromAnotherThread(name, {u"after"_s}));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), QStringList{u"after"_s});
    }

    // Something accepts connections but never answers: a hung instance, or not Callscope at all.
    // It is not mistaken for a stale file, and its socket is left alone.
    void liveSocketIsNotTakenOver()
    {
        const QString name = uniqueServerName();
        QLocalServer silent;
        QVERIFY(silent.listen(name));

        QVERIFY(!sendFromAnotherThread(name, {u"unanswered"_s}, 300ms));
        InstanceChannel channel(name);
        QString problem;
        QVERIFY(!channel.listen(&problem));
        QVERIFY2(problem.contains(u"already running"_s), qPrintable(problem));
        QVERIFY(silent.isListening());
        QVERIFY(QFileInfo::exists(silent.fullServerName()));
        QVERIFY(connectedPeer(name));
    }

    // In a folder all users share, someone else may have taken the name first: no link is handed
    // to them, and their file is neither removed nor replaced.
    void othersSocketIsLeftAlone()
    {
        if (::getuid() != 0)
            QSKIP("Giving a file to another user takes root.");
        const QString name = uniqueServerName();
        const QString path = QDir::tempPath() + u'/' + name;
        QLocalServer foreign;
        QVERIFY(foreign.listen(name));
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);

        QVERIFY(!InstanceChannel(name).sendToRunning({u"private"_s}, 1s));
        QVERIFY(!foreign.waitForNewConnection(100)); // never even connected
        InstanceChannel channel(name);
        QString problem;
        QVERIFY(!channel.listen(&problem));
        QVERIFY2(problem.contains(u"belongs to another user"_s), qPrintable(problem));
        QCOMPARE(QFileInfo(path).ownerId(), 65534u);
    }

    void socketIsPrivate()
    {
        InstanceChannel running(uniqueServerName());
        QString problem;
        QVERIFY2(running.listen(&problem), qPrintable(problem));
        const QFileInfo socket(QDir::tempPath() + u'/' + running.serverName());
        QCOMPARE(socket.ownerId(), uint(::getuid()));
        QCOMPARE(socket.permissions()
                         & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
                            | QFile::WriteOther),
                 QFile::Permissions());
    }

    void malformedPeersAreDroppedAtOnce()
    {
        InstanceChannel running(uniqueServerName());
        running.setPeerTimeout(60s); // so that only their messages can get them dropped
        QString problem;
        QVERIFY2(running.listen(&problem), qPrintable(problem));
        QSignalSpy received(&running, &InstanceChannel::received);

        std::vector<std::unique_ptr<QLocalSocket>> peers;
        const auto send = [&](const QByteArray &bytes) {
            peers.push_back(connectedPeer(running.serverName()));
            QVERIFY(peers.back());
            peers.back()->write(bytes);
        };
        send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        send(header(InstanceChannel::maxMessageBytes + 1) + QByteArray(4096, 'x'));
        send(header(0xffffffff));
        send(header(5) + "hello");
        send(header(5) + "[1,2]");
        send(header(7) + "{\"a\":1}");
        send(header(8) + "[\"a\",nul");
        send(QByteArray(1024 * 1024, '\xff'));
        if (QTest::currentTestFailed())
            return;

        QVERIFY(sendFromAnotherThread(running.serverName(), {u"through"_s}));
        for (const auto &peer : peers) {
            QTRY_COMPARE_WITH_TIMEOUT(peer->state(), QLocalSocket::UnconnectedState, 5000);
            QVERIFY(!peer->readAll().contains('\x06'));
        }
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), QStringList{u"through"_s});
    }

    void silentPeersAreDroppedInTime()
    {
        InstanceChannel running(uniqueServerName());
        running.setPeerTimeout(500ms);
        QString problem;
        QVERIFY2(running.listen(&problem), qPrintable(problem));
        QSignalSpy received(&running, &InstanceChannel::received);

        auto silent = connectedPeer(running.serverName());
        auto halfHeader = connectedPeer(running.serverName());
        auto halfMessage = connectedPeer(running.serverName());
        QVERIFY(silent && halfHeader && halfMessage);
        halfHeader->write("CALLS");
        halfMessage->write(header(100) + "[\"only the start");

        // They do not hold up a launch that comes meanwhile.
        QVERIFY(sendFromAnotherThread(running.serverName(), {u"meanwhile"_s}));
        QCOMPARE(received.size(), 1);

        for (QLocalSocket *peer : {silent.get(), halfHeader.get(), halfMessage.get()})
            QTRY_COMPARE_WITH_TIMEOUT(peer->state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(received.size(), 1);
    }

    void peersBeyondTheLimitAreTurnedAway()
    {
        InstanceChannel running(uniqueServerName());
        running.setPeerTimeout(60s);
        QString problem;
        QVERIFY2(running.listen(&problem), qPrintable(problem));
        QSignalSpy received(&running, &InstanceChannel::received);

        std::vector<std::unique_ptr<QLocalSocket>> peers;
        for (int i = 0; i < InstanceChannel::maxPeers + 3; ++i) {
            peers.push_back(connectedPeer(running.serverName()));
            QVERIFY(peers.back());
        }
        for (int i = InstanceChannel::maxPeers; i < int(peers.size()); ++i)
            QTRY_COMPARE_WITH_TIMEOUT(peers[i]->state(), QLocalSocket::UnconnectedState, 5000);
        for (int i = 0; i < InstanceChannel::maxPeers; ++i)
            QCOMPARE(peers[i]->state(), QLocalSocket::ConnectedState);

        // Once they leave, launches are heard again.
        peers.clear();
        QVERIFY(sendFromAnotherThread(running.serverName(), {u"heard"_s}));
        QCOMPARE(received.size(), 1);
    }

    void oversizedArgumentsAreNotSent()
    {
        InstanceChannel running(uniqueServerName());
        QString problem;
        QVERIFY2(running.listen(&problem), qPrintable(problem));
        QSignalSpy received(&running, &InstanceChannel::received);
        QVERIFY(!sendFromAnotherThread(running.serverName(),
                                       {QString(InstanceChannel::maxMessageBytes, u'x')}));
        QCOMPARE(received.size(), 0);
    }
};

// The test starts itself as the other process: `--hand-over NAME ARGUMENT…` is a second launch
// (exit status 0 when the running instance took the arguments), `--listen NAME` an instance that
// runs until it is killed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 3 && arguments.at(1) == u"--hand-over")
        return InstanceChannel(arguments.at(2)).sendToRunning(arguments.mid(3)) ? 0 : 1;
    if (arguments.size() == 3 && arguments.at(1) == u"--listen") {
        InstanceChannel channel(arguments.at(2));
        QString problem;
        if (!channel.listen(&problem)) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 1;
        }
        std::puts("listening");
        std::fflush(stdout);
        return app.exec();
    }
    TestInstanceChannel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_instancechannel.moc"
