#pragma once
// Schema migrations keyed on PRAGMA user_version (SQLite; PostgreSQL: PostgresSchema). Each step runs in its own transaction and is
// never edited once released: a later change is a new step.
#include "util/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class Migrations final {
public:
    static int latestVersion();
    static Result<int> currentVersion(QSqlDatabase &db);
    // Brings the schema up to `target` (default: latest). A file newer than this build is refused
    // rather than touched.
    // On PostgreSQL: PostgresSchema's steps (the latest version in one, then any later ones).
    static Status migrate(QSqlDatabase &db, int target = -1);
    // The rows every new database starts with (sources, metric types, installer classes).
    static QStringList referenceData();
    // The statements of one SQLite step, for PostgreSQL's steps that say the same.
    static QStringList statementsOf(int version);
};

} // namespace insights
