#pragma once
// github_stars (SPEC §1): every stargazer with profile. GraphQL pages of 100 stars with their
// profiles, newest first; a normal run stops at the first star already stored (one request when
// nothing is new); a first collection records how far down it got and resumes there after an
// interruption; a weekly full walk finds unstars. REST is the fallback where GraphQL is missing.
// For every repository, with or without a token, also the star counts: `stars_daily` and
// `stars_total`. Where GitHub shows the list only to admins and collaborators (API-NOTES §0.2) or
// no token is set, the counts come from GitHub's star history and count (StarHistory) and the
// list is asked for again only weekly.
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

class GitHubApi;
class StarGraphQl;
class StarHistory;
class StarLedger;
class StarRun;

class GitHubStars final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(GitHubStars)
public:
    QString key() const override { return QStringLiteral("github_stars"); }
    int defaultIntervalHours() const override { return 24; }
    QStringList subjects(const Config &config, QSqlDatabase &db) const override;
    QString howToConfigure() const override;
    Status prepare(CollectContext &context) override;
    Result<Batch> collect(CollectContext &context, const QString &subject) override;
    Status afterWrite(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now) override;

    // collector_state keys (source github_stars) of the list's access.
    static constexpr const char *kNoToken = "no_token";                          // "1": runs without a token
    static constexpr const char *kRestrictedCheckedAt = "restricted_checked_at"; // when GitHub last refused the list

private:
    Status viaGraphQl(StarRun &run, StarGraphQl &graphQl);
    Status walkGraphQl(StarRun &run, StarGraphQl &graphQl);
    Status newestGraphQl(StarRun &run, StarGraphQl &graphQl, bool firstCollection, bool &reachedEnd);
    Status resumeGraphQl(StarRun &run, StarGraphQl &graphQl, bool &reachedEnd);
    Status reconcileGraphQl(StarRun &run, StarGraphQl &graphQl);
    Status retryFailedPages(StarRun &run, StarGraphQl &graphQl);
    static void rememberFailedPage(StarRun &run, const QString &cursor, const QString &why);
    // Tries at one page before its failing stars are given up (with a note).
    static constexpr int kPageTries = 3;
    Status viaRest(StarRun &run, GitHubApi &api);
    Status restricted(StarRun &run, const Error &why);

    // Whether this run reads the stargazer list.
    enum class ListAccess { Ask, NoToken, Closed };
    ListAccess listAccess(const StarLedger &stored, const QDateTime &now) const;
    bool isDue(const QString &lastAt, const QDateTime &now) const;
    Status readList(StarRun &run, GitHubApi &api);
    Status addCounts(CollectContext &context, GitHubApi &api, const QString &subject, const StarLedger &stored,
                     bool listAsked, bool checkpointed, Batch &batch);
    Status addHistory(CollectContext &context, StarHistory &history, const QString &subject, const StarLedger &stored,
                      Batch &batch);

    QString m_token;
    QString m_tokenProblem; // the keychain could not be read
    QUrl m_restUrl;
    QUrl m_graphQlUrl;
    int m_reconcileDays = 7;
};

} // namespace insights
