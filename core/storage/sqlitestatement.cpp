#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <utility>

namespace insights {

namespace {

// What a failed step means for the user; the data stays as it was (the caller rolls back).
QString describe(sqlite3 *db, int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("SqliteStatement", "the disk is full; free some space and collect again (nothing of "
                                                              "this run was stored)");
    case SQLITE_READONLY:
        return QCoreApplication::translate("SqliteStatement", "the database cannot be written; check the permissions of the "
                                                              "data directory and its insights.db");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("SqliteStatement", "the database file is damaged (%1); nothing was changed. Copy "
                                                              "insights.db somewhere safe, then recover what is left with "
                                                              "\"sqlite3 insights.db .recover\" or move it aside to start anew")
            .arg(QString::fromUtf8(sqlite3_errmsg(db)));
    default:
        return QString::fromUtf8(sqlite3_errmsg(db));
    }
}

} // namespace

Result<SqliteStatement> SqliteStatement::prepare(QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(QStringLiteral("The database connection is not SQLite"), Error::Kind::Storage);
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return makeError(QStringLiteral("The database is not open"), Error::Kind::Storage);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return makeError(QStringLiteral("Cannot prepare a statement: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection))),
                         Error::Kind::Storage);
    return SqliteStatement(connection, statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    // A null QByteArray would bind SQL NULL; text columns mean "none" by ''.
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

Result<int> SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    const int changed = sqlite3_changes(m_db);
    const QString message = rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : describe(m_db, rc);
    sqlite3_reset(m_statement); // bindings stay; every caller binds every parameter
    if (!message.isNull())
        return makeError(QStringLiteral("Database error: %1").arg(message), Error::Kind::Storage);
    return changed;
}

} // namespace insights

namespace insights {

qint64 SqliteStatement::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace insights

namespace insights {

Result<bool> SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    const QString message = rc == SQLITE_DONE ? QString() : describe(m_db, rc);
    sqlite3_reset(m_statement);
    if (!message.isNull())
        return makeError(QStringLiteral("Database error: %1").arg(message), Error::Kind::Storage);
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArray(text, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

} // namespace insights
