#pragma once
// plausible (SPEC §1): per site, the daily visitors, pageviews, visit duration and bounce rate,
// and per day the pages (visitors, pageviews, duration) and countries (visitors), so any range
// can be aggregated later. The v2 query API answers a whole year in three paginated queries
// (≤ 12 requests, SPEC §6); a server without v2 (older self-hosted, 404) is read through v1 —
// one timeseries plus two breakdowns per day — paced under the key's hourly limit and resumed
// across runs (PlausibleV1Backfill). A first run reads a year; later runs re-read from three days
// before the newest stored day, so missed runs are filled and the partial day is corrected.
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

namespace plausible {
class Api;
struct V2Page;
}

class PlausibleStats final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(PlausibleStats)
public:
    static constexpr int kFirstRunDays = 365;
    static constexpr int kRereadDays = 3;
    static constexpr int kV2PageSize = 10'000;
    static constexpr int kV1RecheckDays = 7; // a v1-only server is asked for v2 again weekly

    QString key() const override { return QStringLiteral("plausible"); }
    int defaultIntervalHours() const override { return 1; }
    QStringList subjects(const Config &config, QSqlDatabase &db) const override;
    QString howToConfigure() const override;
    Status prepare(CollectContext &context) override;
    Result<Batch> collect(CollectContext &context, const QString &subject) override;

private:
    Result<Batch> collectV2(CollectContext &context, plausible::Api &api, const QString &site, const QDate &from, bool &noV2);
    Result<plausible::V2Page> queryAll(CollectContext &context, plausible::Api &api, const QString &site,
                                       const QStringList &metrics, const QStringList &dimensions, const QDate &from,
                                       const QDate &to);

    QUrl m_base;
    QString m_key;
    int m_v1WindowRequests = 0; // shared by every site of the key
    QDateTime m_v1WindowStart;
};

} // namespace insights
