#pragma once
// plausible (SPEC §1): per site, the daily visitors, pageviews, visit duration and bounce rate,
// and per day the pages (visitors, pageviews, the visits that entered there and their length)
// and countries (visitors), so any range can be aggregated later. The v2 query API answers a
// whole year in four paginated queries (≤ 12 requests, SPEC §6); a server without v2 (older
// self-hosted, 404) is read through v1 — one timeseries plus two breakdowns per day — paced under
// the key's hourly limit and resumed across runs (PlausibleV1Backfill). A first run reads a year;
// later runs re-read from three days before the newest stored day, so missed runs are filled and
// the partial day is corrected.
//
// Figures as Plausible's own dashboard shows them (plausible/analytics, Stats.QueryParser and
// QueryOptimizer): imported history (Google Analytics, CSV) counts only when a query asks for it
// (`include.imports`); days are the site's days, in its timezone, which the answers reveal (the
// echoed `query.date_range` carries the site's UTC offset) and collector_state keeps; and since
// Plausible orders only by [time, first metric] by default and leaves ties in any order, every
// paginated query names an order that is total before an offset is applied.
#include "collectors/collector.h"
#include "plausiblev1.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <functional>

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

    // One page of a v2 query: ordered by day, then by every other dimension (a total order, so
    // offsets page through it without a row twice or missing), imported data included.
    static QJsonObject v2Query(const QString &site, const QStringList &metrics, const QStringList &dimensions,
                               const QDate &from, const QDate &to, qint64 offset);

private:
    // `windowFrom`: the first day to read, given the site's today (an answer may correct it).
    Result<Batch> collectV2(CollectContext &context, plausible::Api &api, const QString &site,
                            const std::function<QDate(const QDate &)> &windowFrom, std::optional<int> utcOffset,
                            bool &noV2);
    Result<plausible::V2Page> queryAll(CollectContext &context, plausible::Api &api, const QString &site,
                                       const QStringList &metrics, const QStringList &dimensions, const QDate &from,
                                       const QDate &to);

    QUrl m_base;
    QString m_key;
    std::optional<plausible::V1Budget> m_v1Budget; // shared by every site of the key
};

} // namespace insights
