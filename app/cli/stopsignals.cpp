#include "stopsignals.h"

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int stopPipe[2] = {-1, -1};
struct sigaction previousInt = {}, previousTerm = {};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopPipe[0], &byte, 1);
}

} // namespace

StopSignals::StopSignals(std::function<void()> onStop)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopPipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(stopPipe[1], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                     [onStop = std::move(onStop)] {
                         char byte = 0;
                         [[maybe_unused]] const ssize_t got = ::read(stopPipe[1], &byte, 1);
                         onStop();
                     });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_installed = ::sigaction(SIGINT, &action, &previousInt) == 0
            && ::sigaction(SIGTERM, &action, &previousTerm) == 0;
}

StopSignals::~StopSignals()
{
    if (m_installed) {
        ::sigaction(SIGINT, &previousInt, nullptr);
        ::sigaction(SIGTERM, &previousTerm, nullptr);
    }
    m_notifier.reset();
    for (int &fd : stopPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}
