#include "alertstore.h"

#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"

namespace insights {

Result<QList<Alert>> AlertStore::record(const QList<Alert> &found)
{
    QList<Alert> added;
    if (found.isEmpty())
        return added;
    ScopedTransaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto q = prepareSql(m_db, QStringLiteral("INSERT INTO insight_alert(rule, metric, subject, date, detail, value, baseline, "
                                             "cause, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT (rule, metric, subject, date, detail) DO NOTHING"));
    if (!q)
        return q.error();
    const QDateTime now = m_clock.nowUtc();
    for (const Alert &a : found) {
        q->addBindValue(a.rule);
        q->addBindValue(a.metric);
        q->addBindValue(a.subject);
        q->addBindValue(a.date.toString(Qt::ISODate));
        q->addBindValue(sqlText(a.detail));
        q->addBindValue(a.value);
        q->addBindValue(a.baseline);
        q->addBindValue(sqlText(a.cause));
        q->addBindValue(isoUtc(now));
        if (!q->exec())
            return sqlError(QStringLiteral("Cannot store an alert"), *q);
        if (q->numRowsAffected() == 1) {
            Alert stored = a;
            stored.id = q->lastInsertId().toLongLong();
            stored.createdAt = QDateTime::fromString(isoUtc(now), Qt::ISODate);
            added.append(stored);
        }
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return added;
}

Result<QList<Alert>> AlertStore::select(const QString &where, const QVariantHash &binds)
{
    auto q = prepareSql(m_db, QStringLiteral("SELECT id, rule, metric, subject, date, detail, value, baseline, cause, created_at, "
                                             "notified_at IS NOT NULL FROM insight_alert ")
                                  + where);
    if (!q)
        return q.error();
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q->bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q->exec())
        return sqlError(QStringLiteral("Cannot read the alerts"), *q);
    QList<Alert> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    QDate::fromString(q->value(4).toString(), Qt::ISODate), q->value(5).toString(), q->value(6).toDouble(),
                    q->value(7).toDouble(), q->value(8).toString(), parseIsoUtc(q->value(9).toString()), q->value(10).toBool()});
    return out;
}

Result<QList<Alert>> AlertStore::list(const DateRange &range)
{
    return select(QStringLiteral("WHERE date BETWEEN :from AND :to ORDER BY date DESC, id DESC"),
                  {{QStringLiteral("from"), range.from.isValid() ? range.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01")},
                   {QStringLiteral("to"), range.to.isValid() ? range.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")}});
}

Result<QList<Alert>> AlertStore::unnotified()
{
    return select(QStringLiteral("WHERE notified_at IS NULL ORDER BY date, id"), {});
}

Result<QList<Alert>> AlertStore::after(qint64 id)
{
    return select(QStringLiteral("WHERE id > :id ORDER BY date, id"), {{QStringLiteral("id"), id}});
}

Result<qint64> AlertStore::lastId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM insight_alert")) || !q.next())
        return sqlError(QStringLiteral("Cannot read the alerts"), q);
    return q.value(0).toLongLong();
}

Status AlertStore::markNotified(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Ok{};
    ScopedTransaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    auto q = prepareSql(m_db, QStringLiteral("UPDATE insight_alert SET notified_at = ? WHERE id = ? AND notified_at IS NULL"));
    if (!q)
        return q.error();
    const QString now = isoUtc(m_clock.nowUtc());
    for (qint64 id : ids) {
        q->addBindValue(now);
        q->addBindValue(id);
        if (!q->exec())
            return sqlError(QStringLiteral("Cannot mark an alert as shown"), *q);
    }
    return tx.commit();
}

} // namespace insights
