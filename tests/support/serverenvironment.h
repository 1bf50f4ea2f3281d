#pragma once
// The environment that points Insights at the local test servers: each server's URL, its secret
// (GitHub token, Plausible key) and one subject to collect (SPEC §3's INSIGHT_* variables). A test
// passes only the servers it runs; it may override any variable afterwards.
#include "clickhouseengine.h"
#include "githubtestserver.h"
#include "plausibletestserver.h"
#include "reddittestserver.h"
#include "stargazerserver.h"

#include <QProcessEnvironment>

namespace insights::test {

inline const QString kRepo = QStringLiteral("octo/widgets");
inline const QString kSite = QStringLiteral("docs.example.org");
inline const QString kPackage = QStringLiteral("insights-demo");
inline const QString kPost = QStringLiteral("abc123");

struct TestServers {
    GitHubTestServer *github = nullptr;
    PlausibleTestServer *plausible = nullptr;
    RedditTestServer *reddit = nullptr;
    ClickHouseEngine *clickhouse = nullptr;
};

// One subject per source with a little data dated from `now` (traffic up to today, 20 stars, a
// Plausible site, a two-day-old Reddit post), the servers listening. The fault tests' fixture.
inline bool serveSmallFixture(GitHubTestServer &github, StargazerTestServer &stars, PlausibleTestServer &plausible,
                              RedditTestServer &reddit, const QDateTime &now)
{
    if (!github.listen())
        return false;
    github.repo(kRepo).windowEnd = now.date();
    stars.setToken(github.token());
    stars.addStars(kRepo, StargazerTestServer::generate(20, QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC)));
    github.setStargazers([&stars](const TestRequest &r) { return stars.answer(r); });
    plausible.addSite(kSite, 10, 5);
    reddit.addPost({kPost, QStringLiteral("cpp"), QStringLiteral("Insights"), QStringLiteral("someone"), 42, 7, 0.9,
                    now.addDays(-2), {}});
    return plausible.listen() && reddit.listen();
}

inline QProcessEnvironment serverEnvironment(const TestServers &servers, QProcessEnvironment env = {})
{
    if (servers.github) {
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), servers.github->apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), servers.github->token());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), kRepo);
    }
    if (servers.plausible) {
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_URL"), servers.plausible->baseUrl().toString());
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), kSite);
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"), servers.plausible->key());
    }
    if (servers.reddit)
        env.insert(QStringLiteral("INSIGHT_REDDIT_URL"), servers.reddit->baseUrl().toString());
    if (servers.clickhouse) {
        env.insert(QStringLiteral("INSIGHT_CLICKHOUSE_URL"), servers.clickhouse->url().toString());
        env.insert(QStringLiteral("INSIGHT_PYPI_PACKAGES"), kPackage);
    }
    return env;
}

} // namespace insights::test
