#include "tokencheck.h"

#include "http/urlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace insights {

namespace {

QString serverMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString text = o.value(QLatin1String("message")).toString(o.value(QLatin1String("error")).toString());
    return text.simplified().left(160);
}

HttpRequest githubRequest(const QUrl &apiBase, const QString &path, const QString &token, const QByteArray &accept,
                          const QUrlQuery &query = {})
{
    HttpRequest request;
    request.url = joinUrl(apiBase, path, query);
    request.headers = {{"Accept", accept}, {"X-GitHub-Api-Version", "2022-11-28"}};
    request.bearerToken = token;
    request.followRedirects = false;
    request.context = QStringLiteral("GitHub");
    return request;
}

} // namespace

QString TokenCheck::repositoryAccess(HttpClient &http, const QUrl &apiBase, const QString &token, const QString &repo)
{
    const QString path = QStringLiteral("/repos/") + repo;
    // Why a repository says no, in words that point at the fix.
    const auto answer = [&](const Result<HttpResponse> &response) -> QString {
        if (!response)
            return tr("no (%1)").arg(response.errorMessage());
        if (response->isSuccess())
            return tr("yes");
        const QString said = serverMessage(response->body);
        if (response->status == 404)
            return tr("no (GitHub: \"%1\"; check the name, or the token cannot see this private repository)").arg(said);
        if (response->status == 403)
            return tr("no (GitHub: \"%1\"; the token's account needs push access)").arg(said);
        return tr("no (HTTP %1: %2)").arg(response->status).arg(said);
    };
    const QString traffic = answer(
        http.send(githubRequest(apiBase, path + QStringLiteral("/traffic/views"), token, "application/vnd.github+json")));
    const QString stargazers = answer(http.send(githubRequest(apiBase, path + QStringLiteral("/stargazers"), token,
                                                              "application/vnd.github.star+json",
                                                              QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("1")}})));
    return tr("%1 — traffic: %2; stargazer list: %3").arg(repo, traffic, stargazers);
}

QStringList TokenCheck::githubScopes(const QByteArray &header)
{
    QStringList scopes;
    for (const QByteArray &scope : header.split(','))
        if (!scope.trimmed().isEmpty())
            scopes << QString::fromLatin1(scope.trimmed());
    return scopes;
}

Result<QString> TokenCheck::github(HttpClient &http, const QUrl &apiBase, const QString &token, const QStringList &repos)
{
    if (token.trimmed().isEmpty())
        return makeError(tr("Enter a token first."), Error::Kind::Config);
    auto response = http.send(githubRequest(apiBase, QStringLiteral("/user"), token.trimmed(), "application/vnd.github+json"));
    if (!response)
        return response.error();
    if (response->status == 401)
        return makeError(tr("GitHub refused this token (401: %1). Create a new one.").arg(serverMessage(response->body)),
                         Error::Kind::Auth, 401);
    if (!response->isSuccess())
        return makeError(tr("GitHub answered HTTP %1: %2").arg(response->status).arg(serverMessage(response->body)),
                         Error::Kind::Http, response->status);
    const QString login = QJsonDocument::fromJson(response->body).object().value(QLatin1String("login")).toString();
    QString text = tr("The token works: signed in as %1.").arg(login.isEmpty() ? tr("(unknown)") : login);
    if (!response->headers.contains("x-oauth-scopes")) {
        // Fine-grained tokens and apps report no scopes (API-NOTES §0.4).
        text += QLatin1Char(' ')
                + tr("It is a fine-grained token: traffic needs \"Administration: read\" on each repository; stargazers' "
                     "e-mail addresses are not collected with it.");
    } else {
        const QStringList scopes = githubScopes(response->header("x-oauth-scopes"));
        text += QLatin1Char(' ') + tr("Scopes: %1.").arg(scopes.isEmpty() ? tr("none") : scopes.join(QStringLiteral(", ")));
        const bool email = scopes.contains(QLatin1String("user")) || scopes.contains(QLatin1String("read:user"))
                           || scopes.contains(QLatin1String("user:email"));
        text += QLatin1Char('\n') + tr("Stargazers' public e-mail addresses: %1.").arg(email ? tr("yes") : tr("no"));
        QStringList missing;
        if (!scopes.contains(QLatin1String("repo")))
            missing << tr("\"repo\" is missing: GitHub shows traffic only to tokens with push access (repo scope).");
        if (!scopes.contains(QLatin1String("user")) && !scopes.contains(QLatin1String("read:user"))
            && !scopes.contains(QLatin1String("user:email")))
            missing << tr("Optional \"user:email\" (or \"read:user\") is missing: stargazers' public e-mail addresses are "
                          "not collected without it; everything else is.");
        if (!missing.isEmpty())
            text += QLatin1Char('\n') + missing.join(QLatin1Char('\n'));
    }
    if (repos.isEmpty())
        return text;
    text += QLatin1Char('\n') + tr("What it can read:");
    for (const QString &repo : repos.mid(0, kMaxCheckedRepos))
        text += QStringLiteral("\n• ") + repositoryAccess(http, apiBase, token.trimmed(), repo);
    if (repos.size() > kMaxCheckedRepos)
        text += QLatin1Char('\n') + tr("Only the first %1 repositories were checked.").arg(kMaxCheckedRepos);
    return text;
}

Result<QString> TokenCheck::plausible(HttpClient &http, const QUrl &base, const QString &key, const QString &site)
{
    if (key.trimmed().isEmpty())
        return makeError(tr("Enter an API key first."), Error::Kind::Config);
    if (site.isEmpty())
        return makeError(tr("Add a site first; the key is checked against it."), Error::Kind::Config);
    HttpRequest request;
    request.url = joinUrl(base, QStringLiteral("/api/v2/query"));
    request.method = "POST";
    request.headers = {{"Content-Type", "application/json"}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("site_id"), site},
                                             {QStringLiteral("metrics"), QJsonArray{QStringLiteral("visitors")}},
                                             {QStringLiteral("date_range"), QStringLiteral("day")}})
                       .toJson(QJsonDocument::Compact);
    request.bearerToken = key.trimmed();
    request.followRedirects = false;
    request.context = QStringLiteral("Plausible");
    auto response = http.send(request);
    if (response && response->status == 404) { // an older server without v2
        HttpRequest v1 = request;
        v1.method = "GET";
        v1.body.clear();
        v1.url = joinUrl(base, QStringLiteral("/api/v1/stats/aggregate"),
                         QUrlQuery{{QStringLiteral("site_id"), site}, {QStringLiteral("period"), QStringLiteral("day")}});
        response = http.send(v1);
    }
    if (!response)
        return response.error();
    if (response->status == 401)
        return makeError(tr("Plausible refused the key for %1 (401: %2).").arg(site, serverMessage(response->body)),
                         Error::Kind::Auth, 401);
    if (response->status == 402)
        return makeError(tr("This Plausible plan does not include the Stats API (402)."), Error::Kind::Permission, 402);
    if (!response->isSuccess())
        return makeError(tr("Plausible answered HTTP %1: %2").arg(response->status).arg(serverMessage(response->body)),
                         Error::Kind::Http, response->status);
    return tr("The key works for %1.").arg(site);
}

} // namespace insights
