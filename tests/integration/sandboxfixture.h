#pragma once

#include "plivo/plivoclient.h"
#include "sandbox/sandboxserver.h"

#include <QTimeZone>

#include <memory>

// A sandbox on 127.0.0.1 with a pinned "now" and a client for it: what most tests that talk
// over loopback start from.
namespace SandboxFixture {

inline const QDateTime fixedNow{QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc()};

inline SandboxOptions options(quint64 seed, int callCount)
{
    SandboxOptions options;
    options.seed = seed;
    options.callCount = callCount;
    options.now = fixedNow;
    options.rateLimit = 0;
    return options;
}

// Quick retries so that tests of failures do not wait for production backoff.
inline ClientOptions quickRetries()
{
    ClientOptions options;
    options.budget = 300;
    options.backoffBase = std::chrono::milliseconds(10);
    options.backoffCap = std::chrono::milliseconds(100);
    return options;
}

inline PlivoAccount accountOf(const SandboxServer &server)
{
    return {server.authId(), server.authToken(), server.baseUrl()};
}

struct Running
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<PlivoClient> client;
};

// Starts a listening sandbox and its client; the server is null when no port could be had.
inline Running start(const SandboxOptions &sandboxOptions,
                     const ClientOptions &clientOptions = quickRetries())
{
    Running running;
    running.server = std::make_unique<SandboxServer>(sandboxOptions);
    if (!running.server->listen()) {
        running.server.reset();
        return running;
    }
    running.client = std::make_unique<PlivoClient>(accountOf(*running.server), clientOptions);
    return running;
}

} // namespace SandboxFixture
