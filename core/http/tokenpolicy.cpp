#include "tokenpolicy.h"

#include <QHostAddress>

namespace insights::tokenpolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool maySendToken(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

bool sameOrigin(const QUrl &from, const QUrl &to)
{
    const auto defaultPort = [](const QUrl &u) { return u.port(u.scheme().toLower() == QLatin1String("https") ? 443 : 80); };
    return from.scheme().compare(to.scheme(), Qt::CaseInsensitive) == 0
           && from.host().compare(to.host(), Qt::CaseInsensitive) == 0 && defaultPort(from) == defaultPort(to);
}

} // namespace insights::tokenpolicy
