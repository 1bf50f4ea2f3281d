#pragma once
// A text value spelled into SQL as a literal, for statements sent as text (PostgreSQL's
// multi-row writes, `insights migrate`): single quotes doubled, nothing else escaped — the SQL
// standard's rule, which SQLite follows and PostgreSQL follows with standard_conforming_strings
// on (Database sets it).
#include <QByteArray>

namespace insights {

inline void appendSqlText(QByteArray &sql, const QByteArray &utf8)
{
    sql += '\'';
    qsizetype from = 0;
    for (qsizetype i = utf8.indexOf('\''); i >= 0; i = utf8.indexOf('\'', from)) {
        sql.append(utf8.constData() + from, i - from);
        sql += "''";
        from = i + 1;
    }
    sql.append(utf8.constData() + from, utf8.size() - from);
    sql += '\'';
}

} // namespace insights
