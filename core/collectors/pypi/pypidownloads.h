#pragma once
// pypi (SPEC §1): a package's downloads from the public ClickHouse PyPI dataset, read from the
// rollup tables only (never the raw table), grouped server-side with sum(count), every answer
// under the endpoint's 1,000-row cut (API-NOTES §0.6). A run asks first for a plan — one row per
// day with the day's total, its human downloads, how many rows each breakdown has, the all-time
// total and the dataset's newest day — then reads the breakdowns (versions with the human/bot
// split, countries, installers, file types, Python versions, operating systems) in windows of
// days that stay under the cut, newest first (pypiqueries.h has the SQL). The queries count
// against the shared ClickHouse quota (QueryBudget); a subject the hour has no room for waits,
// and one that stops half-way keeps its finished days and continues at the next run. A normal
// run re-reads from the newest stored day (at least the last three days); --lookback-days N
// backfills. Days after the dataset's newest day are gaps, not zeros. Installers count as people
// per the table pypi_installer_class.
#include "clickhouse/querybudget.h"
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>
#include <optional>

namespace insights {

class PyPiDownloads final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(PyPiDownloads)
public:
    static constexpr int kRereadDays = 3;
    // A package's first collection reads a year, so a newcomer sees its history at once (as
    // github_events does); ClickHouse's hourly quota spreads it over several runs when needed.
    static constexpr int kFirstRunDays = 365;

    QString key() const override { return QStringLiteral("pypi"); }
    int defaultIntervalHours() const override { return 24; }
    QStringList subjects(const Config &config, QSqlDatabase &db) const override;
    QString howToConfigure() const override;
    Status prepare(CollectContext &context) override;
    Result<Batch> collect(CollectContext &context, const QString &subject) override;

private:

    QUrl m_url;
    QString m_user;
    QStringList m_humanInstallers;
    std::optional<QueryBudget> m_budget;
};

} // namespace insights
