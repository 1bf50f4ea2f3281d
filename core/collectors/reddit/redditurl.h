#pragma once
// Every form of Reddit post link users paste (SPEC §1, API-NOTES §9): www./old./new./m./no
// subdomain, /r/SUB/comments/ID/slug/, /comments/ID, /user/NAME/comments/ID, redd.it/ID, with
// query strings, fragments or a trailing .json, and /r/SUB/s/CODE share links (which only a
// redirect can resolve). Anything else is refused with a message.
#include "util/result.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

struct RedditLink {
    QString postId;    // base36, lower case; empty for a share link not resolved yet
    QString subreddit; // when the link names it
    QUrl shareUrl;     // a /r/SUB/s/CODE link to resolve by following its redirect
    bool isShareLink() const { return postId.isEmpty() && shareUrl.isValid(); }
};

class RedditUrl final {
    Q_DECLARE_TR_FUNCTIONS(RedditUrl)
public:
    // `base`: the configured Reddit base URL (INSIGHT_REDDIT_URL), whose host also counts as Reddit.
    static Result<RedditLink> parse(const QString &text, const QUrl &base = {});
    // Reddit's own hosts, or the configured base URL's host: where a share link may redirect.
    static bool isRedditHost(const QString &host, const QUrl &base = {});
};

} // namespace insights
