#pragma once
// The schema on a team's PostgreSQL server. A new database starts at the latest SQLite version in
// one step (the same tables, columns and reference data, in PostgreSQL's types); later versions
// add a step here beside SQLite's. The version lives in insight_schema_version, and a migration
// holds a transaction-level advisory lock, so two collectors starting together migrate once.
// A database that holds tables but no Insights schema, or a newer schema, is refused untouched.
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace insights {

class PostgresSchema final {
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)
public:
    // 0 when the database holds no Insights schema.
    static Result<int> currentVersion(QSqlDatabase &db);
    static Status migrate(QSqlDatabase &db, int target);
};

} // namespace insights
