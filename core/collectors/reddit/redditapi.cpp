#include "redditapi.h"

#include "http/urlutil.h"
#include "redditurl.h"

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

} // namespace

RedditApi::RedditApi(HttpClient &http, Clock &clock, QUrl base, QString context)
    : m_http(http), m_clock(clock), m_base(std::move(base)), m_context(std::move(context))
{
}

QByteArray RedditApi::userAgent()
{
    // Reddit's rule: <platform>:<app id>:<version> (by <contact>).
    return QSysInfo::kernelType().toLatin1() + ":io.github.insights-app.insights:" INSIGHTS_VERSION
                                               " (desktop metrics for open-source maintainers)";
}

Result<HttpResponse> RedditApi::get(const QUrl &url, bool followRedirects)
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"User-Agent", userAgent()}, {"Accept", "application/json"}};
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
    if (waitMs > 15 * 60'000)
        return makeError(tr("%1: Reddit's request allowance is used up for %2 minutes; try again later.")
                             .arg(m_context)
                             .arg(qint64(reset / 60) + 1),
                         Error::Kind::RateLimited);
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

Result<RedditPost> RedditApi::fetchPost(const QString &postId)
{
    const QUrl url = joinUrl(m_base, QStringLiteral("/comments/%1.json").arg(postId),
                             QUrlQuery{{QStringLiteral("raw_json"), QStringLiteral("1")},
                                       {QStringLiteral("limit"), QStringLiteral("1")}});
    auto response = get(url, true);
    if (!response)
        return response.error();
    const QString what = tr("post %1").arg(postId);
    if (!response->isSuccess() || looksLikeHtml(*response))
        return refusal(*response, what);
    auto post = RedditPostParser::parse(response->body, postId);
    if (!post)
        return makeError(tr("%1: Reddit's answer for %2 could not be read (%3); nothing was stored.")
                             .arg(m_context, what, post.error().message),
                         Error::Kind::Parse);
    return post;
}

Result<QString> RedditApi::resolveShareLink(const QUrl &shareUrl)
{
    QUrl url = shareUrl;
    for (int hop = 0; hop < kMaxShareHops; ++hop) {
        auto response = get(url, false);
        if (!response)
            return response.error();
        const int status = response->status;
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            if (status == 200)
                return makeError(tr("%1: Reddit did not redirect the share link %2; open it in a browser and paste the "
                                    "address it shows instead.")
                                     .arg(m_context, shareUrl.toString()),
                                 Error::Kind::Http, status);
            return refusal(*response, tr("share link %1").arg(shareUrl.toString()));
        }
        const QUrl next = url.resolved(QUrl::fromEncoded(response->header("location")));
        if (!next.isValid() || !RedditUrl::isRedditHost(next.host(), m_base))
            return makeError(tr("%1: the share link leads to \"%2\", which is not Reddit; it was not followed.")
                                 .arg(m_context, next.host().left(80)),
                             Error::Kind::Http, status);
        auto link = RedditUrl::parse(next.toString(), m_base);
        if (!link)
            return makeError(tr("%1: the share link leads to %2, which is not a Reddit post.")
                                 .arg(m_context, next.toString(QUrl::RemoveQuery).left(200)),
                             Error::Kind::Http, status);
        if (!link->isShareLink())
            return link->postId;
        url = next;
    }
    return makeError(tr("%1: the share link redirects more than %2 times; not followed further.")
                         .arg(m_context)
                         .arg(kMaxShareHops),
                     Error::Kind::Http);
}

} // namespace insights
