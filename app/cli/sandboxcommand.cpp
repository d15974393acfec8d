#include "sandboxcommand.h"

#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <optional>
#include <type_traits>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The command's sentences, in the translation context "SandboxCommand".
struct SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// Ctrl+C and SIGTERM reach the event loop through a pipe: the handler only writes one byte.
int signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    const ssize_t written = ::write(signalPipe[1], &byte, 1);
    Q_UNUSED(written);
}

class StopSignals
{
public:
    StopSignals()
    {
        if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_previousInterrupt);
        sigaction(SIGTERM, &action, &m_previousTerminate);
        m_installed = true;
    }

    ~StopSignals()
    {
        if (!m_installed)
            return;
        sigaction(SIGINT, &m_previousInterrupt, nullptr);
        sigaction(SIGTERM, &m_previousTerminate, nullptr);
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
        signalPipe[0] = signalPipe[1] = -1;
    }

    bool isInstalled() const { return m_installed; }
    int readEnd() const { return signalPipe[0]; }

private:
    bool m_installed = false;
    struct sigaction m_previousInterrupt = {};
    struct sigaction m_previousTerminate = {};
};

// The options as typed, checked one by one; the first problem is the message.
struct Reader
{
    const QCommandLineParser &parser;
    QString error;

    bool isSet(const QString &name) const { return parser.isSet(name); }

    template<typename T> std::optional<T> number(const QString &name, T low, T high)
    {
        const QString text = parser.value(name).trimmed();
        bool ok = false;
        T value{};
        if constexpr (std::is_floating_point_v<T>)
            value = T(text.toDouble(&ok));
        else if constexpr (std::is_unsigned_v<T>)
            value = T(text.toULongLong(&ok));
        else
            value = T(text.toLongLong(&ok));
        if (!ok || value < low || value > high) {
            fail(SandboxCommand::tr("--%1 expects a number from %2 to %3, not \"%4\".")
                         .arg(name, QLocale::c().toString(low), QLocale::c().toString(high), text));
            return std::nullopt;
        }
        return value;
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }
};

std::optional<int> parseOffset(const QString &text)
{
    static const QRegularExpression pattern(u"^([+-])(\\d{2}):(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return match.captured(1) == u"-" ? -seconds : seconds;
}

std::optional<QDateTime> parseNow(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm"_s);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // a time without an offset is UTC, as in the API's filters
    return time.toUTC();
}

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SandboxCommand::tr(
            "Serves a synthetic Plivo account on this computer, with the behaviour of Plivo's "
            "\"List all calls\" API, for trying Callscope without an account and for tests."));
    const QCommandLineOption help = parser.addHelpOption();
    const SandboxOptions defaults;
    const QList<QCommandLineOption> options = {
            {u"port"_s, SandboxCommand::tr("TCP port on 127.0.0.1; 0 lets the system choose."),
             u"N"_s, u"0"_s},
            {u"seed"_s,
             SandboxCommand::tr(
                     "Seed of the synthetic account: the same seed gives the same calls."),
             u"S"_s, QString::number(defaults.seed)},
            {u"calls"_s, SandboxCommand::tr("Number of call legs in the account."), u"N"_s,
             QString::number(defaults.callCount)},
            {u"now"_s,
             SandboxCommand::tr("The account's \"now\", in UTC (e.g. \"2024-06-15 12:00\"); "
                                "default: the current "
                                "time."),
             u"TIME"_s},
            {u"history-end"_s,
             SandboxCommand::tr("Generate the history up to this UTC time and serve it as seen "
                                "at --now (the same account on an earlier date)."),
             u"TIME"_s},
            {u"latency-ms"_s, SandboxCommand::tr("Delay added to every answer, in milliseconds."),
             u"L"_s, u"0"_s},
            {u"latency-jitter-ms"_s,
             SandboxCommand::tr("Random extra delay, from 0 to this many milliseconds."), u"J"_s,
             u"0"_s},
            {u"fault-rate"_s,
             SandboxCommand::tr("Share of answers replaced by a fault, from 0 to 1."), u"P"_s,
             u"0"_s},
            {u"fault-kinds"_s,
             SandboxCommand::tr(
                     "Comma-separated faults to draw from: 500, 502, 503, 429, truncated, closed, "
                     "stall; "
                     "default: all."),
             u"LIST"_s},
            {u"rate-limit"_s,
             SandboxCommand::tr("Requests allowed per 5 seconds; 0 turns the limit off."), u"N"_s,
             QString::number(defaults.rateLimit)},
            {u"growth-per-s"_s,
             SandboxCommand::tr("New call legs arriving per second while the sandbox runs."),
             u"R"_s, u"0"_s},
            {u"tz-offset"_s,
             SandboxCommand::tr("Timezone of the account's times, as +HH:MM or -HH:MM."),
             u"OFFSET"_s, SandboxAccount::formatOffset(defaults.tzOffsetSeconds)},
            {u"auth-id"_s,
             SandboxCommand::tr(
                     "Auth ID to accept: MA followed by 18 upper-case letters or digits."),
             u"ID"_s, defaults.authId},
            {u"auth-token"_s, SandboxCommand::tr("Auth token to accept."), u"TOKEN"_s,
             defaults.authToken},
    };
    parser.addOptions(options);

    const auto usageError = [](const QString &message) {
        printTo(stderr, SandboxCommand::tr("callscope sandbox: %1").arg(message));
        printTo(stderr, SandboxCommand::tr("Run \"callscope sandbox --help\" to see the options."));
        return 2;
    };
    if (!parser.parse(QStringList{u"callscope-sandbox"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'),
                     SandboxCommand::tr("Usage: callscope sandbox [options]"));
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(SandboxCommand::tr("unexpected argument \"%1\".")
                                  .arg(parser.positionalArguments().first()));

    Reader read{parser, {}};
    SandboxOptions sandbox;
    const auto port = read.number<int>(u"port"_s, 0, 65535);
    if (const auto seed = read.number<quint64>(u"seed"_s, 0, std::numeric_limits<quint64>::max()))
        sandbox.seed = *seed;
    if (const auto calls = read.number<int>(u"calls"_s, 0, 5000000))
        sandbox.callCount = *calls;
    if (read.isSet(u"now"_s)) {
        if (const auto now = parseNow(parser.value(u"now"_s)))
            sandbox.now = *now;
        else
            read.fail(SandboxCommand::tr(
                              "--now expects a UTC time such as \"2024-06-15 12:00\", not \"%1\".")
                              .arg(parser.value(u"now"_s)));
    }
    if (read.isSet(u"history-end"_s)) {
        if (const auto end = parseNow(parser.value(u"history-end"_s)))
            sandbox.historyEnd = *end;
        else
            read.fail(SandboxCommand::tr("--history-end expects a UTC time such as "
                                         "\"2024-06-15 12:00\", not \"%1\".")
                              .arg(parser.value(u"history-end"_s)));
    }
    if (const auto latency = read.number<int>(u"latency-ms"_s, 0, 600000))
        sandbox.latencyMs = *latency;
    if (const auto jitter = read.number<int>(u"latency-jitter-ms"_s, 0, 600000))
        sandbox.latencyJitterMs = *jitter;
    if (const auto rate = read.number<double>(u"fault-rate"_s, 0.0, 1.0))
        sandbox.faultRate = *rate;
    if (read.isSet(u"fault-kinds"_s)) {
        for (const QString &name : parser.value(u"fault-kinds"_s).split(u',', Qt::SkipEmptyParts)) {
            if (const auto fault = sandboxFaultFromName(name))
                sandbox.faultKinds.append(*fault);
            else
                read.fail(SandboxCommand::tr(
                                  "--fault-kinds: unknown fault \"%1\"; use 500, 502, 503, 429, "
                                  "truncated, "
                                  "closed or stall.")
                                  .arg(name.trimmed()));
        }
    }
    if (const auto limit = read.number<int>(u"rate-limit"_s, 0, 1000000))
        sandbox.rateLimit = *limit;
    if (const auto growth = read.number<double>(u"growth-per-s"_s, 0.0, 10000.0))
        sandbox.growthPerSecond = *growth;
    if (const auto offset = parseOffset(parser.value(u"tz-offset"_s)))
        sandbox.tzOffsetSeconds = *offset;
    else
        read.fail(SandboxCommand::tr(
                          "--tz-offset expects +HH:MM or -HH:MM (at most 14 hours), not \"%1\".")
                          .arg(parser.value(u"tz-offset"_s)));
    static const QRegularExpression authIdPattern(u"^MA[A-Z0-9]{18}$"_s);
    if (authIdPattern.match(parser.value(u"auth-id"_s)).hasMatch())
        sandbox.authId = parser.value(u"auth-id"_s);
    else
        read.fail(SandboxCommand::tr("--auth-id expects MA followed by 18 upper-case letters or "
                                     "digits, not \"%1\".")
                          .arg(parser.value(u"auth-id"_s)));
    if (!parser.value(u"auth-token"_s).isEmpty())
        sandbox.authToken = parser.value(u"auth-token"_s);
    else
        read.fail(SandboxCommand::tr("--auth-token must not be empty."));
    if (!read.error.isEmpty())
        return usageError(read.error);

    StopSignals stopSignals;
    if (!stopSignals.isInstalled()) {
        printTo(stderr,
                SandboxCommand::tr("callscope sandbox: cannot watch for Ctrl+C on this system."));
        return 1;
    }
    SandboxServer server(sandbox);
    if (!server.listen(QHostAddress::LocalHost, quint16(port.value_or(0)))) {
        printTo(stderr,
                SandboxCommand::tr("callscope sandbox: cannot listen on 127.0.0.1:%1; is the port "
                                   "already in use?")
                        .arg(port.value_or(0)));
        return 1;
    }

    const QLocale locale;
    const QString base = server.baseUrl().toString();
    printTo(stdout,
            SandboxCommand::tr("Callscope sandbox: a synthetic Plivo account on this computer"));
    printTo(stdout, SandboxCommand::tr("  Base URL:    %1").arg(base));
    printTo(stdout, SandboxCommand::tr("  Auth ID:     %1").arg(server.authId()));
    printTo(stdout, SandboxCommand::tr("  Auth token:  %1").arg(server.authToken()));
    printTo(stdout,
            SandboxCommand::tr(
                    "  Account:     %1 call legs over the %2 days before %3 UTC, seed %4")
                    .arg(locale.toString(server.account().calls().size()),
                         locale.toString(sandbox.spanDays),
                         server.now().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         QString::number(sandbox.seed)));
    printTo(stdout,
            SandboxCommand::tr("  Try:         curl -u %1:%2 \"%3/v1/Account/%1/Call/?limit=2\"")
                    .arg(server.authId(), server.authToken(), base));
    printTo(stdout, SandboxCommand::tr("  Counters:    %1/__sandbox/stats").arg(base));
    printTo(stdout, SandboxCommand::tr("Press Ctrl+C to stop."));

    QObject::connect(&server, &SandboxServer::requestServed, &server,
                     [](const QString &line) { printTo(stdout, line); });
    QSocketNotifier stopNotifier(stopSignals.readEnd(), QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &stopNotifier, [&stopNotifier] {
        char byte = 0;
        while (::read(signalPipe[0], &byte, 1) > 0) { }
        stopNotifier.setEnabled(false);
        QCoreApplication::quit();
    });

    QCoreApplication::exec();
    printTo(stdout,
            SandboxCommand::tr("Stopped after %Ln request(s).", nullptr,
                               int(server.stats().requests)));
    return 0;
}
