#include "metricstore.h"

#include "dialect.h"
#include "metadataahead.h"
#include "rollups.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QSet>
#include <cstdio>

namespace insights {

namespace {

QVariant metadataValue(const QJsonObject &metadata)
{
    if (metadata.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}

// The upsert only touches a row when something changed, so updated_at means "the figure moved"
// and a re-run that brings nothing new writes nothing. Rows go kRowsPerStatement at a time
// through one multi-row statement (one pass through the table's and indexes' cursors instead
// of one per row); ?1 is the time stamp, then 7 values per row.
constexpr int kRowsPerStatement = 64;
constexpr int kValuesPerRow = 7;

const QByteArray &periodText(Period period)
{
    static const QByteArray names[] = {periodName(Period::Daily).toLatin1(), periodName(Period::Snapshot).toLatin1(),
                                       periodName(Period::Event).toLatin1(), periodName(Period::Cumulative).toLatin1()};
    return names[int(period)];
}

QByteArray upsertSql(int rows, bool overwrite)
{
    QByteArray sql = "INSERT INTO insight_metric(date, metric_type_id, subject, item, value, period, metadata, created_at, "
                     "updated_at) VALUES";
    for (int r = 0; r < rows; ++r) {
        const int p = 2 + r * kValuesPerRow;
        sql += (r ? ",(" : "(");
        for (int v = 0; v < kValuesPerRow; ++v)
            sql += '?' + QByteArray::number(p + v) + ',';
        sql += "?1,?1)";
    }
    sql += " ON CONFLICT(metric_type_id, subject, date, period, item) DO UPDATE SET value = excluded.value, "
           "metadata = excluded.metadata, updated_at = excluded.updated_at WHERE ";
    sql += overwrite ? "value IS NOT excluded.value OR metadata IS NOT excluded.metadata" : "0";
    return sql;
}

constexpr const char *kSnapshotItemsSql = R"(
    SELECT item FROM insight_metric
    WHERE metric_type_id = ? AND subject = ? AND date = ? AND period = 'snapshot')";

constexpr const char *kDeleteItemSql = R"(
    DELETE FROM insight_metric
    WHERE metric_type_id = ? AND subject = ? AND date = ? AND period = 'snapshot' AND item = ?)";

constexpr const char *kUpsertEventSql = R"(
    INSERT INTO insight_event(date, source_id, subject, kind, item, title, metadata, created_at)
    VALUES(?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(source_id, subject, kind, date, item) DO UPDATE SET
        title = excluded.title, metadata = excluded.metadata
    WHERE insight_event.title IS DISTINCT FROM excluded.title OR insight_event.metadata IS DISTINCT FROM excluded.metadata)";

constexpr const char *kStateSql = R"(
    INSERT INTO collector_state(source_id, subject, key, value, updated_at) VALUES(?, ?, ?, ?, ?)
    ON CONFLICT(source_id, subject, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at)";

} // namespace

MetricStore::MetricStore(QSqlDatabase &db) : m_db(db) {}

Result<QSqlQuery *> MetricStore::statement(std::optional<QSqlQuery> &slot, const char *sql)
{
    if (!slot) {
        auto q = prepareSql(m_db, QString::fromUtf8(sql));
        if (!q)
            return q.error();
        slot = std::move(q).value();
    }
    return &*slot;
}

Result<int> MetricStore::metricTypeId(const QString &key)
{
    if (auto it = m_typeIds.constFind(key); it != m_typeIds.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM insight_metric_type WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot look up metric type %1").arg(key), q);
    if (!q.next())
        return makeError(QStringLiteral("Unknown metric type \"%1\" (schema out of date?)").arg(key), Error::Kind::Storage);
    return m_typeIds[key] = q.value(0).toInt();
}

Result<int> MetricStore::sourceId(const QString &key)
{
    if (auto it = m_sourceIds.constFind(key); it != m_sourceIds.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM insight_source WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot look up source %1").arg(key), q);
    if (!q.next())
        return makeError(QStringLiteral("Unknown source \"%1\"").arg(key), Error::Kind::Storage);
    return m_sourceIds[key] = q.value(0).toInt();
}

Result<SqliteStatement *> MetricStore::upsertStatement(int rows, bool overwrite)
{
    std::optional<SqliteStatement> &slot = m_upserts[overwrite ? 1 : 0][rows == 1 ? 0 : 1];
    if (!slot) {
        auto prepared = SqliteStatement::prepare(m_db, upsertSql(rows, overwrite).constData());
        if (!prepared)
            return prepared.error();
        slot = std::move(prepared).value();
    }
    return &*slot;
}

Status MetricStore::writeRows(const QList<MetricRow> &rows, const QByteArray &stamp, WriteCounts &counts)
{
    if (Dialect::isPostgres(m_db))
        return writeRowsPostgres(rows, stamp, counts);
    MetadataAhead metadata(rows);
    QList<QByteArray> texts; // alive until the statement has run
    QList<std::pair<const MetricRow *, Rollups::Month>> rolled; // this statement's rows with monthly sums
    if (m_maxRowid < 0) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM insight_metric")) || !q.next())
            return sqlError(QStringLiteral("Cannot read the table's size"), q);
        m_maxRowid = q.value(0).toLongLong();
    }
    QString lastMetric, lastSubject;
    QByteArray lastSubjectUtf8;
    char dates[kRowsPerStatement][16];
    int typeId = 0;
    bool sumsDaily = false, sumsEvents = false; // rows of this metric feed monthly sums
    qsizetype at = 0;
    while (at < rows.size()) {
        const bool overwrite = rows[at].overwrite;
        qsizetype run = 1;
        while (run < kRowsPerStatement && at + run < rows.size() && rows[at + run].overwrite == overwrite)
            ++run;
        const int n = run == kRowsPerStatement ? kRowsPerStatement : 1;
        auto statement = upsertStatement(n, overwrite);
        if (!statement)
            return statement.error();
        SqliteStatement &upsert = **statement;
        texts.clear();
        texts.reserve(n * 3);
        rolled.clear();
        lastSubject = QString();
        lastSubjectUtf8 = QByteArray();
        upsert.bindText(1, stamp);
        for (int r = 0; r < n; ++r) {
            const MetricRow &row = rows[at + r];
            if (row.metric != lastMetric) {
                auto id = metricTypeId(row.metric);
                if (!id)
                    return id.error();
                lastMetric = row.metric;
                typeId = *id;
                sumsDaily = Rollups::has(row.metric);
                sumsEvents = Rollups::hasPlaces(row.metric);
            }
            if (!row.date.isValid())
                return makeError(QStringLiteral("Refusing to store %1 for %2 without a valid date").arg(row.metric, row.subject),
                                 Error::Kind::Storage);
            char *date = dates[r];
            std::snprintf(date, 16, "%04d-%02d-%02d", row.date.year(), row.date.month(), row.date.day());
            if (row.period == Period::Daily ? sumsDaily : sumsEvents)
                rolled.append({&row, Rollups::Month{typeId, row.subject, QString::fromLatin1(date, 7)}});
            const int p = 2 + r * kValuesPerRow;
            upsert.bindText(p, QByteArray::fromRawData(date, 10));
            upsert.bindInt(p + 1, typeId);
            if (row.subject != lastSubject) {
                lastSubject = row.subject;
                texts.append(row.subject.toUtf8());
                lastSubjectUtf8 = texts.last();
            }
            upsert.bindText(p + 2, lastSubjectUtf8);
            texts.append(row.item.toUtf8());
            upsert.bindText(p + 3, texts.last());
            if (row.value)
                upsert.bindDouble(p + 4, *row.value);
            else
                upsert.bindNull(p + 4);
            upsert.bindText(p + 5, periodText(row.period));
            if (row.metadata.isEmpty()) {
                upsert.bindNull(p + 6);
            } else {
                texts.append(metadata.text(at + r));
                upsert.bindText(p + 6, texts.last());
            }
        }
        auto changed = upsert.exec();
        if (!changed)
            return changed.error();
        counts.changed += *changed;
        at += n;
        // Rowids count up from the largest: n changes ending at max + n are n new rows, whose
        // figures add to their months' sums. Anything else (a row replaced, or left as it was)
        // has its month rebuilt from the rows.
        const qint64 last = upsert.lastInsertRowid();
        const bool allNew = *changed == n && last == m_maxRowid + n;
        m_maxRowid = std::max(m_maxRowid, last);
        for (const auto &[row, month] : std::as_const(rolled)) {
            if (*changed == 0)
                break; // every row was there already, as it is
            if (allNew && !m_touchedMonths.contains(month)
                && m_deltas.add(month.metricTypeId, row->metric, row->subject, month.month, row->item, row->value, row->metadata))
                continue;
            m_touchedMonths.insert(month);
        }
    }
    return Ok{};
}

Status MetricStore::replaceSnapshot(const SnapshotSet &set, const QString &stamp, WriteCounts &counts)
{
    auto typeId = metricTypeId(set.metric);
    if (!typeId)
        return typeId.error();
    const QString date = set.date.toString(Qt::ISODate);

    QSet<QString> stale;
    {
        auto q = statement(m_snapshotItems, kSnapshotItemsSql);
        if (!q)
            return q.error();
        QSqlQuery &items = **q;
        items.bindValue(0, *typeId);
        items.bindValue(1, sqlText(set.subject));
        items.bindValue(2, date);
        if (auto st = execPrepared(items); !st)
            return st;
        while (items.next())
            stale.insert(items.value(0).toString());
        items.finish();
    }
    QList<MetricRow> rows;
    for (MetricRow row : set.rows) {
        row.metric = set.metric;
        row.subject = set.subject;
        row.date = set.date;
        row.period = Period::Snapshot;
        stale.remove(sqlText(row.item));
        rows.append(std::move(row));
    }
    if (auto st = writeRows(rows, stamp.toUtf8(), counts); !st)
        return st;
    for (const QString &item : std::as_const(stale)) {
        auto q = statement(m_deleteItem, kDeleteItemSql);
        if (!q)
            return q.error();
        QSqlQuery &del = **q;
        del.bindValue(0, *typeId);
        del.bindValue(1, sqlText(set.subject));
        del.bindValue(2, date);
        del.bindValue(3, item);
        if (auto st = execPrepared(del); !st)
            return st;
        counts.removed += del.numRowsAffected();
    }
    return Ok{};
}

Status MetricStore::upsertEvent(const EventRow &event, const QString &stamp, WriteCounts &counts)
{
    auto sid = sourceId(event.source);
    if (!sid)
        return sid.error();
    auto q = statement(m_upsertEvent, kUpsertEventSql);
    if (!q)
        return q.error();
    QSqlQuery &up = **q;
    up.bindValue(0, event.date.toString(Qt::ISODate));
    up.bindValue(1, *sid);
    up.bindValue(2, sqlText(event.subject));
    up.bindValue(3, event.kind);
    up.bindValue(4, sqlText(event.item));
    up.bindValue(5, event.title);
    up.bindValue(6, metadataValue(event.metadata));
    up.bindValue(7, stamp);
    if (auto st = execPrepared(up); !st)
        return st;
    counts.events += up.numRowsAffected() > 0 ? 1 : 0;
    return Ok{};
}

Status MetricStore::writeState(const StateEntry &entry, const QString &stamp)
{
    auto sid = sourceId(entry.source);
    if (!sid)
        return sid.error();
    auto q = statement(m_state, kStateSql);
    if (!q)
        return q.error();
    QSqlQuery &st = **q;
    st.bindValue(0, *sid);
    st.bindValue(1, sqlText(entry.subject));
    st.bindValue(2, entry.key);
    st.bindValue(3, sqlText(entry.value));
    st.bindValue(4, stamp);
    return execPrepared(st);
}

Result<std::optional<QString>> MetricStore::state(const QString &source, const QString &subject, const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.value FROM collector_state c JOIN insight_source s ON s.id = c.source_id "
                             "WHERE s.key = ? AND c.subject = ? AND c.key = ?"));
    q.addBindValue(source);
    q.addBindValue(sqlText(subject));
    q.addBindValue(key);
    if (auto st = execPrepared(q); !st)
        return st.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<WriteCounts> MetricStore::write(const Batch &batch, const QDateTime &now)
{
    const QString stamp = isoUtc(now);
    WriteCounts counts;
    if (auto st = writeRows(batch.rows, stamp.toUtf8(), counts); !st)
        return st.error();
    for (const SnapshotSet &set : batch.snapshots)
        if (auto st = replaceSnapshot(set, stamp, counts); !st)
            return st.error();
    for (const EventRow &event : batch.events)
        if (auto st = upsertEvent(event, stamp, counts); !st)
            return st.error();
    for (const StateEntry &entry : batch.state)
        if (auto st = writeState(entry, stamp); !st)
            return st.error();
    // Monthly sums follow the rows they sum, in the same transaction: new rows are added, months
    // with a changed row rebuilt (after the additions, so the rebuild has the last word).
    if (auto st = m_deltas.apply(m_db); !st)
        return st.error();
    if (auto st = Rollups::markStale(m_db, m_touchedMonths.values()); !st)
        return st.error();
    m_touchedMonths.clear();
    if (!batch.deferDerived)
        if (auto st = Rollups::refresh(m_db); !st)
            return st.error();
    return counts;
}

} // namespace insights
