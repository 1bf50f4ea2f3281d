#pragma once
// github_traffic (SPEC §1): the 14-day traffic window of each repository, upserted day by day so
// overlapping runs correct the partial newest day and never add anything twice; the API's own
// 14-day totals, top referrers and paths as snapshots of the collection date; stars and forks.
#include "collectors/collector.h"

#include <QCoreApplication>

namespace insights {

class GitHubTraffic final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(GitHubTraffic)
public:
    static constexpr int kWindowDays = 14;

    QString key() const override { return QStringLiteral("github_traffic"); }
    int defaultIntervalHours() const override { return 6; }
    QStringList subjects(const Config &config, QSqlDatabase &db) const override;
    QString howToConfigure() const override;
    Status prepare(CollectContext &context) override;
    Result<Batch> collect(CollectContext &context, const QString &subject) override;

private:
    QString m_token;
    QUrl m_baseUrl;
};

} // namespace insights
