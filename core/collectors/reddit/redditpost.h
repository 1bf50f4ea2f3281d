#pragma once
// A Reddit post as its JSON describes it (API-NOTES §9), read from the comments listing
// (`[0].data.children[0].data`, kind t3), and the post_stats row (SPEC §1) one look at it
// becomes. Anything that is not that shape — an HTML page, an error object, another post — is
// an error, never a post with zeros.
#include "storage/batch.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace insights {

struct RedditPost {
    QString id; // base36, lower case
    QString title;
    QString subreddit;
    QString author;
    double score = 0;
    double upvotes = 0;
    double comments = 0;
    std::optional<double> upvoteRatio;
    QDateTime created; // UTC
    QString permalink; // relative: /r/SUB/comments/ID/slug/
    QString link;      // the post's own url (the linked page, or the permalink for a self post)
};

class RedditPostParser final {
    Q_DECLARE_TR_FUNCTIONS(RedditPostParser)
public:
    // `expectedId`: the post asked for; an answer about another post is refused.
    static Result<RedditPost> parse(const QByteArray &body, const QString &expectedId);
};

// The daily snapshot of a post: value = score, metadata as documented in docs/storage.md.
MetricRow postStatsRow(const RedditPost &post, const QUrl &redditBase, const QDate &day, const QDateTime &fetchedAt);
// The timeline event for a tracked post, on the day it was posted.
EventRow postEvent(const RedditPost &post);
// https://www.reddit.com/r/SUB/comments/ID/slug/ (or on the configured base).
QString permalinkUrl(const RedditPost &post, const QUrl &redditBase);

} // namespace insights
