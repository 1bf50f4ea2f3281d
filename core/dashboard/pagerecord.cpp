// PageQuery::record(): an all-time record, kept until the database changes.
#include "pagequery.h"

#include "storage/dialect.h"

#include <QMutex>
#include <QSqlQuery>

namespace insights {

namespace {

// All-time records read every row of their metric, whatever the range: on a 40,000-star
// repository that was a third of a range change. They change only when data does, so they are
// kept per connection and question until anything is written — on SQLite by this connection
// (total_changes) or by another (data_version); on PostgreSQL by anyone: the server's current
// snapshot (xmin:xmax:in-progress ids) is another text once any transaction that wrote has
// ended since (its xmax follows the newest ended one), on the team database or beside it.
struct RecordCache {
    QMutex mutex;
    QHash<QString, std::pair<QString, std::optional<std::pair<QDate, double>>>> entries; // key → (generation, record)
};

RecordCache &recordCache()
{
    static RecordCache cache;
    return cache;
}

QString generationOf(QSqlDatabase &db)
{
    // Read before the record: a commit between the two stores a newer record under an older
    // generation, which the next question misses, never an older record under a newer one.
    QSqlQuery q(db);
    if (Dialect::isPostgres(db)) {
        if (!q.exec(QStringLiteral("SELECT CAST(pg_current_snapshot() AS text)")) || !q.next())
            return {}; // unknown: nothing is taken from the cache
        return q.value(0).toString();
    }
    if (!q.exec(QStringLiteral("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)")) || !q.next())
        return {};
    return q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
}

} // namespace

Result<std::optional<std::pair<QDate, double>>> PageQuery::record(const QString &metric, bool counts)
{
    const QString generation = generationOf(m_db);
    const QString key = QStringLiteral("%1|%2|%3|%4|%5").arg(m_db.connectionName(), m_db.databaseName(), metric, subjectFilter()).arg(counts);
    if (!generation.isEmpty()) {
        QMutexLocker lock(&recordCache().mutex);
        if (auto it = recordCache().entries.constFind(key); it != recordCache().entries.cend() && it->first == generation)
            return it->second;
    }
    auto found = readRecord(metric, counts);
    if (found && !generation.isEmpty()) {
        QMutexLocker lock(&recordCache().mutex);
        recordCache().entries.insert(key, {generation, *found});
    }
    return found;
}

} // namespace insights
