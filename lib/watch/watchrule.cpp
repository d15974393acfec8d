#include "watchrule.h"

#include "models/callformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Rule files are small; anything larger is not one.
constexpr qint64 LargestRuleFile = 64 * 1024;

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(std::clamp<qsizetype>(offset, 0, text.size())).count('\n')) + 1;
}

// The line of a key, found along its path ("calls", "from_number"): each name is looked for
// after the one before it. QJsonDocument keeps no positions, and a rule file is small.
int lineOfKey(const QByteArray &text, const QStringList &path)
{
    qsizetype from = 0;
    qsizetype found = -1;
    for (const QString &name : path) {
        const qsizetype at = text.indexOf('"' + name.toUtf8() + '"', from);
        if (at < 0)
            break;
        found = at;
        from = at + 1;
    }
    return lineAt(text, std::max<qsizetype>(found, 0));
}

class RuleReader
{
    Q_DECLARE_TR_FUNCTIONS(WatchRule)

public:
    explicit RuleReader(const QByteArray &text)
        : m_text(text)
    { }

    std::optional<WatchRule> read(QString *problem);

private:
    bool fail(const QStringList &path, const QString &sentence)
    {
        m_problem = tr("line %1: %2").arg(lineOfKey(m_text, path)).arg(sentence);
        return false;
    }
    bool readFilter(const QString &key, const QJsonValue &value, CallFilter *filter,
                    QueryParameters *parameters);
    bool readCondition(const QJsonValue &value, WatchRule *rule);
    bool readSpan(const QString &key, const QJsonValue &value, std::chrono::seconds longest,
                  std::chrono::seconds *span);

    const QByteArray &m_text;
    QString m_problem;
};

std::optional<WatchRule> RuleReader::read(QString *problem)
{
    const auto refuse = [&]() -> std::optional<WatchRule> {
        if (problem)
            *problem = m_problem;
        return std::nullopt;
    };
    if (m_text.size() > LargestRuleFile) {
        m_problem = tr("this is not a watch rule: it is larger than %1 KiB.")
                            .arg(LargestRuleFile / 1024);
        return refuse();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_text, &error);
    if (error.error != QJsonParseError::NoError) {
        m_problem = tr("line %1: the file is not valid JSON (%2).")
                            .arg(lineAt(m_text, error.offset))
                            .arg(error.errorString());
        return refuse();
    }
    if (!document.isObject()) {
        m_problem = tr("line 1: a watch rule is one JSON object, { … }.");
        return refuse();
    }
    const QJsonObject object = document.object();
    static const QStringList keys{u"name"_s,      u"calls"_s,  u"match"_s,
                                  u"condition"_s, u"window"_s, u"quiet"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            fail({it.key()},
                 tr("“%1” is not part of a watch rule (it has %2).")
                         .arg(it.key(), keys.join(u", "_s)));
            return refuse();
        }
    }

    WatchRule rule;
    const QJsonValue name = object.value(u"name"_s);
    rule.name = name.toString().trimmed();
    if (rule.name.isEmpty() || rule.name.size() > 100) {
        if (name.isUndefined())
            m_problem = tr("line 1: the rule needs a “name”, e.g. \"Busy outbound calls\".");
        else
            fail({u"name"_s}, tr("“name” must be text of 1 to 100 characters."));
        return refuse();
    }
    QueryParameters callsParameters;
    QueryParameters matchParameters;
    if (!readFilter(u"calls"_s, object.value(u"calls"_s), &rule.calls, &callsParameters)
        || !readFilter(u"match"_s, object.value(u"match"_s), &rule.match, &matchParameters))
        return refuse();
    for (const auto &entry : std::as_const(matchParameters)) {
        const QString &parameter = entry.first; // a plain name: lambdas capture it everywhere
        const bool inCalls = std::any_of(callsParameters.cbegin(), callsParameters.cend(),
                                         [&](const auto &pair) { return pair.first == parameter; });
        if (inCalls) {
            fail({u"match"_s, parameter},
                 tr("“%1” is already set in “calls”; “match” can only narrow them with other "
                    "filters.")
                         .arg(parameter));
            return refuse();
        }
    }
    if (!readCondition(object.value(u"condition"_s), &rule))
        return refuse();
    if (!readSpan(u"window"_s, object.value(u"window"_s), WatchRule::LongestWindow, &rule.window))
        return refuse();
    rule.quiet = rule.window;
    if (!readSpan(u"quiet"_s, object.value(u"quiet"_s), std::chrono::days(7), &rule.quiet))
        return refuse();
    return rule;
}

bool RuleReader::readFilter(const QString &key, const QJsonValue &value, CallFilter *filter,
                            QueryParameters *parameters)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail({key},
                    tr("“%1” must be an object of List all calls filters, e.g. "
                       "{ \"call_direction\": \"outbound\" }.")
                            .arg(key));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key();
        if (name.startsWith(u"end_time"))
            return fail({key, name},
                        tr("a rule watches a sliding window of time; it takes no "
                           "“%1”.")
                                .arg(name));
        if (!CallFilter::isFilterParameter(name))
            return fail({key, name}, tr("“%1” is not a filter of List all calls.").arg(name));
        if (key == u"match" && name == u"subaccount")
            return fail({key, name},
                        tr("a call does not say its subaccount: put “subaccount” "
                           "in “calls”."));
        QString text;
        if (it.value().isString())
            text = it.value().toString();
        else if (it.value().isDouble() && it.value().toDouble() == double(it.value().toInteger()))
            text = QString::number(it.value().toInteger());
        else
            return fail({key, name}, tr("“%1” takes text or a whole number.").arg(name));
        QList<CallFilter::Problem> problems;
        const CallFilter one = CallFilter::fromParameters({{name, text}}, &problems);
        if (problems.isEmpty())
            problems = one.validate(QDateTime::currentDateTimeUtc());
        if (!problems.isEmpty())
            return fail({key, name}, problems.constFirst().message);
        parameters->append({name, text});
    }
    *filter = CallFilter::fromParameters(*parameters, nullptr);
    const QList<CallFilter::Problem> problems = filter->validate(QDateTime::currentDateTimeUtc());
    if (!problems.isEmpty())
        return fail({key}, problems.constFirst().message);
    return true;
}

bool RuleReader::readCondition(const QJsonValue &value, WatchRule *rule)
{
    const QString examples = tr("“condition” is \"any call\", { \"more_than\": 50 } or "
                                "{ \"at_least_percent\": 20, \"of_at_least\": 30 }.");
    if (value.isUndefined() || (value.isString() && value.toString() == u"any call")) {
        rule->condition = WatchRule::Condition::AnyCall;
        return true;
    }
    if (!value.isObject())
        return fail({u"condition"_s}, examples);
    const QJsonObject object = value.toObject();
    const auto wholeNumber = [](const QJsonValue &number, qint64 least) -> std::optional<qint64> {
        if (!number.isDouble() || number.toDouble() != double(number.toInteger())
            || number.toInteger() < least || number.toInteger() > 10'000'000)
            return std::nullopt;
        return number.toInteger();
    };
    if (object.contains(u"more_than"_s) && object.size() == 1) {
        const auto count = wholeNumber(object.value(u"more_than"_s), 0);
        if (!count)
            return fail({u"condition"_s, u"more_than"_s},
                        tr("“more_than” takes a whole number from 0 to 10,000,000."));
        rule->condition = WatchRule::Condition::MoreThan;
        rule->moreThan = *count;
        return true;
    }
    if (object.contains(u"at_least_percent"_s) && object.size() <= 2) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"at_least_percent" && it.key() != u"of_at_least")
                return fail({u"condition"_s, it.key()}, examples);
        }
        const QJsonValue percent = object.value(u"at_least_percent"_s);
        if (!percent.isDouble() || percent.toDouble() <= 0 || percent.toDouble() > 100)
            return fail({u"condition"_s, u"at_least_percent"_s},
                        tr("“at_least_percent” takes a number above 0 and at most 100."));
        const QJsonValue least = object.value(u"of_at_least"_s);
        const auto calls = least.isUndefined() ? std::optional<qint64>(1) : wholeNumber(least, 1);
        if (!calls)
            return fail({u"condition"_s, u"of_at_least"_s},
                        tr("“of_at_least” takes a whole number of calls from 1 to 10,000,000."));
        rule->condition = WatchRule::Condition::ShareOf;
        rule->atLeastPercent = percent.toDouble();
        rule->ofAtLeast = *calls;
        return true;
    }
    return fail({u"condition"_s}, examples);
}

bool RuleReader::readSpan(const QString &key, const QJsonValue &value, std::chrono::seconds longest,
                          std::chrono::seconds *span)
{
    if (value.isUndefined())
        return true;
    const std::optional<std::chrono::seconds> read = CallFormat::parseSpan(value.toString());
    const std::chrono::seconds shortest(key == u"window" ? 1 : 0);
    if (!value.isString() || !read || *read < shortest || *read > longest)
        return fail(
                {key},
                tr("“%1” takes a span from %2 to %3, written like \"90s\", \"15m\", "
                   "\"2h\" or \"1d\".")
                        .arg(key, CallFormat::spanText(shortest), CallFormat::spanText(longest)));
    *span = *read;
    return true;
}

} // namespace

std::optional<WatchRule> WatchRule::parse(const QByteArray &text, QString *problem)
{
    RuleReader reader(text);
    return reader.read(problem);
}

CallFilter WatchRule::matchingFilter() const
{
    return CallFilter::fromParameters(calls.parameters() + match.parameters(), nullptr);
}

QString WatchRule::conditionText() const
{
    const QLocale locale;
    const QString window = CallFormat::spanText(this->window);
    switch (condition) {
    case Condition::AnyCall:
        return tr("any call in %1").arg(window);
    case Condition::MoreThan:
        return tr("more than %1 calls in %2").arg(locale.toString(moreThan), window);
    case Condition::ShareOf:
        return tr("at least %1 % of at least %2 calls in %3")
                .arg(locale.toString(atLeastPercent), locale.toString(ofAtLeast), window);
    }
    return {};
}

namespace WatchRules {

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/rules"_s;
}

std::optional<WatchRule> loadFile(const QString &path, QString *problem)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = WatchRule::tr("%1: cannot be read (%2).").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<WatchRule> rule = WatchRule::parse(file.read(LargestRuleFile + 1), &why);
    if (!rule && problem)
        *problem = u"%1, %2"_s.arg(fileName, why);
    return rule;
}

Loaded loadFolder(const QString &folder)
{
    Loaded loaded;
    const QDir dir(folder);
    const QStringList files
            = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        QString problem;
        if (std::optional<WatchRule> rule = loadFile(dir.filePath(file), &problem))
            loaded.rules.append(*rule);
        else
            loaded.problems.append(problem);
    }
    return loaded;
}

std::optional<WatchRule> find(const QString &nameOrFile, QString *problem, const QString &folder)
{
    const QString path = QDir(folder).filePath(nameOrFile + u".json"_s);
    if (QFileInfo::exists(path))
        return loadFile(path, problem);
    const Loaded loaded = loadFolder(folder);
    for (const WatchRule &rule : loaded.rules) {
        if (rule.name.compare(nameOrFile, Qt::CaseInsensitive) == 0)
            return rule;
    }
    if (problem)
        *problem = WatchRule::tr("No watch rule is called “%1” in %2.").arg(nameOrFile, folder);
    return std::nullopt;
}

} // namespace WatchRules
