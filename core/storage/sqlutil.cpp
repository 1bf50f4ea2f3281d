#include "sqlutil.h"

#include <QDateTime>
#include <QSqlError>

namespace insights {

Error sqlError(const QString &what, const QSqlQuery &query)
{
    const QSqlError err = query.lastError();
    QString message = QStringLiteral("%1: %2").arg(what, err.text());
    // SQLITE_FULL (13) and SQLITE_READONLY (8) deserve advice, not just the engine's words.
    if (err.nativeErrorCode() == QLatin1String("13"))
        message += QStringLiteral(" — the disk is full; free some space and run again (nothing was written).");
    else if (err.nativeErrorCode() == QLatin1String("8"))
        message += QStringLiteral(" — the data directory is read-only; check its permissions.");
    return makeError(message, Error::Kind::Storage);
}

Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(QStringLiteral("Database error in \"%1\"").arg(sql.left(80)), q);
    return Ok{};
}

Status execPrepared(QSqlQuery &query)
{
    // prepare() clears the error and sets it when the database refuses the statement; executing
    // it anyway would report the error of executing nothing ("Parameter count mismatch" on
    // SQLite, a syntax error in QPSQL's EXECUTE of no statement) instead of the reason.
    if (!query.isActive() && query.lastError().isValid())
        return sqlError(QStringLiteral("Cannot prepare \"%1\"").arg(query.lastQuery().simplified().left(80)), query);
    if (!query.exec())
        return sqlError(QStringLiteral("Database error"), query);
    return Ok{};
}

Result<QSqlQuery> prepareSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("Cannot prepare \"%1\"").arg(sql.simplified().left(80)), q);
    return q;
}

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QDateTime parseIsoUtc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

} // namespace insights
