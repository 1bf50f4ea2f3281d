#pragma once
// EtagCache kept in the database (table http_cache), so conditional requests survive restarts.
// Entries are written outside the collection transaction: the body is stored with its ETag, so a
// later 304 can always be answered even when the run that fetched it failed.
#include "httptypes.h"

#include <QSqlDatabase>

namespace insights {

class HttpCacheStore final : public EtagCache {
public:
    explicit HttpCacheStore(QSqlDatabase &db) : m_db(db) {}
    bool lookup(const QString &url, Entry &entry) override;
    void store(const QString &url, const Entry &entry) override;

private:
    QSqlDatabase &m_db;
};

} // namespace insights
