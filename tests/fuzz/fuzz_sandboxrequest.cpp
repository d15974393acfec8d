// libFuzzer target: a raw HTTP request, sent over a real loopback socket to an in-process
// sandbox, as any program on the computer could send it. The sandbox must answer or close,
// never crash, and keep serving.

#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <cstdlib>

#include <sys/socket.h>

namespace {

QCoreApplication *application = nullptr;
SandboxServer *sandbox = nullptr;

// True once `response` holds a whole HTTP response (headers and Content-Length bytes).
bool isComplete(const QByteArray &response)
{
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray headers = response.left(headerEnd).toLower();
    const qsizetype at = headers.indexOf("content-length:");
    if (at < 0)
        return true;
    const qsizetype lineEnd = headers.indexOf('\r', at);
    const qint64 length
            = headers.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
    return response.size() - headerEnd - 4 >= length;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    SandboxOptions options;
    options.callCount = 2000;
    options.now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    options.rateLimit = 0;
    sandbox = new SandboxServer(options);
    if (!sandbox->listen())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox->port());
    QEventLoop loop;
    QByteArray response;
    QTimer quiet; // the sandbox waits for the rest of an incomplete request: stop waiting
    quiet.setSingleShot(true);
    quiet.setInterval(10);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    const QByteArray request
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(request);
        socket.flush();
        // A request that cannot be complete: end the sending side, so the sandbox reads to the
        // end at once instead of waiting for the rest.
        if (!request.endsWith("\r\n\r\n") && socket.bytesToWrite() == 0)
            ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
        quiet.start();
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        response += socket.readAll();
        if (isComplete(response))
            loop.quit();
        else
            quiet.start();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
    socket.abort();
    // Let the sandbox see the connection go, so connections never pile up.
    for (int i = 0; i < 3; ++i)
        application->processEvents();
    return 0;
}
