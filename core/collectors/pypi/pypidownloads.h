#pragma once
// pypi (SPEC §1): a package's downloads from the public ClickHouse PyPI dataset, read from the
// rollup tables only (never the raw table), grouped server-side with sum(count), in five queries
// whatever the window: all-time total, the dataset's newest loaded day, per day × installer ×
// type, per day × version with the human/bot split, per day × country. A normal run re-reads the
// last three days; --lookback-days N backfills. Days after the dataset's newest day are gaps, not
// zeros. Installers count as people per the table pypi_installer_class.
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

class PyPiDownloads final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(PyPiDownloads)
public:
    static constexpr int kRereadDays = 3;

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
};

} // namespace insights
