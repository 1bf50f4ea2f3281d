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

namespace {

// The alias of a column's once-parsed document: m.metadata → json_m_metadata.
QString parsedAlias(const QString &column)
{
    return QStringLiteral("json_") + QString(column).replace(QLatin1Char('.'), QLatin1Char('_'));
}

} // namespace

QString Dialect::parseOncePerRow(Backend backend, const QString &column)
{
    if (backend != Backend::PostgreSQL)
        return {};
    // OFFSET 0 keeps the planner from folding the subquery into its parent, which would put the
    // cast back in every place that reads the document. The row's id makes every row a key of its
    // own: on the document alone the planner puts a cache (Memoize) in front of the parse, which
    // hashes every document to find the few that repeat — the Activity page's all-time counts
    // took 23 ms with it and 17 without (PostgreSQL 15, 1,825 rows).
    const QString table = column.section(QLatin1Char('.'), 0, 0);
    return QStringLiteral(" CROSS JOIN LATERAL (SELECT CAST(%1 AS jsonb) AS doc, %3.id AS row_id OFFSET 0) AS %2 ")
        .arg(column, parsedAlias(column), table);
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
        const QString key = m.captured(2), column = m.captured(1);
        const QString parsed = parsedAlias(column);
        const bool once = sql.contains(QStringLiteral(") AS %1 ").arg(parsed));
        if (numbers.contains(key))
            out += once ? QStringLiteral("insight_jsonb_number(%1.doc, '%2')").arg(parsed, key) : jsonNumber(Backend::PostgreSQL, column, key);
        else if (texts.contains(key))
            out += once ? QStringLiteral("insight_jsonb_text(%1.doc, '%2')").arg(parsed, key) : jsonText(Backend::PostgreSQL, column, key);
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
