#include "repositorydiscovery.h"

#include "clickhouse/clickhouseclient.h"
#include "clickhouse/querybudget.h"
#include "collectors/github/githubapi.h"
#include "config/config.h"
#include "config/validation.h"
#include "http/httpclient.h"
#include "secrets/tokens.h"
#include "util/clock.h"
#include "util/jsonutil.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace insights {

namespace {

// Hosts that are not a project's own site even when a repository names them as its homepage:
// GitHub's and PyPI's pages (Plausible tracks sites their owners run).
bool isSomeoneElsesSite(const QString &host)
{
    for (const QLatin1String other : {QLatin1String("github.com"), QLatin1String("pypi.org")})
        if (host == other || host.endsWith(QLatin1Char('.') + other))
            return true;
    return false;
}

QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed() : QString();
}

// The packages of both names, once each: after a rename, uploads made before it still name the
// old repository (GitHub redirects its old address), and those packages are the project's too.
QList<FoundPackage> merged(const QList<FoundPackage> &first, const QList<FoundPackage> &second)
{
    QList<FoundPackage> out = first;
    for (const FoundPackage &p : second) {
        auto same = std::find_if(out.begin(), out.end(), [&](const FoundPackage &o) { return o.name == p.name; });
        if (same == out.end())
            out.append(p);
        else
            same->current = same->current || p.current;
    }
    return out;
}

} // namespace

QString RepositoryDiscovery::siteDomain(const QString &homepage)
{
    const QUrl url(homepage.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    QString host = url.host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1); // the absolute form of a name, same site
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    if (host.isEmpty() || !QHostAddress(host).isNull() || host == QLatin1String("localhost")
        || host.endsWith(QLatin1String(".localhost")) || isSomeoneElsesSite(host))
        return {};
    // What Plausible accepts as a site (the rule Settings applies).
    auto site = Validation::plausibleSite(host);
    return site ? *site : QString();
}

Result<DiscoveredRepository> RepositoryDiscovery::discover(HttpClient &http, Clock &clock, const Config &config,
                                                           Tokens &tokens, const QString &input, bool findPackages)
{
    auto repo = Validation::repository(input);
    if (!repo)
        return repo.error();
    auto base = config.baseUrl(Api::GitHub);
    if (!base)
        return base.error();
    // Public repositories answer anyone (60 requests an hour per address without a token): an
    // unreadable keychain is no reason to stop here.
    auto stored = tokens.token(TokenKind::GitHub);
    const QString token = stored ? *stored : QString();

    // GET /repos/{owner}/{repo} (OpenAPI operation repos/get): 200 full-repository, 301 when the
    // repository was renamed or moved (Location: /repositories/{id}, which answers the repository
    // under its new name; octokit/fixtures scenario rename-repository), 403, 404.
    GitHubApi api(http, *base, token, tr("track"));
    HttpRequest request = api.request(api.url(GitHubApi::repoPath(*repo)), "application/vnd.github+json", *repo);
    request.maxRateLimitWaits = 0; // someone is waiting: say when to come back instead
    auto response = http.send(request);
    if (!response) {
        if (response.error().kind != Error::Kind::RateLimited)
            return response.error();
        const QString when = response.error().retryAt.isValid() ? utcMinuteText(response.error().retryAt) : tr("an hour");
        Error error = token.isEmpty()
                          ? makeError(tr("GitHub answers 60 requests an hour without a token and they are used up; try "
                                         "again after %1, or add a GitHub token in Settings.")
                                          .arg(when),
                                      Error::Kind::RateLimited, response.error().httpStatus)
                          : makeError(tr("GitHub's rate limit for the token is used up; try again after %1.").arg(when),
                                      Error::Kind::RateLimited, response.error().httpStatus);
        error.retryAt = response.error().retryAt;
        return error;
    }
    switch (response->status) {
    case 200:
        break;
    case 404:
        return makeError(token.isEmpty() ? tr("GitHub knows no public repository %1 — check the spelling; a private one "
                                              "needs a token.")
                                               .arg(*repo)
                                         : tr("GitHub knows no repository %1 that the token can see — check the spelling "
                                              "and the token's access.")
                                               .arg(*repo),
                         Error::Kind::Http, 404);
    case 401:
        return makeError(tr("GitHub rejected the token (HTTP 401). Create a new token and save it in Settings."),
                         Error::Kind::Auth, 401);
    default:
        return api.explain(*response, *repo, tr("the repository"));
    }

    const QJsonDocument doc = QJsonDocument::fromJson(response->body);
    const QJsonObject o = doc.object();
    DiscoveredRepository found;
    found.fullName = textOf(o.value(QLatin1String("full_name")));
    if (!doc.isObject() || !GitHubApi::isValidRepo(found.fullName))
        return makeError(tr("GitHub's answer for %1 could not be read (no repository name in it).").arg(*repo),
                         Error::Kind::Parse);
    found.description = textOf(o.value(QLatin1String("description")));
    found.homepage = textOf(o.value(QLatin1String("homepage")));
    found.siteDomain = siteDomain(found.homepage);
    found.stars = int(json::integer(o.value(QLatin1String("stargazers_count"))).value_or(0));
    found.isPrivate = o.value(QLatin1String("private")).toBool();
    if (!findPackages)
        return found;

    auto clickhouseUrl = config.baseUrl(Api::ClickHouse);
    if (!clickhouseUrl) {
        found.packagesProblem = clickhouseUrl.errorMessage();
        return found;
    }
    // As the pypi collector builds it: the same endpoint, user and hourly budget (the file in the
    // data directory), so this query counts against the quota the collectors plan with.
    ClickHouseClient clickhouse(http, *clickhouseUrl, config.clickhouseUser(), tr("packages of %1").arg(found.fullName), clock);
    QueryBudget budget = QueryBudget::open(QueryBudget::fileIn(config.dataDir()), clickhouse.endpoint(), clock.nowUtc());
    clickhouse.setBudget(&budget);
    auto packages = PackageFinder::find(clickhouse, found.fullName);
    if (packages && found.fullName.compare(*repo, Qt::CaseInsensitive) != 0) {
        auto before = PackageFinder::find(clickhouse, *repo);
        if (before)
            packages = merged(*packages, *before);
        else
            packages = before.error();
    }
    if (!packages) {
        found.packagesProblem = packages.errorMessage();
        return found;
    }
    // Only packages whose newest upload still names the repository: one that moved on to another
    // repository is someone else's now (PackageFinder keeps it, marked not current).
    for (const FoundPackage &p : std::as_const(*packages))
        if (p.current)
            found.packages.append(p);
    return found;
}

} // namespace insights
