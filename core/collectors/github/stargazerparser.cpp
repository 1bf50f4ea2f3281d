#include "stargazerparser.h"

#include "util/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace insights::stars {

namespace {

Error shape(const QString &what)
{
    return makeError(QStringLiteral("unexpected answer: %1").arg(what), Error::Kind::Parse);
}

// "" and null mean the same: the user did not say.
std::optional<QString> text(const QJsonValue &value)
{
    auto s = json::string(value);
    if (!s)
        return std::nullopt;
    const QString trimmed = s->trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed);
}

// The profile's free-text fields; both APIs name them alike except the web site.
void readTexts(const QJsonObject &profile, const char *blogKey, Stargazer &star)
{
    star.name = text(profile.value(QLatin1String("name")));
    star.location = text(profile.value(QLatin1String("location")));
    star.company = text(profile.value(QLatin1String("company")));
    star.bio = text(profile.value(QLatin1String("bio")));
    star.email = text(profile.value(QLatin1String("email")));
    star.blog = text(profile.value(QLatin1String(blogKey)));
}

std::optional<qint64> totalCount(const QJsonValue &connection)
{
    return json::integer(connection.toObject().value(QLatin1String("totalCount")));
}

QDateTime time(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

Result<GraphQlPage> parseGraphQlPage(const QByteArray &body)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    const QJsonObject root = doc->object();
    if (!doc->isObject())
        return shape(QStringLiteral("expected a GraphQL response object"));

    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    // Errors whose path points into one edge ("repository","stargazers","edges",N,…) spoil that
    // star only; any other error spoils the page.
    QSet<int> failedEdges;
    QString nodeMessage;
    QJsonObject pageError;
    for (const QJsonValue &value : errors) {
        const QJsonArray path = value.toObject().value(QLatin1String("path")).toArray();
        if (path.size() >= 4 && path.at(0).toString() == QLatin1String("repository")
            && path.at(1).toString() == QLatin1String("stargazers") && path.at(2).toString() == QLatin1String("edges")
            && path.at(3).isDouble()) {
            failedEdges.insert(path.at(3).toInt());
            if (nodeMessage.isEmpty())
                nodeMessage = value.toObject().value(QLatin1String("message")).toString().simplified().left(200);
        } else if (pageError.isEmpty()) {
            pageError = value.toObject();
        }
    }
    if (!pageError.isEmpty()) {
        const QString type = pageError.value(QLatin1String("type")).toString();
        const QString message = pageError.value(QLatin1String("message")).toString().simplified().left(300);
        if (type == QLatin1String("NOT_FOUND"))
            return makeError(message, Error::Kind::Http, 404);
        if (type == QLatin1String("RATE_LIMITED"))
            return makeError(message, Error::Kind::RateLimited);
        if (type == QLatin1String("FORBIDDEN"))
            return makeError(message, Error::Kind::Permission, 403);
        if (type == QLatin1String("INSUFFICIENT_SCOPES"))
            return makeError(message, Error::Kind::Auth, 403);
        return makeError(QStringLiteral("GitHub GraphQL error%1: %2")
                             .arg(type.isEmpty() ? QString() : QStringLiteral(" ") + type, message),
                         Error::Kind::Http);
    }

    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    const QJsonObject repository = data.value(QLatin1String("repository")).toObject();
    const QJsonObject stargazers = repository.value(QLatin1String("stargazers")).toObject();
    const QJsonObject pageInfo = stargazers.value(QLatin1String("pageInfo")).toObject();
    const auto count = json::integer(repository.value(QLatin1String("stargazerCount")));
    const QJsonValue edges = stargazers.value(QLatin1String("edges"));
    if (!count || !edges.isArray() || !pageInfo.value(QLatin1String("hasNextPage")).isBool())
        return shape(QStringLiteral("repository.stargazerCount, stargazers.edges and pageInfo are required"));

    GraphQlPage page;
    page.stargazerCount = *count;
    page.hasNextPage = pageInfo.value(QLatin1String("hasNextPage")).toBool();
    page.endCursor = pageInfo.value(QLatin1String("endCursor")).toString();
    if (page.hasNextPage && page.endCursor.isEmpty())
        return shape(QStringLiteral("a next page without a cursor"));

    const QJsonArray edgeList = edges.toArray();
    for (int i = 0; i < edgeList.size(); ++i) {
        const QJsonValue &edgeValue = edgeList.at(i);
        if (failedEdges.contains(i) || edgeValue.isNull()) {
            ++page.failedNodes;
            continue;
        }
        const QJsonObject edge = edgeValue.toObject();
        const QJsonValue nodeValue = edge.value(QLatin1String("node"));
        const QJsonObject node = nodeValue.toObject();
        Stargazer star;
        star.starredAt = time(edge.value(QLatin1String("starredAt")));
        if (!star.starredAt.isValid())
            return shape(QStringLiteral("a stargazer without starredAt"));
        if (nodeValue.isNull()) { // a deleted account: the star still counts
            page.stars.append(star);
            continue;
        }
        star.login = node.value(QLatin1String("login")).toString();
        if (star.login.isEmpty())
            return shape(QStringLiteral("a stargazer without login"));
        readTexts(node, "websiteUrl", star);
        star.followers = totalCount(node.value(QLatin1String("followers")));
        star.following = totalCount(node.value(QLatin1String("following")));
        star.publicRepos = totalCount(node.value(QLatin1String("repositories")));
        star.starsGiven = totalCount(node.value(QLatin1String("starredRepositories")));
        star.accountCreatedAt = time(node.value(QLatin1String("createdAt")));
        page.stars.append(star);
    }

    if (page.failedNodes > 0)
        page.nodeError = nodeMessage.isEmpty() ? QStringLiteral("a null edge") : nodeMessage;

    const QJsonObject rate = data.value(QLatin1String("rateLimit")).toObject();
    page.rateCost = json::integer(rate.value(QLatin1String("cost")));
    page.rateRemaining = json::integer(rate.value(QLatin1String("remaining")));
    page.rateResetAt = time(rate.value(QLatin1String("resetAt")));
    return page;
}

Result<QList<Stargazer>> parseRestPage(const QByteArray &body)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return shape(QStringLiteral("expected a list of stargazers"));
    QList<Stargazer> out;
    for (const QJsonValue &value : doc->array()) {
        const QJsonObject entry = value.toObject();
        Stargazer star;
        star.starredAt = time(entry.value(QLatin1String("starred_at")));
        if (!star.starredAt.isValid())
            return shape(QStringLiteral("a stargazer without starred_at (is the star+json media type sent?)"));
        const QJsonValue user = entry.value(QLatin1String("user"));
        if (user.isObject()) {
            star.login = user.toObject().value(QLatin1String("login")).toString();
            if (star.login.isEmpty())
                return shape(QStringLiteral("a stargazer without login"));
        } else if (!user.isNull()) {
            return shape(QStringLiteral("a stargazer without user"));
        }
        out.append(star);
    }
    return out;
}

Status parseRestUser(const QByteArray &body, Stargazer &star)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    const QJsonObject user = doc->object();
    if (!doc->isObject() || user.value(QLatin1String("login")).toString().isEmpty())
        return shape(QStringLiteral("expected a user with a login"));
    readTexts(user, "blog", star);
    star.followers = json::integer(user.value(QLatin1String("followers")));
    star.following = json::integer(user.value(QLatin1String("following")));
    star.publicRepos = json::integer(user.value(QLatin1String("public_repos")));
    star.accountCreatedAt = time(user.value(QLatin1String("created_at")));
    return Ok{};
}

} // namespace insights::stars
