#pragma once
// Reddit's public JSON (API-NOTES §9) on 127.0.0.1: posts at /r/SUB/comments/ID/SLUG.json,
// /comments/ID.json and /by_id/t3_ID.json shapes as Reddit answers them (an array of two
// Listings, the post at [0].data.children[0].data with kind "t3", created_utc a float),
// share links /r/SUB/s/CODE answering 301 with a Location (several hops possible, or a hop to
// a foreign host), X-Ratelimit-* headers, 404 for unknown posts, and Reddit's HTML refusals:
// 429 "Too Many Requests" and 403 "Blocked" pages with text/html, answered when the
// User-Agent looks like a default library agent or when a test asks for them.
#include "localhttpserver.h"

#include <QDateTime>
#include <QHash>

namespace insights::test {

class RedditTestServer : public QObject {
    Q_OBJECT
public:
    struct Post {
        QString id;        // base36, lower case
        QString subreddit; // "cpp"
        QString title;
        QString author = QStringLiteral("someone");
        int score = 1;
        int comments = 0;
        double upvoteRatio = 1.0;
        QDateTime created; // UTC
        QString url;       // link target; empty: a self post (url = permalink)
    };

    explicit RedditTestServer(QObject *parent = nullptr);
    bool listen() { return m_http.listen(); }
    QUrl baseUrl() const { return m_http.url(QString()); }
    LocalHttpServer &http() { return m_http; }

    void addPost(const Post &post);
    Post &post(const QString &id) { return m_posts[id]; }
    // A share link /r/SUB/s/CODE whose redirect chain ends at the post's permalink with
    // ?share_id=…; `extraHops` intermediate share links (CODEHop1, CODEHop2, …) first. `foreignHost` (non-empty): the
    // last hop points to that host instead (a redirect that must not be followed).
    void addShareLink(const QString &subreddit, const QString &code, const QString &postId, int extraHops = 0,
                      const QString &foreignHost = QString());
    // The permalink path of a post: /r/SUB/comments/ID/slug/
    QString permalink(const QString &id) const;
    // Every answer for the next `times` requests: Reddit's 429 or 403 HTML page with status 200
    // (`htmlWithOk`) or with the real status.
    void refuseWithHtml(int status, int times = 1, bool htmlWithOk = false);

    // Requests for post JSON (not share-link hops).
    int postRequests() const;
    const QList<TestRequest> &requests() const { return m_http.requests(); }

private:
    TestResponse handle(const TestRequest &request);

    LocalHttpServer m_http;
    QHash<QString, Post> m_posts;
    struct Share {
        QString subreddit;
        QString postId;
        int extraHops;
        QString foreignHost;
    };
    QHash<QString, Share> m_shares; // code → target
};

} // namespace insights::test
