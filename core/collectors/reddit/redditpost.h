#pragma once
// A Reddit post as its JSON describes it (API-NOTES §9), read from the comments listing
// (`[0].data.children[0].data`, kind t3), and the post_stats row (SPEC §1) one look at it
// becomes. Anything that is not that shape — an HTML page, an error object, another post — is
// an error, never a post with zeros.
//
// Reddit publishes no count of upvotes: its link template (reddit-archive/reddit,
// r2/lib/jsontemplates.py, LinkJsonTemplate) fills `ups` with the score and `downs` with 0, and
// gives `upvote_ratio` only on the post's own comments page. What `upvotes` claims is therefore
// estimated from the two figures Reddit does give: with u upvotes and d downvotes, score = u − d
// and ratio = u / (u + d), so u = score · ratio / (2 · ratio − 1). Reddit rounds the ratio to two
// decimals and fuzzes both figures, so the estimate is rounded to a whole vote, and it is unknown
// (null) where it cannot be told: no ratio, a ratio of ½ or less, or a score that disagrees.
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
    std::optional<double> upvotes; // estimated, see above
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

// The upvotes a score and an upvote ratio imply (see above); nullopt where they cannot be told.
std::optional<double> estimatedUpvotes(double score, std::optional<double> upvoteRatio);

// The daily snapshot of a post: value = score, metadata as documented in docs/storage.md.
MetricRow postStatsRow(const RedditPost &post, const QUrl &redditBase, const QDate &day, const QDateTime &fetchedAt);
// The timeline event for a tracked post, on the day it was posted.
EventRow postEvent(const RedditPost &post);
// https://www.reddit.com/r/SUB/comments/ID/slug/ (or on the configured base).
QString permalinkUrl(const RedditPost &post, const QUrl &redditBase);

} // namespace insights
