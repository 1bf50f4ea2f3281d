// MetricStore's rows on PostgreSQL: the same upsert as SQLite's (a row is touched only when its
// figure or metadata moved), sent as INSERT … SELECT FROM unnest(…) ON CONFLICT statements of up
// to kPostgresRows rows: one round trip per statement, not one per row, and each column one array
// literal, which the server reads in one pass (a VALUES list of as many rows is parsed and
// planned expression by expression: it took the server about as long as the writes themselves).
// PostgreSQL refuses to update one row twice in one statement, so a statement ends where a key
// repeats: the second write then sees the first, as SQLite's row-by-row upsert does.
// RETURNING (xmax = 0) tells a new row from a changed one, which is what the monthly sums need
// (SQLite's path reads it from the rowids).
// The monthly sums the new rows add to go the same way (Rollups::Deltas::applyPostgres): a year of
// rows touches ~12,000 (type, month, subject, item) sums, and one statement each spent more time in
// round trips than the server spent on them.
#include "metricstore.h"
#include "metadataahead.h"
#include "rollups.h"
#include "sqlliteral.h"
#include "sqlutil.h"

#include <QSet>
#include <cmath>

namespace insights {

namespace {

constexpr int kPostgresRows = 2000;

// One element of an array literal: double-quoted, with `"` and `\` escaped (array_in's rules).
void appendArrayText(QByteArray &array, const QByteArray &utf8)
{
    array += array.size() > 1 ? ",\"" : "\"";
    for (const char c : utf8) {
        if (c == '"' || c == '\\')
            array += '\\';
        array += c;
    }
    array += '"';
}

void appendArrayNumber(QByteArray &array, const std::optional<double> &value)
{
    if (array.size() > 1)
        array += ',';
    if (!value || std::isnan(*value))
        array += "NULL"; // as SQLite stores a NaN
    else if (std::isinf(*value))
        array += *value > 0 ? "Infinity" : "-Infinity";
    else
        array += QByteArray::number(*value, 'g', 17);
}

// The statement's columns, each an array literal being written ("{" … "}").
struct Columns {
    QByteArray date = "{", type = "{", subject = "{", item = "{", value = "{", period = "{", metadata = "{";
};

} // namespace

Status MetricStore::writeRowsPostgres(const QList<MetricRow> &rows, const QByteArray &stamp, WriteCounts &counts)
{
    MetadataAhead metadata(rows);
    QByteArray quotedStamp;
    appendSqlText(quotedStamp, stamp);
    QList<std::pair<const MetricRow *, Rollups::Month>> rolled;
    QSet<QByteArray> seen;
    qsizetype at = 0;
    while (at < rows.size()) {
        const bool overwrite = rows[at].overwrite;
        Columns c;
        rolled.clear();
        seen.clear();
        int n = 0;
        for (; at + n < rows.size() && n < kPostgresRows && rows[at + n].overwrite == overwrite; ++n) {
            const MetricRow &row = rows[at + n];
            auto id = metricTypeId(row.metric);
            if (!id)
                return id.error();
            if (!row.date.isValid())
                return makeError(QStringLiteral("Refusing to store %1 for %2 without a valid date").arg(row.metric, row.subject),
                                 Error::Kind::Storage);
            const QByteArray date = row.date.toString(Qt::ISODate).toLatin1();
            const QByteArray subject = sqlText(row.subject).toUtf8(), item = sqlText(row.item).toUtf8();
            const QByteArray period = periodName(row.period).toLatin1();
            QByteArray key = QByteArray::number(*id) + '\x1f' + date + '\x1f' + period + '\x1f' + subject + '\x1f' + item;
            if (seen.contains(key))
                break; // the same row again: the next statement writes it over this one
            seen.insert(key);
            if (row.period == Period::Daily ? Rollups::has(row.metric) : Rollups::hasPlaces(row.metric))
                rolled.append({&row, Rollups::Month{*id, row.subject, QString::fromLatin1(date.left(7))}});
            appendArrayText(c.date, date);
            c.type += (n ? "," : "") + QByteArray::number(*id);
            appendArrayText(c.subject, subject);
            appendArrayText(c.item, item);
            appendArrayNumber(c.value, row.value);
            appendArrayText(c.period, period);
            if (row.metadata.isEmpty())
                c.metadata += n ? ",NULL" : "NULL";
            else
                appendArrayText(c.metadata, metadata.text(at + n));
        }
        QByteArray sql = "INSERT INTO insight_metric(date, metric_type_id, subject, item, value, period, metadata, created_at, "
                         "updated_at) SELECT d, t, s, i, v, p, m, ";
        sql += quotedStamp + ',' + quotedStamp + " FROM unnest(";
        const std::pair<QByteArray *, const char *> arrays[] = {{&c.date, "text"},     {&c.type, "integer"},
                                                                {&c.subject, "text"},  {&c.item, "text"},
                                                                {&c.value, "float8"},  {&c.period, "text"},
                                                                {&c.metadata, "text"}};
        for (const auto &[array, type] : arrays) {
            *array += '}';
            if (array != &c.date)
                sql += ',';
            appendSqlText(sql, *array);
            sql += "::";
            sql += type;
            sql += "[]";
        }
        sql += ") AS r(d, t, s, i, v, p, m)";
        sql += " ON CONFLICT(metric_type_id, subject, date, period, item) DO UPDATE SET value = excluded.value, "
               "metadata = excluded.metadata, updated_at = excluded.updated_at WHERE ";
        sql += overwrite ? "insight_metric.value IS DISTINCT FROM excluded.value OR insight_metric.metadata IS DISTINCT FROM "
                           "excluded.metadata"
                         : "false";
        sql += " RETURNING (xmax = 0)";
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromUtf8(sql)))
            return sqlError(QStringLiteral("Cannot write %1 rows").arg(n), q);
        int changed = 0, inserted = 0;
        while (q.next()) {
            ++changed;
            inserted += q.value(0).toBool() ? 1 : 0;
        }
        counts.changed += changed;
        at += n;
        // As on SQLite: a statement whose rows were all new adds them to their months' sums;
        // anything else has its months rebuilt from the rows.
        const bool allNew = inserted == n;
        for (const auto &[row, month] : std::as_const(rolled)) {
            if (changed == 0)
                break;
            if (allNew && !m_touchedMonths.contains(month)
                && m_deltas.add(month.metricTypeId, row->metric, row->subject, month.month, row->item, row->value, row->metadata))
                continue;
            m_touchedMonths.insert(month);
        }
    }
    return Ok{};
}

Status Rollups::Deltas::applyPostgres(QSqlDatabase &db)
{
    QSet<QByteArray> seen; // a statement may touch a sum once
    auto it = m_sums.cbegin();
    while (it != m_sums.cend()) {
        QByteArray type = "{", month = "{", subject = "{", item = "{", value = "{", extra1 = "{", extra2 = "{";
        seen.clear();
        for (int n = 0; it != m_sums.cend() && n < kPostgresRows; ++it, ++n) {
            const QByteArray subjectText = sqlText(it.key().subject).toUtf8(), itemText = sqlText(it.key().item).toUtf8();
            const QByteArray key = QByteArray::number(it.key().metricTypeId) + '\x1f' + it.key().month.toUtf8() + '\x1f'
                + subjectText + '\x1f' + itemText;
            if (seen.contains(key))
                break;
            seen.insert(key);
            const qsizetype extras = m_keys.value(it.key().metricTypeId).size();
            type += (n ? "," : "") + QByteArray::number(it.key().metricTypeId);
            appendArrayText(month, it.key().month.toUtf8());
            appendArrayText(subject, subjectText);
            appendArrayText(item, itemText);
            appendArrayNumber(value, it->value);
            appendArrayNumber(extra1, extras > 0 ? std::optional<double>(it->extra[0]) : std::nullopt);
            appendArrayNumber(extra2, extras > 1 ? std::optional<double>(it->extra[1]) : std::nullopt);
        }
        QByteArray sql = "INSERT INTO insight_metric_month(metric_type_id, month, subject, item, value, extra1, extra2) "
                         "SELECT * FROM unnest(";
        const std::pair<QByteArray *, const char *> arrays[] = {{&type, "integer"}, {&month, "text"},   {&subject, "text"},
                                                                {&item, "text"},    {&value, "float8"}, {&extra1, "float8"},
                                                                {&extra2, "float8"}};
        for (const auto &[array, arrayType] : arrays) {
            *array += '}';
            if (array != &type)
                sql += ',';
            appendSqlText(sql, *array);
            sql += "::";
            sql += arrayType;
            sql += "[]";
        }
        // As SQLite's statement (rollups.cpp): NULL plus a figure is the figure.
        sql += ") ON CONFLICT(metric_type_id, month, subject, item) DO UPDATE SET value = CASE WHEN excluded.value IS NULL "
               "THEN insight_metric_month.value WHEN insight_metric_month.value IS NULL THEN excluded.value ELSE "
               "insight_metric_month.value + excluded.value END, extra1 = insight_metric_month.extra1 + excluded.extra1, "
               "extra2 = insight_metric_month.extra2 + excluded.extra2";
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql)))
            return sqlError(QStringLiteral("Cannot add to the monthly sums"), q);
    }
    m_sums.clear();
    return Ok{};
}

} // namespace insights
