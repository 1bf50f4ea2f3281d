#include "storage/dialect.h"
#include "stardaily.h"

#include "starledger.h"
#include "storage/metricstore.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights::stars {

namespace {

// Stars per day, those still standing summed: a day whose every star was withdrawn counts 0.
constexpr const char *kPerDay = R"(
    SELECT date, SUM(CASE WHEN json_extract(metadata, '$.unstarred_at') IS NULL THEN 1 ELSE 0 END) FROM insight_metric
    WHERE metric_type_id = :type AND subject = :subject AND period = 'event' %1 GROUP BY date)";

// Days with a star written or renumbered by this transaction (stamped with `now`).
constexpr const char *kTouched = "AND date IN (SELECT date FROM insight_metric WHERE metric_type_id = :type "
                                 "AND subject = :subject AND period = 'event' AND updated_at = :stamp)";

// Days stored from an earlier source (the history) that have no star in the list: they are 0.
constexpr const char *kStrayDays = R"(
    SELECT date FROM insight_metric WHERE metric_type_id = :daily AND subject = :subject AND period = 'daily'
      AND value <> 0 AND date NOT IN (SELECT date FROM insight_metric WHERE metric_type_id = :type
                                      AND subject = :subject AND period = 'event'))";

} // namespace

Status refreshDailyFromList(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now)
{
    const QString source = QString::fromLatin1(StarLedger::kSource);
    auto dailySource = store.state(source, subject, QString::fromLatin1(kDailySource));
    if (!dailySource)
        return dailySource.error();
    if (dailySource->value_or(QString()) != QLatin1String("list"))
        return Ok{};
    auto counted = store.state(source, subject, QString::fromLatin1(kDailyFromList));
    if (!counted)
        return counted.error();
    const bool everyDay = counted->value_or(QString()) != QLatin1String("1");
    auto type = store.metricTypeId(QStringLiteral("new_star"));
    auto daily = store.metricTypeId(QStringLiteral("stars_daily"));
    if (!type || !daily)
        return (!type ? type : daily).error();

    Batch batch;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), QString::fromLatin1(kPerDay).arg(everyDay ? QString() : QString::fromLatin1(kTouched))));
    q.bindValue(QStringLiteral(":type"), *type);
    q.bindValue(QStringLiteral(":subject"), subject);
    if (!everyDay)
        q.bindValue(QStringLiteral(":stamp"), isoUtc(now));
    if (auto st = execPrepared(q); !st)
        return st;
    while (q.next())
        batch.rows.append(MetricRow::make("stars_daily", subject, QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                          Period::Daily, q.value(1).toDouble()));
    q.finish();
    if (everyDay) {
        QSqlQuery stray(db);
        stray.setForwardOnly(true);
        stray.prepare(Dialect::portable(stray.driver(), QString::fromLatin1(kStrayDays)));
        stray.bindValue(QStringLiteral(":daily"), *daily);
        stray.bindValue(QStringLiteral(":type"), *type);
        stray.bindValue(QStringLiteral(":subject"), subject);
        if (auto st = execPrepared(stray); !st)
            return st;
        while (stray.next())
            batch.rows.append(MetricRow::make("stars_daily", subject, QDate::fromString(stray.value(0).toString(), Qt::ISODate),
                                              Period::Daily, 0));
        stray.finish();
        batch.state.append({source, subject, QString::fromLatin1(kDailyFromList), QStringLiteral("1")});
    }
    if (batch.isEmpty())
        return Ok{};
    auto written = store.write(batch, now);
    return written ? Status(Ok{}) : Status(written.error());
}

} // namespace insights::stars
