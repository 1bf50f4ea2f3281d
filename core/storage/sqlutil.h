#pragma once
// Small helpers that turn QtSql's boolean failures into Result values with the SQL error text.
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace insights {

Status execSql(QSqlDatabase &db, const QString &sql);
Status execPrepared(QSqlQuery &query);
Result<QSqlQuery> prepareSql(QSqlDatabase &db, const QString &sql);
Error sqlError(const QString &what, const QSqlQuery &query);

// QtSql binds a null QString as SQL NULL; our text columns are NOT NULL with '' meaning "none".
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Timestamps are stored as ISO 8601 UTC text with second precision: 2024-05-13T06:00:00Z.
QString isoUtc(const QDateTime &dt);
QDateTime parseIsoUtc(const QString &text);

} // namespace insights
