#pragma once
// A prepared statement on SQLite's C API, for the hot write path: on the connection (and so in
// the transaction) Qt's driver opened. QSqlQuery's binding costs several times the insert itself
// (a named placeholder is formatted per bound value), which kept ingest at a third of SPEC §6's
// 200,000 rows/s; binding UTF-8 directly does not.
#include "util/result.h"

#include <QByteArray>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace insights {

class SqliteStatement final {
public:
    static Result<SqliteStatement> prepare(QSqlDatabase &db, const char *sql);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // 1-based, as in SQLite. Text must stay alive until step() returns.
    void bindText(int index, const QByteArray &utf8);
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    // Runs the statement to completion and resets it; returns the rows it changed.
    Result<int> exec();
    // Steps a query to its next row: false after the last (the statement is then reset).
    Result<bool> next();
    // The current row's columns (0-based, as in SQLite); text is a copy in UTF-8.
    bool isNull(int column) const;
    QByteArray columnText(int column) const;
    double columnDouble(int column) const;
    qint64 columnInt(int column) const;
    // The rowid of the newest row an INSERT on this connection added.
    qint64 lastInsertRowid() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace insights
