#include "redditauth.h"

#include "http/tokenpolicy.h"
#include "util/jsonutil.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QUrlQuery>

namespace insights {

namespace {

// Tokens of this process, by token endpoint, client id and device id. Memory only.
struct CachedToken {
    QString token;
    QDateTime expiresAt;
    qint64 lifetimeMs = 0;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CachedToken> &cache()
{
    static QHash<QString, CachedToken> tokens;
    return tokens;
}

const QString kGrant = QStringLiteral("https://oauth.reddit.com/grants/installed_client");

} // namespace

RedditAuth::RedditAuth(HttpClient &http, Clock &clock, RedditCredentials credentials, QString context)
    : m_http(http), m_clock(clock), m_credentials(std::move(credentials)), m_context(std::move(context))
{
}

bool RedditAuth::isValidClientId(const QString &clientId)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{8,64}$"));
    return re.match(clientId).hasMatch();
}

bool RedditAuth::isValidUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{3,20}$"));
    return re.match(username).hasMatch();
}

void RedditAuth::forgetAll()
{
    QMutexLocker lock(&cacheMutex());
    cache().clear();
}

QString RedditAuth::cacheKey() const
{
    return m_credentials.tokenUrl.toString() + QLatin1Char('|') + m_credentials.clientId + QLatin1Char('|')
           + m_credentials.deviceId;
}

void RedditAuth::invalidate(const QString &token)
{
    QMutexLocker lock(&cacheMutex());
    const auto it = cache().constFind(cacheKey());
    if (it != cache().constEnd() && it->token == token)
        cache().remove(cacheKey());
}

Result<QString> RedditAuth::bearer()
{
    {
        QMutexLocker lock(&cacheMutex());
        const CachedToken cached = cache().value(cacheKey());
        // Renewed before it runs out: five minutes early, or half-way for a short-lived token.
        const qint64 margin = std::min(kRenewBeforeMs, cached.lifetimeMs / 2);
        if (!cached.token.isEmpty() && m_clock.nowUtc().addMSecs(margin) < cached.expiresAt)
            return cached.token;
    }
    return requestToken();
}

Result<QString> RedditAuth::requestToken()
{
    if (!isValidClientId(m_credentials.clientId))
        return makeError(tr("%1: \"%2\" is not a Reddit client id; copy the id shown under the app's name at "
                            "https://www.reddit.com/prefs/apps into Settings → Reddit.")
                             .arg(m_context, m_credentials.clientId.left(64)),
                         Error::Kind::Config);
    // The token that comes back is a secret: only over HTTPS (or to a local test server).
    if (!tokenpolicy::maySendToken(m_credentials.tokenUrl))
        return makeError(tr("%1: refusing to ask %2 for a Reddit token over plain HTTP; use an https:// Reddit URL.")
                             .arg(m_context, m_credentials.tokenUrl.host()),
                         Error::Kind::Config);
    HttpRequest request;
    request.url = m_credentials.tokenUrl;
    request.method = "POST";
    request.headers = {{"User-Agent", m_credentials.userAgent},
                       {"Accept", "application/json"},
                       {"Content-Type", "application/x-www-form-urlencoded"},
                       // Installed apps have no secret: the password is empty.
                       {"Authorization", "Basic " + (m_credentials.clientId + QLatin1Char(':')).toUtf8().toBase64()}};
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), kGrant);
    form.addQueryItem(QStringLiteral("device_id"), m_credentials.deviceId);
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();
    request.followRedirects = false; // credentials stay with this one address
    request.context = m_context;
    ++m_tokenRequests;
    const QDateTime asked = m_clock.nowUtc();
    auto response = m_http.send(request);
    if (!response)
        return response.error();

    const auto parsed = json::parse(response->body);
    const QJsonObject answer = parsed ? parsed->object() : QJsonObject();
    if (response->status == 401)
        return makeError(tr("%1: Reddit does not accept the client id \"%2\" (HTTP 401). Copy the id shown under the "
                            "app's name at https://www.reddit.com/prefs/apps; the app must be of type \"installed "
                            "app\" (script and web apps have a secret, which Insights does not use).")
                             .arg(m_context, m_credentials.clientId.left(64)),
                         Error::Kind::Auth, 401);
    if (!response->isSuccess())
        return makeError(tr("%1: Reddit's token endpoint answered HTTP %2; try again later.").arg(m_context).arg(response->status),
                         response->status == 429 ? Error::Kind::RateLimited : Error::Kind::Http, response->status);
    if (answer.contains(QLatin1String("error"))) {
        const QString error = answer.value(QLatin1String("error")).toVariant().toString().left(60);
        const QString description = answer.value(QLatin1String("error_description")).toString().simplified().left(120);
        return makeError(tr("%1: Reddit refused to give this app a token (\"%2\"%3). Check that the app at "
                            "https://www.reddit.com/prefs/apps is an \"installed app\".")
                             .arg(m_context, error, description.isEmpty() ? QString() : QStringLiteral(": ") + description),
                         Error::Kind::Auth, response->status);
    }
    const QString token = answer.value(QLatin1String("access_token")).toString();
    const QString type = answer.value(QLatin1String("token_type")).toString();
    const auto expiresIn = json::number(answer.value(QLatin1String("expires_in")));
    static const QRegularExpression tokenShape(QStringLiteral("^[A-Za-z0-9._~+/=-]{8,512}$"));
    if (!tokenShape.match(token).hasMatch() || type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0 || !expiresIn
        || *expiresIn <= 0)
        return makeError(tr("%1: Reddit's token endpoint answered something that is not a token; try again later.").arg(m_context),
                         Error::Kind::Parse, response->status);
    CachedToken cached{token, asked.addMSecs(qint64(*expiresIn * 1000)), qint64(*expiresIn * 1000)};
    QMutexLocker lock(&cacheMutex());
    cache().insert(cacheKey(), cached);
    return token;
}

} // namespace insights
