#include "databasecopy.h"

#include "dialect.h"
#include "rollups.h"
#include "scopedtransaction.h"
#include "sqlliteral.h"
#include "sqlutil.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <cmath>

namespace insights {

namespace {

// One table as the copy sees it: `select` reads it on either side with the ids of sources and
// metric types spelled as their keys, the row's key first (`keys` columns); `types` gives each
// column's kind (T text, R real, I integer) for the literals and the checksum.
struct Spec {
    const char *name;
    const char *select;
    const char *types;
    int keys;
    const char *columns;        // the target's columns, in the select's order
    const char *nullableKeys;   // key columns (1-based digits) that may be NULL
    bool reference;             // rows every database starts with: replaced by a copy, kept by a merge
};

const Spec kSpecs[] = {
    {"insight_metric",
     "SELECT t.key, m.subject, m.date, m.period, m.item, m.value, m.metadata, m.created_at, m.updated_at "
     "FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id",
     "TTTTTRTTT", 5, "metric_type_id, subject, date, period, item, value, metadata, created_at, updated_at", "", false},
    {"insight_event",
     "SELECT s.key, e.subject, e.kind, e.date, e.item, e.title, e.metadata, e.created_at "
     "FROM insight_event e JOIN insight_source s ON s.id = e.source_id",
     "TTTTTTTT", 5, "source_id, subject, kind, date, item, title, metadata, created_at", "", false},
    {"collector_state",
     "SELECT s.key, c.subject, c.key, c.value, c.updated_at FROM collector_state c JOIN insight_source s ON s.id = c.source_id",
     "TTTTT", 3, "source_id, subject, key, value, updated_at", "", false},
    {"insight_run",
     "SELECT s.key, r.subject, r.started_at, r.finished_at, r.status, r.rows_written, r.message, r.holder "
     "FROM insight_run r JOIN insight_source s ON s.id = r.source_id",
     "TTTTTITT", 5, "source_id, subject, started_at, finished_at, status, rows_written, message, holder", "", false},
    {"reddit_post", "SELECT post_id, subreddit, title, permalink, created_utc, added_at FROM reddit_post", "TTTTTT", 1,
     "post_id, subreddit, title, permalink, created_utc, added_at", "", false},
    {"insight_note", "SELECT date, subject, text, created_at, updated_at FROM insight_note", "TTTTT", 3,
     "date, subject, text, created_at, updated_at", "2", false},
    {"insight_alert",
     "SELECT rule, metric, subject, date, detail, value, baseline, cause, created_at, notified_at FROM insight_alert",
     "TTTTTRRTTT", 5, "rule, metric, subject, date, detail, value, baseline, cause, created_at, notified_at", "", false},
    {"pypi_installer_class", "SELECT installer, class, note FROM pypi_installer_class", "TTT", 1, "installer, class, note", "",
     true},
};

// The column's value in the target: ids from keys, everything else cast to its kind (a VALUES
// list's column of NULLs is text to PostgreSQL).
QString expression(const Spec &spec, int column)
{
    const QString v = QStringLiteral("v.column%1").arg(column + 1);
    const QString name = QString::fromLatin1(spec.columns).split(QStringLiteral(", ")).value(column);
    if (name == QLatin1String("metric_type_id"))
        return QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = CAST(%1 AS TEXT))").arg(v);
    if (name == QLatin1String("source_id"))
        return QStringLiteral("(SELECT id FROM insight_source WHERE key = CAST(%1 AS TEXT))").arg(v);
    switch (spec.types[column]) {
    case 'R':
        return QStringLiteral("CAST(%1 AS DOUBLE PRECISION)").arg(v);
    case 'I':
        return QStringLiteral("CAST(%1 AS INTEGER)").arg(v);
    default:
        return QStringLiteral("CAST(%1 AS TEXT)").arg(v);
    }
}

void appendLiteral(QByteArray &sql, const QVariant &value, char type)
{
    if (value.isNull()) {
        sql += "NULL";
    } else if (type == 'T') {
        appendSqlText(sql, value.toString().toUtf8());
    } else {
        const double d = value.toDouble();
        sql += std::isfinite(d) ? QByteArray::number(d, 'g', 17) : QByteArray("NULL");
    }
}

// A value as the checksum reads it, the same whichever backend answered.
QByteArray normalized(const QVariant &value, char type)
{
    if (value.isNull())
        return QByteArrayLiteral("\x01N");
    if (type == 'T')
        return value.toString().toUtf8();
    return QByteArray::number(value.toDouble(), 'g', 17);
}

Result<qint64> count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return sqlError(QStringLiteral("Cannot count %1").arg(table), q);
    return q.value(0).toLongLong();
}

const Spec *specOf(const QString &table)
{
    for (const Spec &s : kSpecs)
        if (table == QLatin1String(s.name))
            return &s;
    return nullptr;
}

// Copies `spec`'s rows: every row whose key the target lacks, 500 to a statement.
Result<qint64> copyTable(QSqlDatabase &source, QSqlDatabase &target, const Spec &spec)
{
    const int n = int(qstrlen(spec.types));
    QString exprs, match;
    for (int c = 0; c < n; ++c)
        exprs += (c ? QStringLiteral(", ") : QString()) + expression(spec, c);
    const QStringList columns = QString::fromLatin1(spec.columns).split(QStringLiteral(", "));
    for (int c = 0; c < spec.keys; ++c) {
        const bool nullable = QByteArray(spec.nullableKeys).contains(char('1' + c));
        match += QStringLiteral(" AND x.%1 %2 %3")
                     .arg(columns[c], nullable ? QStringLiteral("IS NOT DISTINCT FROM") : QStringLiteral("="), expression(spec, c));
    }
    const QByteArray head = QStringLiteral("INSERT INTO %1(%2) SELECT %3 FROM (VALUES ").arg(QLatin1String(spec.name), QLatin1String(spec.columns), exprs).toUtf8();
    const QByteArray tail = QStringLiteral(") AS v WHERE NOT EXISTS (SELECT 1 FROM %1 x WHERE true%2)").arg(QLatin1String(spec.name), match).toUtf8();
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QString::fromLatin1(spec.select)))
        return sqlError(QStringLiteral("Cannot read %1").arg(QLatin1String(spec.name)), read);
    qint64 copied = 0;
    QByteArray sql;
    int rows = 0;
    const auto flush = [&]() -> Status {
        if (rows == 0)
            return Ok{};
        QSqlQuery write(target);
        if (!write.exec(QString::fromUtf8(head + sql + tail)))
            return sqlError(QStringLiteral("Cannot copy %1").arg(QLatin1String(spec.name)), write);
        copied += write.numRowsAffected();
        sql.clear();
        rows = 0;
        return Ok{};
    };
    while (read.next()) {
        sql += rows ? ",(" : "(";
        for (int c = 0; c < n; ++c) {
            if (c)
                sql += ',';
            appendLiteral(sql, read.value(c), spec.types[c]);
        }
        sql += ')';
        if (++rows == 500)
            if (auto st = flush(); !st)
                return st.error();
    }
    if (auto st = flush(); !st)
        return st.error();
    return copied;
}

// The sources' own settings (enabled, last collected) follow the copy; a merge keeps the target's.
Status copySources(QSqlDatabase &source, QSqlDatabase &target)
{
    QSqlQuery read(source);
    if (!read.exec(QStringLiteral("SELECT key, enabled, last_collected_at FROM insight_source")))
        return sqlError(QStringLiteral("Cannot read the sources"), read);
    while (read.next()) {
        QSqlQuery write(target);
        write.prepare(QStringLiteral("UPDATE insight_source SET enabled = ?, last_collected_at = ? WHERE key = ?"));
        write.addBindValue(read.value(1).toInt());
        write.addBindValue(read.value(2).isNull() ? QVariant(QMetaType::fromType<QString>()) : read.value(2).toString());
        write.addBindValue(read.value(0).toString());
        if (auto st = execPrepared(write); !st)
            return st;
    }
    return Ok{};
}

// Every month of every summed metric marked stale, then rebuilt from the rows now there.
Status rebuildMonthlySums(QSqlDatabase &target)
{
    if (auto st = execSql(target, QStringLiteral("DELETE FROM insight_metric_month")); !st)
        return st;
    const QString types = QStringLiteral("SELECT id FROM insight_metric_type WHERE key IN ('downloads_by_version', "
                                         "'downloads_by_country', 'downloads_by_installer', 'downloads_by_type', "
                                         "'downloads_by_python', 'downloads_by_system', 'top_pages', 'top_countries')");
    if (auto st = execSql(target, QStringLiteral("INSERT INTO insight_metric_month_stale(metric_type_id, subject, month) "
                                                 "SELECT DISTINCT metric_type_id, subject, substr(date, 1, 7) FROM insight_metric "
                                                 "WHERE (period = 'daily' AND metric_type_id IN (%1)) OR (period = 'event' AND "
                                                 "metric_type_id = (SELECT id FROM insight_metric_type WHERE key = 'new_star')) "
                                                 "ON CONFLICT DO NOTHING")
                                      .arg(types));
        !st)
        return st;
    return Rollups::refresh(target);
}

} // namespace

Result<qint64> DatabaseCopy::dataRows(QSqlDatabase &db)
{
    qint64 total = 0;
    for (const Spec &spec : kSpecs) {
        if (spec.reference)
            continue;
        auto n = count(db, QLatin1String(spec.name));
        if (!n)
            return n.error();
        total += *n;
    }
    return total;
}

Result<QByteArray> DatabaseCopy::checksum(QSqlDatabase &db, const QString &table)
{
    const Spec *spec = specOf(table);
    if (!spec)
        return makeError(QStringLiteral("No checksum for %1").arg(table), Error::Kind::Storage);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(spec->select)))
        return sqlError(QStringLiteral("Cannot read %1").arg(table), q);
    const int n = int(qstrlen(spec->types));
    // Each row's SHA-256, its first 16 bytes added up: the order rows come in does not count.
    quint64 sum[2] = {0, 0};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        hash.reset();
        for (int c = 0; c < n; ++c) {
            hash.addData(normalized(q.value(c), spec->types[c]));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        const QByteArray digest = hash.result();
        sum[0] += qFromBigEndian<quint64>(digest.constData());
        sum[1] += qFromBigEndian<quint64>(digest.constData() + 8);
    }
    QByteArray out(16, Qt::Uninitialized);
    qToBigEndian(sum[0], out.data());
    qToBigEndian(sum[1], out.data() + 8);
    return out.toHex();
}

Result<DatabaseCopy::Report> DatabaseCopy::copy(QSqlDatabase &source, QSqlDatabase &target, bool merge,
                                                const std::function<void(const QString &)> &progress)
{
    Report report;
    report.merged = merge;
    ScopedTransaction tx(target);
    if (auto st = tx.begin(); !st)
        return st.error();
    if (!merge) {
        auto held = dataRows(target);
        if (!held)
            return held.error();
        if (*held > 0)
            return makeError(tr("The target already holds %n rows of data. Nothing was copied; add --merge to add this "
                                "history to it (rows it has are kept).",
                                nullptr, int(std::min<qint64>(*held, INT_MAX))),
                             Error::Kind::Storage);
        if (auto st = copySources(source, target); !st)
            return st.error();
    }
    for (const Spec &spec : kSpecs) {
        if (progress)
            progress(QLatin1String(spec.name));
        if (spec.reference && !merge)
            if (auto st = execSql(target, QStringLiteral("DELETE FROM %1").arg(QLatin1String(spec.name))); !st)
                return st.error();
        auto copied = copyTable(source, target, spec);
        if (!copied)
            return copied.error();
        Table table;
        table.name = QLatin1String(spec.name);
        table.copied = *copied;
        report.tables.append(table);
    }
    if (progress)
        progress(QStringLiteral("insight_metric_month"));
    if (auto st = rebuildMonthlySums(target); !st)
        return st.error();
    // The proof, before anything is committed: a copy that does not match is rolled back.
    for (Table &table : report.tables) {
        auto s = count(source, table.name);
        auto t = count(target, table.name);
        if (!s || !t)
            return (!s ? s : t).error();
        table.sourceRows = *s;
        table.targetRows = *t;
        if (merge) {
            if (table.targetRows < table.sourceRows)
                return makeError(tr("The merge into %1 holds %2 rows, fewer than the %3 copied from; nothing was changed.")
                                     .arg(table.name)
                                     .arg(table.targetRows)
                                     .arg(table.sourceRows),
                                 Error::Kind::Storage);
            continue;
        }
        auto a = checksum(source, table.name);
        auto b = checksum(target, table.name);
        if (!a || !b)
            return (!a ? a : b).error();
        table.sourceSum = *a;
        table.targetSum = *b;
        if (table.sourceRows != table.targetRows || table.sourceSum != table.targetSum)
            return makeError(tr("The copy of %1 does not match (%2 rows, checksum %3; copied %4 rows, checksum %5). Nothing was "
                                "changed.")
                                 .arg(table.name)
                                 .arg(table.sourceRows)
                                 .arg(QString::fromLatin1(table.sourceSum))
                                 .arg(table.targetRows)
                                 .arg(QString::fromLatin1(table.targetSum)),
                             Error::Kind::Storage);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    // A copied history is all new to the planner: statistics now, not when autovacuum comes by,
    // so the first window on it reads through its indexes (SQLite plans without them).
    if (Dialect::isPostgres(target))
        for (const char *table : {"insight_metric", "insight_metric_month", "insight_event", "reddit_post"})
            if (QSqlQuery analyze(target); !analyze.exec(QStringLiteral("ANALYZE %1").arg(QLatin1String(table))))
                qWarning("ANALYZE %s: %s", table, qPrintable(analyze.lastError().text()));
    return report;
}

} // namespace insights
