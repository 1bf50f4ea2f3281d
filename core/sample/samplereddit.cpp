// The sample's Reddit posts as `insights reddit add` and the reddit collector store them: the post
// in reddit_post, a timeline event on the day it was posted, and a daily snapshot from then on.
// A post's score climbs quickly and then settles, with the small dips real votes bring; its
// comments only ever grow.
#include "samplemath.h"
#include "sampleparts.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <cmath>

namespace insights::sample {

Status writeReddit(Writer &w, const Calendar &calendar)
{
    const DatasetSpec &spec = calendar.spec();
    QSqlQuery q(w.db().handle());
    q.prepare(QStringLiteral("INSERT INTO reddit_post(post_id, subreddit, title, permalink, created_utc, added_at) "
                             "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(post_id) DO UPDATE SET subreddit = excluded.subreddit, "
                             "title = excluded.title, permalink = excluded.permalink, created_utc = excluded.created_utc, "
                             "added_at = excluded.added_at"));
    for (int p = 0; p < spec.redditPosts; ++p) {
        const auto seed = quint32(p);
        const QString id = QStringLiteral("p%1x").arg(p, 3, 10, QLatin1Char('0'));
        const int startIndex = std::max(0, spec.days - spec.redditSnapshots - int(hash(seed, 20) % 30));
        // Posted in the night, read every morning at eight (before the dataset's write time).
        const QDateTime created = calendar.day(startIndex).startOfDay(Qt::UTC).addSecs(qint64(hash(seed, 22) % 21'600));
        const QString title = QStringLiteral("Insights %1: keeping GitHub traffic past 14 days").arg(p + 1);
        const QString sub = QStringList{"programming", "cpp", "opensource", "Python", "QtFramework"}[p % 5];
        const QString permalink = QStringLiteral("/r/%1/comments/%2/insights_%3/").arg(sub, id).arg(p + 1);
        const QVariant values[] = {id, sub, title, permalink, isoUtc(created), isoUtc(created.addSecs(600))};
        for (int k = 0; k < 6; ++k)
            q.bindValue(k, values[k]);
        if (auto st = execPrepared(q); !st)
            return st;
        w.batch.events.append({QStringLiteral("reddit"), id, created.date(), QStringLiteral("reddit_post"), id,
                               QStringLiteral("r/%1: %2").arg(sub, title),
                               {{QStringLiteral("post_id"), id}, {QStringLiteral("subreddit"), sub}, {QStringLiteral("permalink"), permalink}}});

        const double peak = 50 + hash(seed, 21) % 900;
        const double talk = 0.08 + 0.1 * noise(seed, 23); // comments per point of score
        const double ratio = std::round((0.86 + 0.11 * noise(seed, 24)) * 100) / 100;
        double comments = 0;
        for (int s = 0; s < spec.redditSnapshots && startIndex + s < spec.days; ++s) {
            const QDate day = created.date().addDays(s);
            const double trend = peak * (1 - std::exp(-(s + 1) / 2.0));
            // Late votes move a settled score by a point or two either way.
            const double score = std::max(1.0, std::round(trend * (1 - 0.02 * noise(seed, 1000 + quint32(s)))));
            comments = std::max(comments, std::round(trend * talk));
            MetricRow r = MetricRow::make("post_stats", id, day, Period::Event, score, id);
            r.metadata = {{QStringLiteral("post_id"), id},
                          {QStringLiteral("title"), title},
                          {QStringLiteral("subreddit"), sub},
                          {QStringLiteral("author"), QStringLiteral("octo")},
                          {QStringLiteral("url"), QString(QStringLiteral("https://www.reddit.com") + permalink)},
                          {QStringLiteral("link"), QString(QStringLiteral("https://github.com/") + DatasetGenerator::repository())},
                          {QStringLiteral("upvotes"), score},
                          {QStringLiteral("comments"), comments},
                          {QStringLiteral("upvote_ratio"), ratio},
                          {QStringLiteral("created_utc"), created.toString(Qt::ISODate)},
                          {QStringLiteral("fetched_at"), day.startOfDay(Qt::UTC).addSecs(8 * 3600).toString(Qt::ISODate)}};
            if (auto st = w.row(std::move(r)); !st)
                return st;
        }
    }
    return Ok{};
}

} // namespace insights::sample
