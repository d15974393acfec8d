#pragma once

#include <QList>
#include <QString>

#include <optional>

struct HangupCause
{
    int code = 0;
    QString name; // as Plivo names it, and as responses carry it: not translated
    QString description; // in the interface's language when a translation is installed
};

// Plivo's table of hangup causes (resources/hangup-causes.tsv): code → name, description.
class HangupCauses
{
public:
    static const HangupCauses &instance();

    std::optional<HangupCause> find(int code) const;
    const QList<HangupCause> &all() const { return m_causes; }
    // 4000-4030 and 6000 are the endings of calls that went as intended.
    static bool isNormalEnding(int code);
    // Every description of the table, marked for translation (hangupcausetexts.cpp).
    static const QList<const char *> &translatableDescriptions();

private:
    HangupCauses();
    QList<HangupCause> m_causes;
};
