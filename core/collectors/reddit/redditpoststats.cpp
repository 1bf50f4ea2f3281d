#include "redditpoststats.h"

#include "config/config.h"
#include "redditapi.h"
#include "redditposts.h"
#include "util/clock.h"

namespace insights {

QStringList RedditPostStats::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(config)
    auto ids = RedditPosts(db).ids();
    return ids ? *ids : QStringList();
}

QString RedditPostStats::howToConfigure() const
{
    // Where the window adds posts (ui/settings/redditpage.cpp says the same); the command line
    // adds its own hint.
    return tr("no Reddit posts are tracked; add one on the Reddit page or with \"Track Reddit post\" in the tray menu.");
}

Status RedditPostStats::prepare(CollectContext &context)
{
    auto endpoints = RedditEndpoints::fromConfig(context.config);
    if (!endpoints)
        return makeError(QStringLiteral("%1: %2").arg(key(), endpoints.error().message), Error::Kind::Config);
    m_endpoints = *endpoints;
    auto tracked = RedditPosts(context.db).list();
    if (!tracked)
        return tracked.error();
    for (const TrackedPost &p : *tracked) {
        m_created.insert(p.postId, p.created);
        m_lastSnapshot.insert(p.postId, p.lastSnapshot);
    }
    return Ok{};
}

Result<Batch> RedditPostStats::collect(CollectContext &context, const QString &subject)
{
    const QDateTime now = context.clock.nowUtc();
    if (context.options.scheduled) {
        const QDateTime created = m_created.value(subject);
        const int days = context.config.redditRefreshDays();
        const bool settled = created.isValid() && created.daysTo(now) >= days;
        if (settled && m_lastSnapshot.value(subject).isValid())
            return Batch{}; // older than the refresh window: only on demand
    }
    RedditApi api(context.http, context.clock, m_endpoints, QStringLiteral("%1 %2").arg(key(), subject));
    context.report(tr("%1 %2: reading the post").arg(key(), subject));
    auto post = api.fetchPost(subject);
    if (!post)
        return post.error();
    m_fetched.insert(subject, *post);
    Batch batch;
    batch.rows.append(postStatsRow(*post, m_endpoints.web, now.date(), now));
    return batch;
}

Status RedditPostStats::afterWrite(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now)
{
    Q_UNUSED(store) Q_UNUSED(now)
    const auto it = m_fetched.constFind(subject);
    if (it == m_fetched.constEnd())
        return Ok{};
    RedditPosts posts(db);
    auto tracked = posts.contains(subject);
    if (!tracked)
        return tracked.error();
    return *tracked ? posts.track(*it, now) : Status(Ok{});
}

} // namespace insights
