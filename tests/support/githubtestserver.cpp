#include "githubtestserver.h"

#include "githubanswers.h"
#include "githubconformance.h"
#include "githubobjects.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <algorithm>

namespace insights::test {

GitHubTestServer::GitHubTestServer(QObject *parent) : QObject(parent)
{
    m_http.setHandler([this](const TestRequest &r) {
        TestResponse response = handle(r);
        response.delayMs = std::max(response.delayMs, m_delayMs);
        return response;
    });
    conformance::observeRest(m_http, &m_prefix);
}

QPair<int, int> GitHubTestServer::viewsTotals(const QString &name) const
{
    const Repo repo = m_repos.value(name);
    int count = 0, uniques = 0;
    for (int i = repo.windowDays - 1; i >= 0; --i) {
        const QDate d = repo.windowEnd.addDays(-i);
        if (repo.omitted.contains(d))
            continue;
        count += d == repo.windowEnd ? partial(finalViews(d)) : finalViews(d);
        uniques += d == repo.windowEnd ? partial(finalViewUniques(d)) : finalViewUniques(d);
    }
    return {count, uniques * 2 / 3};
}

QByteArray GitHubTestServer::seriesJson(const Repo &repo, bool clones) const
{
    QJsonArray days;
    int count = 0, uniques = 0;
    for (int i = repo.windowDays - 1; i >= 0; --i) {
        const QDate d = repo.windowEnd.addDays(-i);
        if (repo.omitted.contains(d))
            continue;
        int c = clones ? finalClones(d) : finalViews(d);
        int u = clones ? finalCloneUniques(d) : finalViewUniques(d);
        if (d == repo.windowEnd) {
            c = partial(c);
            u = partial(u);
        }
        count += c;
        uniques += u;
        days.append(QJsonObject{{QStringLiteral("timestamp"), d.startOfDay(Qt::UTC).toString(Qt::ISODate)},
                                {QStringLiteral("count"), c},
                                {QStringLiteral("uniques"), u}});
    }
    return compactJson(QJsonObject{{QStringLiteral("count"), count},
                              {QStringLiteral("uniques"), uniques * 2 / 3},
                              {clones ? QStringLiteral("clones") : QStringLiteral("views"), days}});
}

TestResponse GitHubTestServer::withEtag(const TestRequest &request, TestResponse response) const
{
    if (response.status != 200)
        return response;
    const QByteArray etag = "W/\"" + QCryptographicHash::hash(response.body, QCryptographicHash::Md5).toHex() + '"';
    response.headers.append(QPair<QByteArray, QByteArray>("ETag", etag));
    if (request.header("if-none-match") == etag) {
        response.status = 304;
        response.body.clear();
    }
    return response;
}

TestResponse GitHubTestServer::paged(const QJsonArray &items, const TestRequest &request, const QString &path) const
{
    const int asked = request.query.queryItemValue(QStringLiteral("per_page")).toInt();
    const int perPage = std::clamp(asked > 0 ? asked : 30, 1, 100);
    const int page = std::max(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    QJsonArray out;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < std::min<qsizetype>(items.size(), qsizetype(page) * perPage); ++i)
        out.append(items[i]);
    TestResponse response = TestResponse::json(compactJson(out));
    const int last = std::max(1, int((items.size() + perPage - 1) / perPage));
    addLinkHeader(response, page, last, page < last, [&](int p) {
        QUrl url = m_http.url(m_prefix + path);
        QUrlQuery query(request.query);
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(p));
        url.setQuery(query);
        return url;
    });
    return response;
}

QString GitHubTestServer::storedName(const QString &name) const
{
    for (auto it = m_repos.cbegin(); it != m_repos.cend(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    return {};
}

qint64 GitHubTestServer::repositoryId(const QString &name)
{
    return objects::idOf(name);
}

void GitHubTestServer::renameRepository(const QString &from, const QString &to)
{
    const QString stored = storedName(from);
    m_repos.insert(to, m_repos.take(stored.isEmpty() ? from : stored));
    m_renamed.insert(from.toLower(), to);
}

TestResponse GitHubTestServer::routeRepo(const QString &requested, const QString &rest, const TestRequest &request, bool anonymous)
{
    const QString name = storedName(requested);
    if (name.isEmpty())
        return githubError(404, QStringLiteral("Not Found"));
    const Repo &repo = m_repos[name];
    // Without a token GitHub gives the same answer as to someone without push access.
    if (rest.startsWith(QLatin1String("/traffic")) && (anonymous || !repo.pushAccess))
        return githubError(403, QStringLiteral("Must have push access to repository"));
    if (rest == QLatin1String("/traffic/views"))
        return TestResponse::json(seriesJson(repo, false));
    if (rest == QLatin1String("/traffic/clones"))
        return TestResponse::json(seriesJson(repo, true));
    if (rest == QLatin1String("/traffic/popular/referrers") || rest == QLatin1String("/traffic/popular/paths")) {
        const bool paths = rest.endsWith(QLatin1String("paths"));
        QJsonArray out;
        for (const Popular &p : paths ? repo.paths : repo.referrers) {
            QJsonObject o{{paths ? QStringLiteral("path") : QStringLiteral("referrer"), p.key},
                          {QStringLiteral("count"), p.count},
                          {QStringLiteral("uniques"), p.uniques}};
            if (paths)
                o.insert(QStringLiteral("title"), p.title);
            out.append(o);
        }
        return TestResponse::json(compactJson(out));
    }
    if (rest == QLatin1String("/releases")) {
        QJsonArray all;
        for (const Release &r : repo.releases)
            all.append(objects::release(name, r.tag, r.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.name),
                                        r.publishedAt.isValid() ? QJsonValue(r.publishedAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null),
                                        (r.publishedAt.isValid() ? r.publishedAt : QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)).toString(Qt::ISODate),
                                        r.prerelease, r.author));
        return paged(all, request, QStringLiteral("/repos/") + name + rest);
    }
    if (rest == QLatin1String("/forks")) {
        QJsonArray all;
        for (const Fork &f : repo.forkList)
            all.append(objects::repository(f.owner + u'/' + name.section(u'/', 1), f.createdAt, 0, 0, false));
        return paged(all, request, QStringLiteral("/repos/") + name + rest);
    }
    if (rest.isEmpty())
        return TestResponse::json(compactJson(
            objects::repository(name, QDateTime(QDate(2020, 3, 4), QTime(5, 6), Qt::UTC), repo.stars, repo.forks, true,
                                repo.description, repo.homepage)));
    return githubError(404, QStringLiteral("Not Found"));
}

TestResponse GitHubTestServer::routeApi(const QString &path, const TestRequest &request, bool anonymous)
{
    if (path == QLatin1String("/user")) {
        if (anonymous)
            return githubError(401, QStringLiteral("Requires authentication"));
        return TestResponse::json(compactJson(objects::publicUser(
            QStringLiteral("octo-maintainer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Octo Maintainer")},
                                                           {QStringLiteral("created_at"), QStringLiteral("2015-01-02T03:04:05Z")},
                                                           {QStringLiteral("updated_at"), QStringLiteral("2026-01-02T03:04:05Z")}})));
    }
    // The address a 301 points to: the repository by id, whatever it is called now.
    if (path.startsWith(QLatin1String("/repositories/"))) {
        const QString id = path.mid(14).section(QLatin1Char('/'), 0, 0);
        const QString rest = path.mid(14 + id.size());
        for (auto it = m_repos.cbegin(); it != m_repos.cend(); ++it)
            if (QString::number(repositoryId(it.key())) == id)
                return withEtag(request, routeRepo(it.key(), rest, request, anonymous));
        return githubError(404, QStringLiteral("Not Found"));
    }
    if (!path.startsWith(QLatin1String("/repos/")))
        return githubError(404, QStringLiteral("Not Found"));
    const QStringList parts = path.mid(7).split(QLatin1Char('/'));
    if (parts.size() < 2)
        return githubError(404, QStringLiteral("Not Found"));
    const QString name = parts[0] + QLatin1Char('/') + parts[1];
    const QString rest = parts.size() > 2 ? QStringLiteral("/") + QStringList(parts.mid(2)).join(QLatin1Char('/')) : QString();
    if (storedName(name).isEmpty() && m_renamed.contains(name.toLower())) {
        QUrl moved = m_http.url(m_prefix + QStringLiteral("/repositories/%1").arg(repositoryId(m_renamed.value(name.toLower()))) + rest);
        if (!request.query.isEmpty())
            moved.setQuery(request.query);
        TestResponse response = TestResponse::json(
            compactJson(QJsonObject{{QStringLiteral("message"), QStringLiteral("Moved Permanently")},
                                    {QStringLiteral("url"), moved.toString()},
                                    {QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/v3/#http-redirects")}}),
            301);
        response.headers.append(QPair<QByteArray, QByteArray>("Location", moved.toEncoded()));
        return response;
    }
    return withEtag(request, routeRepo(name, rest, request, anonymous));
}

TestResponse GitHubTestServer::handle(const TestRequest &request)
{
    if (m_stargazers && (request.path.endsWith(QLatin1String("/graphql")) || request.path.contains(QLatin1String("/stargazers"))
                         || request.path.contains(QLatin1String("/users/"))))
        return m_stargazers(request);
    const bool anonymous = m_anonymousAllowed && request.header("authorization").isEmpty();
    if (!anonymous && request.header("authorization") != "Bearer " + m_token.toUtf8())
        return githubError(401, QStringLiteral("Bad credentials"));

    QString path = request.path;
    if (!m_prefix.isEmpty()) {
        if (!path.startsWith(m_prefix))
            return githubError(404, QStringLiteral("Not Found"));
        path = path.mid(m_prefix.size());
    }
    int &remaining = anonymous ? m_anonymousRemaining : m_remaining;
    // GitHub's answer when the hour's requests without a token are used up (API-NOTES §4).
    TestResponse response = anonymous && remaining <= 0
                                ? githubError(403, QStringLiteral("API rate limit exceeded for 127.0.0.1. (But here's the good news: "
                                                                  "Authenticated requests get a higher rate limit. Check out the "
                                                                  "documentation for more details.)"))
                                : routeApi(path, request, anonymous);
    remaining = std::max(0, remaining - 1);
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-limit", anonymous ? "60" : "5000"));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-remaining", QByteArray::number(remaining)));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-reset", QByteArray::number(m_reset)));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-resource", "core"));
    if (m_scopes && !anonymous)
        response.headers.append(QPair<QByteArray, QByteArray>("X-OAuth-Scopes", *m_scopes));
    return response;
}

} // namespace insights::test
