#include "dialect.h"

#include <QRegularExpression>
#include <QSet>

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

QString Dialect::portable(const QSqlDriver *driver, const QString &sql)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL || !sql.contains(QLatin1String("json_extract")))
        return sql;
    // Metadata keys whose values are numbers (docs/storage.md, "Metrics and metadata"); every
    // other key the queries read is text.
    static const QSet<QString> numbers = {QStringLiteral("star_number"), QStringLiteral("followers"),
                                          QStringLiteral("account_age_days"), QStringLiteral("comments"),
                                          QStringLiteral("human"), QStringLiteral("bot"), QStringLiteral("pageviews"), QStringLiteral("uniques"),
                                          QStringLiteral("count"), QStringLiteral("visitors"),
                                          // activity_summary's counts per event type
                                          QStringLiteral("push"), QStringLiteral("pull_requests"),
                                          QStringLiteral("pull_request_reviews"), QStringLiteral("issues"),
                                          QStringLiteral("issue_comments"), QStringLiteral("stars"), QStringLiteral("forks"),
                                          QStringLiteral("releases"), QStringLiteral("creates"), QStringLiteral("deletes")};
    static const QSet<QString> texts = {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("location"),
                                        QStringLiteral("company"), QStringLiteral("starred_at"), QStringLiteral("unstarred_at"),
                                        QStringLiteral("imported_from"), QStringLiteral("full_name"), QStringLiteral("actor")};
    static const QRegularExpression call(QStringLiteral(R"(json_extract\(\s*([A-Za-z_][A-Za-z_0-9.]*)\s*,\s*'\$\.([A-Za-z_0-9]+)'\s*\))"));
    QString out;
    qsizetype from = 0;
    for (auto it = call.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(sql).mid(from, m.capturedStart() - from);
        const QString key = m.captured(2);
        if (numbers.contains(key))
            out += jsonNumber(Backend::PostgreSQL, m.captured(1), key);
        else if (texts.contains(key))
            out += jsonText(Backend::PostgreSQL, m.captured(1), key);
        else
            out += QStringLiteral("insight_json_key_of_unknown_kind_%1(%2)").arg(key, m.captured(1));
        from = m.capturedEnd();
    }
    out += QStringView(sql).mid(from);
    return out;
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
