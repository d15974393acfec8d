#include "instancechannel.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTimer>
#include <QtEndian>

#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView magic = "CALLSCOPE1";
constexpr qsizetype headerSize = magic.size() + sizeof(quint32);
constexpr char acknowledgement = '\x06'; // ASCII ACK
// A live listener is accepted by the kernel at once; the probe waits only for a slow machine.
constexpr int probeTimeoutMs = 1000;

QByteArray frame(const QStringList &arguments)
{
    const QByteArray payload
            = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    char length[sizeof(quint32)];
    qToBigEndian<quint32>(quint32(payload.size()), length);
    return magic.toByteArray() + QByteArray(length, sizeof(length)) + payload;
}

std::optional<QStringList> readArguments(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return std::nullopt;
        arguments.append(value.toString());
    }
    return arguments;
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(qMax<qint64>(0, deadline.remainingTime()));
}

} // namespace

InstanceChannel::InstanceChannel(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceChannel::acceptPeers);
}

InstanceChannel::~InstanceChannel()
{
    // The peers' signals reach this object, which is going away: they go first.
    qDeleteAll(m_server.findChildren<QLocalSocket *>(Qt::FindDirectChildrenOnly));
}

QString InstanceChannel::defaultServerName()
{
    const uint user = ::getuid();
    const QString name = u"callscope-%1"_s.arg(user);
    // The session's runtime folder is private to the user and emptied at logout. QLocalServer
    // puts a bare name in the temporary folder instead, which all users share.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QFileInfo runtimeInfo(runtime);
    const bool usable = QDir::isAbsolutePath(runtime) && runtimeInfo.isDir()
            && runtimeInfo.ownerId() == user
            && QFile::encodeName(runtime).size() + name.size() < 100; // sun_path holds 108 bytes
    return usable ? QDir(runtime).filePath(name) : name;
}

QString InstanceChannel::socketPath() const
{
    if (m_serverName.startsWith(u'/'))
        return m_serverName;
    return QDir::cleanPath(QDir::tempPath()) + u'/' + m_serverName;
}

bool InstanceChannel::socketBelongsToOthers() const
{
    const QFileInfo socket(socketPath());
    return socket.exists() && socket.ownerId() != ::getuid();
}

bool InstanceChannel::sendToRunning(const QStringList &arguments, std::chrono::milliseconds timeout)
{
    // Links are for the user's own Callscope, never for a socket someone else put in its place.
    if (socketBelongsToOthers())
        return false;
    const QByteArray message = frame(arguments);
    if (message.size() > headerSize + maxMessageBytes)
        return false;
    const QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(remainingMs(deadline)))
        return false;
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remainingMs(deadline)))
            return false;
    }
    // Only the answer proves that a Callscope read them: a hung instance, or another program,
    // may accept the connection and never read.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(remainingMs(deadline)))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == acknowledgement;
}

bool InstanceChannel::listen(QString *problem)
{
    const auto refuse = [problem](const QString &sentence) {
        if (problem)
            *problem = sentence;
        return false;
    };
    if (socketBelongsToOthers())
        return refuse(tr("%1 belongs to another user, so other launches cannot hand their links "
                         "to this window. Remove it, or start Callscope with XDG_RUNTIME_DIR "
                         "set.")
                              .arg(QDir::toNativeSeparators(socketPath())));
    if (QFileInfo::exists(socketPath())) {
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(probeTimeoutMs)) {
            probe.abort();
            return refuse(tr("Another Callscope is already running for this user, so links "
                             "opened later go to it, not to this window."));
        }
        // No process listens on it: an instance ended without closing it.
        QLocalServer::removeServer(m_serverName);
    }
    // Two launches at the same moment could both get here; the later one's socket replaces the
    // earlier's, and links go to the later window. Neither is lost.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_serverName))
        return refuse(tr("Other launches cannot hand their links to this window: %1.")
                              .arg(m_server.errorString()));
    return true;
}

void InstanceChannel::acceptPeers()
{
    while (QLocalSocket *peer = m_server.nextPendingConnection()) {
        const auto drop = [peer] {
            peer->abort();
            peer->deleteLater();
        };
        // Peers are children of the server until they are deleted, this one included.
        if (m_server.findChildren<QLocalSocket *>(Qt::FindDirectChildrenOnly).size() > maxPeers) {
            drop();
            continue;
        }
        // The whole message fits; a peer that sends more is dropped when its header is read.
        peer->setReadBufferSize(headerSize + maxMessageBytes);
        connect(peer, &QLocalSocket::readyRead, this, [this, peer] { readPeer(peer); });
        connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        // A silent or slow peer never holds the window up: it has this long for its message.
        QTimer::singleShot(m_peerTimeout, peer, drop);
    }
}

void InstanceChannel::readPeer(QLocalSocket *peer)
{
    const auto drop = [peer] {
        peer->abort();
        peer->deleteLater();
    };
    if (peer->state() != QLocalSocket::ConnectedState || peer->bytesAvailable() < headerSize)
        return;
    const QByteArray header = peer->peek(headerSize);
    if (!header.startsWith(magic))
        return drop();
    const quint32 length = qFromBigEndian<quint32>(header.constData() + magic.size());
    if (length > maxMessageBytes)
        return drop();
    if (peer->bytesAvailable() < headerSize + qint64(length))
        return;
    peer->skip(headerSize);
    const std::optional<QStringList> arguments = readArguments(peer->read(length));
    if (!arguments)
        return drop();
    peer->putChar(acknowledgement);
    peer->disconnectFromServer(); // after the acknowledgement is written
    emit received(*arguments);
}
