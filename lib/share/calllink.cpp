#include "calllink.h"

#include "plivo/callrecord.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView schemePrefix = u"callscope://";
constexpr QStringView accountParameter = u"account";

// Names only a secret goes by. A link with one is refused, and the name is not repeated: it may
// be the secret's value pasted into the wrong place.
bool looksSecret(QStringView name)
{
    static const QStringList markers{u"token"_s,      u"pass"_s,         u"secret"_s,  u"key"_s,
                                     u"credential"_s, u"signature"_s,    u"session"_s, u"cookie"_s,
                                     u"bearer"_s,     u"authorization"_s};
    for (const QString &marker : markers) {
        if (name.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString decoded(QStringView encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

// A name from the link as a sentence repeats it: short, and without characters that would
// break the line it is shown on.
QString quotable(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    QString shown;
    for (const QChar c : text.left(maxShown))
        shown += c.isPrint() ? c : QChar(QChar::ReplacementCharacter);
    if (text.size() > maxShown)
        shown += u'…';
    return shown;
}

} // namespace

CallLink CallLink::forCall(const QUuid &callUuid, const QString &authId)
{
    CallLink link;
    link.m_kind = Kind::Call;
    link.m_callUuid = callUuid;
    link.m_authId = authId;
    return link;
}

CallLink CallLink::forCalls(const CallFilter &filter, const QString &authId)
{
    CallLink link;
    link.m_kind = Kind::Calls;
    link.m_filter = filter;
    link.m_authId = authId;
    return link;
}

QString CallLink::toString() const
{
    QueryParameters parameters;
    if (m_kind == Kind::Calls)
        parameters = m_filter.parameters();
    parameters.append({accountParameter.toString(), m_authId});
    const QString query = QString::fromLatin1(QueryEncoding::encode(parameters));
    if (m_kind == Kind::Call)
        return u"callscope://call/"_s + CallFields::uuidText(m_callUuid) + u'?' + query;
    return u"callscope://calls?"_s + query;
}

QUrl CallLink::toUrl() const
{
    return QUrl(toString(), QUrl::StrictMode);
}

std::optional<CallLink> CallLink::parse(const QString &text, QString *problem)
{
    const auto refuse = [problem](const QString &sentence) -> std::optional<CallLink> {
        if (problem)
            *problem = sentence;
        return std::nullopt;
    };
    if (text.size() > maxLength)
        return refuse(tr("This link is too long to be a Callscope link; those are at most %1 "
                         "characters.")
                              .arg(QLocale().toString(maxLength)));
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(schemePrefix, Qt::CaseInsensitive))
        return refuse(tr("This is not a Callscope link: those start with callscope://."));

    // callscope://<kind>[/<uuid>][?<query>]
    const QStringView rest = QStringView(trimmed).mid(schemePrefix.size());
    const qsizetype queryStart = rest.indexOf(u'?');
    const QStringView location = queryStart < 0 ? rest : rest.left(queryStart);
    const QStringView query = queryStart < 0 ? QStringView() : rest.mid(queryStart + 1);
    const qsizetype slash = location.indexOf(u'/');
    const QStringView kind = slash < 0 ? location : location.left(slash);
    const QStringView path = slash < 0 ? QStringView() : location.mid(slash + 1);

    // Secrets are looked for before anything else, so that no later sentence can repeat one.
    const QString secret = tr("This link carries a password or token, which Callscope links "
                              "never do, so it was not opened. Whoever wrote the secret into it "
                              "should change it in the Plivo console.");
    if (kind.contains(u'@'))
        return refuse(secret); // user:password@
    QueryParameters parameters;
    for (const QStringView piece : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = piece.indexOf(u'=');
        const QString name = decoded(equals < 0 ? piece : piece.left(equals));
        if (looksSecret(name))
            return refuse(secret);
        parameters.append({name, equals < 0 ? QString() : decoded(piece.mid(equals + 1))});
    }
    if (rest.contains(u'#'))
        return refuse(tr("This link has a part after “#”, which Callscope links never have; copy "
                         "the link again in Callscope."));

    CallLink link;
    if (kind.compare(u"call", Qt::CaseInsensitive) == 0) {
        // Only the form Plivo writes: QUuid would also take braces.
        const QUuid uuid = path.size() == 36 ? QUuid::fromString(path) : QUuid();
        if (uuid.isNull())
            return refuse(tr("This call link does not name a call: after callscope://call/ comes "
                             "a call uuid such as 5607532d-5037-4066-befc-a8b40218dd4f."));
        link.m_kind = Kind::Call;
        link.m_callUuid = uuid;
    } else if (kind.compare(u"calls", Qt::CaseInsensitive) == 0 && path.isEmpty()) {
        link.m_kind = Kind::Calls;
    } else {
        return refuse(tr("Callscope cannot open this kind of link: it opens callscope://call/… "
                         "(one call) and callscope://calls?… (a list of calls)."));
    }

    QSet<QString> seen;
    QueryParameters filterParameters;
    for (const auto &[name, value] : std::as_const(parameters)) {
        if (seen.contains(name))
            return refuse(tr("This link gives “%1” more than once.").arg(quotable(name)));
        seen.insert(name);
        if (name == accountParameter)
            link.m_authId = value;
        else if (link.m_kind == Kind::Call)
            return refuse(tr("A call link names only the call and its account; “%1” does not "
                             "belong in it.")
                                  .arg(quotable(name)));
        else if (!CallFilter::isFilterParameter(name))
            return refuse(tr("“%1” is not a filter of Plivo's call list, so Callscope cannot open "
                             "this link.")
                                  .arg(quotable(name)));
        else
            filterParameters.append({name, value});
    }
    if (link.m_authId.isEmpty())
        return refuse(tr("This link does not say which account it belongs to (account=…); copy "
                         "the link again in Callscope."));
    static const QRegularExpression authIdPattern(u"^[MS]A[A-Z0-9]{18}$"_s);
    if (!authIdPattern.match(link.m_authId).hasMatch())
        return refuse(tr("The account in this link is not a Plivo auth id, which is “MA” or "
                         "“SA” followed by 18 capital letters or digits."));

    QList<CallFilter::Problem> problems;
    link.m_filter = CallFilter::fromParameters(filterParameters, &problems);
    // A link is opened later and elsewhere: whether its range is past Plivo's 90 days or ahead of
    // this computer's clock is for the window to say when it asks. Here only the values count.
    const QDateTime noLaterThanAnyFilter(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    if (problems.isEmpty())
        problems = link.m_filter.validate(noLaterThanAnyFilter, CallFilter::Answerer::Archive);
    if (!problems.isEmpty()) {
        QStringList sentences;
        for (const CallFilter::Problem &filterProblem : std::as_const(problems))
            sentences.append(filterProblem.message);
        return refuse(sentences.join(u' '));
    }
    return link;
}
