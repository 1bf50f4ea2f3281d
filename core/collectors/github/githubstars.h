#pragma once
// github_stars (SPEC §1): every stargazer with profile. GraphQL pages of 100 stars with their
// profiles, newest first; a normal run stops at the first star already stored (one request when
// nothing is new); a first collection records how far down it got and resumes there after an
// interruption; a weekly full walk finds unstars. REST is the fallback where GraphQL is missing,
// and a list GitHub refuses still yields the daily total.
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

class GitHubApi;
class StarGraphQl;
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

private:
    Status viaGraphQl(StarRun &run, StarGraphQl &graphQl);
    Status newestGraphQl(StarRun &run, StarGraphQl &graphQl, bool firstCollection, bool &reachedEnd);
    Status resumeGraphQl(StarRun &run, StarGraphQl &graphQl, bool &reachedEnd);
    Status reconcileGraphQl(StarRun &run, StarGraphQl &graphQl);
    Status viaRest(StarRun &run, GitHubApi &api);
    Status restricted(StarRun &run, GitHubApi &api, const Error &why);

    QString m_token;
    QUrl m_restUrl;
    QUrl m_graphQlUrl;
    int m_reconcileDays = 7;
};

} // namespace insights
