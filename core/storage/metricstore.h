#pragma once
// The one write path of every collector: upserts metric rows, replaces snapshot sets and upserts
// timeline events with prepared statements. The caller owns the transaction. On SQLite the rows
// go through its C API; on PostgreSQL as multi-row statements (metricstorepostgres.cpp).
#include "batch.h"
#include "rollups.h"
#include "sqlitestatement.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace insights {

// What a write changed: rows inserted or whose value/metadata moved, snapshot items that fell
// out, events added or retitled. A re-run that brings nothing new counts zero everywhere.
struct WriteCounts {
    int changed = 0;
    int removed = 0;
    int events = 0;
    int total() const { return changed + removed + events; }
};

class MetricStore final {
    Q_DECLARE_TR_FUNCTIONS(MetricStore)
public:
    explicit MetricStore(QSqlDatabase &db);

    // Writes everything in `batch`. Must be called inside a transaction; on error the caller
    // rolls back.
    Result<WriteCounts> write(const Batch &batch, const QDateTime &now);

    Result<int> metricTypeId(const QString &key);
    Result<int> sourceId(const QString &key);

    // Collector progress for (source, subject); nullopt when never written.
    Result<std::optional<QString>> state(const QString &source, const QString &subject, const QString &key);

private:
    Status writeRows(const QList<MetricRow> &rows, const QByteArray &stamp, WriteCounts &counts);
    Status writeRowsPostgres(const QList<MetricRow> &rows, const QByteArray &stamp, WriteCounts &counts); // metricstorepostgres.cpp
    Result<SqliteStatement *> upsertStatement(int rows, bool overwrite);
    Status replaceSnapshot(const SnapshotSet &set, const QString &stamp, WriteCounts &counts);
    Status upsertEvent(const EventRow &event, const QString &stamp, WriteCounts &counts);
    Status writeState(const StateEntry &entry, const QString &stamp);
    Result<QSqlQuery *> statement(std::optional<QSqlQuery> &slot, const char *sql);

    QSqlDatabase &m_db;
    QHash<QString, int> m_typeIds;
    QHash<QString, int> m_sourceIds;
    std::optional<SqliteStatement> m_upserts[2][2]; // [overwrite][one row, kRowsPerStatement rows]
    QSet<Rollups::Month> m_touchedMonths;
    Rollups::Deltas m_deltas;
    qint64 m_maxRowid = -1;
    std::optional<QSqlQuery> m_snapshotItems, m_deleteItem, m_upsertEvent, m_state;
};

} // namespace insights
