#include "stargazerserver.h"

#include "githubanswers.h"
#include "starhistoryserver.h"
#include "githubconformance.h"
#include "githubobjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace insights::test {

namespace {

TestResponse graphQlError(const QString &type, const QString &text, const QJsonValue &data = QJsonValue::Null)
{
    QJsonObject error{{QStringLiteral("message"), text}};
    if (!type.isEmpty())
        error.insert(QStringLiteral("type"), type);
    return TestResponse::json(compactJson(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("errors"), QJsonArray{error}}}));
}

QJsonValue text(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

bool before(const FixtureStar &a, const QDateTime &at, const QString &login)
{
    return a.starredAt != at ? a.starredAt < at : a.login < login;
}

// Real GitHub cursors are opaque base64; these name the last star of a page, so the next page
// is "older than that star" even when stars were added or removed in between.
QString cursorOf(const FixtureStar &star)
{
    return QString::fromLatin1(("cursor:v2:" + star.starredAt.toString(Qt::ISODate) + u'|' + star.login).toUtf8().toBase64());
}

bool parseCursor(const QString &cursor, QDateTime &at, QString &login)
{
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(cursor.toLatin1()));
    if (!decoded.startsWith(QLatin1String("cursor:v2:")))
        return false;
    const QString rest = decoded.mid(10);
    at = QDateTime::fromString(rest.section(u'|', 0, 0), Qt::ISODate);
    login = rest.section(u'|', 1);
    return at.isValid();
}

} // namespace

StargazerTestServer::StargazerTestServer(QObject *parent) : QObject(parent)
{
    m_http.setHandler([this](const TestRequest &r) { return handle(r); });
    conformance::observeRest(m_http, &m_prefix);
    m_history = std::make_shared<StarHistoryServer>(*this); // --- star history
}

bool StargazerTestServer::emailVisible() const
{
    if (!m_scopes)
        return false; // a fine-grained token: GitHub's rule is not ours to guess; tests say
    for (const QByteArray &scope : m_scopes->split(','))
        if (const QByteArray s = scope.trimmed(); s == "user" || s == "read:user" || s == "user:email")
            return true;
    return false;
}

StargazerTestServer::Repo &StargazerTestServer::repository(const QString &name)
{
    auto it = m_repos.find(name);
    if (it == m_repos.end()) {
        it = m_repos.insert(name, Repo{});
        it->id = 1000 + m_repos.size();
    }
    return *it;
}

QString StargazerTestServer::graphQlPath() const
{
    // GitHub Enterprise serves /api/graphql beside /api/v3.
    return m_prefix.endsWith(QLatin1String("/v3")) ? m_prefix.chopped(3) + QStringLiteral("/graphql")
                                                   : m_prefix + QStringLiteral("/graphql");
}

void StargazerTestServer::addStars(const QString &repo, const QList<FixtureStar> &stars)
{
    QList<FixtureStar> &list = repository(repo).stars;
    list.append(stars);
    std::stable_sort(list.begin(), list.end(), [](const FixtureStar &a, const FixtureStar &b) {
        return before(a, b.starredAt, b.login);
    });
    for (const FixtureStar &s : stars)
        if (!s.login.isEmpty())
            m_profiles.insert(s.login, s);
}

bool StargazerTestServer::unstar(const QString &repo, const QString &login)
{
    return repository(repo).stars.removeIf([&](const FixtureStar &s) { return s.login == login; }) > 0;
}

QList<FixtureStar> StargazerTestServer::generate(int count, const QDateTime &first, int seed)
{
    static const QList<std::optional<QString>> locations{QStringLiteral("Berlin"), QStringLiteral("東京"), QStringLiteral(""),
                                                         std::nullopt, QStringLiteral("San Francisco, CA"),
                                                         QStringLiteral("berlin "), QStringLiteral("Škoda City")};
    static const QList<std::optional<QString>> companies{QStringLiteral("@acme"), QStringLiteral("Acme"), std::nullopt,
                                                         QStringLiteral(""), QStringLiteral("Škoda"), QStringLiteral("Globex")};
    QRandomGenerator random(quint32(seed) * 7919u + 17u);
    // Spread over the years up to spring 2026, at least a month: bursts and quiet days.
    const qint64 span = std::max<qint64>(30LL * 86'400, first.secsTo(QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC)));
    const qint64 meanGap = std::max<qint64>(60, span / std::max(1, count));
    QList<FixtureStar> out;
    QDateTime at = first.toUTC();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            at = at.addSecs(random.bounded(2) ? 1 + random.bounded(std::max<qint64>(2, meanGap / 4))
                                              : meanGap + random.bounded(meanGap));
        FixtureStar s;
        s.starredAt = at;
        if (i % 50 == 17) { // a deleted account
            out.append(s);
            continue;
        }
        s.login = QStringLiteral("dev-%1-%2").arg(seed).arg(i);
        s.name = i % 7 == 0 ? std::nullopt : i % 7 == 1 ? std::optional<QString>(QString(""))
                 : i % 11 == 0                          ? std::optional<QString>(QStringLiteral("Zoë Ærø"))
                                                        : std::optional<QString>(QStringLiteral("User %1").arg(i));
        s.location = locations[i % locations.size()];
        s.company = companies[(i / 3) % companies.size()];
        s.bio = i % 3 == 0 ? std::optional<QString>(QString("")) : std::optional<QString>(QStringLiteral("Builds things #%1").arg(i));
        s.email = i % 4 == 0 ? std::optional<QString>(QStringLiteral("u%1@example.com").arg(i)) : std::optional<QString>(QString(""));
        s.blog = i % 5 == 0 ? std::optional<QString>(QString("")) : std::optional<QString>(QStringLiteral("https://example.com/%1").arg(i));
        s.followers = (i * 37 + seed) % 5000;
        s.following = (i * 13) % 300;
        s.publicRepos = i % 120;
        s.starsGiven = (i * 7) % 2000;
        s.createdAt = at.addDays(-(30 + (i * 97) % 4000));
        out.append(s);
    }
    return out;
}

TestResponse StargazerTestServer::withRateHeaders(TestResponse response, const char *resource)
{
    const int remaining = m_exhaustedAnswer ? 0 : std::max(0, m_remaining);
    m_exhaustedAnswer = false;
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-limit", "5000"));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-remaining", QByteArray::number(remaining)));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-reset", QByteArray::number(m_resetAt.toSecsSinceEpoch())));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-resource", resource));
    if (m_scopes)
        response.headers.append(QPair<QByteArray, QByteArray>("X-OAuth-Scopes", *m_scopes));
    return response;
}

TestResponse StargazerTestServer::handle(const TestRequest &request)
{
    // --- star history and count: public, answered with or without a token (starhistoryserver.h)
    if (auto answered = m_history->answer(request))
        return *answered;
    // ---
    if (!m_token.isEmpty() && request.header("authorization") != "Bearer " + m_token.toUtf8())
        return githubError(401, QStringLiteral("Bad credentials"));
    if (request.path == graphQlPath()) {
        if (!m_graphQlEnabled || request.method != "POST")
            return githubError(404, QStringLiteral("Not Found"));
        return withRateHeaders(graphQl(request), "graphql");
    }
    if (!request.path.startsWith(m_prefix + u'/'))
        return githubError(404, QStringLiteral("Not Found"));
    return withRateHeaders(rest(request, request.path.mid(m_prefix.size())), "core");
}

TestResponse StargazerTestServer::graphQl(const TestRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString query = body.value(QLatin1String("query")).toString();
    const QJsonObject variables = body.value(QLatin1String("variables")).toObject();
    // GitHub's schema decides what is a valid document, not our reading of it.
    const conformance::GraphQlVerdict verdict = conformance::validateGraphQl(query, variables);
    if (!verdict.ok)
        return conformance::graphQlRefusal(verdict);
    if (verdict.selects(QStringLiteral("User.email")) && !emailVisible())
        return graphQlError(QStringLiteral("INSUFFICIENT_SCOPES"),
                            QStringLiteral("Your token has not been granted the required scopes to execute this query. The "
                                           "'email' field requires one of the following scopes: ['user:email', 'read:user'], "
                                           "but your token has only been granted the: ['%1'] scopes. Please modify your token's "
                                           "scopes at: https://github.com/settings/tokens.")
                                .arg(QString::fromLatin1(m_scopes.value_or(QByteArray()))));
    if (m_secondaryLimited > 0) {
        --m_secondaryLimited;
        return graphQlError(QStringLiteral("RATE_LIMITED"),
                            QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you "
                                           "try again."));
    }
    int first = variables.value(QLatin1String("first")).toInt(0);
    if (first == 0) {
        const auto literal = QRegularExpression(QStringLiteral("first\\s*:\\s*(\\d+)")).match(query);
        first = literal.hasMatch() ? literal.captured(1).toInt() : 0;
    }
    m_pageSizes.append(first);
    if (m_slowAbove > 0 && first > m_slowAbove)
        return TestResponse::json("{\"data\":null,\"errors\":[{\"message\":\"Something went wrong while executing your "
                                  "query. This may be the result of a timeout.\"}]}",
                                  502);
    --m_remaining;
    if (m_rateLimitedAnswers > 0) {
        --m_rateLimitedAnswers;
        m_exhaustedAnswer = true; // this answer says the budget is gone
        return graphQlError(QStringLiteral("RATE_LIMITED"), QStringLiteral("API rate limit exceeded for user ID 1."));
    }
    if (first < 1 || first > 100)
        return graphQlError(QStringLiteral("INVALID_ARGUMENT"),
                            QStringLiteral("Requesting %1 records on the `stargazers` connection exceeds the `first` limit of 100 records.").arg(first));
    const QString owner = variables.value(QLatin1String("owner")).toString();
    const QString name = variables.value(QLatin1String("name")).toString();
    const QString full = owner + u'/' + name;
    if (!m_repos.contains(full))
        return graphQlError(QStringLiteral("NOT_FOUND"),
                            QStringLiteral("Could not resolve to a Repository with the name '%1'.").arg(full),
                            QJsonObject{{QStringLiteral("repository"), QJsonValue::Null}});
    return graphQlPage(m_repos[full], query, variables, first);
}

TestResponse StargazerTestServer::graphQlPage(Repo &repo, const QString &query, const QJsonObject &variables, int first)
{
    const QList<FixtureStar> &stars = repo.stars;
    if (repo.restricted)
        return graphQlError(QStringLiteral("FORBIDDEN"),
                            QStringLiteral("Stargazers of this repository are visible only to people with access to it."),
                            QJsonObject{{QStringLiteral("repository"),
                                         QJsonObject{{QStringLiteral("stargazerCount"), stars.size()},
                                                     {QStringLiteral("stargazers"), QJsonValue::Null}}}});
    const bool newestFirst = QString(query).remove(QRegularExpression(QStringLiteral("\\s")))
                                 .contains(QLatin1String("orderBy:{field:STARRED_AT,direction:DESC}"));
    // Positions in the oldest-first list: [begin, end) is what is left to page through.
    qsizetype begin = 0, end = stars.size();
    const QJsonValue after = variables.value(QLatin1String("after"));
    if (after.isString()) {
        QDateTime at;
        QString login;
        if (!parseCursor(after.toString(), at, login))
            return graphQlError(QString(), QStringLiteral("`%1` does not appear to be a valid cursor.").arg(after.toString()));
        const auto it = std::lower_bound(stars.begin(), stars.end(), 0, [&](const FixtureStar &s, int) {
            return before(s, at, login);
        });
        const qsizetype pos = it - stars.begin();
        if (newestFirst)
            end = pos;
        else
            begin = pos + (it != stars.end() && it->starredAt == at && it->login == login ? 1 : 0);
    }
    QList<qsizetype> picked;
    for (qsizetype i = 0; i < first && begin < end; ++i)
        picked.append(newestFirst ? --end : begin++);
    const bool hasNext = begin < end;

    // Which node fields the query asks for (decided once per request, not per node).
    QSet<QString> asked;
    for (const char *field : {"login", "name", "location", "company", "bio", "email", "websiteUrl", "createdAt",
                              "followers", "following", "repositories", "starredRepositories"})
        if (query.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(field)))))
            asked.insert(QLatin1String(field));
    const auto asks = [&](const char *field) { return asked.contains(QLatin1String(field)); };
    const QString compact = QString(query).remove(QRegularExpression(QStringLiteral("\\s")));
    const QRegularExpressionMatch repositoriesArgs = QRegularExpression(QStringLiteral("repositories\\(([^)]*)\\)")).match(compact);
    const bool ownPublicOnly = repositoriesArgs.hasMatch()
                               && QRegularExpression(QStringLiteral("ownerAffiliations:\\[?OWNER\\]?(,|$)")).match(repositoriesArgs.captured(1)).hasMatch()
                               && repositoriesArgs.captured(1).contains(QLatin1String("privacy:PUBLIC"));
    // One node of this page fails (GitHub: an error with the node's path, the node null).
    const qsizetype failingEdge = m_nodeFailures > 0 && picked.size() > 1 ? picked.size() / 2 : -1;
    if (failingEdge >= 0)
        --m_nodeFailures;
    QJsonArray edges;
    for (qsizetype index : std::as_const(picked)) {
        const FixtureStar &s = stars[index];
        QJsonObject edge{{QStringLiteral("starredAt"), s.starredAt.toString(Qt::ISODate)}};
        if (edges.size() == failingEdge) {
            edge.insert(QStringLiteral("node"), QJsonValue::Null);
        } else if (s.login.isEmpty()) {
            edge.insert(QStringLiteral("node"), QJsonValue::Null);
        } else {
            QJsonObject node;
            const auto put = [&](const char *field, const QJsonValue &value) {
                if (asks(field))
                    node.insert(QLatin1String(field), value);
            };
            put("login", s.login);
            put("name", text(s.name));
            put("location", text(s.location));
            put("company", text(s.company));
            put("bio", text(s.bio));
            put("email", text(s.email));
            put("websiteUrl", text(s.blog));
            put("createdAt", s.createdAt.toString(Qt::ISODate));
            put("followers", QJsonObject{{QStringLiteral("totalCount"), s.followers}});
            put("following", QJsonObject{{QStringLiteral("totalCount"), s.following}});
            // REST's public_repos is repositories(ownerAffiliations:[OWNER], privacy:PUBLIC); without
            // those arguments GitHub also counts repositories the user collaborates on.
            put("repositories", QJsonObject{{QStringLiteral("totalCount"), ownPublicOnly ? s.publicRepos
                                                                                          : s.publicRepos + 3 + s.following % 7}});
            put("starredRepositories", QJsonObject{{QStringLiteral("totalCount"), s.starsGiven}});
            edge.insert(QStringLiteral("node"), node);
        }
        edges.append(edge);
    }
    const QJsonObject pageInfo{{QStringLiteral("hasNextPage"), hasNext},
                               {QStringLiteral("endCursor"), picked.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                              : QJsonValue(cursorOf(stars[picked.last()]))}};
    const QJsonObject repository{{QStringLiteral("stargazerCount"), stars.size()},
                                 {QStringLiteral("stargazers"), QJsonObject{{QStringLiteral("totalCount"), stars.size()},
                                                                            {QStringLiteral("pageInfo"), pageInfo},
                                                                            {QStringLiteral("edges"), edges}}}};
    const QJsonObject rate{{QStringLiteral("cost"), 1}, {QStringLiteral("remaining"), std::max(0, m_remaining)},
                           {QStringLiteral("resetAt"), m_resetAt.toString(Qt::ISODate)}};
    QJsonObject answer{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("repository"), repository}, {QStringLiteral("rateLimit"), rate}}}};
    if (failingEdge >= 0)
        answer.insert(QStringLiteral("errors"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("INTERNAL")},
                                             {QStringLiteral("path"), QJsonArray{QStringLiteral("repository"), QStringLiteral("stargazers"),
                                                                                 QStringLiteral("edges"), int(failingEdge),
                                                                                 QStringLiteral("node")}},
                                             {QStringLiteral("message"), QStringLiteral("Something went wrong while executing your query. "
                                                                                        "Please include `0400:3A4B:1C2D` when reporting this "
                                                                                        "issue.")}}});
    return TestResponse::json(compactJson(answer));
}

TestResponse StargazerTestServer::rest(const TestRequest &request, const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts[0] == QLatin1String("users"))
        return restUser(parts[1]);
    if (parts.size() >= 3 && parts[0] == QLatin1String("repos")) {
        const QString name = parts[1] + u'/' + parts[2];
        if (!m_repos.contains(name))
            return githubError(404, QStringLiteral("Not Found"));
        const Repo &repo = m_repos[name];
        if (parts.size() == 3)
        {
            QJsonObject object = objects::repository(name, QDateTime(QDate(2019, 1, 2), QTime(3, 4), Qt::UTC),
                                                     int(repo.stars.size()), 0, true);
            object.insert(QStringLiteral("id"), repo.id);
            return TestResponse::json(compactJson(object));
        }
        if (parts.size() == 4 && parts[3] == QLatin1String("stargazers"))
            return restStargazers(repo, request);
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("repositories") && parts[2] == QLatin1String("stargazers"))
        for (const Repo &repo : std::as_const(m_repos))
            if (QString::number(repo.id) == parts[1])
                return restStargazers(repo, request);
    return githubError(404, QStringLiteral("Not Found"));
}

TestResponse StargazerTestServer::restStargazers(const Repo &repo, const TestRequest &request)
{
    if (repo.restricted)
        return githubError(403, QStringLiteral("Must have push access to view repository stargazers."));
    const int asked = request.query.queryItemValue(QStringLiteral("per_page")).toInt();
    const int perPage = std::clamp(asked > 0 ? asked : 30, 1, 100);
    const int page = std::max(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    if (page > m_restPageCap)
        return githubError(422, QStringLiteral("In order to keep the API fast for everyone, pagination is limited for this resource. "
                                           "Check the rel=last link relation in the Link response header to see how far back you can traverse."));
    const bool withDates = request.header("accept").contains("star+json");
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < std::min<qsizetype>(repo.stars.size(), qsizetype(page) * perPage); ++i) {
        const FixtureStar &s = repo.stars[i];
        const QJsonValue user = s.login.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(objects::simpleUser(s.login));
        if (withDates)
            items.append(QJsonObject{{QStringLiteral("starred_at"), s.starredAt.toString(Qt::ISODate)}, {QStringLiteral("user"), user}});
        else if (!user.isNull())
            items.append(user);
    }
    TestResponse response = TestResponse::json(compactJson(items));
    const int lastPage = std::min(m_restPageCap, std::max(1, int((repo.stars.size() + perPage - 1) / perPage)));
    // GitHub keeps offering the next page past its cap; following it answers 422.
    addLinkHeader(response, page, lastPage, qsizetype(page) * perPage < repo.stars.size(), [&](int p) {
        QUrl url = m_http.url(m_prefix + QStringLiteral("/repositories/%1/stargazers").arg(repo.id));
        url.setQuery(QStringLiteral("per_page=%1&page=%2").arg(perPage).arg(p));
        return url;
    });
    return response;
}

TestResponse StargazerTestServer::restUser(const QString &login) const
{
    if (!m_profiles.contains(login) || m_deletedAccounts.contains(login))
        return githubError(404, QStringLiteral("Not Found"));
    const FixtureStar &s = m_profiles[login];
    return TestResponse::json(compactJson(objects::publicUser(
        s.login, QJsonObject{{QStringLiteral("name"), text(s.name)}, {QStringLiteral("company"), text(s.company)},
                             {QStringLiteral("blog"), text(s.blog)}, {QStringLiteral("location"), text(s.location)},
                             {QStringLiteral("email"), s.email && !s.email->isEmpty() ? text(s.email) : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("bio"), text(s.bio)},
                             {QStringLiteral("public_repos"), s.publicRepos}, {QStringLiteral("followers"), s.followers},
                             {QStringLiteral("following"), s.following},
                             {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate)},
                             {QStringLiteral("updated_at"), s.createdAt.addDays(100).toString(Qt::ISODate)}})));
}

} // namespace insights::test
