#pragma once
// What Settings → General says about the team database: the server, the role Insights logs in as,
// the schema it found and what the role may do there (read only, as a viewer; write, as a
// collector; create the tables, on a new database). Read over an open connection, without
// touching the schema, so "Test connection" never creates anything.
#include "databaselocation.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace insights {

struct ConnectionInfo {
    Q_DECLARE_TR_FUNCTIONS(ConnectionInfo)
public:
    QString serverVersion; // "15.4"
    QString user;          // the role logged in
    int schemaVersion = 0; // 0: no Insights tables yet
    bool canWrite = false;  // may insert into the metric table (a collector)
    bool canCreate = false; // may create tables (the first start of a new database)

    static Result<ConnectionInfo> read(QSqlDatabase &db);
    // One sentence for the user, e.g. "Connected to PostgreSQL 15.4 at db:5432 as viewer:
    // Insights schema 11, read only (a viewer)." Says what to do when this build cannot use it.
    QString describe(const DatabaseLocation &location) const;
};

} // namespace insights
