#pragma once
// Reddit's public JSON as Insights uses it: one post by id, and a share link (/r/SUB/s/CODE)
// resolved by reading its redirects — at most five hops, and only to Reddit's own hosts or the
// configured base URL. Every request carries a descriptive User-Agent (Reddit throttles default
// agents); Reddit's HTML refusals (429 "Too Many Requests", 403 "Blocked", or an HTML page with
// 200) are errors with a message, never data; X-Ratelimit-Remaining/Reset are honoured.
#include "http/httpclient.h"
#include "redditpost.h"

#include <QCoreApplication>

namespace insights {

class RedditApi final {
    Q_DECLARE_TR_FUNCTIONS(RedditApi)
public:
    static constexpr int kMaxShareHops = 5;

    RedditApi(HttpClient &http, Clock &clock, QUrl base, QString context);

    Result<RedditPost> fetchPost(const QString &postId);
    // The post id a share link leads to.
    Result<QString> resolveShareLink(const QUrl &shareUrl);

    static QByteArray userAgent();

private:
    Result<HttpResponse> get(const QUrl &url, bool followRedirects);
    Error refusal(const HttpResponse &response, const QString &what) const;
    Status honourRateLimit(const HttpResponse &response);

    HttpClient &m_http;
    Clock &m_clock;
    QUrl m_base;
    QString m_context;
};

} // namespace insights
