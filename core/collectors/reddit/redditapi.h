#pragma once
// Reddit as Insights reads it (API-NOTES §0.11, §9). Reddit's API rules ask every client to
// authenticate with OAuth2 and to name itself in its User-Agent
// (`<platform>:<app id>:<version> (by /u/<reddit user>)`); plain `.json` requests from apps now
// often meet a 403 "blocked" page. So:
// - with a client id (an installed app the user registered), posts are read from the OAuth host
//   with an app-only bearer token (RedditAuth), which never leaves that host;
// - without one, the anonymous `.json` of the web host is tried once; a block page or a 429 then
//   says how to sign in, and nothing is changed;
// - share, app and gallery links are resolved only by reading their redirects — at most five
//   hops, only to Reddit's hosts, each hop asked of the configured Reddit base (RedditUrl);
// - Reddit's HTML refusals (429 "Too Many Requests", 403 "Blocked", or an HTML page with 200)
//   are errors with a message, never data; X-Ratelimit-Remaining/Reset are honoured.
#include "http/httpclient.h"
#include "redditauth.h"
#include "redditpost.h"

#include <QCoreApplication>
#include <memory>

namespace insights {

class Config;

// Where Reddit is and who asks: from Config (INSIGHT_REDDIT_URL, INSIGHT_REDDIT_OAUTH_URL,
// INSIGHT_REDDIT_CLIENT_ID, INSIGHT_REDDIT_USERNAME and the settings behind them).
struct RedditEndpoints {
    QUrl web;          // share links, the token endpoint, anonymous .json
    QUrl oauth;        // posts, with a token
    QString clientId;  // empty: anonymous
    QString deviceId;
    QString username;  // for the User-Agent; may be empty

    static Result<RedditEndpoints> fromConfig(const Config &config);
};

class RedditApi final {
    Q_DECLARE_TR_FUNCTIONS(RedditApi)
public:
    static constexpr int kMaxShareHops = 5;

    RedditApi(HttpClient &http, Clock &clock, RedditEndpoints endpoints, QString context);
    ~RedditApi();

    Result<RedditPost> fetchPost(const QString &postId);
    // The post id a share, app or gallery link leads to.
    Result<QString> resolveShareLink(const QUrl &shareUrl);

    // Reddit's User-Agent rule: <platform>:<app id>:<version> (by /u/NAME).
    static QByteArray userAgent(const QString &username = {});
    bool signedIn() const { return m_auth != nullptr; }

private:
    Result<HttpResponse> get(const QUrl &url, bool followRedirects, const QString &token = {});
    Result<RedditPost> readPost(const HttpResponse &response, const QString &postId);
    Error refusal(const HttpResponse &response, const QString &what) const;
    Error signInAdvice(const QString &why) const;
    Status honourRateLimit(const HttpResponse &response);

    HttpClient &m_http;
    Clock &m_clock;
    RedditEndpoints m_endpoints;
    QString m_context;
    std::unique_ptr<RedditAuth> m_auth;
};

} // namespace insights
