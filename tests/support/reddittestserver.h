#pragma once
// Reddit (API-NOTES §9, reddit-archive/reddit) on 127.0.0.1, as two hosts like the real one:
// - the web host (www.reddit.com): posts as anonymous JSON at /r/SUB/comments/ID/SLUG.json,
//   /comments/ID.json and /by_id/t3_ID.json (an array of two Listings, the post at
//   [0].data.children[0].data with kind "t3", created_utc a float, `ups` equal to the score and
//   `downs` 0 as Reddit's link template fills them); links that only a redirect resolves — share
//   links /r/SUB/s/CODE and /u/NAME/s/CODE (301, several hops possible, or a hop to a foreign
//   host), app links /CODE (what reddit.app.link answers: 307 to a www.reddit.com permalink) and
//   /gallery/ID (301 to the post); the token endpoint POST /api/v1/access_token (HTTP Basic with a
//   registered client id; the installed_client grant with a device id of 20–50 characters;
//   refusals as Reddit words them: 401 with `WWW-Authenticate: Basic`, or {"error": …});
// - the OAuth host (oauth.reddit.com): the same post paths, only with `Authorization: bearer
//   TOKEN` of a token it issued and that has not expired (by the test clock) or been revoked;
//   otherwise 401 with `WWW-Authenticate: Bearer realm="reddit", error="invalid_token"`.
// Both send X-Ratelimit-* headers. Reddit's HTML refusals — 429 "Too Many Requests" and 403
// "Blocked" pages with text/html — are answered when the User-Agent looks like a default library
// agent, when a test asks for them, or (setBlockAnonymousJson) for every anonymous JSON request
// of the web host, as Reddit now does to many apps that do not sign in.
#include "localhttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace insights {
class Clock;
}

namespace insights::test {

class RedditTestServer : public QObject {
    Q_OBJECT
public:
    struct Post {
        QString id;        // base36, lower case
        QString subreddit; // "cpp"; "u_NAME" for a post on a user's profile
        QString title;
        QString author = QStringLiteral("someone");
        int score = 1;
        int comments = 0;
        double upvoteRatio = 1.0;
        QDateTime created; // UTC
        QString url;       // link target; empty: a self post (url = permalink)
    };

    explicit RedditTestServer(QObject *parent = nullptr);
    bool listen() { return m_http.listen() && m_oauth.listen(); }
    QUrl baseUrl() const { return m_http.url(QString()); }
    QUrl oauthUrl() const { return m_oauth.url(QString()); }
    LocalHttpServer &http() { return m_http; }
    LocalHttpServer &oauthHttp() { return m_oauth; }
    // Dates token expiry (may be null: tokens never expire).
    void setClock(const Clock *clock) { m_clock = clock; }

    void addPost(const Post &post);
    Post &post(const QString &id) { return m_posts[id]; }
    // A share link /r/SUB/s/CODE whose redirect chain ends at the post's permalink with
    // ?share_id=…; `extraHops` intermediate share links (CODEHop1, CODEHop2, …) first. `foreignHost` (non-empty): the
    // last hop points to that host instead (a redirect that must not be followed).
    void addShareLink(const QString &subreddit, const QString &code, const QString &postId, int extraHops = 0,
                      const QString &foreignHost = QString());
    // A profile share link /u/NAME/s/CODE (and /user/NAME/s/CODE).
    void addProfileShareLink(const QString &user, const QString &code, const QString &postId);
    // An app link reddit.app.link/CODE: answered at /CODE with a redirect to the post's
    // permalink on https://www.reddit.com.
    void addAppLink(const QString &code, const QString &postId);
    // The permalink path of a post: /r/SUB/comments/ID/slug/
    QString permalink(const QString &id) const;
    // Every answer for the next `times` requests: Reddit's 429 or 403 HTML page with status 200
    // (`htmlWithOk`) or with the real status.
    void refuseWithHtml(int status, int times = 1, bool htmlWithOk = false);
    // Anonymous JSON on the web host gets Reddit's 403 "blocked" page.
    void setBlockAnonymousJson(bool on) { m_blockAnonymous = on; }

    // OAuth: installed apps (no secret) and confidential ones (script/web apps, with a secret).
    void addClient(const QString &clientId, const QString &secret = QString()) { m_clients.insert(clientId, secret); }
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    void revokeTokens() { m_tokens.clear(); }
    const QStringList &issuedTokens() const { return m_issued; }
    QList<TestRequest> tokenRequests() const;
    // Requests that presented a token after it had expired.
    int expiredTokenUses() const { return m_expiredUses; }

    // Requests for post JSON (not share-link hops) on the web host, and on the OAuth host.
    int postRequests() const;
    int oauthPostRequests() const;
    const QList<TestRequest> &requests() const { return m_http.requests(); }

private:
    TestResponse handle(const TestRequest &request);
    TestResponse handleOAuth(const TestRequest &request);
    TestResponse accessToken(const TestRequest &request);
    // The post JSON for a post path (nullopt when `path` is not one).
    std::optional<TestResponse> postAnswer(const TestRequest &request) const;
    TestResponse redirect(int status, const QString &location) const;
    QDateTime now() const;

    LocalHttpServer m_http;
    LocalHttpServer m_oauth;
    const Clock *m_clock = nullptr;
    QHash<QString, Post> m_posts;
    struct Share {
        QString subreddit;
        QString postId;
        int extraHops;
        QString foreignHost;
    };
    QHash<QString, Share> m_shares;        // code → target
    QHash<QString, QString> m_profileShares; // "user/code" → post id
    QHash<QString, QString> m_appLinks;      // code → post id
    bool m_blockAnonymous = false;
    QHash<QString, QString> m_clients;     // client id → secret (empty: installed app)
    int m_tokenLifetime = 86'400;
    QHash<QString, QDateTime> m_tokens;    // token → expiry
    QStringList m_issued;
    int m_expiredUses = 0;
};

} // namespace insights::test
