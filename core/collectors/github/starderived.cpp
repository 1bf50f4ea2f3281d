#include "storage/dialect.h"
#include "starderived.h"

#include "stardaytitle.h"
#include "starrun.h"
#include "storage/metricstore.h"
#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace insights::stars {

namespace {

// Stars still there: stored and not counted out by a reconcile.
constexpr const char *kCurrent = "metric_type_id = :type AND subject = :subject AND period = 'event' "
                                 "AND json_extract(metadata, '$.unstarred_at') IS NULL";

// Days with a star written or renumbered by this transaction (it stamps updated_at with `now`):
// the only days whose title can have changed.
constexpr const char *kTouchedDays = "SELECT DISTINCT date FROM insight_metric WHERE metric_type_id = :type "
                                     "AND subject = :subject AND period = 'event' AND updated_at = :stamp";

Result<qint64> numberOffset(QSqlDatabase &db, MetricStore &store, const QString &subject, int typeId)
{
    // Only a GraphQL backfill in progress (it walks newest first and leaves a cursor) is missing
    // the oldest stars; REST lists oldest first, so whatever it could not list is newer.
    const QString source = QString::fromLatin1(StarLedger::kSource);
    auto cursor = store.state(source, subject, QString::fromLatin1(StarRun::kBackfillCursor));
    auto total = store.state(source, subject, QString::fromLatin1(StarRun::kTotal));
    if (!cursor || !total)
        return (!cursor ? cursor : total).error();
    if (cursor->value_or(QString()).isEmpty())
        return 0;
    QSqlQuery q(db);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT COUNT(*) FROM insight_metric WHERE %1").arg(QLatin1String(kCurrent))));
    q.bindValue(QStringLiteral(":type"), typeId);
    q.bindValue(QStringLiteral(":subject"), subject);
    if (auto st = execPrepared(q); !st)
        return st.error();
    q.next();
    return std::max<qint64>(0, total->value_or(QStringLiteral("0")).toLongLong() - q.value(0).toLongLong());
}

// PostgreSQL has no json_set that keeps the text as written: the numbers are worked out here,
// in the same order, and only the rows whose number moves are rewritten.
Status renumberPostgres(QSqlDatabase &db, const QString &subject, int typeId, qint64 offset, const QString &stamp)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(db, QStringLiteral("SELECT id, metadata, json_extract(metadata, '$.star_number') FROM insight_metric "
                                                   "WHERE %1 ORDER BY json_extract(metadata, '$.starred_at'), item")
                                        .arg(QLatin1String(kCurrent))));
    q.bindValue(QStringLiteral(":type"), typeId);
    q.bindValue(QStringLiteral(":subject"), subject);
    if (auto st = execPrepared(q); !st)
        return st;
    QList<std::pair<qint64, QString>> moved;
    qint64 n = offset;
    while (q.next()) {
        ++n;
        if (!q.value(2).isNull() && qint64(q.value(2).toDouble()) == n)
            continue;
        QJsonObject metadata = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        metadata.insert(QStringLiteral("star_number"), n);
        moved.append({q.value(0).toLongLong(), QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))});
    }
    q.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE insight_metric SET metadata = ?, updated_at = ? WHERE id = ?"));
    for (const auto &[id, metadata] : std::as_const(moved)) {
        update.addBindValue(metadata);
        update.addBindValue(stamp);
        update.addBindValue(id);
        if (auto st = execPrepared(update); !st)
            return st;
    }
    return Ok{};
}

Status renumber(QSqlDatabase &db, const QString &subject, int typeId, qint64 offset, const QString &stamp)
{
    if (Dialect::isPostgres(db))
        return renumberPostgres(db, subject, typeId, offset, stamp);
    // Only rows whose number moves are touched, so a run without new stars changes nothing.
    QSqlQuery q(db);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral(R"(
        UPDATE insight_metric SET metadata = json_set(metadata, '$.star_number', r.n), updated_at = :stamp
        FROM (SELECT id, :offset + ROW_NUMBER() OVER (ORDER BY json_extract(metadata, '$.starred_at'), item) AS n
              FROM insight_metric WHERE %1) AS r
        WHERE insight_metric.id = r.id AND json_extract(insight_metric.metadata, '$.star_number') IS NOT r.n)")
                  .arg(QLatin1String(kCurrent))));
    q.bindValue(QStringLiteral(":stamp"), stamp);
    q.bindValue(QStringLiteral(":offset"), offset);
    q.bindValue(QStringLiteral(":type"), typeId);
    q.bindValue(QStringLiteral(":subject"), subject);
    return execPrepared(q);
}

Status refreshDays(QSqlDatabase &db, MetricStore &store, const QString &subject, int typeId, const QDateTime &now)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral(R"(
        SELECT date, COUNT(*), MIN(json_extract(metadata, '$.star_number')),
               MAX(json_extract(metadata, '$.star_number')), MIN(item), MIN(json_extract(metadata, '$.username'))
        FROM insight_metric WHERE %1 AND date IN (%2) GROUP BY date ORDER BY date)")
                  .arg(QLatin1String(kCurrent), QLatin1String(kTouchedDays))));
    q.bindValue(QStringLiteral(":type"), typeId);
    q.bindValue(QStringLiteral(":subject"), subject);
    q.bindValue(QStringLiteral(":stamp"), isoUtc(now));
    if (auto st = execPrepared(q); !st)
        return st;
    Batch days;
    while (q.next()) {
        const int count = q.value(1).toInt();
        const int first = q.value(2).toInt(), last = q.value(3).toInt();
        const QString title = starDayTitle(first, last, count, q.value(5).toString());
        EventRow event;
        event.source = QString::fromLatin1(StarLedger::kSource);
        event.subject = subject;
        event.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        event.kind = QStringLiteral("star_day");
        event.title = title;
        event.metadata = {{QStringLiteral("stars"), count}, {QStringLiteral("first_number"), first},
                          {QStringLiteral("last_number"), last}};
        days.events.append(event);
    }
    q.finish();
    if (auto written = store.write(days, now); !written)
        return written.error();

    // A day whose every star was counted out has no star-day event any more.
    QSqlQuery drop(db);
    drop.prepare(Dialect::portable(drop.driver(), QStringLiteral(R"(
        DELETE FROM insight_event WHERE kind = 'star_day' AND subject = :subject
          AND source_id = (SELECT id FROM insight_source WHERE key = 'github_stars')
          AND date IN (%2) AND date NOT IN (SELECT date FROM insight_metric WHERE %1))")
                     .arg(QLatin1String(kCurrent), QLatin1String(kTouchedDays))));
    drop.bindValue(QStringLiteral(":subject"), subject);
    drop.bindValue(QStringLiteral(":type"), typeId);
    drop.bindValue(QStringLiteral(":stamp"), isoUtc(now));
    return execPrepared(drop);
}

} // namespace

Status refreshDerived(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now)
{
    auto typeId = store.metricTypeId(QStringLiteral("new_star"));
    if (!typeId)
        return typeId.error();
    auto offset = numberOffset(db, store, subject, *typeId);
    if (!offset)
        return offset.error();
    if (auto st = renumber(db, subject, *typeId, *offset, isoUtc(now)); !st)
        return st;
    return refreshDays(db, store, subject, *typeId, now);
}

} // namespace insights::stars
