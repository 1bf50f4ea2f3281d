#include "metricstore.h"

#include "sqlutil.h"

#include <QJsonDocument>
#include <QSet>

namespace insights {

namespace {

QVariant metadataValue(const QJsonObject &metadata)
{
    if (metadata.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}

QVariant numberValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// The upsert only touches a row when something changed, so updated_at means "the figure moved"
// and a re-run that brings nothing new writes nothing.
constexpr const char *kUpsertSql = R"(
    INSERT INTO insight_metric(date, metric_type_id, subject, item, value, period, metadata, created_at, updated_at)
    VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(metric_type_id, subject, date, period, item) DO UPDATE SET
        value = excluded.value, metadata = excluded.metadata, updated_at = excluded.updated_at
    WHERE ? AND (value IS NOT excluded.value OR metadata IS NOT excluded.metadata))";

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
    WHERE title IS NOT excluded.title OR metadata IS NOT excluded.metadata)";

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

Status MetricStore::upsert(const MetricRow &row, const QString &stamp, WriteCounts &counts)
{
    auto typeId = metricTypeId(row.metric);
    if (!typeId)
        return typeId.error();
    if (!row.date.isValid())
        return makeError(QStringLiteral("Refusing to store %1 for %2 without a valid date").arg(row.metric, row.subject),
                         Error::Kind::Storage);
    const QString date = row.date.toString(Qt::ISODate);
    const QString period = periodName(row.period);

    auto q = statement(m_upsert, kUpsertSql);
    if (!q)
        return q.error();
    QSqlQuery &upsert = **q;
    upsert.bindValue(0, date);
    upsert.bindValue(1, *typeId);
    upsert.bindValue(2, sqlText(row.subject));
    upsert.bindValue(3, sqlText(row.item));
    upsert.bindValue(4, numberValue(row.value));
    upsert.bindValue(5, period);
    upsert.bindValue(6, metadataValue(row.metadata));
    upsert.bindValue(7, stamp);
    upsert.bindValue(8, stamp);
    upsert.bindValue(9, row.overwrite ? 1 : 0);
    if (auto st = execPrepared(upsert); !st)
        return st;
    counts.changed += upsert.numRowsAffected() > 0 ? 1 : 0;
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
    for (MetricRow row : set.rows) {
        row.metric = set.metric;
        row.subject = set.subject;
        row.date = set.date;
        row.period = Period::Snapshot;
        stale.remove(sqlText(row.item));
        if (auto st = upsert(row, stamp, counts); !st)
            return st;
    }
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
    for (const MetricRow &row : batch.rows)
        if (auto st = upsert(row, stamp, counts); !st)
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
    return counts;
}

} // namespace insights
