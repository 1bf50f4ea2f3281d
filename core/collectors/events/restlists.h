#pragma once
// Every page of a GitHub REST list (releases, forks), following the Link header's rel="next"
// (API-NOTES §2). Pages must be JSON arrays of objects; the next URL must stay on the API's own
// server (GitHubApi::fetch refuses another).
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace insights {

class GitHubApi;

// `maxPages` bounds a list that never ends (a misbehaving server).
Result<QList<QJsonObject>> fetchAllPages(GitHubApi &api, QUrl first, const QString &subject, const QString &what,
                                         int maxPages = 1000);

} // namespace insights
