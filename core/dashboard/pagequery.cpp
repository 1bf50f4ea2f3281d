#include "pagequery.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights {

namespace {

// Every query filters on the metric type, an optional subject and a date range; the index on
// (metric_type_id, date) serves it.
const char *const kBase = " FROM insight_metric m WHERE m.metric_type_id = (SELECT id FROM insight_metric_type "
                          "WHERE key = :metric) AND (:subject = '' OR m.subject = :subject) ";

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("Cannot prepare a dashboard query"), q);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the dashboard data"), q);
    return q;
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString PageQuery::subjectFilter() const
{
    return m_request.subject.isNull() ? QStringLiteral("") : m_request.subject;
}

Result<QHash<QDate, double>> PageQuery::dailySums(const QString &metric, const DateRange &range)
{
    auto q = run(m_db,
                 QStringLiteral("SELECT m.date, SUM(m.value)") + QLatin1String(kBase)
                     + QStringLiteral("AND m.date BETWEEN :from AND :to AND m.period = 'daily' GROUP BY m.date"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)}});
    if (!q)
        return q.error();
    QHash<QDate, double> out;
    while (q->next())
        if (!q->value(1).isNull())
            out.insert(QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toDouble());
    return out;
}

Result<QHash<QDate, double>> PageQuery::dailyCounts(const QString &metric, const DateRange &range, const QString &condition)
{
    auto q = run(m_db,
                 QStringLiteral("SELECT m.date, COUNT(*)") + QLatin1String(kBase)
                     + QStringLiteral("AND m.date BETWEEN :from AND :to ") + condition + QStringLiteral(" GROUP BY m.date"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)}});
    if (!q)
        return q.error();
    QHash<QDate, double> out;
    while (q->next())
        out.insert(QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toDouble());
    return out;
}

Result<QHash<QDate, QList<double>>> PageQuery::dailyJsonSums(const QString &metric, const QStringList &keys,
                                                             const DateRange &range)
{
    QString columns;
    for (const QString &key : keys)
        columns += QStringLiteral(", SUM(COALESCE(json_extract(m.metadata, '$.%1'), 0))").arg(key);
    auto q = run(m_db,
                 QStringLiteral("SELECT m.date") + columns + QLatin1String(kBase)
                     + QStringLiteral("AND m.date BETWEEN :from AND :to GROUP BY m.date"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)}});
    if (!q)
        return q.error();
    QHash<QDate, QList<double>> out;
    while (q->next()) {
        QList<double> values;
        for (qsizetype i = 0; i < keys.size(); ++i)
            values.append(q->value(int(i) + 1).toDouble());
        out.insert(QDate::fromString(q->value(0).toString(), Qt::ISODate), values);
    }
    return out;
}

Result<QList<ItemTotal>> PageQuery::topItems(const QString &metric, const DateRange &range, int limit,
                                             const QStringList &extraKeys)
{
    QString columns;
    for (const QString &key : extraKeys)
        columns += QStringLiteral(", SUM(COALESCE(json_extract(m.metadata, '$.%1'), 0))").arg(key);
    auto q = run(m_db,
                 QStringLiteral("SELECT m.item, SUM(m.value) AS total") + columns + QLatin1String(kBase)
                     + QStringLiteral("AND m.date BETWEEN :from AND :to GROUP BY m.item ORDER BY total DESC, m.item LIMIT :limit"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)},
                  {QStringLiteral("limit"), limit}});
    if (!q)
        return q.error();
    QList<ItemTotal> out;
    while (q->next()) {
        ItemTotal t{q->value(0).toString(), q->value(1).toDouble(), {}};
        for (qsizetype i = 0; i < extraKeys.size(); ++i)
            t.extra.append(q->value(int(i) + 2).toDouble());
        out.append(t);
    }
    return out;
}

Result<std::optional<double>> PageQuery::latestSnapshot(const QString &metric, const QDate &onOrBefore)
{
    // Per subject the newest snapshot, then summed: "stars today" over every repository.
    auto q = run(m_db,
                 QStringLiteral("SELECT SUM(v) FROM (SELECT (SELECT m2.value FROM insight_metric m2 WHERE "
                                "m2.metric_type_id = m.metric_type_id AND m2.subject = m.subject AND m2.date <= :to "
                                "ORDER BY m2.date DESC LIMIT 1) AS v")
                     + QLatin1String(kBase) + QStringLiteral("AND m.date <= :to GROUP BY m.subject)"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("to"), day(onOrBefore)}});
    if (!q)
        return q.error();
    if (q->next() && !q->value(0).isNull())
        return std::optional<double>(q->value(0).toDouble());
    return std::optional<double>();
}

Result<QDate> PageQuery::latestSnapshotDate(const QString &metric, const DateRange &range)
{
    auto q = run(m_db,
                 QStringLiteral("SELECT MAX(m.date)") + QLatin1String(kBase) + QStringLiteral("AND m.date BETWEEN :from AND :to"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)}});
    if (!q)
        return q.error();
    return q->next() ? QDate::fromString(q->value(0).toString(), Qt::ISODate) : QDate();
}

Result<QList<ItemTotal>> PageQuery::snapshotItems(const QString &metric, const QDate &onDay, const QStringList &extraKeys)
{
    return topItems(metric, DateRange{onDay, onDay}, 50, extraKeys);
}

Result<double> PageQuery::countBefore(const QString &metric, const QDate &before, const QString &condition)
{
    auto q = run(m_db, QStringLiteral("SELECT COUNT(*)") + QLatin1String(kBase) + QStringLiteral("AND m.date < :before ") + condition,
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("before"), day(before)}});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toDouble() : 0.0;
}

Result<std::optional<std::pair<QDate, double>>> PageQuery::record(const QString &metric)
{
    auto q = run(m_db,
                 QStringLiteral("SELECT m.date, SUM(m.value) AS total") + QLatin1String(kBase)
                     + QStringLiteral("GROUP BY m.date ORDER BY total DESC, m.date LIMIT 1"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()}});
    if (!q)
        return q.error();
    if (!q->next() || q->value(1).isNull())
        return std::optional<std::pair<QDate, double>>();
    return std::optional(std::pair{QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toDouble()});
}

Result<QStringList> PageQuery::subjects(const QStringList &metrics)
{
    QStringList out;
    for (const QString &metric : metrics) {
        auto q = run(m_db,
                     QStringLiteral("SELECT DISTINCT m.subject FROM insight_metric m WHERE m.metric_type_id = "
                                    "(SELECT id FROM insight_metric_type WHERE key = :metric)"),
                     {{QStringLiteral("metric"), metric}});
        if (!q)
            return q.error();
        while (q->next())
            if (!out.contains(q->value(0).toString()))
                out.append(q->value(0).toString());
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

Result<QDate> PageQuery::firstDay(const QStringList &metrics)
{
    QDate first;
    for (const QString &metric : metrics) {
        auto q = run(m_db, QStringLiteral("SELECT MIN(m.date)") + QLatin1String(kBase),
                     {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()}});
        if (!q)
            return q.error();
        if (q->next() && !q->value(0).isNull()) {
            const QDate d = QDate::fromString(q->value(0).toString(), Qt::ISODate);
            if (d.isValid() && (!first.isValid() || d < first))
                first = d;
        }
    }
    return first;
}

Result<QList<Annotation>> PageQuery::events(const QString &source, const QString &kind, Annotation::Kind as)
{
    auto q = run(m_db,
                 QStringLiteral("SELECT e.date, e.title FROM insight_event e WHERE e.source_id = (SELECT id FROM "
                                "insight_source WHERE key = :source) AND (:kind = '' OR e.kind = :kind) AND "
                                "(:subject = '' OR e.subject = :subject) AND e.date BETWEEN :from AND :to ORDER BY e.date"),
                 {{QStringLiteral("source"), source}, {QStringLiteral("kind"), kind.isNull() ? QStringLiteral("") : kind},
                  {QStringLiteral("subject"), subjectFilter()}, {QStringLiteral("from"), day(range().from)},
                  {QStringLiteral("to"), day(range().to)}});
    if (!q)
        return q.error();
    QList<Annotation> out;
    while (q->next())
        out.append({QDate::fromString(q->value(0).toString(), Qt::ISODate), as, q->value(1).toString()});
    return out;
}

DailyValues PageQuery::toDaily(const QHash<QDate, double> &byDay, const DateRange &range, bool absentIsZero)
{
    DailyValues out;
    out.reserve(range.days());
    for (QDate d = range.from; d <= range.to; d = d.addDays(1)) {
        const auto it = byDay.constFind(d);
        if (it != byDay.constEnd())
            out.append(*it);
        else
            out.append(absentIsZero ? std::optional<double>(0.0) : std::nullopt);
    }
    return out;
}

QList<DateRange> PageQuery::gapsOf(const DailyValues &values, const DateRange &range)
{
    QList<DateRange> gaps;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i])
            continue;
        qsizetype j = i;
        while (j + 1 < values.size() && !values[j + 1])
            ++j;
        gaps.append({range.from.addDays(i), range.from.addDays(j)});
        i = j;
    }
    return gaps;
}

std::optional<double> PageQuery::total(const DailyValues &values)
{
    std::optional<double> sum;
    for (const auto &v : values)
        if (v)
            sum = sum.value_or(0) + *v;
    return sum;
}

} // namespace insights
