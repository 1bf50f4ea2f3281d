// The Reddit page: each tracked post's score and comments over time (one snapshot a day; days
// without a snapshot are gaps) and the posts with their latest figures.
#include "storage/dialect.h"
#include "collectors/reddit/redditposts.h"
#include "dashboarddata.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights {

Result<PageData> buildRedditPage(QSqlDatabase &db, const PageRequest &request)
{
    PageData page;
    auto tracked = RedditPosts(db).list();
    if (!tracked)
        return tracked.error();
    if (tracked->isEmpty())
        page.empty = DashboardData::tr("No Reddit posts are tracked.");

    // The posts with the highest latest score get a line each; a chart of 50 lines reads as noise.
    QList<TrackedPost> posts = *tracked;
    std::sort(posts.begin(), posts.end(), [](const TrackedPost &a, const TrackedPost &b) {
        return a.score.value_or(0) > b.score.value_or(0);
    });
    // One post's snapshots at a time, through the (type, subject, date) index: only the charted
    // posts' rows are read, not every post's snapshots in the range.
    QSqlQuery q(db);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT m.date, m.value, json_extract(m.metadata, '$.comments') FROM insight_metric m "
                             "WHERE m.metric_type_id = (SELECT id FROM insight_metric_type WHERE key = 'post_stats') AND "
                             "m.subject = :subject AND m.date BETWEEN :from AND :to")));
    q.bindValue(QStringLiteral(":from"), request.range.from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), request.range.to.toString(Qt::ISODate));
    QHash<QDate, double> scores, comments;
    const auto readSnapshots = [&](const QString &postId) -> Status {
        scores.clear();
        comments.clear();
        q.bindValue(QStringLiteral(":subject"), postId);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot read Reddit snapshots"), q);
        while (q.next()) {
            const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            scores.insert(d, q.value(1).toDouble());
            if (!q.value(2).isNull())
                comments.insert(d, q.value(2).toDouble());
        }
        return Ok{};
    };
    ChartData scoreChart{QStringLiteral("reddit"), DashboardData::tr("Score over time"), ChartData::Kind::Lines,
                         request.range, {}, {}, {}, DashboardData::tr("score"), {}};
    ChartData commentChart{QStringLiteral("reddit_comments"), DashboardData::tr("Comments over time"), ChartData::Kind::Lines,
                           request.range, {}, {}, {}, DashboardData::tr("comments"), {}};
    double totalScore = 0, totalComments = 0;
    TableData table{QStringLiteral("posts"), DashboardData::tr("Tracked posts"),
                    {DashboardData::tr("Post"), DashboardData::tr("Subreddit"), DashboardData::tr("Title"),
                     DashboardData::tr("Score"), DashboardData::tr("Comments"), DashboardData::tr("Posted"),
                     DashboardData::tr("Last checked")},
                    {}, true, {}, -1, {}};
    for (const TrackedPost &p : std::as_const(posts)) {
        if (!request.subject.isEmpty() && p.postId != request.subject)
            continue;
        totalScore += p.score.value_or(0);
        totalComments += p.comments.value_or(0);
        table.rows.append({p.postId, QString(QStringLiteral("r/") + p.subreddit), p.title,
                           p.score ? QVariant(*p.score) : QVariant(), p.comments ? QVariant(*p.comments) : QVariant(),
                           p.created, p.lastSnapshot}); // dates: the window formats them in the user's locale
        table.links.append(p.permalink.startsWith(u'/') ? QStringLiteral("https://www.reddit.com") + p.permalink : QString());
        if (scoreChart.series.size() >= 8)
            continue;
        if (auto read = readSnapshots(p.postId); !read)
            return read.error();
        if (scores.isEmpty())
            continue;
        const QString name = QStringLiteral("r/%1: %2").arg(p.subreddit, p.title.left(40));
        scoreChart.series.append({name, PageQuery::toDaily(scores, request.range, false), {}, 0});
        commentChart.series.append({name, PageQuery::toDaily(comments, request.range, false), {}, 0});
    }
    PageQuery query(db, PageRequest{request.page, request.range, QString(), false});
    auto events = query.events(QStringLiteral("reddit"), QStringLiteral("reddit_post"), Annotation::Kind::RedditPost);
    if (!events)
        return events.error();
    scoreChart.annotations = *events;
    page.charts = {scoreChart, commentChart};
    page.cards = {{DashboardData::tr("Tracked posts"), double(table.rows.size()), std::nullopt, {}, {}},
                  {DashboardData::tr("Score"), totalScore, std::nullopt, {}, DashboardData::tr("Latest score, all tracked posts.")},
                  {DashboardData::tr("Comments"), totalComments, std::nullopt, {}, {}}};
    page.tables = {table};
    return page;
}

} // namespace insights
