#include "storage/dialect.h"
#include "pagequery.h"

#include "storage/rollups.h"
#include "storage/sqlutil.h"
#include "storage/subjectfilter.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace insights {

namespace {

// Every query filters on the metric type, the subject and a date range: the unique index
// (metric_type_id, subject, date, …) serves it, and covers it where only dates are counted.
// Without a chosen subject, every subject of the type is named (found by a few index seeks, a
// "loose index scan"), so the date range still narrows the index instead of the whole type.
const char *const kType = "(SELECT id FROM insight_metric_type WHERE key = :metric)";

QString baseOf(const QString &table, const QString &subject, bool nameSubjects = true, const QString &joined = {})
{
    const QString sql = QStringLiteral(" FROM %1 m%3 WHERE m.metric_type_id = %2 ").arg(table, QLatin1String(kType), joined);
    if (table != QLatin1String("insight_metric"))
        return sql + (subject.isEmpty() ? QString() : QStringLiteral("AND m.subject = :subject "));
    // The few rows counted out come from their partial index; "m.subject || ''" keeps a chosen subject
    // from making SQLite prefer the unique key, which would read every earlier row's metadata
    // (a Stars page for one repository took 140 ms instead of 18).
    if (!nameSubjects)
        return sql + (subject.isEmpty() ? QString() : QStringLiteral("AND m.subject || '' = :subject "));
    return sql + insights::subjectFilter(QLatin1String(kType), !subject.isEmpty());
}

// Rows of (item, total, extra sums…) as ItemTotals.
QList<ItemTotal> itemTotals(QSqlQuery &q, qsizetype extras)
{
    QList<ItemTotal> out;
    while (q.next()) {
        ItemTotal t{q.value(0).toString(), q.value(1).toDouble(), {}};
        for (qsizetype i = 0; i < extras; ++i)
            t.extra.append(q.value(int(i) + 2).toDouble());
        out.append(t);
    }
    return out;
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(Dialect::portable(q.driver(), sql)))
        return sqlError(QStringLiteral("Cannot prepare a dashboard query"), q);
    // Only the placeholders the text names (a query without a chosen subject has no :subject);
    // ":from" must not be taken for ":from0".
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        const QString name = QLatin1Char(':') + it.key();
        for (qsizetype at = sql.indexOf(name); at >= 0; at = sql.indexOf(name, at + 1)) {
            const qsizetype end = at + name.size();
            if (end == sql.size() || !(sql[end].isLetterOrNumber() || sql[end] == u'_')) {
                q.bindValue(name, it.value());
                break;
            }
        }
    }
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the dashboard data"), q);
    return q;
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString PageQuery::base(const QString &table) const
{
    return baseOf(table, subjectFilter());
}

QString PageQuery::baseParsingMetadataOnce() const
{
    return baseOf(QStringLiteral("insight_metric"), subjectFilter(), true, Dialect::parseOncePerRow(m_db, QStringLiteral("m.metadata")));
}

QString PageQuery::subjectFilter() const
{
    return m_request.subject.isNull() ? QStringLiteral("") : m_request.subject;
}

Result<QHash<QDate, double>> PageQuery::dailySums(const QString &metric, const DateRange &range)
{
    auto q = run(m_db,
                 QStringLiteral("SELECT m.date, SUM(m.value)") + base()
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

Result<QHash<QDate, double>> PageQuery::dailyCounts(const QString &metric, const DateRange &range, const QString &except)
{
    // All rows from the unique key's index alone, then the few counted out (a partial index
    // serves `except`) taken away: no row's metadata is read.
    QHash<QDate, double> out;
    const QStringList filters = except.isEmpty() ? QStringList{QString()} : QStringList{QString(), except};
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QString &filter = filters[i];
        // The rows counted out come from their partial index (naming every subject would
        // make SQLite prefer the unique key and read every row's metadata).
        auto q = run(m_db,
                     QStringLiteral("SELECT m.date, COUNT(*)") + baseOf(QStringLiteral("insight_metric"), subjectFilter(), i == 0)
                         + QStringLiteral("AND m.date BETWEEN :from AND :to ") + filter + QStringLiteral(" GROUP BY m.date"),
                     {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                      {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)}});
        if (!q)
            return q.error();
        const double sign = i == 0 ? 1 : -1;
        while (q->next())
            out[QDate::fromString(q->value(0).toString(), Qt::ISODate)] += sign * q->value(1).toDouble();
    }
    for (auto it = out.begin(); it != out.end();)
        it = it.value() == 0 ? out.erase(it) : std::next(it);
    return out;
}

Result<DailyJsonSums> PageQuery::dailyJsonSums(const QString &metric, const QStringList &keys, const DateRange &range)
{
    // The value's sum comes with the keys' from the same rows: on PostgreSQL a second statement
    // for it cost as much again as reading the rows (4.5 of the Activity page's 28 ms, all time).
    QString columns = QStringLiteral(", SUM(CASE WHEN m.period = 'daily' THEN m.value END)");
    for (const QString &key : keys)
        columns += QStringLiteral(", SUM(COALESCE(json_extract(m.metadata, '$.%1'), 0))").arg(key);
    auto q = run(m_db,
                 QStringLiteral("SELECT m.date") + columns + baseParsingMetadataOnce()
                     + QStringLiteral("AND m.date BETWEEN :from AND :to GROUP BY m.date"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)}});
    if (!q)
        return q.error();
    DailyJsonSums out;
    while (q->next()) {
        const QDate date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        if (!q->value(1).isNull())
            out.values.insert(date, q->value(1).toDouble());
        QList<double> values;
        values.reserve(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            values.append(q->value(int(i) + 2).toDouble());
        out.keys.insert(date, values);
    }
    return out;
}

Result<QList<ItemTotal>> PageQuery::topItems(const QString &metric, const DateRange &range, int limit,
                                             const QStringList &extraKeys)
{
    // Whole months come from the monthly sums, the days before and after them (and any month
    // whose sums are stale) from the daily rows: a year is ~12 × items rows, not 365 × items.
    const QStringList rolled = Rollups::extraKeys(metric);
    const bool rollable = Rollups::has(metric)
        && std::all_of(extraKeys.begin(), extraKeys.end(), [&](const QString &k) { return rolled.contains(k); });
    if (!rollable)
        return topItemsFromDays(metric, range, limit, extraKeys);
    auto widened = Rollups::split(m_db, metric, subjectFilter(), range, /*subtract=*/true);
    if (!widened)
        return widened.error();
    const Rollups::Split &split = *widened;
    if (split.firstMonth.isEmpty())
        return topItemsFromDays(metric, range, limit, extraKeys);
    const QString &m1 = split.firstMonth, &m2 = split.lastMonth;
    QList<DateRange> days = split.days;
    auto stale = Rollups::staleDays(m_db, metric, subjectFilter(), m1, m2);
    if (!stale)
        return stale.error();
    days += *stale;
    QString extraFromMonths, extraFromDays, extraMinus, sums;
    for (qsizetype i = 0; i < extraKeys.size(); ++i) {
        extraFromMonths += QStringLiteral(", m.extra%1 AS x%2").arg(rolled.indexOf(extraKeys[i]) + 1).arg(i);
        extraFromDays += QStringLiteral(", COALESCE(json_extract(m.metadata, '$.%1'), 0)").arg(extraKeys[i]);
        extraMinus += QStringLiteral(", -COALESCE(json_extract(m.metadata, '$.%1'), 0)").arg(extraKeys[i]);
        sums += QStringLiteral(", ROUND(CAST(SUM(x%1) AS NUMERIC), 6)").arg(i);
    }
    QString parts = QStringLiteral("SELECT m.item AS item, m.value AS v") + extraFromMonths + base(QStringLiteral("insight_metric_month"))
        + QStringLiteral("AND m.month BETWEEN :m1 AND :m2 AND ")
        + Rollups::freshMonthsSql(QStringLiteral("m"), !subjectFilter().isEmpty(), *stale);
    QVariantMap binds{{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                      {QStringLiteral("m1"), m1}, {QStringLiteral("m2"), m2}, {QStringLiteral("limit"), limit}};
    for (qsizetype i = 0; i < days.size(); ++i) {
        parts += QStringLiteral(" UNION ALL SELECT m.item, m.value") + extraFromDays + base()
            + QStringLiteral("AND m.period = 'daily' AND m.date BETWEEN :from%1 AND :to%1").arg(i);
        binds.insert(QStringLiteral("from%1").arg(i), day(days[i].from));
        binds.insert(QStringLiteral("to%1").arg(i), day(days[i].to));
    }
    for (qsizetype i = 0; i < split.minusDays.size(); ++i) {
        parts += QStringLiteral(" UNION ALL SELECT m.item, -m.value") + extraMinus + base()
            + QStringLiteral("AND m.period = 'daily' AND m.date BETWEEN :mfrom%1 AND :mto%1").arg(i);
        binds.insert(QStringLiteral("mfrom%1").arg(i), day(split.minusDays[i].from));
        binds.insert(QStringLiteral("mto%1").arg(i), day(split.minusDays[i].to));
    }
    // An item whose visitors are unknown ranks as an item of none: it shows 0 either way, and a
    // month whose known values were all overwritten by unknown ones sums to 0, not NULL.
    // An item is one of the range when it has something in it: with days subtracted, an item
    // seen only on those days sums to nothing, give or take a float's last bits, which the
    // rounding above takes off (and rows of nothing but zeros rank nowhere).
    QString having = QStringLiteral(" HAVING ABS(SUM(v)) > 1e-6");
    for (qsizetype i = 0; i < extraKeys.size(); ++i)
        having += QStringLiteral(" OR ABS(SUM(x%1)) > 1e-6").arg(i);
    auto q = run(m_db,
                 QStringLiteral("SELECT item, COALESCE(ROUND(CAST(SUM(v) AS NUMERIC), 6), 0) AS total") + sums + QStringLiteral(" FROM (") + parts
                     + QStringLiteral(") AS g GROUP BY item") + having + QStringLiteral(" ORDER BY total DESC, item LIMIT :limit"),
                 binds);
    if (!q)
        return q.error();
    return itemTotals(q.value(), extraKeys.size());
}

Result<QList<ItemTotal>> PageQuery::topItemsFromDays(const QString &metric, const DateRange &range, int limit,
                                                     const QStringList &extraKeys)
{
    QString columns, having = QStringLiteral(" HAVING ABS(SUM(m.value)) > 1e-6");
    for (qsizetype i = 0; i < extraKeys.size(); ++i) {
        const QString sum = QStringLiteral("SUM(COALESCE(json_extract(m.metadata, '$.%1'), 0))").arg(extraKeys[i]);
        columns += QStringLiteral(", %1 AS x%2").arg(sum).arg(i);
        having += QStringLiteral(" OR ABS(%1) > 1e-6").arg(sum);
    }
    auto q = run(m_db,
                 QStringLiteral("SELECT m.item, COALESCE(SUM(m.value), 0) AS total") + columns + base()
                     + QStringLiteral("AND m.date BETWEEN :from AND :to GROUP BY m.item") + having
                     + QStringLiteral(" ORDER BY total DESC, m.item LIMIT :limit"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                  {QStringLiteral("from"), day(range.from)}, {QStringLiteral("to"), day(range.to)},
                  {QStringLiteral("limit"), limit}});
    if (!q)
        return q.error();
    return itemTotals(q.value(), extraKeys.size());
}

Result<std::optional<double>> PageQuery::latestSnapshot(const QString &metric, const QDate &onOrBefore)
{
    // Per subject the newest snapshot, then summed: "stars today" over every repository.
    auto q = run(m_db,
                 QStringLiteral("SELECT SUM(v) FROM (SELECT (SELECT m2.value FROM insight_metric m2 WHERE "
                                "m2.metric_type_id = m.metric_type_id AND m2.subject = m.subject AND m2.date <= :to "
                                "ORDER BY m2.date DESC LIMIT 1) AS v")
                     + base() + QStringLiteral("AND m.date <= :to GROUP BY m.metric_type_id, m.subject) AS s"),
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
                 QStringLiteral("SELECT MAX(m.date)") + base() + QStringLiteral("AND m.date BETWEEN :from AND :to"),
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

Result<double> PageQuery::countBefore(const QString &metric, const QDate &before, const QString &except)
{
    double count = 0;
    const QStringList filters = except.isEmpty() ? QStringList{QString()} : QStringList{QString(), except};
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QString &filter = filters[i];
        auto q = run(m_db,
                     QStringLiteral("SELECT COUNT(*)") + baseOf(QStringLiteral("insight_metric"), subjectFilter(), i == 0)
                         + QStringLiteral("AND m.date < :before ") + filter,
                     {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()},
                      {QStringLiteral("before"), day(before)}});
        if (!q)
            return q.error();
        count += (i == 0 ? 1 : -1) * (q->next() ? q->value(0).toDouble() : 0.0);
    }
    return count;
}

Result<std::optional<std::pair<QDate, double>>> PageQuery::readRecord(const QString &metric, bool counts)
{
    auto q = run(m_db,
                 QStringLiteral("SELECT m.date, %1 AS total").arg(counts ? QStringLiteral("COUNT(*)") : QStringLiteral("SUM(m.value)")) + base()
                     + QStringLiteral("GROUP BY m.date ORDER BY total DESC NULLS LAST, m.date LIMIT 1"),
                 {{QStringLiteral("metric"), metric}, {QStringLiteral("subject"), subjectFilter()}});
    if (!q)
        return q.error();
    if (!q->next() || q->value(1).isNull())
        return std::optional<std::pair<QDate, double>>();
    return std::optional(std::pair{QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toDouble()});
}

Result<QStringList> PageQuery::subjects(const QStringList &metrics)
{
    // One index seek per subject (the unique key starts with metric type and subject), not a
    // DISTINCT over every row: 40,000 stars are a handful of repositories, and every page load
    // (the Overview's several) asks this. The seeks run in one statement (a recursive query):
    // one statement per subject cost a team database a round trip each, 1.5 s for the Reddit
    // page's five hundred posts.
    QStringList out;
    QSet<QString> seen;
    for (const QString &metric : metrics) {
        auto q = run(m_db, insights::subjectsOf(QLatin1String(kType)), {{QStringLiteral("metric"), metric}});
        if (!q)
            return q.error();
        while (q->next()) {
            const QString subject = q->value(0).toString();
            if (!seen.contains(subject)) {
                seen.insert(subject);
                out.append(subject);
            }
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

Result<QDate> PageQuery::firstDay(const QStringList &metrics)
{
    QDate first;
    for (const QString &metric : metrics) {
        // A chosen subject's first day is one probe of the unique key. Over every subject MIN()
        // would read every row of the type (40,000 stars: 10-20 ms on PostgreSQL, on each page
        // load), so the first day is asked of each subject in turn.
        const QString sql = subjectFilter().isEmpty()
            ? QStringLiteral("SELECT MIN((SELECT m.date FROM insight_metric m WHERE m.metric_type_id = %1 AND m.subject = s.v "
                             "ORDER BY m.date LIMIT 1)) FROM (%2) AS s")
                  .arg(QLatin1String(kType), insights::subjectsOf(QLatin1String(kType)))
            : QStringLiteral("SELECT MIN(m.date)") + base();
        auto q = run(m_db, sql,
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
