#pragma once
// Reading the database back in tests, as a user of the file would see it.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QSqlRecord>
#include <QDate>

namespace insights::test {

inline QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds) // a null QString would bind as SQL NULL
        q.addBindValue(b.typeId() == QMetaType::QString && b.toString().isNull() ? QVariant(QStringLiteral("")) : b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// The value of a metric row, or an invalid QVariant when the row does not exist.
inline QVariant metricValue(QSqlDatabase &db, const QString &metric, const QString &subject, const QDate &date,
                            const QString &period = QStringLiteral("daily"), const QString &item = QString())
{
    return scalar(db,
                  QStringLiteral("SELECT m.value FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                 "WHERE t.key = ? AND m.subject = ? AND m.date = ? AND m.period = ? AND m.item = ?"),
                  {metric, subject, date.toString(Qt::ISODate), period, item});
}

inline qint64 countRows(QSqlDatabase &db, const QString &metric = QString(), const QString &subject = QString())
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                 "WHERE (? = '' OR t.key = ?) AND (? = '' OR m.subject = ?)"),
                  {metric, metric, subject, subject})
        .toLongLong();
}

// The rows `sql` answers, a line each with its values separated by "|".
inline QString rowsText(QSqlDatabase &db, const char *sql)
{
    QString out;
    QSqlQuery q(db);
    q.exec(QString::fromLatin1(sql));
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

// Everything a collection stores, as one string: equal strings mean an unchanged database.
inline QString dataFingerprint(QSqlDatabase &db)
{
    QString out;
    for (const char *sql : {"SELECT metric_type_id, subject, date, period, item, value, metadata, updated_at FROM insight_metric ORDER BY 1,2,3,4,5",
                            "SELECT source_id, subject, date, kind, item, title, metadata FROM insight_event ORDER BY 1,2,3,4,5",
                            "SELECT key, enabled, collection_interval_hours, last_collected_at FROM insight_source ORDER BY 1"})
        out += rowsText(db, sql);
    return out;
}

} // namespace insights::test
