#include "hangupcauses.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

// A static library's resources must be registered by hand, outside any namespace.
static void registerCoreResources()
{
    Q_INIT_RESOURCE(callscope_data);
}

HangupCauses::HangupCauses()
{
    registerCoreResources();
    QFile file(QStringLiteral(":/callscope/hangup-causes.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> columns = lines.at(i).trimmed().split('\t');
        if (columns.size() < 3)
            continue;
        bool ok = false;
        const int code = columns.at(0).toInt(&ok);
        if (ok)
            m_causes.append(
                    {code, QString::fromUtf8(columns.at(1)), QString::fromUtf8(columns.at(2))});
    }
    std::sort(m_causes.begin(), m_causes.end(),
              [](const HangupCause &a, const HangupCause &b) { return a.code < b.code; });
}

const HangupCauses &HangupCauses::instance()
{
    static const HangupCauses causes;
    return causes;
}

std::optional<HangupCause> HangupCauses::find(int code) const
{
    const auto it
            = std::lower_bound(m_causes.begin(), m_causes.end(), code,
                               [](const HangupCause &cause, int c) { return cause.code < c; });
    if (it == m_causes.end() || it->code != code)
        return std::nullopt;
    HangupCause cause = *it;
    cause.description
            = QCoreApplication::translate("HangupCauses", it->description.toUtf8().constData());
    return cause;
}

bool HangupCauses::isNormalEnding(int code)
{
    return (code >= 4000 && code < 5000) || code == 6000;
}
