#include "reddittracker.h"

#include "config/config.h"
#include "redditapi.h"
#include "redditurl.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "util/clock.h"

#include <QRegularExpression>

namespace insights {

RedditTracker::RedditTracker(Database &db, const Config &config, Clock &clock, HttpClient &http)
    : m_db(db), m_config(config), m_clock(clock), m_http(http)
{
}

Result<QString> RedditTracker::postIdOf(const QString &link, const RedditEndpoints &endpoints)
{
    auto parsed = RedditUrl::parse(link, endpoints.web);
    if (!parsed)
        return parsed.error();
    if (!parsed->isShareLink())
        return parsed->postId;
    RedditApi api(m_http, m_clock, endpoints, QStringLiteral("reddit"));
    return api.resolveShareLink(parsed->shareUrl);
}

Result<TrackOutcome> RedditTracker::add(const QString &link)
{
    auto endpoints = RedditEndpoints::fromConfig(m_config);
    if (!endpoints)
        return makeError(QStringLiteral("reddit: %1").arg(endpoints.error().message), Error::Kind::Config);
    auto id = postIdOf(link, *endpoints);
    if (!id)
        return id.error();
    RedditApi api(m_http, m_clock, *endpoints, QStringLiteral("reddit %1").arg(*id));
    auto post = api.fetchPost(*id);
    if (!post)
        return post.error();

    QSqlDatabase &db = m_db.handle();
    ScopedTransaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    RedditPosts posts(db);
    auto known = posts.contains(post->id);
    if (!known)
        return known.error();
    const QDateTime now = m_clock.nowUtc();
    if (auto st = posts.track(*post, now); !st)
        return st.error();
    Batch batch;
    batch.rows.append(postStatsRow(*post, endpoints->web, now.date(), now));
    batch.events.append(postEvent(*post));
    MetricStore store(db);
    if (auto written = store.write(batch, now); !written)
        return written.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return TrackOutcome{*post, *known};
}

Result<QString> RedditTracker::remove(const QString &idOrLink, bool purge)
{
    static const QRegularExpression bareId(QStringLiteral("^(t3_)?([a-z0-9]{1,13})$"));
    QString id;
    if (const auto m = bareId.match(idOrLink.trimmed().toLower()); m.hasMatch()) {
        id = m.captured(2);
    } else {
        auto endpoints = RedditEndpoints::fromConfig(m_config);
        if (!endpoints)
            return makeError(QStringLiteral("reddit: %1").arg(endpoints.error().message), Error::Kind::Config);
        auto resolved = postIdOf(idOrLink, *endpoints);
        if (!resolved)
            return resolved.error();
        id = *resolved;
    }
    QSqlDatabase &db = m_db.handle();
    ScopedTransaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto removed = RedditPosts(db).remove(id, purge);
    if (!removed)
        return removed.error();
    if (!*removed)
        return makeError(tr("Reddit post %1 is not tracked; \"insights reddit list\" shows the tracked posts.").arg(id),
                         Error::Kind::Config);
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

} // namespace insights
