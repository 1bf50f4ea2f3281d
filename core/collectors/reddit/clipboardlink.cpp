#include "clipboardlink.h"

#include "redditurl.h"

#include <QRegularExpression>

namespace insights {

Result<QString> ClipboardLink::redditLink(const QString &text, const QUrl &redditBase)
{
    // A copied message may be "look at this: https://redd.it/abc123 !"; try each word that looks
    // like an address.
    static const QRegularExpression word(QStringLiteral("\\S+"));
    for (auto it = word.globalMatch(text.left(4096)); it.hasNext();) {
        QString candidate = it.next().captured();
        while (!candidate.isEmpty() && QStringLiteral(".,;:!?)]>\"'").contains(candidate.back()))
            candidate.chop(1);
        if (!candidate.contains(QLatin1Char('.')) && !candidate.contains(QLatin1String("://")))
            continue;
        if (RedditUrl::parse(candidate, redditBase))
            return candidate;
    }
    const QString shown = text.simplified().left(60);
    return makeError(shown.isEmpty() ? tr("The clipboard is empty. Copy a Reddit post's link first.")
                                     : tr("The clipboard holds no Reddit post link (\"%1\"). Copy a link like "
                                          "https://www.reddit.com/r/SUB/comments/ID/… first.")
                                           .arg(shown),
                     Error::Kind::Config);
}

} // namespace insights
