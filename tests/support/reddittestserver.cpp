#include "reddittestserver.h"

#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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

TestResponse notFoundPage()
{
    return html(404, "<!doctype html><html><head><title>reddit.com: page not found</title></head></html>");
}

void addRateHeaders(TestResponse &response)
{
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-used", "4"));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-remaining", "96.0"));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-reset", "412"));
}

TestResponse jsonError(int status, const QByteArray &wwwAuthenticate)
{
    TestResponse r = TestResponse::json(QStringLiteral(R"({"message": "Unauthorized", "error": %1})").arg(status).toUtf8(), status);
    r.headers.append(QPair<QByteArray, QByteArray>("WWW-Authenticate", wwwAuthenticate));
    return r;
}

} // namespace

RedditTestServer::RedditTestServer(QObject *parent) : QObject(parent)
{
    m_http.setHandler([this](const TestRequest &r) { return handle(r); });
    m_oauth.setHandler([this](const TestRequest &r) { return handleOAuth(r); });
}

QDateTime RedditTestServer::now() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
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

void RedditTestServer::addProfileShareLink(const QString &user, const QString &code, const QString &postId)
{
    m_profileShares.insert(user.toLower() + u'/' + code, postId);
}

void RedditTestServer::addAppLink(const QString &code, const QString &postId)
{
    m_appLinks.insert(code, postId);
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

QList<TestRequest> RedditTestServer::tokenRequests() const
{
    QList<TestRequest> out;
    for (const TestRequest &r : m_http.requests())
        if (r.path == QLatin1String("/api/v1/access_token"))
            out.append(r);
    return out;
}

int RedditTestServer::postRequests() const
{
    int n = 0;
    for (const TestRequest &r : m_http.requests())
        if (r.path.contains(QLatin1String("/comments/")) || r.path.contains(QLatin1String("/by_id/")))
            ++n;
    return n;
}

int RedditTestServer::oauthPostRequests() const
{
    int n = 0;
    for (const TestRequest &r : m_oauth.requests())
        if (r.path.contains(QLatin1String("/comments/")) || r.path.contains(QLatin1String("/by_id/")))
            ++n;
    return n;
}

TestResponse RedditTestServer::redirect(int status, const QString &location) const
{
    TestResponse response = html(status, "<a href=\"" + location.toUtf8() + "\">Moved</a>.");
    response.headers.append(QPair<QByteArray, QByteArray>("Location", location.toUtf8()));
    return response;
}

std::optional<TestResponse> RedditTestServer::postAnswer(const TestRequest &request) const
{
    static const QRegularExpression postPath(
        QStringLiteral("^(?:/r/[A-Za-z0-9_-]+|/user/[A-Za-z0-9_-]+)?/comments/([a-z0-9]+)(?:/[^/]*)?/?$"));
    static const QRegularExpression byId(QStringLiteral("^/by_id/t3_([a-z0-9]+)$"));
    QString path = request.path;
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    auto m = postPath.match(path);
    const bool listingOnly = !m.hasMatch();
    if (listingOnly)
        m = byId.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    if (!m_posts.contains(m.captured(1)))
        return TestResponse::json(R"({"message": "Not Found", "error": 404})", 404);
    const bool raw = request.query.queryItemValue(QStringLiteral("raw_json")) == QLatin1String("1");
    const Post p = m_posts.value(m.captured(1));
    const QString link = QStringLiteral("https://www.reddit.com") + permalink(p.id);
    QJsonObject data{{QStringLiteral("id"), p.id},
                     {QStringLiteral("name"), QString(QStringLiteral("t3_") + p.id)},
                     {QStringLiteral("title"), QJsonValue(raw ? p.title : escaped(p.title))},
                     {QStringLiteral("subreddit"), p.subreddit},
                     {QStringLiteral("subreddit_name_prefixed"), QString(QStringLiteral("r/") + p.subreddit)},
                     {QStringLiteral("author"), p.author},
                     {QStringLiteral("score"), p.score},
                     // Reddit's link template: ups is the score, downs always 0.
                     {QStringLiteral("ups"), p.score},
                     {QStringLiteral("downs"), 0},
                     {QStringLiteral("num_comments"), p.comments},
                     // A float, as Reddit sends it.
                     {QStringLiteral("created_utc"), double(p.created.toSecsSinceEpoch()) + 0.25},
                     {QStringLiteral("permalink"), permalink(p.id)},
                     {QStringLiteral("url"), QJsonValue(p.url.isEmpty() ? link : p.url)},
                     {QStringLiteral("is_self"), QJsonValue(p.url.isEmpty())},
                     {QStringLiteral("over_18"), QJsonValue(false)}};
    if (!listingOnly) // upvote_ratio only on the post's own comments page
        data.insert(QStringLiteral("upvote_ratio"), p.upvoteRatio);
    const auto listing = [](const QJsonArray &children) {
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Listing")},
                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("children"), children},
                                                                {QStringLiteral("after"), QJsonValue()},
                                                                {QStringLiteral("before"), QJsonValue()}}}};
    };
    const QJsonObject post = listing({QJsonObject{{QStringLiteral("kind"), QStringLiteral("t3")}, {QStringLiteral("data"), data}}});
    const QJsonDocument doc = listingOnly ? QJsonDocument(post) : QJsonDocument(QJsonArray{post, listing({})});
    return TestResponse::json(doc.toJson(QJsonDocument::Compact));
}

TestResponse RedditTestServer::accessToken(const TestRequest &request)
{
    if (request.method != "POST")
        return notFoundPage();
    // HTTP Basic: the client id, and for confidential apps their secret.
    const QByteArray authorization = request.header("authorization");
    const QList<QByteArray> basic = QByteArray::fromBase64(authorization.mid(6)).split(':');
    const QString id = QString::fromUtf8(basic.value(0));
    const QString secret = QString::fromUtf8(basic.value(1));
    const QByteArray challenge = R"(Basic realm="reddit")";
    if (!authorization.startsWith("Basic ") || basic.size() < 2 || id.isEmpty() || !m_clients.contains(id)
        || (!m_clients.value(id).isEmpty() && m_clients.value(id) != secret))
        return jsonError(401, challenge);
    const bool confidential = !m_clients.value(id).isEmpty();

    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const auto error = [](const QString &code, const QString &description = {}) {
        QJsonObject o{{QStringLiteral("error"), code}};
        if (!description.isEmpty())
            o.insert(QStringLiteral("error_description"), description);
        return TestResponse::json(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    static const QStringList grants{"authorization_code", "refresh_token", "password", "client_credentials",
                                    "https://oauth.reddit.com/grants/installed_client"};
    if (!grants.contains(grant))
        return error(QStringLiteral("unsupported_grant_type"));
    QString device;
    if (grant == grants.last()) {
        device = form.queryItemValue(QStringLiteral("device_id"), QUrl::FullyDecoded);
        if (device.size() < 20 || device.size() > 50)
            return error(QStringLiteral("invalid_request"), QStringLiteral("bad device_id"));
    } else if (grant == QLatin1String("client_credentials")) {
        if (!confidential)
            return error(QStringLiteral("unauthorized_client"), QStringLiteral("client_credentials is for confidential clients"));
    } else {
        return error(QStringLiteral("invalid_grant"));
    }
    QString token = QStringLiteral("-");
    for (int i = 0; i < 26; ++i)
        token += QLatin1Char("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"[QRandomGenerator::global()->bounded(63)]);
    m_tokens.insert(token, now().addSecs(m_tokenLifetime));
    m_issued.append(token);
    QJsonObject answer{{QStringLiteral("access_token"), token},
                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                       {QStringLiteral("expires_in"), m_tokenLifetime},
                       {QStringLiteral("scope"), QStringLiteral("*")}};
    if (!device.isEmpty())
        answer.insert(QStringLiteral("device_id"), device);
    return TestResponse::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

TestResponse RedditTestServer::handleOAuth(const TestRequest &request)
{
    const QByteArray challenge = R"(Bearer realm="reddit", error="invalid_token")";
    const QList<QByteArray> authorization = request.header("authorization").split(' ');
    const QString token = QString::fromUtf8(authorization.value(1));
    TestResponse response;
    if (authorization.size() != 2 || authorization[0].toLower() != "bearer" || !m_tokens.contains(token)) {
        response = jsonError(401, challenge);
    } else if (m_tokens.value(token) <= now()) {
        ++m_expiredUses;
        response = jsonError(401, challenge);
    } else if (auto post = postAnswer(request)) {
        response = *post;
    } else {
        response = TestResponse::json(R"({"message": "Not Found", "error": 404})", 404);
    }
    addRateHeaders(response);
    return response;
}

TestResponse RedditTestServer::handle(const TestRequest &request)
{
    const QByteArray agent = request.header("user-agent");
    TestResponse response;
    for (const char *library : {"Qt", "Mozilla/5.0 (compatible; Qt", "python-requests", "curl", "Go-http-client"})
        if (agent.startsWith(library) && !agent.contains(':'))
            response = html(429, htmlPage(429));

    static const QRegularExpression sharePath(QStringLiteral("^/r/([A-Za-z0-9_]+)/s/([A-Za-z0-9]+)$"));
    static const QRegularExpression profileSharePath(QStringLiteral("^/(?:u|user)/([A-Za-z0-9_-]+)/s/([A-Za-z0-9]+)$"));
    static const QRegularExpression galleryPath(QStringLiteral("^/gallery/([a-z0-9]+)$"));
    static const QRegularExpression appLinkPath(QStringLiteral("^/([A-Za-z0-9_-]{4,40})$"));

    if (response.status != 200) {
        // the library agent's refusal
    } else if (request.path == QLatin1String("/api/v1/access_token")) {
        response = accessToken(request);
    } else if (const auto share = sharePath.match(request.path); share.hasMatch()) {
        QString code = share.captured(2);
        int hop = 0;
        if (const qsizetype at = code.indexOf(QLatin1String("Hop")); at > 0) {
            hop = code.mid(at + 3).toInt();
            code = code.left(at);
        }
        if (!m_shares.contains(code)) {
            response = notFoundPage();
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
            response = redirect(301, location);
        }
    } else if (const auto profile = profileSharePath.match(request.path); profile.hasMatch()) {
        const QString key = profile.captured(1).toLower() + u'/' + profile.captured(2);
        response = m_profileShares.contains(key)
                       ? redirect(301, QStringLiteral("https://www.reddit.com") + permalink(m_profileShares.value(key))
                                           + QStringLiteral("?share_id=Pr0f1le&utm_source=share"))
                       : notFoundPage();
    } else if (const auto gallery = galleryPath.match(request.path); gallery.hasMatch()) {
        // A relative Location, as Reddit's own redirects often are.
        response = m_posts.contains(gallery.captured(1)) ? redirect(301, permalink(gallery.captured(1))) : notFoundPage();
    } else if (const auto app = appLinkPath.match(request.path); app.hasMatch() && m_appLinks.contains(app.captured(1))) {
        response = redirect(307, QStringLiteral("https://www.reddit.com") + permalink(m_appLinks.value(app.captured(1)))
                                     + QStringLiteral("?utm_source=share&utm_medium=ios_app"));
    } else if (auto post = postAnswer(request)) {
        // Reddit blocks many apps' anonymous JSON; a bearer token means nothing on this host.
        response = m_blockAnonymous ? html(403, htmlPage(403)) : *post;
    } else {
        response = notFoundPage();
    }
    addRateHeaders(response);
    return response;
}

} // namespace insights::test
