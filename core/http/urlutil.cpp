#include "urlutil.h"

namespace insights {

QUrl joinUrl(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace insights
