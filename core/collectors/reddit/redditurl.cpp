#include "redditurl.h"

#include <QRegularExpression>

namespace insights {

namespace {

const QRegularExpression &postId()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{1,13}$"));
    return re;
}

const QRegularExpression &subredditName()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_]{1,20}$"));
    return re;
}

} // namespace

bool RedditUrl::isRedditHost(const QString &host, const QUrl &base)
{
    const QString h = host.toLower();
    if (h == QLatin1String("reddit.com") || h.endsWith(QLatin1String(".reddit.com")) || h == QLatin1String("redd.it"))
        return true;
    return base.isValid() && !base.host().isEmpty() && h == base.host().toLower();
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
    if (url.host().toLower() == QLatin1String("redd.it")) {
        if (parts.size() != 1 || !postId().match(parts[0].toLower()).hasMatch())
            return refuse();
        link.postId = parts[0].toLower();
        return link;
    }
    qsizetype i = 0;
    if (parts.size() >= 2 && (parts[0] == QLatin1String("r") || parts[0] == QLatin1String("u") || parts[0] == QLatin1String("user"))) {
        if (parts[0] == QLatin1String("r")) {
            if (!subredditName().match(parts[1]).hasMatch())
                return refuse();
            link.subreddit = parts[1];
        }
        i = 2;
    }
    if (parts.size() >= i + 2 && parts[i] == QLatin1String("comments") && postId().match(parts[i + 1].toLower()).hasMatch()) {
        link.postId = parts[i + 1].toLower();
        return link;
    }
    // A share link: /r/SUB/s/CODE. Only following its redirect reveals the post.
    if (!link.subreddit.isEmpty() && parts.size() == 4 && parts[2] == QLatin1String("s")
        && QRegularExpression(QStringLiteral("^[A-Za-z0-9]{4,20}$")).match(parts[3]).hasMatch()) {
        QUrl share = url;
        share.setQuery(QString());
        share.setFragment(QString());
        share.setPath(QStringLiteral("/r/%1/s/%2").arg(link.subreddit, parts[3]));
        share.setScheme(QStringLiteral("https"));
        if (base.isValid() && url.host().toLower() == base.host().toLower())
            share.setScheme(base.scheme()); // a local test server speaks plain HTTP
        link.shareUrl = share;
        return link;
    }
    return refuse();
}

} // namespace insights
