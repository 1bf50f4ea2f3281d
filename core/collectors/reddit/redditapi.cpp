#include "redditapi.h"

#include "config/config.h"
#include "http/urlutil.h"
#include "redditurl.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QSysInfo>

namespace insights {

namespace {

bool looksLikeHtml(const HttpResponse &response)
{
    const QByteArray type = response.header("content-type").toLower();
    if (type.contains("text/html"))
        return true;
    const QByteArray start = response.body.left(64).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith('<');
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral("<title[^>]*>([^<]{1,120})</title>"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

QUrlQuery postQuery()
{
    return QUrlQuery{{QStringLiteral("raw_json"), QStringLiteral("1")}, {QStringLiteral("limit"), QStringLiteral("1")}};
}

} // namespace

Result<RedditEndpoints> RedditEndpoints::fromConfig(const Config &config)
{
    RedditEndpoints endpoints;
    auto web = config.baseUrl(Api::Reddit);
    if (!web)
        return web.error();
    auto oauth = config.baseUrl(Api::RedditOAuth);
    if (!oauth)
        return oauth.error();
    endpoints.web = *web;
    endpoints.oauth = *oauth;
    endpoints.clientId = config.redditClientId();
    endpoints.username = config.redditUsername();
    if (!endpoints.clientId.isEmpty() && !RedditAuth::isValidClientId(endpoints.clientId))
        return makeError(QCoreApplication::translate("RedditApi",
                                                     "\"%1\" is not a Reddit client id; copy the id shown under the app's "
                                                     "name at https://www.reddit.com/prefs/apps into Settings → Reddit.")
                             .arg(endpoints.clientId.left(64)),
                         Error::Kind::Config);
    if (!endpoints.username.isEmpty() && !RedditAuth::isValidUsername(endpoints.username))
        return makeError(QCoreApplication::translate("RedditApi",
                                                     "\"%1\" is not a Reddit user name (3 to 20 letters, digits, - or _); "
                                                     "correct it in Settings → Reddit or INSIGHT_REDDIT_USERNAME.")
                             .arg(endpoints.username.left(40)),
                         Error::Kind::Config);
    if (!endpoints.clientId.isEmpty())
        endpoints.deviceId = config.redditDeviceId();
    return endpoints;
}

RedditApi::RedditApi(HttpClient &http, Clock &clock, RedditEndpoints endpoints, QString context)
    : m_http(http), m_clock(clock), m_endpoints(std::move(endpoints)), m_context(std::move(context))
{
    if (!m_endpoints.clientId.isEmpty())
        m_auth = std::make_unique<RedditAuth>(
            m_http, m_clock,
            RedditCredentials{m_endpoints.clientId, m_endpoints.deviceId,
                              joinUrl(m_endpoints.web, QStringLiteral("/api/v1/access_token")), userAgent(m_endpoints.username)},
            m_context);
}

RedditApi::~RedditApi() = default;

QByteArray RedditApi::userAgent(const QString &username)
{
    // Reddit's rule: <platform>:<app id>:<version> (by /u/<reddit username>).
    const QByteArray contact = RedditAuth::isValidUsername(username) ? "by /u/" + username.toLatin1()
                                                                     : QByteArray("desktop metrics for open-source maintainers");
    return QSysInfo::kernelType().toLatin1() + ":io.github.insights-app.insights:" INSIGHTS_VERSION " (" + contact + ')';
}

Result<HttpResponse> RedditApi::get(const QUrl &url, bool followRedirects, const QString &token)
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"User-Agent", userAgent(m_endpoints.username)}, {"Accept", "application/json"}};
    request.bearerToken = token; // only ever the OAuth host's URLs; dropped on a redirect elsewhere
    request.followRedirects = followRedirects;
    request.context = m_context;
    auto response = m_http.send(request);
    if (response)
        if (auto st = honourRateLimit(*response); !st)
            return st.error();
    return response;
}

Status RedditApi::honourRateLimit(const HttpResponse &response)
{
    // Reddit's remaining is a float ("0.0") and its reset is seconds from now, not an epoch.
    bool okRemaining = false, okReset = false;
    const double remaining = response.header("x-ratelimit-remaining").trimmed().toDouble(&okRemaining);
    const double reset = response.header("x-ratelimit-reset").trimmed().toDouble(&okReset);
    if (!okRemaining || !okReset || remaining >= 1)
        return Ok{};
    const qint64 waitMs = qint64(reset * 1000) + 1000;
    if (waitMs > 15 * 60'000) {
        Error e = makeError(tr("%1: Reddit's request allowance is used up for %2 minutes; try again later.")
                                .arg(m_context)
                                .arg(qint64(reset / 60) + 1),
                            Error::Kind::RateLimited);
        e.retryAt = m_clock.nowUtc().addMSecs(waitMs);
        return e;
    }
    if (!m_clock.wait(waitMs))
        return makeError(tr("%1: cancelled").arg(m_context), Error::Kind::Cancelled);
    return Ok{};
}

Error RedditApi::refusal(const HttpResponse &response, const QString &what) const
{
    const bool html = looksLikeHtml(response);
    const QString title = html ? htmlTitle(response.body) : QString();
    const QString page = title.isEmpty() ? QString() : tr(" (a web page titled \"%1\")").arg(title);
    if (response.status == 404)
        return makeError(tr("%1: Reddit has no %2 (HTTP 404); check the link.").arg(m_context, what), Error::Kind::Http, 404);
    if (response.status == 429)
        return makeError(tr("%1: Reddit is limiting requests (HTTP 429)%2; nothing was changed, try again in a few "
                            "minutes.")
                             .arg(m_context, page),
                         Error::Kind::RateLimited, 429);
    if (response.status == 403)
        return makeError(tr("%1: Reddit refused the request (HTTP 403)%2. Reddit blocks some networks and VPNs; "
                            "try again later or from another network. Nothing was changed.")
                             .arg(m_context, page),
                         Error::Kind::Permission, 403);
    if (html)
        return makeError(tr("%1: Reddit answered with a web page instead of data (HTTP %2)%3; nothing was stored, "
                            "try again later.")
                             .arg(m_context)
                             .arg(response.status)
                             .arg(page),
                         Error::Kind::Parse, response.status);
    return makeError(tr("%1: Reddit answered HTTP %2 for %3.").arg(m_context).arg(response.status).arg(what),
                     Error::Kind::Http, response.status);
}

Error RedditApi::signInAdvice(const QString &why) const
{
    return makeError(tr("%1: Reddit asks apps to sign in: add a Reddit client id in Settings → Reddit. "
                        "Reddit refused the request without one (%2); nothing was changed.")
                         .arg(m_context, why),
                     Error::Kind::Permission);
}

Result<RedditPost> RedditApi::readPost(const HttpResponse &response, const QString &postId)
{
    auto post = RedditPostParser::parse(response.body, postId);
    if (!post)
        return makeError(tr("%1: Reddit's answer for post %2 could not be read (%3); nothing was stored.")
                             .arg(m_context, postId, post.error().message),
                         Error::Kind::Parse);
    return post;
}

Result<RedditPost> RedditApi::fetchPost(const QString &postId)
{
    const QString what = tr("post %1").arg(postId);
    if (m_auth) {
        // The OAuth host, with the app's token; a token it no longer knows is replaced once.
        for (int attempt = 0;; ++attempt) {
            auto token = m_auth->bearer();
            if (!token)
                return token.error();
            auto response = get(joinUrl(m_endpoints.oauth, QStringLiteral("/comments/%1").arg(postId), postQuery()), true, *token);
            if (!response)
                return response.error();
            if (response->status == 401) {
                m_auth->invalidate(*token);
                if (attempt == 0)
                    continue;
                return makeError(tr("%1: Reddit refused the app's fresh token (HTTP 401); check the client id in Settings "
                                    "→ Reddit.")
                                     .arg(m_context),
                                 Error::Kind::Auth, 401);
            }
            if (!response->isSuccess() || looksLikeHtml(*response))
                return refusal(*response, what);
            return readPost(*response, postId);
        }
    }

    // Anonymous: the web host's .json, once. A block page or a limit then says how to sign in.
    auto response = get(joinUrl(m_endpoints.web, QStringLiteral("/comments/%1.json").arg(postId), postQuery()), true);
    if (!response) {
        const Error &e = response.error();
        if (e.kind != Error::Kind::RateLimited)
            return e;
        Error advice = signInAdvice(e.retryAt.isValid() ? tr("rate limited; next try after %1").arg(utcMinuteText(e.retryAt))
                                                        : tr("rate limited"));
        advice.retryAt = e.retryAt;
        advice.kind = Error::Kind::RateLimited;
        return advice;
    }
    if (response->status == 403 || response->status == 429) {
        const QString title = looksLikeHtml(*response) ? htmlTitle(response->body) : QString();
        return signInAdvice(title.isEmpty() ? tr("HTTP %1").arg(response->status)
                                            : tr("HTTP %1, a page titled \"%2\"").arg(response->status).arg(title));
    }
    if (!response->isSuccess() || looksLikeHtml(*response))
        return refusal(*response, what);
    return readPost(*response, postId);
}

Result<QString> RedditApi::resolveShareLink(const QUrl &shareUrl)
{
    const QUrl &base = m_endpoints.web;
    QUrl url = RedditUrl::throughBase(shareUrl, base);
    for (int hop = 0; hop < kMaxShareHops; ++hop) {
        auto response = get(url, false);
        if (!response)
            return response.error();
        const int status = response->status;
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            if (status == 200)
                return makeError(tr("%1: Reddit did not redirect the link %2; open it in a browser and paste the "
                                    "address it shows instead.")
                                     .arg(m_context, shareUrl.toString()),
                                 Error::Kind::Http, status);
            return refusal(*response, tr("link %1").arg(shareUrl.toString()));
        }
        const QUrl next = url.resolved(QUrl::fromEncoded(response->header("location")));
        if (!next.isValid() || !RedditUrl::isRedditHost(next.host(), base))
            return makeError(tr("%1: the link leads to \"%2\", which is not Reddit; it was not followed.")
                                 .arg(m_context, next.host().left(80)),
                             Error::Kind::Http, status);
        auto link = RedditUrl::parse(next.toString(), base);
        if (!link)
            return makeError(tr("%1: the link leads to %2, which is not a Reddit post.")
                                 .arg(m_context, next.toString(QUrl::RemoveQuery).left(200)),
                             Error::Kind::Http, status);
        if (!link->isShareLink())
            return link->postId;
        url = link->shareUrl; // already on the configured base
    }
    return makeError(tr("%1: the link redirects more than %2 times; not followed further.")
                         .arg(m_context)
                         .arg(kMaxShareHops),
                     Error::Kind::Http);
}

} // namespace insights
