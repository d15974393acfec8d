#ifndef SANDBOXACCOUNT_H
#define SANDBOXACCOUNT_H

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A small deterministic pseudo-random generator (xoshiro256**, seeded through splitmix64): the
// same seed gives the same sequence on every platform, which is what makes the sandbox
// reproducible byte for byte.
class SandboxRandom
{
public:
    explicit SandboxRandom(quint64 seed);

    quint64 next();
    quint64 below(quint64 bound); // uniform in [0, bound); 0 when bound is 0
    qint64 between(qint64 low, qint64 high); // uniform in [low, high]
    bool chance(int perMille);
    double unit(); // uniform in [0, 1)
    QString uuid(); // a version-4 style uuid in lower-case hex

    static quint64 mix(quint64 value); // splitmix64's finaliser, for hashing
    static quint64 hash(const QByteArray &bytes, quint64 seed);

private:
    quint64 m_state[4];
};

// One call leg of the synthetic account, in plain typed fields so that a test can compute a
// reference answer without going through the server. Times are UTC seconds since the epoch;
// money is in units of 1e-5 (the API's five decimal places).
struct SandboxCall
{
    QString callUuid;
    QString parentCallUuid; // empty for an A-leg
    QString conferenceUuid; // empty = null
    QString apiId;
    QString direction; // "inbound" or "outbound"
    QString fromNumber;
    bool fromNumberNull = false;
    QString toNumber;
    bool toNumberNull = false;
    qint64 initiationTime = 0;
    bool answered = false;
    qint64 answerTime = 0; // meaningful only when answered
    qint64 endTime = 0;
    int callDuration = 0;
    int billDuration = 0;
    int billedDuration = 0;
    qint64 totalRate = 0; // per minute
    qint64 totalAmount = 0;
    int hangupCauseCode = 0;
    QString hangupCauseName;
    QString hangupSource;
    QString callState; // empty = null
    QString stirVerification;
    QString stirAttestation;
    bool stirAttestationCapitalised = false; // key spelt "Stir_attestation", as in Plivo's docs
    QString voiceNetworkGroup;
    QString sourceIp;
    QString subaccount; // empty = the main account
    bool hasCnamLookup = false;
    QString cnamLookup;
    QString extraFieldName; // a field the contract does not describe; empty = none
    QString extraFieldValue;
    // Live calls: when the server added it (ms since the epoch), for measuring how soon a client
    // sees it; 0 for the generated history.
    qint64 appearedAtMs = 0;
    int lateBySeconds = 0; // a late record: it appeared this long after it ended

    bool isALeg() const { return parentCallUuid.isEmpty(); }
};

// The synthetic Plivo account behind the sandbox: call legs spread over the last spanDays
// before "now", generated deterministically from a seed, plus calls that arrive live.
//
// With a historyEnd later than now, the history is generated up to historyEnd and served as
// seen at now: the calls that had ended by then, exactly the same objects. Two sandboxes with one
// seed and historyEnd but different nows are the same account seen on two dates.
class SandboxAccount
{
public:
    static constexpr qint64 RetentionSeconds = 90 * 86400;

    SandboxAccount(quint64 seed, int callCount, const QDateTime &now, int spanDays = 100,
                   int tzOffsetSeconds = 19800,
                   const QString &authId = QStringLiteral("MADEMO0000SANDBOX001"),
                   const QDateTime &historyEnd = QDateTime());

    // Every leg, in generation order; live calls are appended.
    const QList<SandboxCall> &calls() const { return m_calls; }
    // Indexes into calls(), newest first: end time descending, then call_uuid descending.
    const QList<int> &newestFirst() const { return m_newestFirst; }
    const SandboxCall *findCall(const QString &callUuid) const;

    QStringList subaccounts() const { return m_subaccounts; }
    QStringList ownNumbers() const { return m_ownNumbers; }
    QString authId() const { return m_authId; }
    quint64 seed() const { return m_seed; }
    int tzOffsetSeconds() const { return m_tzOffsetSeconds; }

    // The account's "now", UTC seconds. It moves only through setNow() (live growth).
    qint64 now() const { return m_now; }
    QDateTime nowDateTime() const;
    qint64 retentionStart() const { return m_now - RetentionSeconds; }
    // Changes with every live call, so that cached query results can tell they are stale.
    quint64 revision() const { return m_revision; }

    // The call object's members in the order Plivo writes them: the long-standing keys
    // alphabetically, then the ones added later (as in Plivo's documented example).
    QList<std::pair<QString, QJsonValue>> members(const SandboxCall &call) const;
    QJsonObject toJson(const SandboxCall &call) const;
    // The object as the server sends it: compact, keys in Plivo's order.
    QByteArray jsonText(const SandboxCall &call) const;
    static QByteArray jsonText(const QList<std::pair<QString, QJsonValue>> &members);
    QString formatTime(qint64 utcSeconds) const; // "YYYY-MM-DD HH:MM:SS+05:30"
    static QString formatAmount(qint64 units); // "0.01667"
    static QString formatOffset(int offsetSeconds); // "+05:30"
    static QString hangupCauseName(int code);
    // Newest first: the order of every list response.
    static bool isNewerFirst(const SandboxCall &left, const SandboxCall &right);

    // Live growth: moves "now" forward (never back) and adds legs that end at now().
    void setNow(qint64 utcSeconds);
    int addLiveCalls(int legCount);
    // A share (0…1) of the live calls added from now on ended up to `maxSeconds` before they
    // appear; the rest end at now().
    void setLateArrivals(double share, int maxSeconds);

private:
    struct Generator;
    void insertIntoOrder(int index);

    quint64 m_seed;
    qint64 m_now;
    int m_spanDays;
    int m_tzOffsetSeconds;
    QString m_authId;
    QStringList m_subaccounts;
    QStringList m_ownNumbers;
    QList<int> m_ownNumberCountries; // index into the destination table, per own number
    QStringList m_sipEndpoints;
    QList<SandboxCall> m_calls;
    QList<int> m_newestFirst;
    QHash<QString, int> m_byUuid;
    quint64 m_revision = 0;
    quint64 m_liveSequence = 0;
    int m_latePerMille = 0;
    int m_lateSeconds = 0;
};

#endif // SANDBOXACCOUNT_H
