#include "pypidownloads.h"

#include "clickhouse/clickhouseclient.h"
#include "config/config.h"
#include "installerclasses.h"
#include "pypiname.h"
#include "util/clock.h"
#include "util/jsonutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace insights {

namespace {

// All five questions take the package and the first day as typed parameters; the human
// installers travel as an Array(String) parameter.
constexpr const char *kTotalSql =
    "SELECT sum(count) AS downloads FROM pypi.pypi_downloads WHERE project = {project:String}";
constexpr const char *kNewestDaySql = "SELECT max(max_date) AS newest FROM pypi.pypi_downloads_max_min";
constexpr const char *kInstallerTypeSql =
    "SELECT date, installer, type, sum(count) AS downloads "
    "FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type "
    "WHERE project = {project:String} AND date >= {from:Date} GROUP BY date, installer, type";
constexpr const char *kVersionSql =
    "SELECT date, version, sum(count) AS downloads, sumIf(count, installer IN {human:Array(String)}) AS human "
    "FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type "
    "WHERE project = {project:String} AND date >= {from:Date} GROUP BY date, version";
constexpr const char *kCountrySql =
    "SELECT date, country_code, sum(count) AS downloads FROM pypi.pypi_downloads_per_day_by_version_by_country "
    "WHERE project = {project:String} AND date >= {from:Date} GROUP BY date, country_code";

QString arrayParam(const QStringList &values)
{
    QJsonArray array;
    for (const QString &v : values)
        array.append(v);
    // ClickHouse reads Array(String) parameters in its own literal syntax: ['pip','uv'].
    QString text = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    return text.replace(u'"', u'\'');
}

} // namespace

QStringList PyPiDownloads::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return config.pypiPackages();
}

QString PyPiDownloads::howToConfigure() const
{
    return tr("no packages are tracked; add them in Settings or set INSIGHT_PYPI_PACKAGES.");
}

Status PyPiDownloads::prepare(CollectContext &context)
{
    auto url = context.config.baseUrl(Api::ClickHouse);
    if (!url)
        return makeError(QStringLiteral("%1: %2").arg(key(), url.error().message), Error::Kind::Config);
    m_url = *url;
    m_user = context.config.clickhouseUser();
    auto classes = InstallerClasses::load(context.db);
    if (!classes)
        return classes.error();
    m_humanInstallers = classes->humanInstallers();
    return Ok{};
}

Result<Batch> PyPiDownloads::collect(CollectContext &context, const QString &subject)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    auto project = PyPiName::normalize(subject);
    if (!project)
        return makeError(QStringLiteral("%1: %2").arg(where, project.error().message), Error::Kind::Config);
    ClickHouseClient clickhouse(context.http, m_url, m_user, where);
    const QDate today = context.clock.todayUtc();
    const int days = context.options.lookbackDays > 0 ? context.options.lookbackDays : kRereadDays;
    const QDate from = today.addDays(1 - days);
    const QList<ClickHouseParam> params{{QStringLiteral("project"), *project},
                                        {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                        {QStringLiteral("human"), arrayParam(m_humanInstallers)}};
    const auto ask = [&](const char *sql, const QString &what) {
        context.report(tr("%1: reading %2").arg(where, what));
        return clickhouse.query(QString::fromLatin1(sql), params, what);
    };

    auto total = ask(kTotalSql, tr("the all-time total"));
    if (!total)
        return total.error();
    auto newest = ask(kNewestDaySql, tr("the dataset's newest day"));
    if (!newest)
        return newest.error();
    auto byInstaller = ask(kInstallerTypeSql, tr("downloads per day, installer and type"));
    if (!byInstaller)
        return byInstaller.error();
    auto byVersion = ask(kVersionSql, tr("downloads per day and version"));
    if (!byVersion)
        return byVersion.error();
    auto byCountry = ask(kCountrySql, tr("downloads per day and country"));
    if (!byCountry)
        return byCountry.error();

    const QDate loadedUntil = newest->rows.isEmpty()
                                  ? QDate()
                                  : QDate::fromString(newest->rows.first().value(QLatin1String("newest")).toString(), Qt::ISODate);
    const auto count = [](const QJsonObject &row, const char *column) {
        return double(json::integer(row.value(QLatin1String(column))).value_or(0));
    };
    const auto dayOf = [](const QJsonObject &row) { return QDate::fromString(row.value(QLatin1String("date")).toString(), Qt::ISODate); };

    Batch batch;
    const qint64 allTime = json::integer(total->rows.value(0).value(QLatin1String("downloads"))).value_or(0);
    if (allTime == 0 && byInstaller->rows.isEmpty())
        return makeError(tr("%1: the PyPI dataset has no downloads of \"%2\"; check the package name.").arg(where, *project),
                         Error::Kind::Config);
    batch.rows.append(MetricRow::make("downloads_total", subject, today, Period::Cumulative, double(allTime)));

    QHash<QDate, double> all, human;
    QHash<QPair<QDate, QString>, double> installers, types;
    for (const QJsonObject &row : std::as_const(byInstaller->rows)) {
        const QDate d = dayOf(row);
        const QString installer = row.value(QLatin1String("installer")).toString();
        const double n = count(row, "downloads");
        all[d] += n;
        if (m_humanInstallers.contains(installer))
            human[d] += n;
        installers[{d, installer.isEmpty() ? QStringLiteral("(none)") : installer}] += n;
        types[{d, row.value(QLatin1String("type")).toString()}] += n;
    }
    // Every loaded day of the window gets a figure (0 when nobody downloaded); days the dataset
    // has not loaded yet get none, so charts show a gap instead of a drop.
    for (QDate d = from; d <= today && loadedUntil.isValid() && d <= loadedUntil; d = d.addDays(1)) {
        batch.rows.append(MetricRow::make("downloads_daily", subject, d, Period::Daily, all.value(d)));
        batch.rows.append(MetricRow::make("downloads_daily_human", subject, d, Period::Daily, human.value(d)));
    }
    for (auto it = installers.begin(); it != installers.end(); ++it)
        batch.rows.append(MetricRow::make("downloads_by_installer", subject, it.key().first, Period::Daily, it.value(), it.key().second));
    for (auto it = types.begin(); it != types.end(); ++it)
        batch.rows.append(MetricRow::make("downloads_by_type", subject, it.key().first, Period::Daily, it.value(), it.key().second));
    for (const QJsonObject &row : std::as_const(byVersion->rows)) {
        MetricRow r = MetricRow::make("downloads_by_version", subject, dayOf(row), Period::Daily, count(row, "downloads"),
                            row.value(QLatin1String("version")).toString());
        const double h = count(row, "human");
        r.metadata = {{QStringLiteral("human"), h}, {QStringLiteral("bot"), *r.value - h}};
        batch.rows.append(r);
    }
    for (const QJsonObject &row : std::as_const(byCountry->rows)) {
        const QString country = row.value(QLatin1String("country_code")).toString();
        batch.rows.append(MetricRow::make("downloads_by_country", subject, dayOf(row), Period::Daily, count(row, "downloads"),
                                country.isEmpty() ? QStringLiteral("(unknown)") : country));
    }
    if (loadedUntil.isValid() && loadedUntil < today)
        batch.notes.append(tr("The PyPI dataset is loaded up to %1; later days follow when it is.").arg(loadedUntil.toString(Qt::ISODate)));
    return batch;
}

} // namespace insights
