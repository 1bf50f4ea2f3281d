#pragma once
// Where SQLite and PostgreSQL speak differently, in one place. Every other statement is written
// once in the SQL both understand: ISO dates and times as text, ON CONFLICT upserts, IS DISTINCT
// FROM, VALUES lists with column1…, substr(). What differs is spelled here:
// - metadata is JSON text in both; SQLite reads it with json_extract(), PostgreSQL with the
//   functions the PostgreSQL schema defines (insight_json_number, insight_json_text) that give
//   what json_extract gives in the same place: a number (text that starts with one counts as
//   that number, as SQLite's SUM counts it), the text, or NULL when the key is absent or null;
//   a query that reads many keys of a row has the row's document parsed once (parseOncePerRow)
//   and read by insight_jsonb_number and insight_jsonb_text;
// - a write transaction: SQLite takes the write lock up front (BEGIN IMMEDIATE); PostgreSQL
//   locks rows as it writes them;
// - the unit separator that joins a place's kind and name: char(31) or chr(31).
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

namespace insights {

enum class Backend { SQLite, PostgreSQL };

class Dialect final {
public:
    static Backend of(const QSqlDatabase &db);
    static bool isPostgres(const QSqlDatabase &db) { return of(db) == Backend::PostgreSQL; }

    // `key` is a plain metadata key (letters, digits, '_'): it is spelled into the SQL.
    static QString jsonNumber(Backend backend, const QString &column, const QString &key);
    static QString jsonText(Backend backend, const QString &column, const QString &key);
    static QString jsonNumber(const QSqlDatabase &db, const QString &column, const QString &key)
    {
        return jsonNumber(of(db), column, key);
    }
    static QString jsonText(const QSqlDatabase &db, const QString &column, const QString &key)
    {
        return jsonText(of(db), column, key);
    }
    // `sql` as `db` reads it: on PostgreSQL each json_extract(COLUMN, '$.key') becomes the schema's
    // function for the key's kind (the numeric keys are listed in dialect.cpp, as docs/storage.md
    // describes each metric's metadata); a key of unknown kind becomes a call PostgreSQL rejects,
    // so a new key fails its first test instead of comparing numbers as text. SQLite: unchanged.
    static QString portable(const QSqlDriver *driver, const QString &sql);
    static QString portable(const QSqlDatabase &db, const QString &sql) { return portable(db.driver(), sql); }
    // For a query that reads several keys of each row's `column` (m.metadata): what to add to its
    // FROM clause, after the table the column belongs to, so that PostgreSQL parses the document
    // once per row (as jsonb, in a LATERAL subquery) and portable() reads each of the query's
    // json_extract(column, '$.key') from that parse instead of parsing again per key. Nothing on
    // SQLite. Not for a condition that should use the partial index on unstarred_at. The column's
    // table (m of m.metadata) has an `id` that tells its rows apart.
    static QString parseOncePerRow(Backend backend, const QString &column);
    static QString parseOncePerRow(const QSqlDatabase &db, const QString &column) { return parseOncePerRow(of(db), column); }
    static QString beginWrite(Backend backend);
    static QString unitSeparator(Backend backend);
};

} // namespace insights
