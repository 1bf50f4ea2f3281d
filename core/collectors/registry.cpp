#include "registry.h"

#include "events/githubevents.h"
#include "github/githubstars.h"
#include "github/githubtraffic.h"
#include "plausible/plausiblestats.h"
#include "pypi/pypidownloads.h"
#include "reddit/redditpoststats.h"

namespace insights {

QStringList allSourceKeys()
{
    return {QStringLiteral("github_traffic"), QStringLiteral("github_stars"), QStringLiteral("github_events"),
            QStringLiteral("pypi"),           QStringLiteral("plausible"),    QStringLiteral("reddit")};
}

std::unique_ptr<Collector> createCollector(const QString &key)
{
    if (key == QLatin1String("github_traffic"))
        return std::make_unique<GitHubTraffic>();
    if (key == QLatin1String("github_stars"))
        return std::make_unique<GitHubStars>();
    if (key == QLatin1String("github_events"))
        return std::make_unique<GitHubEvents>();
    if (key == QLatin1String("pypi"))
        return std::make_unique<PyPiDownloads>();
    if (key == QLatin1String("plausible"))
        return std::make_unique<PlausibleStats>();
    if (key == QLatin1String("reddit"))
        return std::make_unique<RedditPostStats>();
    return nullptr;
}

} // namespace insights
