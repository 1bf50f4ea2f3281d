#include "rollups.h"

#include "dialect.h"
#include "sqlutil.h"
#include "subjectfilter.h"

#include <QHash>
#include <QSqlQuery>

namespace insights {

namespace {

const QHash<QString, QStringList> &specs()
{
    static const QHash<QString, QStringList> s = {
        {QStringLiteral("downloads_by_version"), {QStringLiteral("human"), QStringLiteral("bot")}},
        {QStringLiteral("downloads_by_country"), {}},
        {QStringLiteral("downloads_by_installer"), {}},
        {QStringLiteral("downloads_by_type"), {}},
        {QStringLiteral("downloads_by_python"), {}},
        {QStringLiteral("downloads_by_system"), {}},
        {QStringLiteral("top_pages"), {QStringLiteral("pageviews")}},
        {QStringLiteral("top_countries"), {}},
    };
    return s;
}

QString extraSum(Backend backend, const QStringList &keys, int i)
{
    return i < keys.size() ? QStringLiteral("SUM(COALESCE(%1, 0))").arg(Dialect::jsonNumber(backend, QStringLiteral("metadata"), keys[i]))
                           : QStringLiteral("NULL");
}

// SQL for a place: trimmed of spaces (SQLite's trim), a company also of leading "@" and spaces.
QString placeSql(Backend backend, const char *key)
{
    const QString value = QStringLiteral("trim(%1)").arg(Dialect::jsonText(backend, QStringLiteral("metadata"), QLatin1String(key)));
    return qstrcmp(key, "company") == 0 ? QStringLiteral("ltrim(%1, '@ ')").arg(value) : value;
}

// The same in C++: nullopt when the value is not text (the month is rebuilt in SQL instead).
std::optional<QString> placeOf(const QJsonObject &metadata, const char *key)
{
    const QJsonValue v = metadata.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return std::nullopt;
    return Rollups::place(v.toString(), qstrcmp(key, "company") == 0);
}

} // namespace

QString Rollups::place(const QString &text, bool company)
{
    qsizetype a = 0, b = text.size();
    while (a < b && text[a] == u' ')
        ++a;
    while (b > a && text[b - 1] == u' ')
        --b;
    while (company && a < b && (text[a] == u'@' || text[a] == u' '))
        ++a;
    return text.mid(a, b - a);
}

Rollups::Split Rollups::split(const DateRange &range)
{
    Split out;
    const QDate fullFrom = range.from.day() == 1 ? range.from : QDate(range.from.year(), range.from.month(), 1).addMonths(1);
    const QDate fullTo = range.to.addDays(1).day() == 1 ? range.to : QDate(range.to.year(), range.to.month(), 1).addDays(-1);
    if (fullFrom > fullTo) {
        out.days.append(range);
        return out;
    }
    out.firstMonth = fullFrom.toString(QStringLiteral("yyyy-MM"));
    out.lastMonth = fullTo.toString(QStringLiteral("yyyy-MM"));
    if (range.from < fullFrom)
        out.days.append({range.from, fullFrom.addDays(-1)});
    if (fullTo < range.to)
        out.days.append({fullTo.addDays(1), range.to});
    return out;
}

Result<Rollups::Split> Rollups::split(QSqlDatabase &db, const QString &metric, const QString &subject, const DateRange &range,
                                      bool subtract)
{
    const QDate firstOfFrom(range.from.year(), range.from.month(), 1);
    const QDate lastOfTo = QDate(range.to.year(), range.to.month(), 1).addMonths(1).addDays(-1);
    // Whether the month holds rows of the metric between `a` and `b` (index seeks only).
    const auto anyRows = [&](const QDate &a, const QDate &b) -> Result<bool> {
        const QString type = QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = :metric)");
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM insight_metric m WHERE m.metric_type_id = %1 ").arg(type)
                  + subjectFilter(type, !subject.isEmpty()) + QStringLiteral("AND m.date BETWEEN :a AND :b LIMIT 1"));
        q.bindValue(QStringLiteral(":metric"), metric);
        if (!subject.isEmpty())
            q.bindValue(QStringLiteral(":subject"), subject);
        q.bindValue(QStringLiteral(":a"), a.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":b"), b.toString(Qt::ISODate));
        if (auto st = execPrepared(q); !st)
            return st.error();
        return q.next();
    };
    DateRange widened = range;
    QList<DateRange> minus;
    if (range.from != firstOfFrom) {
        auto before = anyRows(firstOfFrom, range.from.addDays(-1));
        if (!before)
            return before.error();
        const QDate endOfFrom = firstOfFrom.addMonths(1).addDays(-1);
        const bool cheaper = subtract && endOfFrom < range.to && firstOfFrom.daysTo(range.from) < range.from.daysTo(endOfFrom) + 1;
        if (*before && cheaper)
            minus.append({firstOfFrom, range.from.addDays(-1)});
        if (!*before || cheaper)
            widened.from = firstOfFrom;
    }
    if (range.to != lastOfTo) {
        auto after = anyRows(range.to.addDays(1), lastOfTo);
        if (!after)
            return after.error();
        const QDate startOfTo(range.to.year(), range.to.month(), 1);
        const bool cheaper = subtract && startOfTo > range.from && range.to.daysTo(lastOfTo) < startOfTo.daysTo(range.to) + 1;
        if (*after && cheaper)
            minus.append({range.to.addDays(1), lastOfTo});
        if (!*after || cheaper)
            widened.to = lastOfTo;
    }
    Split out = split(widened);
    out.minusDays = minus;
    // The days outside the range that widening added hold no rows; keep the day ranges inside.
    for (DateRange &d : out.days) {
        d.from = std::max(d.from, range.from);
        d.to = std::min(d.to, range.to);
    }
    out.days.removeIf([](const DateRange &d) { return d.from > d.to; });
    return out;
}

QString Rollups::freshMonthsSql(const QString &alias, bool bySubject, const QList<DateRange> &stale)
{
    if (stale.isEmpty())
        return QStringLiteral("1 = 1");
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM insight_metric_month_stale s WHERE s.metric_type_id = %1.metric_type_id "
                          "AND s.month = %1.month%2)")
        .arg(alias, bySubject ? QStringLiteral(" AND s.subject = :subject") : QString());
}

Result<QList<DateRange>> Rollups::staleDays(QSqlDatabase &db, const QString &metric, const QString &subject,
                                            const QString &firstMonth, const QString &lastMonth)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT s.month FROM insight_metric_month_stale s WHERE s.metric_type_id = (SELECT id "
                             "FROM insight_metric_type WHERE key = ?) AND s.month BETWEEN ? AND ? %1")
                  .arg(subject.isEmpty() ? QString() : QStringLiteral("AND s.subject = ?")));
    q.addBindValue(metric);
    q.addBindValue(firstMonth);
    q.addBindValue(lastMonth);
    if (!subject.isEmpty())
        q.addBindValue(subject);
    if (auto st = execPrepared(q); !st)
        return st.error();
    QList<DateRange> out;
    while (q.next()) {
        const QDate first = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        out.append({first, first.addMonths(1).addDays(-1)});
    }
    return out;
}

bool Rollups::has(const QString &metric)
{
    return specs().contains(metric);
}

QStringList Rollups::extraKeys(const QString &metric)
{
    return specs().value(metric);
}

bool Rollups::Deltas::add(int metricTypeId, const QString &metric, const QString &subject, const QString &month,
                          const QString &item, const std::optional<double> &value, const QJsonObject &metadata)
{
    if (hasPlaces(metric)) {
        const QJsonValue gone = metadata.value(QLatin1String("unstarred_at"));
        if (!gone.isUndefined() && !gone.isNull())
            return true; // counted out: no place counts it
        const auto location = placeOf(metadata, "location");
        const auto company = placeOf(metadata, "company");
        if (!location || !company)
            return false;
        if (!m_keys.contains(metricTypeId))
            m_keys.insert(metricTypeId, {}); // places sum no metadata keys
        for (const auto &[kind, place] : {std::pair{QStringLiteral("location"), *location}, std::pair{QStringLiteral("company"), *company}})
            if (!place.isEmpty()) {
                Sums &sums = m_sums[Key{metricTypeId, subject, month, kind + kPlaceSeparator + place}];
                sums.value = sums.value.value_or(0) + 1;
            }
        return true;
    }
    // As SUM(COALESCE(json_extract(metadata, '$.key'), 0)) would: absent and null add 0; only
    // numbers can be added here (a string or a boolean: rebuild the month in SQL instead).
    auto known = m_keys.constFind(metricTypeId);
    if (known == m_keys.constEnd())
        known = m_keys.insert(metricTypeId, extraKeys(metric));
    const QStringList &keys = *known;
    double extra[2] = {0, 0};
    for (qsizetype i = 0; i < keys.size() && i < 2; ++i) {
        const QJsonValue v = metadata.value(keys[i]);
        if (v.isDouble())
            extra[i] = v.toDouble();
        else if (!v.isUndefined() && !v.isNull())
            return false;
    }
    Sums &sums = m_sums[Key{metricTypeId, subject, month, item}];
    if (value)
        sums.value = sums.value.value_or(0) + *value;
    sums.extra[0] += extra[0];
    sums.extra[1] += extra[1];
    return true;
}

Status Rollups::Deltas::apply(QSqlDatabase &db)
{
    if (m_sums.isEmpty())
        return Ok{};
    if (Dialect::isPostgres(db))
        return applyPostgres(db);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO insight_metric_month(metric_type_id, month, subject, item, value, extra1, extra2) "
            "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(metric_type_id, month, subject, item) DO UPDATE SET "
            "value = CASE WHEN excluded.value IS NULL THEN insight_metric_month.value WHEN insight_metric_month.value IS NULL "
            "THEN excluded.value ELSE insight_metric_month.value + excluded.value END, "
            "extra1 = insight_metric_month.extra1 + excluded.extra1, extra2 = insight_metric_month.extra2 + excluded.extra2")))
        return sqlError(QStringLiteral("Cannot add to the monthly sums"), q);
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it) {
        const int extras = int(m_keys.value(it.key().metricTypeId).size());
        q.bindValue(0, it.key().metricTypeId);
        q.bindValue(1, it.key().month);
        q.bindValue(2, sqlText(it.key().subject));
        q.bindValue(3, sqlText(it.key().item));
        q.bindValue(4, it->value ? QVariant(*it->value) : QVariant(QMetaType::fromType<double>()));
        q.bindValue(5, extras > 0 ? QVariant(it->extra[0]) : QVariant(QMetaType::fromType<double>()));
        q.bindValue(6, extras > 1 ? QVariant(it->extra[1]) : QVariant(QMetaType::fromType<double>()));
        if (auto st = execPrepared(q); !st)
            return st;
    }
    m_sums.clear();
    return Ok{};
}

Status Rollups::markStale(QSqlDatabase &db, const QList<Month> &months)
{
    if (months.isEmpty())
        return Ok{};
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO insight_metric_month_stale(metric_type_id, subject, month) VALUES(?, ?, ?) ON CONFLICT DO NOTHING")))
        return sqlError(QStringLiteral("Cannot mark monthly sums stale"), q);
    for (const Month &m : months) {
        q.bindValue(0, m.metricTypeId);
        q.bindValue(1, sqlText(m.subject));
        q.bindValue(2, m.month);
        if (auto st = execPrepared(q); !st)
            return st;
    }
    return Ok{};
}

Status Rollups::refresh(QSqlDatabase &db)
{
    QList<std::pair<Month, QString>> stale;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT s.metric_type_id, s.subject, s.month, t.key FROM insight_metric_month_stale s "
                                   "JOIN insight_metric_type t ON t.id = s.metric_type_id")))
            return sqlError(QStringLiteral("Cannot read the stale monthly sums"), q);
        while (q.next())
            stale.append({Month{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()}, q.value(3).toString()});
    }
    const Backend backend = Dialect::of(db);
    for (const auto &[month, metric] : std::as_const(stale)) {
        const QStringList keys = extraKeys(metric);
        // The month's own type and subject are bound, not selected: PostgreSQL groups strictly.
        QString insert = QStringLiteral("INSERT INTO insight_metric_month(metric_type_id, month, subject, item, value, extra1, extra2) "
                                        "SELECT CAST(:type0 AS INTEGER), :month0, :subject0, item, SUM(value), %1, %2 FROM insight_metric "
                                        "WHERE metric_type_id = :type AND subject = :subject AND date BETWEEN :first AND :last "
                                        "AND period = 'daily' GROUP BY item")
                             .arg(extraSum(backend, keys, 0), extraSum(backend, keys, 1));
        if (hasPlaces(metric)) {
            QStringList parts;
            for (const char *kind : {"location", "company"})
                parts << QStringLiteral("SELECT CAST(:type0 AS INTEGER), :month0, :subject0, '%1' || %4 || %2 AS place, COUNT(*), "
                                        "CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION) "
                                        "FROM insight_metric WHERE metric_type_id = :type AND subject = :subject AND date BETWEEN "
                                        ":first AND :last AND period = 'event' AND %3 IS NULL "
                                        "AND %2 <> '' GROUP BY place")
                             .arg(QLatin1String(kind), placeSql(backend, kind),
                                  Dialect::jsonText(backend, QStringLiteral("metadata"), QStringLiteral("unstarred_at")),
                                  Dialect::unitSeparator(backend));
            insert = QStringLiteral("INSERT INTO insight_metric_month(metric_type_id, month, subject, item, value, extra1, extra2) ")
                + parts.join(QStringLiteral(" UNION ALL "));
        }
        for (const QString &sql :
             {QStringLiteral("DELETE FROM insight_metric_month WHERE metric_type_id = :type AND month = :month AND subject = :subject"),
              insert,
              QStringLiteral("DELETE FROM insight_metric_month_stale WHERE metric_type_id = :type AND month = :month AND "
                             "subject = :subject")}) {
            QSqlQuery q(db);
            if (!q.prepare(sql))
                return sqlError(QStringLiteral("Cannot rebuild the monthly sums"), q);
            q.bindValue(QStringLiteral(":type"), month.metricTypeId);
            q.bindValue(QStringLiteral(":month"), month.month);
            q.bindValue(QStringLiteral(":subject"), sqlText(month.subject));
            if (sql.contains(QLatin1String(":type0"))) {
                q.bindValue(QStringLiteral(":type0"), month.metricTypeId);
                q.bindValue(QStringLiteral(":month0"), month.month);
                q.bindValue(QStringLiteral(":subject0"), sqlText(month.subject));
            }
            if (sql.contains(QLatin1String(":first"))) {
                q.bindValue(QStringLiteral(":first"), QString(month.month + QStringLiteral("-01")));
                q.bindValue(QStringLiteral(":last"), QString(month.month + QStringLiteral("-31")));
            }
            if (auto st = execPrepared(q); !st)
                return st;
        }
    }
    return Ok{};
}

} // namespace insights
