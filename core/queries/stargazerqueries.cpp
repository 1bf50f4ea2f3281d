#include "stargazerqueries.h"

#include "subjectfilter.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights {

StargazerQueries::StargazerQueries(QSqlDatabase &db, QString subject) : m_db(db), m_subject(std::move(subject)) {}

QString StargazerQueries::where() const
{
    // Range and subjects in the unique key's terms, so only the range's stars are read.
    const QString type = QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = 'new_star')");
    return QStringLiteral("m.metric_type_id = %1 ").arg(type) + subjectFilter(type, !m_subject.isEmpty())
        + QStringLiteral("AND m.date BETWEEN :from AND :to AND m.period = 'event' "
                         "AND json_extract(m.metadata, '$.unstarred_at') IS NULL");
}

void StargazerQueries::bindRange(QSqlQuery &q, const DateRange &range) const
{
    if (!m_subject.isEmpty())
        q.bindValue(QStringLiteral(":subject"), m_subject);
    q.bindValue(QStringLiteral(":from"), range.from.isValid() ? range.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    q.bindValue(QStringLiteral(":to"), range.to.isValid() ? range.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
}

Result<int> StargazerQueries::count(const DateRange &range)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM insight_metric m WHERE ") + where());
    bindRange(q, range);
    if (auto st = execPrepared(q); !st)
        return st.error();
    q.next();
    return q.value(0).toInt();
}

Result<QList<RankedValue>> StargazerQueries::top(const char *field, bool stripAt, const DateRange &range, int limit)
{
    // The grouping key ignores case, outer spaces and (for companies) a leading "@"; the value
    // shown is the spelling most stargazers used.
    const QString value = QStringLiteral("trim(json_extract(m.metadata, '$.%1'))").arg(QLatin1String(field));
    const QString key = stripAt ? QStringLiteral("lower(ltrim(%1, '@ '))").arg(value) : QStringLiteral("lower(%1)").arg(value);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(R"(
        WITH spelled AS (SELECT %1 AS k, %2 AS shown, COUNT(*) AS n FROM insight_metric m WHERE %3 AND %1 <> ''
                         GROUP BY k, shown),
             best AS (SELECT shown, SUM(n) OVER (PARTITION BY k) AS total,
                             ROW_NUMBER() OVER (PARTITION BY k ORDER BY n DESC, shown) AS r FROM spelled)
        SELECT shown, total FROM best WHERE r = 1 ORDER BY total DESC, shown LIMIT :limit)")
                  .arg(key, stripAt ? QStringLiteral("ltrim(%1, '@ ')").arg(value) : value, where()));
    bindRange(q, range);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto st = execPrepared(q); !st)
        return st.error();
    QList<RankedValue> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

Result<QList<RankedValue>> StargazerQueries::topLocations(const DateRange &range, int limit)
{
    return top("location", false, range, limit);
}

Result<QList<RankedValue>> StargazerQueries::topCompanies(const DateRange &range, int limit)
{
    return top("company", true, range, limit);
}

Result<QList<AgeBucket>> StargazerQueries::accountAges(const DateRange &range)
{
    QList<AgeBucket> buckets{{tr("< 1 month"), 0, 30, 0},      {tr("1–6 months"), 30, 183, 0},
                             {tr("6–12 months"), 183, 365, 0}, {tr("1–2 years"), 365, 730, 0},
                             {tr("2–5 years"), 730, 1826, 0},  {tr("5–10 years"), 1826, 3652, 0},
                             {tr("10+ years"), 3652, 0, 0},    {tr("unknown"), -1, 0, 0}};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json_extract(m.metadata, '$.account_age_days') AS age, COUNT(*) "
                             "FROM insight_metric m WHERE %1 GROUP BY age")
                  .arg(where()));
    bindRange(q, range);
    if (auto st = execPrepared(q); !st)
        return st.error();
    while (q.next()) {
        const int n = q.value(1).toInt();
        if (q.value(0).isNull()) {
            buckets.last().count += n;
            continue;
        }
        const qint64 days = q.value(0).toLongLong();
        for (AgeBucket &b : buckets)
            if (b.minDays >= 0 && days >= b.minDays && (b.maxDays == 0 || days < b.maxDays)) {
                b.count += n;
                break;
            }
    }
    return buckets;
}

Result<QList<StargazerProfile>> StargazerQueries::newest(const DateRange &range, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(R"(
        SELECT json_extract(m.metadata, '$.username'), json_extract(m.metadata, '$.name'),
               json_extract(m.metadata, '$.location'), json_extract(m.metadata, '$.company'),
               json_extract(m.metadata, '$.followers'), json_extract(m.metadata, '$.starred_at'),
               json_extract(m.metadata, '$.star_number')
        FROM insight_metric m WHERE %1
        ORDER BY m.date DESC, json_extract(m.metadata, '$.starred_at') DESC LIMIT :limit)")
                  .arg(where()));
    bindRange(q, range);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto st = execPrepared(q); !st)
        return st.error();
    QList<StargazerProfile> out;
    while (q.next()) {
        StargazerProfile p;
        p.login = q.value(0).toString();
        p.name = q.value(1).toString();
        p.location = q.value(2).toString();
        p.company = q.value(3).toString();
        if (!q.value(4).isNull())
            p.followers = q.value(4).toLongLong();
        p.starredAt = parseIsoUtc(q.value(5).toString());
        p.starNumber = q.value(6).toInt();
        out.append(p);
    }
    return out;
}

} // namespace insights
