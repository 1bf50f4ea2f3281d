#pragma once
// Stars through GitHub's REST API, for servers without GraphQL (older GitHub Enterprise;
// API-NOTES §2): pages of 100 stars oldest first with `starred_at` (star+json), the next page from
// the Link header (GitHub's own /repositories/{id}/… URLs), one /users/{login} per new star for the
// profile. Deleted accounts (user null) are counted. REST lists at most 400 pages: a 422 there is
// the end of what it can list, said in a note.
#include "starrun.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace insights {

class GitHubApi;

class StarRest final {
    Q_DECLARE_TR_FUNCTIONS(StarRest)
public:
    StarRest(StarRun &run, GitHubApi &api);

    // A first collection (or its continuation from the stored next page), oldest to newest,
    // with checkpoints.
    Status backfill();
    // The newest stars since the last run: from the page that was the last one, forwards to the
    // end, then backwards until a known star.
    Status newest();
    // Every page without profiles: the keys of all listed stars, for the reconcile.
    Result<QSet<QString>> listAll();

private:
    struct Page {
        QUrl url;
        QList<Stargazer> stars;
        QUrl next, prev, last;
        bool capped = false;
    };
    Result<Page> fetchPage(const QUrl &url);
    Status addWithProfile(const Stargazer &star);
    Status noteCap();
    QUrl firstPage() const;
    static int pageNumber(const QUrl &url);

    StarRun &m_run;
    GitHubApi &m_api;
    int m_vanishedProfiles = 0;
};

} // namespace insights
