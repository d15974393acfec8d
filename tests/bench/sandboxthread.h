#pragma once

#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QThread>

#include <memory>

// The sandbox answers from a thread of its own, as a remote server would: a client that is busy
// storing a window must not delay when the server sees its requests arrive.
class SandboxThread
{
public:
    explicit SandboxThread(const SandboxOptions &options)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
                &m_context,
                [this, options] {
                    m_server = std::make_unique<SandboxServer>(options);
                    m_listening = m_server->listen();
                },
                Qt::BlockingQueuedConnection);
    }
    ~SandboxThread()
    {
        run([this] { m_server.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    template<typename Work> void run(Work work)
    {
        QMetaObject::invokeMethod(&m_context, work, Qt::BlockingQueuedConnection);
    }
    bool listening() const { return m_listening; }
    SandboxServer *server() const { return m_server.get(); }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<SandboxServer> m_server;
    bool m_listening = false;

public:
    SandboxThread(const SandboxThread &) = delete;
};
