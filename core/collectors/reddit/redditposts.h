#pragma once
// The Reddit posts a user tracks (table reddit_post): what `insights reddit list` shows and the
// subjects of the reddit source. Writes happen inside the caller's transaction.
#include "redditpost.h"

#include <QSqlDatabase>

namespace insights {

struct TrackedPost {
    QString postId;
    QString subreddit;
    QString title;
    QString permalink;
    QDateTime created;
    QDateTime addedAt;
    // The newest snapshot, when there is one.
    std::optional<double> score;
    std::optional<double> comments;
    QDate lastSnapshot;
};

class RedditPosts final {
public:
    explicit RedditPosts(QSqlDatabase &db) : m_db(db) {}

    Result<QList<TrackedPost>> list();
    Result<QStringList> ids();
    Result<bool> contains(const QString &postId);
    // Inserts or refreshes the tracking row.
    Status track(const RedditPost &post, const QDateTime &now);
    // Stops tracking; `purge` also deletes the post's snapshots and timeline event.
    // Returns false when the post was not tracked.
    Result<bool> remove(const QString &postId, bool purge);

private:
    QSqlDatabase &m_db;
};

} // namespace insights
