#pragma once
// Every form of Reddit post link users paste (SPEC §1, API-NOTES §9): any reddit.com host
// (www., old., new., np., m., sh., amp., none), /r/SUB/comments/ID/slug/, /comments/ID,
// /u/NAME/comments/ID and /user/NAME/comments/ID, redd.it/ID, with query strings, fragments or a
// trailing .json — and the links only a redirect can resolve: share links /r/SUB/s/CODE and
// /u/NAME/s/CODE (profile posts), Reddit's app links reddit.app.link/CODE, and /gallery/ID.
// User names are 3–20 characters of [A-Za-z0-9_-]. Anything else is refused with a message.
//
// Every Reddit web request goes to the configured Reddit base URL (INSIGHT_REDDIT_URL): a pasted
// www.reddit.com or old.reddit.com link is asked of that base, keeping its path. App links live
// on their own host; they are asked there, unless the base URL points away from reddit.com (a
// stand-in such as a test server), which then answers them as well.
#include "util/result.h"

#include <QCoreApplication>
#include <QUrl>

namespace insights {

struct RedditLink {
    QString postId;    // base36, lower case; empty for a link still to resolve
    QString subreddit; // when the link names it
    QUrl shareUrl;     // a share, app or gallery link to resolve by following its redirects
    bool isShareLink() const { return postId.isEmpty() && shareUrl.isValid(); }
};

class RedditUrl final {
    Q_DECLARE_TR_FUNCTIONS(RedditUrl)
public:
    // `base`: the configured Reddit base URL (INSIGHT_REDDIT_URL), whose host also counts as Reddit.
    static Result<RedditLink> parse(const QString &text, const QUrl &base = {});
    // Reddit's own hosts (reddit.com and its subdomains, redd.it, reddit.app.link), or the
    // configured base URL's host: where a link may lead and a redirect may go.
    static bool isRedditHost(const QString &host, const QUrl &base = {});
    // Where to ask for `url`, a link on a Reddit host: on the configured base (see above).
    static QUrl throughBase(const QUrl &url, const QUrl &base);
};

} // namespace insights
