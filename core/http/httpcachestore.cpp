#include "httpcachestore.h"

#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>

namespace insights {

bool HttpCacheStore::lookup(const QString &url, Entry &entry)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT etag, body FROM http_cache WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return false;
    entry.etag = q.value(0).toString().toUtf8();
    entry.body = q.value(1).toByteArray();
    return !entry.etag.isEmpty();
}

void HttpCacheStore::store(const QString &url, const Entry &entry)
{
    // A failure here only costs a future conditional request; it must not fail the run.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO http_cache(url, etag, body, updated_at) VALUES(?, ?, ?, ?) "
                             "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, body = excluded.body, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(url);
    q.addBindValue(QString::fromUtf8(entry.etag));
    q.addBindValue(entry.body);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    q.exec();
}

} // namespace insights
