#pragma once
// github_events (SPEC §1) from the public ClickHouse GitHub events dataset (API-NOTES §6): daily
// star events (WatchEvent "started"), a daily activity summary by event type, releases and forks.
// The table is sorted by repo_id: the id is looked up once per repository in
// github.repo_name_to_id (kept in collector_state `repo_id`) and every query filters on it
// (eventsqueries.h). One query answers a day per row (up to 999 days); releases and forks are read
// in windows of days under the endpoint's 1,000-row cut, all against the shared ClickHouse quota
// (QueryBudget, backfill.h). A run re-reads from the newest stored day (at least three days: the
// dataset lags hours behind); a first run reads a year, --lookback-days N any window. Days after
// the repository's newest event are gaps, not zeros (a later event fills them in); the newest
// loaded day is marked partial.
// With a GitHub token, releases and forks come from GitHub's REST lists instead (complete, with
// names as they are now); ClickHouse's ReleaseEvent/ForkEvent are the fallback without one.
#include "clickhouse/querybudget.h"
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>
#include <optional>

namespace insights {

class ClickHouseClient;

class GitHubEvents final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(GitHubEvents)
public:
    static constexpr int kRereadDays = 3;
    static constexpr int kFirstRunDays = 365;

    QString key() const override { return QStringLiteral("github_events"); }
    int defaultIntervalHours() const override { return 24; }
    QStringList subjects(const Config &config, QSqlDatabase &db) const override;
    QString howToConfigure() const override;
    Status prepare(CollectContext &context) override;
    Result<Batch> collect(CollectContext &context, const QString &subject) override;

private:
    // The repository's id in the dataset: `known` (collector_state) or looked up, one query.
    Result<QString> repoId(CollectContext &context, ClickHouseClient &clickhouse, const QString &subject, const QString &known);
    Status addFromRest(CollectContext &context, const QString &subject, Batch &batch);

    QUrl m_url;
    QString m_user;
    QUrl m_restUrl;
    QString m_token; // empty: no token, ClickHouse only
    std::optional<QueryBudget> m_budget;
};

} // namespace insights
