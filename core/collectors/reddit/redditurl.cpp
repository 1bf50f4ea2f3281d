#include "redditurl.h"

#include <QRegularExpression>

namespace insights {

namespace {

const QString kAppLinkHost = QStringLiteral("reddit.app.link");

const QRegularExpression &postId()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{1,13}$"));
    return re;
}

// A subreddit, or a user's profile as Reddit names it in permalinks (u_NAME).
const QRegularExpression &subredditName()
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9_]{1,20}|u_[A-Za-z0-9_-]{3,20})$"));
    return re;
}

// Reddit user names: 3 to 20 letters, digits, '-' or '_'.
const QRegularExpression &userName()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{3,20}$"));
    return re;
}

const QRegularExpression &shareCode()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{4,20}$"));
    return re;
}

bool isRedditWebHost(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("reddit.com") || h.endsWith(QLatin1String(".reddit.com"));
}

bool isDefaultBase(const QUrl &base)
{
    return !base.isValid() || base.host().isEmpty() || isRedditWebHost(base.host());
}

} // namespace

bool RedditUrl::isRedditHost(const QString &host, const QUrl &base)
{
    const QString h = host.toLower();
    if (isRedditWebHost(h) || h == QLatin1String("redd.it") || h == kAppLinkHost)
        return true;
    return base.isValid() && !base.host().isEmpty() && h == base.host().toLower();
}

QUrl RedditUrl::throughBase(const QUrl &url, const QUrl &base)
{
    const QString host = url.host().toLower();
    const bool web = isRedditWebHost(host);
    const bool appLink = host == kAppLinkHost;
    if (!base.isValid() || base.host().isEmpty() || (!web && !appLink) || (appLink && isDefaultBase(base))) {
        QUrl direct = url;
        if (direct.scheme() == QLatin1String("http") && (web || appLink))
            direct.setScheme(QStringLiteral("https"));
        return direct;
    }
    QUrl mapped = url;
    mapped.setScheme(base.scheme());
    mapped.setHost(base.host());
    mapped.setPort(base.port());
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    mapped.setPath(prefix + url.path());
    return mapped;
}

Result<RedditLink> RedditUrl::parse(const QString &text, const QUrl &base)
{
    const QString trimmed = text.trimmed();
    const auto refuse = [&] {
        return makeError(tr("\"%1\" is not a link to a Reddit post; paste a link like "
                            "https://www.reddit.com/r/SUB/comments/ID/… or https://redd.it/ID.")
                             .arg(trimmed.left(120)),
                         Error::Kind::Config);
    };
    QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || !isRedditHost(url.host(), base))
        return refuse();

    QString path = url.path();
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    RedditLink link;
    // A link whose post only a redirect reveals: asked of the base, without query or fragment.
    const auto resolveLater = [&](const QString &canonicalPath) {
        QUrl resolve = url;
        resolve.setQuery(QString());
        resolve.setFragment(QString());
        resolve.setPath(canonicalPath);
        link.shareUrl = throughBase(resolve, base);
        return link;
    };
    const QString host = url.host().toLower();
    if (host == QLatin1String("redd.it")) {
        if (parts.size() != 1 || !postId().match(parts[0].toLower()).hasMatch())
            return refuse();
        link.postId = parts[0].toLower();
        return link;
    }
    if (host == kAppLinkHost) {
        // reddit.app.link/CODE: Reddit's app links, which answer with a redirect to the post.
        if (parts.size() != 1 || !QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{4,40}$")).match(parts[0]).hasMatch())
            return refuse();
        return resolveLater(u'/' + parts[0]);
    }
    qsizetype i = 0;
    QString user;
    if (parts.size() >= 2 && (parts[0] == QLatin1String("r") || parts[0] == QLatin1String("u") || parts[0] == QLatin1String("user"))) {
        if (parts[0] == QLatin1String("r")) {
            if (!subredditName().match(parts[1]).hasMatch())
                return refuse();
            link.subreddit = parts[1];
        } else {
            if (!userName().match(parts[1]).hasMatch())
                return refuse();
            user = parts[1];
        }
        i = 2;
    }
    if (parts.size() >= i + 2 && parts[i] == QLatin1String("comments") && postId().match(parts[i + 1].toLower()).hasMatch()) {
        link.postId = parts[i + 1].toLower();
        return link;
    }
    // Share links: /r/SUB/s/CODE, and /u/NAME/s/CODE for posts on a user's profile.
    if (i == 2 && parts.size() == 4 && parts[2] == QLatin1String("s") && shareCode().match(parts[3]).hasMatch())
        return resolveLater(link.subreddit.isEmpty() ? QStringLiteral("/%1/%2/s/%3").arg(parts[0], user, parts[3])
                                                     : QStringLiteral("/r/%1/s/%2").arg(link.subreddit, parts[3]));
    // /gallery/ID: a gallery post, which Reddit redirects to the post itself.
    if (i == 0 && parts.size() == 2 && parts[0] == QLatin1String("gallery") && postId().match(parts[1].toLower()).hasMatch())
        return resolveLater(QStringLiteral("/gallery/%1").arg(parts[1].toLower()));
    return refuse();
}

} // namespace insights
