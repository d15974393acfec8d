#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body)
{
    ApiError error;
    error.m_httpStatus = status;
    if (status == 401)
        error.m_category = Category::Authentication;
    else if (status == 403)
        error.m_category = Category::Forbidden;
    else if (status == 404)
        error.m_category = Category::NotFound;
    else if (status == 429)
        error.m_category = Category::RateLimited;
    else if (status >= 500)
        error.m_category = Category::Server;
    else
        error.m_category = Category::BadRequest;

    // Plivo sends {"api_id": …, "error": …}; proxies send HTML or nothing.
    const QJsonDocument document = QJsonDocument::fromJson(body.left(64 * 1024));
    if (document.isObject()) {
        const QJsonValue text = document.object().value(u"error");
        if (text.isString())
            error.m_plivoMessage = text.toString().left(500);
        else if (text.isObject()) // some endpoints nest field errors
            error.m_plivoMessage = QString::fromUtf8(
                    QJsonDocument(text.toObject()).toJson(QJsonDocument::Compact).left(500));
    }
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError, const QString &detail)
{
    ApiError error;
    error.m_category = networkError == QNetworkReply::OperationCanceledError ? Category::Cancelled
                                                                             : Category::Network;
    error.m_detail = detail;
    return error;
}

ApiError ApiError::parseFailure(int status, const QString &detail)
{
    ApiError error;
    error.m_category = Category::Parse;
    error.m_httpStatus = status;
    error.m_detail = detail;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.m_category = Category::Cancelled;
    return error;
}

ApiError ApiError::insecureConnection(const QString &host)
{
    ApiError error;
    error.m_category = Category::InsecureConnection;
    error.m_detail = host;
    return error;
}

ApiError ApiError::unavailable(const QString &sentence)
{
    ApiError error;
    error.m_category = Category::Unavailable;
    error.m_detail = sentence;
    return error;
}

ApiError ApiError::notFound(const QString &sentence)
{
    ApiError error;
    error.m_category = Category::NotFound;
    error.m_detail = sentence;
    return error;
}

bool ApiError::isRetryable() const
{
    switch (m_category) {
    case Category::Network:
    case Category::RateLimited:
    case Category::Server:
    case Category::Parse:
        return true;
    default:
        return false;
    }
}

bool ApiError::isRefusal() const
{
    return m_category == Category::Authentication || m_category == Category::Forbidden
            || m_category == Category::BadRequest;
}

QString ApiError::message() const
{
    const QString plivoSays = m_plivoMessage.isEmpty()
            ? QString()
            : u' ' + tr("Plivo says: \u201c%1\u201d").arg(m_plivoMessage);
    switch (m_category) {
    case Category::None:
        return {};
    case Category::Network:
        return tr("Plivo could not be reached: %1. Check the network connection and try again.")
                .arg(m_detail);
    case Category::Authentication:
        return tr("Plivo did not accept the auth id and token. Check them in Accounts.")
                + plivoSays;
    case Category::Forbidden:
        return tr("This account is not allowed to read these calls.") + plivoSays;
    case Category::BadRequest:
        return tr("Plivo rejected the request.") + plivoSays;
    case Category::NotFound:
        if (!m_detail.isEmpty())
            return m_detail;
        return tr("Plivo has no such call (calls older than 90 days cannot be retrieved).")
                + plivoSays;
    case Category::RateLimited:
        return tr("Plivo's rate limit was reached; Callscope waits and tries again.") + plivoSays;
    case Category::Server:
        return tr("Plivo had a server error (HTTP %1). Try again in a moment.").arg(m_httpStatus)
                + plivoSays;
    case Category::Parse:
        return tr("Plivo's answer could not be read: %1").arg(m_detail);
    case Category::Cancelled:
        return tr("The request was cancelled.");
    case Category::InsecureConnection:
        return tr("Callscope refuses plain http:// to %1: the token would cross the network "
                  "unencrypted. Use https://.")
                .arg(m_detail);
    case Category::Unavailable:
        return m_detail;
    }
    return {};
}
