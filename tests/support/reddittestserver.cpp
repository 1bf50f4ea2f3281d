#include "reddittestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace insights::test {

namespace {

QByteArray htmlPage(int status)
{
    if (status == 403)
        return "<!doctype html><html><head><title>Blocked</title></head><body><h1>whoa there, pardner!</h1>"
               "<p>your request has been blocked due to a network policy.</p></body></html>";
    return "<!doctype html><html><head><title>Too Many Requests</title></head><body><h1>whoa there, pardner!</h1>"
           "<p>we're sorry, but you appear to be a bot and we've seen too many requests from you lately.</p></body></html>";
}

TestResponse html(int status, const QByteArray &body)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html; charset=utf-8"));
    return r;
}

QString slugOf(const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower())
        slug += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    return slug.left(50);
}

// Reddit escapes &, < and > in its JSON unless raw_json=1 is asked for.
QString escaped(QString text)
{
    return text.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")).replace(u'>', QStringLiteral("&gt;"));
}

} // namespace

RedditTestServer::RedditTestServer(QObject *parent) : QObject(parent)
{
    m_http.setHandler([this](const TestRequest &r) { return handle(r); });
}

void RedditTestServer::addPost(const Post &post)
{
    m_posts.insert(post.id, post);
}

void RedditTestServer::addShareLink(const QString &subreddit, const QString &code, const QString &postId, int extraHops,
                                    const QString &foreignHost)
{
    m_shares.insert(code, {subreddit, postId, extraHops, foreignHost});
}

QString RedditTestServer::permalink(const QString &id) const
{
    const Post p = m_posts.value(id);
    return QStringLiteral("/r/%1/comments/%2/%3/").arg(p.subreddit, p.id, slugOf(p.title));
}

void RedditTestServer::refuseWithHtml(int status, int times, bool htmlWithOk)
{
    m_http.injectFault(QString(), html(htmlWithOk ? 200 : status, htmlPage(status)), times);
}

int RedditTestServer::postRequests() const
{
    int n = 0;
    for (const TestRequest &r : m_http.requests())
        if (r.path.contains(QLatin1String("/comments/")) || r.path.contains(QLatin1String("/by_id/")))
            ++n;
    return n;
}

TestResponse RedditTestServer::handle(const TestRequest &request)
{
    const QByteArray agent = request.header("user-agent");
    TestResponse response;
    for (const char *library : {"Qt", "Mozilla/5.0 (compatible; Qt", "python-requests", "curl", "Go-http-client"})
        if (agent.startsWith(library) && !agent.contains(':'))
            response = html(429, htmlPage(429));

    static const QRegularExpression postPath(
        QStringLiteral("^(?:/r/[A-Za-z0-9_]+)?/comments/([a-z0-9]+)(?:/[^/]*)?/?(?:\\.json)?$"));
    static const QRegularExpression byId(QStringLiteral("^/by_id/t3_([a-z0-9]+)(?:\\.json)?$"));
    static const QRegularExpression sharePath(QStringLiteral("^/r/([A-Za-z0-9_]+)/s/([A-Za-z0-9]+)$"));
    QString path = request.path;
    const bool wantsJson = path.endsWith(QLatin1String(".json"));
    if (wantsJson)
        path.chop(5);
    const bool raw = request.query.queryItemValue(QStringLiteral("raw_json")) == QLatin1String("1");

    if (response.status == 200) {
        if (const auto share = sharePath.match(request.path); share.hasMatch()) {
            QString code = share.captured(2);
            int hop = 0;
            if (const qsizetype at = code.indexOf(QLatin1String("Hop")); at > 0) {
                hop = code.mid(at + 3).toInt();
                code = code.left(at);
            }
            if (!m_shares.contains(code)) {
                response = html(404, "<!doctype html><html><head><title>reddit.com: page not found</title></head></html>");
            } else {
                const Share target = m_shares.value(code);
                QString location;
                if (hop < target.extraHops)
                    location = baseUrl().toString() + QStringLiteral("/r/%1/s/%2Hop%3").arg(target.subreddit, code).arg(hop + 1);
                else if (!target.foreignHost.isEmpty())
                    location = QStringLiteral("https://%1/r/%2/comments/%3/x/").arg(target.foreignHost, target.subreddit, target.postId);
                else
                    location = baseUrl().toString() + permalink(target.postId)
                               + QStringLiteral("?share_id=Zq81HfLw0aTz&utm_medium=android_app&utm_name=androidcss");
                response = html(301, "<a href=\"" + location.toUtf8() + "\">Moved Permanently</a>.");
                response.headers.append(QPair<QByteArray, QByteArray>("Location", location.toUtf8()));
            }
        } else {
            auto m = postPath.match(path);
            const bool listingOnly = !m.hasMatch();
            if (listingOnly)
                m = byId.match(path);
            if (!m.hasMatch()) {
                response = html(404, "<!doctype html><html><head><title>reddit.com: page not found</title></head></html>");
            } else if (!m_posts.contains(m.captured(1))) {
                response = TestResponse::json(R"({"message": "Not Found", "error": 404})", 404);
            } else {
                const Post p = m_posts.value(m.captured(1));
                const QString link = QStringLiteral("https://www.reddit.com") + permalink(p.id);
                QJsonObject data{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("name"), QString(QStringLiteral("t3_") + p.id)},
                                 {QStringLiteral("title"), QJsonValue(raw ? p.title : escaped(p.title))},
                                 {QStringLiteral("subreddit"), p.subreddit},
                                 {QStringLiteral("subreddit_name_prefixed"), QString(QStringLiteral("r/") + p.subreddit)},
                                 {QStringLiteral("author"), p.author},
                                 {QStringLiteral("score"), p.score},
                                 {QStringLiteral("ups"), p.score},
                                 {QStringLiteral("upvote_ratio"), p.upvoteRatio},
                                 {QStringLiteral("num_comments"), p.comments},
                                 // A float, as Reddit sends it.
                                 {QStringLiteral("created_utc"), double(p.created.toSecsSinceEpoch()) + 0.25},
                                 {QStringLiteral("permalink"), permalink(p.id)},
                                 {QStringLiteral("url"), QJsonValue(p.url.isEmpty() ? link : p.url)},
                                 {QStringLiteral("is_self"), QJsonValue(p.url.isEmpty())},
                                 {QStringLiteral("over_18"), QJsonValue(false)}};
                const auto listing = [](const QJsonArray &children) {
                    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Listing")},
                                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("children"), children},
                                                                            {QStringLiteral("after"), QJsonValue()},
                                                                            {QStringLiteral("before"), QJsonValue()}}}};
                };
                const QJsonObject post = listing({QJsonObject{{QStringLiteral("kind"), QStringLiteral("t3")}, {QStringLiteral("data"), data}}});
                const QJsonDocument doc = listingOnly ? QJsonDocument(post) : QJsonDocument(QJsonArray{post, listing({})});
                response = TestResponse::json(doc.toJson(QJsonDocument::Compact));
            }
        }
    }
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-used", "4"));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-remaining", "96.0"));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-reset", "412"));
    return response;
}

} // namespace insights::test
