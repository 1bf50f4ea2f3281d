#pragma once
// github_events (SPEC §1) from the public ClickHouse GitHub events dataset (API-NOTES §6): daily
// star events (WatchEvent "started"), a daily activity summary by event type, releases and forks.
// Each run re-reads the last three days (the dataset lags hours behind); a first run reads a
// year, --lookback-days N any window. Days after the dataset's newest event are gaps, not zeros;
// the newest loaded day is marked partial.
// With a GitHub token, releases and forks come from GitHub's REST lists instead (complete, with
// names as they are now); ClickHouse's ReleaseEvent/ForkEvent are the fallback without one.
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

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
    Status addFromRest(CollectContext &context, const QString &subject, Batch &batch);

    QUrl m_url;
    QString m_user;
    QUrl m_restUrl;
    QString m_token; // empty: no token, ClickHouse only
};

} // namespace insights
