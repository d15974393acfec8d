#pragma once

#include "plivo/callfilter.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

// A link a teammate can open: one call (callscope://call/<uuid>?account=<auth id>) or a list of
// calls (callscope://calls?<List all calls parameters>&account=<auth id>). It names the account
// by its auth id only; a link never carries a token.
class CallLink
{
    Q_DECLARE_TR_FUNCTIONS(CallLink)

public:
    enum class Kind { Call, Calls };

    // Longer input is refused before it is read: the longest filter makes a link of about 1 KiB.
    static constexpr qsizetype maxLength = 8 * 1024;

    static CallLink forCall(const QUuid &callUuid, const QString &authId);
    static CallLink forCalls(const CallFilter &filter, const QString &authId);

    // Reads a link as a browser or a chat hands it over. On refusal, `problem` gets a sentence a
    // person can act on; it never repeats a password or token found in the link.
    static std::optional<CallLink> parse(const QString &text, QString *problem);

    Kind kind() const { return m_kind; }
    QUuid callUuid() const { return m_callUuid; } // Kind::Call
    const CallFilter &filter() const { return m_filter; } // Kind::Calls
    QString authId() const { return m_authId; }

    // Values are percent-encoded as the API's query is ("+" as %2B, space as %20), so the text
    // reads back as the same link.
    QString toString() const;
    QUrl toUrl() const;

    bool operator==(const CallLink &) const = default;

private:
    CallLink() = default;

    Kind m_kind = Kind::Calls;
    QUuid m_callUuid;
    CallFilter m_filter;
    QString m_authId;
};
