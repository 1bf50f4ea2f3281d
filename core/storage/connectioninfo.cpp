#include "connectioninfo.h"

#include "migrations.h"
#include "postgresschema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace insights {

Result<ConnectionInfo> ConnectionInfo::read(QSqlDatabase &db)
{
    ConnectionInfo info;
    QSqlQuery q(db);
    // has_*_privilege() answer for the role itself and through its groups, as the server decides.
    if (!q.exec(QStringLiteral("SELECT current_setting('server_version'), current_user, "
                               "has_schema_privilege(current_schema(), 'CREATE')"))
        || !q.next())
        return makeError(tr("The team database did not say who Insights is logged in as: %1").arg(q.lastError().text()),
                         Error::Kind::Storage);
    info.serverVersion = q.value(0).toString().section(u' ', 0, 0);
    info.user = q.value(1).toString();
    info.canCreate = q.value(2).toBool();
    auto version = PostgresSchema::currentVersion(db);
    if (!version)
        return version.error();
    info.schemaVersion = *version;
    if (info.schemaVersion > 0) {
        if (!q.exec(QStringLiteral("SELECT has_table_privilege('insight_metric', 'INSERT')")) || !q.next())
            return makeError(tr("The team database did not say what %1 may do: %2").arg(info.user, q.lastError().text()),
                             Error::Kind::Storage);
        info.canWrite = q.value(0).toBool();
    }
    return info;
}

QString ConnectionInfo::describe(const DatabaseLocation &location) const
{
    const QString where = tr("Connected to PostgreSQL %1 at %2:%3 as %4")
                              .arg(serverVersion, location.host)
                              .arg(location.port)
                              .arg(user);
    const int latest = Migrations::latestVersion();
    if (schemaVersion == 0)
        return canCreate ? tr("%1. The database is empty: Insights creates its tables when it first opens it.").arg(where)
                         : tr("%1. The database is empty, and %2 may not create tables: let its owner (or a collector) "
                              "open it first, or grant CREATE.")
                               .arg(where, user);
    if (schemaVersion > latest)
        return tr("%1. Its Insights schema %2 is newer than this version reads (%3): update Insights.")
            .arg(where)
            .arg(schemaVersion)
            .arg(latest);
    const QString role = canWrite ? tr("reads and writes (a collector's role)") : tr("read only (a viewer)");
    if (schemaVersion < latest && !canWrite)
        return tr("%1. Its Insights schema %2 is older than this version needs (%3): let a collector or the owner "
                  "upgrade it.")
            .arg(where)
            .arg(schemaVersion)
            .arg(latest);
    return tr("%1: Insights schema %2, %3.").arg(where).arg(schemaVersion).arg(role);
}

} // namespace insights
