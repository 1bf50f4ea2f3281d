#include "annotations.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights {

Result<QList<Annotation>> Annotations::releasesAndPosts(QSqlDatabase &db, const PageRequest &request)
{
    QList<Annotation> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT m.date, m.item, m.subject FROM insight_metric m WHERE m.metric_type_id = (SELECT id FROM "
        "insight_metric_type WHERE key = 'releases') AND (:subject = '' OR m.subject = :subject) AND m.date BETWEEN "
        ":from AND :to ORDER BY m.date"));
    q.bindValue(QStringLiteral(":subject"), sqlText(request.subject));
    q.bindValue(QStringLiteral(":from"), request.range.from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), request.range.to.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read releases"), q);
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), Annotation::Kind::Release,
                    tr("Release %1 (%2)").arg(q.value(1).toString(), q.value(2).toString())});
    // Reddit posts are about the project, whatever repository is selected.
    PageQuery posts(db, PageRequest{request.page, request.range, QString(), false});
    auto reddit = posts.events(QStringLiteral("reddit"), QStringLiteral("reddit_post"), Annotation::Kind::RedditPost);
    if (!reddit)
        return reddit.error();
    out.append(*reddit);
    return out;
}

QList<Annotation> Annotations::starBursts(const SeriesData &newStars, const DateRange &range)
{
    QList<Annotation> out;
    const auto total = PageQuery::total(newStars.values);
    if (!total || newStars.values.isEmpty())
        return out;
    const double average = *total / double(newStars.values.size());
    for (qsizetype i = 0; i < newStars.values.size(); ++i) {
        const double v = newStars.values[i].value_or(0);
        if (v >= 5 && v >= 3 * average)
            out.append({range.from.addDays(i), Annotation::Kind::StarBurst, tr("Star burst: %n star(s)", nullptr, int(v))});
    }
    return out;
}

Result<QList<Annotation>> Annotations::record(PageQuery &query, const QString &metric, const QString &what, bool counts)
{
    auto best = query.record(metric, counts);
    if (!best)
        return best.error();
    if (!*best || !query.range().contains((*best)->first))
        return QList<Annotation>();
    return QList<Annotation>{{(*best)->first, Annotation::Kind::Record,
                              tr("All-time record: %1 %2").arg(QLocale().toString((*best)->second, 'f', 0), what)}};
}

} // namespace insights
