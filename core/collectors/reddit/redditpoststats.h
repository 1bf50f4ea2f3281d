#pragma once
// reddit (SPEC §1): one post_stats snapshot per tracked post per collection day (the newest look
// of the day wins). Asked for by the user, every tracked post is refreshed; on the schedule only
// posts younger than Config::redditRefreshDays() are, since a post's first days are when it
// moves and older ones would only spend Reddit's patience. With a client id every post is read
// through OAuth; the token is asked once per process and shared by all posts (RedditAuth).
#include "collectors/collector.h"
#include "redditapi.h"
#include "redditpost.h"

#include <QCoreApplication>
#include <QHash>

namespace insights {

class RedditPostStats final : public Collector {
    Q_DECLARE_TR_FUNCTIONS(RedditPostStats)
public:
    QString key() const override { return QStringLiteral("reddit"); }
    int defaultIntervalHours() const override { return 6; }
    QStringList subjects(const Config &config, QSqlDatabase &db) const override;
    QString howToConfigure() const override;
    Status prepare(CollectContext &context) override;
    Result<Batch> collect(CollectContext &context, const QString &subject) override;
    // Keeps the tracked post's title and subreddit as Reddit now shows them.
    Status afterWrite(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now) override;

private:
    RedditEndpoints m_endpoints;
    QHash<QString, QDateTime> m_created;     // tracked posts' creation times
    QHash<QString, QDate> m_lastSnapshot;    // newest stored snapshot per post
    QHash<QString, RedditPost> m_fetched;
};

} // namespace insights
