#pragma once
// Where SQLite and PostgreSQL speak differently, in one place. Every other statement is written
// once in the SQL both understand: ISO dates and times as text, ON CONFLICT upserts, IS DISTINCT
// FROM, VALUES lists with column1…, substr(). What differs is spelled here:
// - metadata is JSON text in both; SQLite reads it with json_extract(), PostgreSQL with the
//   functions the PostgreSQL schema defines (insight_json_number, insight_json_text) that give
//   what json_extract gives in the same place: a number (text that starts with one counts as
//   that number, as SQLite's SUM counts it), the text, or NULL when the key is absent or null;
// - a write transaction: SQLite takes the write lock up front (BEGIN IMMEDIATE); PostgreSQL
//   locks rows as it writes them;
// - the unit separator that joins a place's kind and name: char(31) or chr(31).
#include <QSqlDatabase>
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
    static QString beginWrite(Backend backend);
    static QString unitSeparator(Backend backend);
};

} // namespace insights
