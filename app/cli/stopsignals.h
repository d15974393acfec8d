#pragma once

#include <QSocketNotifier>

#include <functional>
#include <memory>

// While it lives, Ctrl+C (SIGINT) and SIGTERM call `onStop` from the event loop instead of
// ending the process, so a command can finish what it writes and leave nothing half done. The
// handler only writes a byte to a socket; the event loop does the rest.
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};
