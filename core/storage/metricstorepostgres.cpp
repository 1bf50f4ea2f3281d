// MetricStore's rows on PostgreSQL: the same upsert as SQLite's (a row is touched only when its
// figure or metadata moved), sent as INSERT … SELECT FROM unnest(…) ON CONFLICT statements of up
// to kPostgresRows rows: one round trip per statement, not one per row, and each column one array
// literal, which the server reads in one pass (a VALUES list of as many rows is parsed and
// planned expression by expression: it took the server about as long as the writes themselves).
// PostgreSQL refuses to update one row twice in one statement, so a statement ends where a key
// repeats: the second write then sees the first, as SQLite's row-by-row upsert does.
// RETURNING (xmax = 0) tells a new row from a changed one, which is what the monthly sums need
// (SQLite's path reads it from the rowids); the statement answers with the two counts only.
// Each statement is built on a second thread while the server runs the one before.
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
#include <future>
#include <vector>

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

// One statement of the batch: its SQL, how many rows it writes, and those of its rows that feed
// monthly sums (with their months).
struct Statement {
    QByteArray sql;
    int rows = 0;
    QList<std::pair<const MetricRow *, Rollups::Month>> rolled;
};

// The statement that writes rows from `at` on: up to kPostgresRows rows of one `overwrite` kind,
// ending before a key repeats. Reads nothing but its arguments (it runs beside the statement
// before it; `typeIds` were looked up beforehand).
Statement buildStatement(const QList<MetricRow> &rows, const std::vector<int> &typeIds, qsizetype at,
                         MetadataAhead &metadata, const QByteArray &quotedStamp)
{
    Statement st;
    if (at >= rows.size())
        return st;
    const bool overwrite = rows[at].overwrite;
    Columns c;
    QSet<QByteArray> seen;
    int n = 0;
    for (; at + n < rows.size() && n < kPostgresRows && rows[at + n].overwrite == overwrite; ++n) {
        const MetricRow &row = rows[at + n];
        const int id = typeIds[size_t(at + n)];
        const QByteArray date = row.date.toString(Qt::ISODate).toLatin1();
        const QByteArray subject = sqlText(row.subject).toUtf8(), item = sqlText(row.item).toUtf8();
        const QByteArray period = periodName(row.period).toLatin1();
        QByteArray key = QByteArray::number(id) + '\x1f' + date + '\x1f' + period + '\x1f' + subject + '\x1f' + item;
        if (seen.contains(key))
            break; // the same row again: the next statement writes it over this one
        seen.insert(key);
        if (row.period == Period::Daily ? Rollups::has(row.metric) : Rollups::hasPlaces(row.metric))
            st.rolled.append({&row, Rollups::Month{id, row.subject, QString::fromLatin1(date.left(7))}});
        appendArrayText(c.date, date);
        c.type += (n ? "," : "") + QByteArray::number(id);
        appendArrayText(c.subject, subject);
        appendArrayText(c.item, item);
        appendArrayNumber(c.value, row.value);
        appendArrayText(c.period, period);
        if (row.metadata.isEmpty())
            c.metadata += n ? ",NULL" : "NULL";
        else
            appendArrayText(c.metadata, metadata.text(at + n));
    }
    st.rows = n;
    // The rows written come back as two counts, not a row each: changed, and of those new.
    QByteArray &sql = st.sql;
    sql = "WITH w AS (INSERT INTO insight_metric(date, metric_type_id, subject, item, value, period, metadata, created_at, "
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
    sql += " RETURNING (xmax = 0) AS new) SELECT count(*), count(*) FILTER (WHERE new) FROM w";
    return st;
}

} // namespace

Status MetricStore::writeRowsPostgres(const QList<MetricRow> &rows, const QByteArray &stamp, WriteCounts &counts)
{
    // What needs this connection first, so that the statements can be built on a second thread:
    // each statement is built while the server runs the one before (building took a tenth of the
    // time, most of it while the client waited on the server).
    std::vector<int> typeIds;
    typeIds.reserve(size_t(rows.size()));
    for (const MetricRow &row : rows) {
        auto id = metricTypeId(row.metric);
        if (!id)
            return id.error();
        if (!row.date.isValid())
            return makeError(QStringLiteral("Refusing to store %1 for %2 without a valid date").arg(row.metric, row.subject),
                             Error::Kind::Storage);
        typeIds.push_back(*id);
    }
    MetadataAhead metadata(rows);
    QByteArray quotedStamp;
    appendSqlText(quotedStamp, stamp);
    const auto build = [&](qsizetype from) { return buildStatement(rows, typeIds, from, metadata, quotedStamp); };
    const bool ahead = rows.size() > kPostgresRows; // one statement: nothing to overlap
    std::future<Statement> next = std::async(ahead ? std::launch::async : std::launch::deferred, build, qsizetype(0));
    qsizetype at = 0;
    while (at < rows.size()) {
        const Statement statement = next.get();
        at += statement.rows;
        if (at < rows.size())
            next = std::async(std::launch::async, build, at);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromUtf8(statement.sql)) || !q.next())
            return sqlError(QStringLiteral("Cannot write %1 rows").arg(statement.rows), q);
        const int changed = q.value(0).toInt(), inserted = q.value(1).toInt();
        counts.changed += changed;
        // As on SQLite: a statement whose rows were all new adds them to their months' sums;
        // anything else has its months rebuilt from the rows.
        const bool allNew = inserted == statement.rows;
        for (const auto &[row, month] : statement.rolled) {
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
