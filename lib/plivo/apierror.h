#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// Why a request to Plivo did not give what was asked, as a category, the HTTP status, Plivo's
// own words and a sentence a person can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Category {
        None,
        Network,
        Authentication,
        Forbidden,
        BadRequest,
        NotFound,
        RateLimited,
        Server,
        Parse,
        Cancelled,
        InsecureConnection,
        Unavailable, // not a request to Plivo: the source (an archive, say) could not answer
    };

    ApiError() = default;
    static ApiError fromHttpStatus(int status, const QByteArray &body);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &detail);
    static ApiError parseFailure(int status, const QString &detail);
    static ApiError cancelled();
    static ApiError insecureConnection(const QString &host);
    // `sentence` says what went wrong, as a person reads it.
    static ApiError unavailable(const QString &sentence);
    // No such call where the source looked (an archive); `sentence` says so.
    static ApiError notFound(const QString &sentence);

    bool isError() const { return m_category != Category::None; }
    Category category() const { return m_category; }
    int httpStatus() const { return m_httpStatus; }
    QString plivoMessage() const { return m_plivoMessage; }
    // A sentence for the person: what happened and what they can do.
    QString message() const;
    // Whether trying the same request again can help.
    bool isRetryable() const;
    // Whether the request is refused for what it is (credentials, permission, parameters):
    // asking again later fails the same way.
    bool isRefusal() const;

private:
    Category m_category = Category::None;
    int m_httpStatus = 0;
    QString m_plivoMessage;
    QString m_detail;
};
Q_DECLARE_METATYPE(ApiError)
