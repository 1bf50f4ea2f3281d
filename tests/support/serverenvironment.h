#pragma once
// The environment that points Insights at the local test servers: each server's URL, its secret
// (GitHub token, Plausible key) and one subject to collect (SPEC §3's INSIGHT_* variables). A test
// passes only the servers it runs; it may override any variable afterwards.
#include "clickhouseengine.h"
#include "githubtestserver.h"
#include "plausibletestserver.h"
#include "reddittestserver.h"

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
