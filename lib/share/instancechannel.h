#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

#include <chrono>

class QLocalSocket;

// One Callscope per user session: the first instance listens on a local socket only its user
// may open, and a later launch hands its arguments (the links it was started with) to it and
// exits.
//
// On the wire a message is "CALLSCOPE1", its length (4 bytes, big-endian) and a JSON array of
// strings; the running instance answers one acknowledgement byte once it has read it all.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    // Far above what a launch sends (a link is at most 8 KiB); a longer message is not read.
    static constexpr qsizetype maxMessageBytes = 64 * 1024;
    // Peers being read at once; more are turned away until one is done.
    static constexpr int maxPeers = 16;

    explicit InstanceChannel(const QString &serverName = defaultServerName(),
                             QObject *parent = nullptr);
    ~InstanceChannel() override;

    // callscope-<uid>, in $XDG_RUNTIME_DIR when the session has one, else in the temporary folder.
    static QString defaultServerName();
    QString serverName() const { return m_serverName; }

    // Hands `arguments` to the running instance; true once it acknowledged them. Blocks for up to
    // `timeout`: it runs before the launch has an event loop.
    bool sendToRunning(const QStringList &arguments,
                       std::chrono::milliseconds timeout = std::chrono::seconds(3));

    // Becomes the running instance. A socket left behind by an instance that ended without
    // closing it is taken over; one that a live process still listens on is not.
    bool listen(QString *problem);
    bool isListening() const { return m_server.isListening(); }

    // How long a peer may take to send its whole message before it is dropped.
    void setPeerTimeout(std::chrono::milliseconds timeout) { m_peerTimeout = timeout; }

signals:
    // A later launch's arguments, exactly as it sent them; empty for a launch without links.
    void received(const QStringList &arguments);

private:
    void acceptPeers();
    void readPeer(QLocalSocket *peer);
    QString socketPath() const;
    bool socketBelongsToOthers() const;

    QString m_serverName;
    QLocalServer m_server;
    std::chrono::milliseconds m_peerTimeout = std::chrono::seconds(5);
    int m_peers = 0;
};
