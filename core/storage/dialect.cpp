#include "dialect.h"

namespace insights {

Backend Dialect::of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

QString Dialect::jsonNumber(Backend backend, const QString &column, const QString &key)
{
    if (backend == Backend::PostgreSQL)
        return QStringLiteral("insight_json_number(%1, '%2')").arg(column, key);
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

QString Dialect::jsonText(Backend backend, const QString &column, const QString &key)
{
    if (backend == Backend::PostgreSQL)
        return QStringLiteral("insight_json_text(%1, '%2')").arg(column, key);
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

QString Dialect::beginWrite(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString Dialect::unitSeparator(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("chr(31)") : QStringLiteral("char(31)");
}

} // namespace insights
