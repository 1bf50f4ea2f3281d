#pragma once
// RAII transaction: rolls back unless commit() succeeded, so an early return or an error path
// can never leave half a collection run in the database.
#include "util/result.h"

#include <QSqlDatabase>

namespace insights {

class ScopedTransaction final {
public:
    explicit ScopedTransaction(QSqlDatabase &db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

} // namespace insights
