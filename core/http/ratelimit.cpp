#include "ratelimit.h"

#include "util/clock.h"

#include <algorithm>

namespace insights::ratelimit {

namespace {

std::optional<qint64> headerNumber(const HttpResponse &response, const QByteArray &name)
{
    const QByteArray value = response.header(name).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

} // namespace

std::optional<Decision> retryDecision(const HttpResponse &response, const QDateTime &now, int attempt)
{
    if (response.status != 403 && response.status != 429)
        return std::nullopt;

    // Retry-After wins: the server told us exactly (seconds, or an HTTP date).
    const QByteArray retryAfter = response.header("retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        qint64 seconds = retryAfter.toLongLong(&ok);
        if (!ok) {
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            seconds = at.isValid() ? std::max<qint64>(0, now.secsTo(at)) : 60;
        }
        return Decision{std::max<qint64>(seconds, 1) * 1000,
                        QStringLiteral("server asked to retry after %1 s").arg(seconds)};
    }

    // Primary limit: remaining 0, wait until the reset time (plus a second of slack).
    if (headerNumber(response, "x-ratelimit-remaining") == 0) {
        const auto reset = headerNumber(response, "x-ratelimit-reset");
        const QDateTime at = reset ? QDateTime::fromSecsSinceEpoch(*reset + 1, Qt::UTC) : now.addSecs(60);
        return Decision{std::max<qint64>(1000, now.msecsTo(at)),
                        QStringLiteral("rate limit reached, resets at %1").arg(utcMinuteText(at))};
    }

    // Secondary limit without Retry-After: at least a minute, then exponentially longer.
    const QString body = QString::fromUtf8(response.body).toLower();
    if (response.status == 429 || body.contains(QLatin1String("secondary rate limit"))
        || body.contains(QLatin1String("abuse detection"))) {
        const qint64 seconds = 60LL << std::clamp(attempt, 0, 5);
        return Decision{seconds * 1000, QStringLiteral("secondary rate limit, waiting %1 s").arg(seconds)};
    }
    return std::nullopt;
}

QString budgetOf(const QUrl &url)
{
    const QString path = url.path();
    QString resource = QStringLiteral("core");
    if (path.endsWith(QLatin1String("/graphql")))
        resource = QStringLiteral("graphql");
    else if (path.contains(QLatin1String("/search/")))
        resource = QStringLiteral("search");
    return url.host() + QLatin1Char('|') + resource;
}

QString budgetOf(const QUrl &url, const HttpResponse &response)
{
    const QByteArray resource = response.header("x-ratelimit-resource").trimmed().toLower();
    if (resource.isEmpty())
        return budgetOf(url);
    return url.host() + QLatin1Char('|') + QString::fromLatin1(resource);
}

std::optional<QDateTime> exhaustedUntil(const HttpResponse &response)
{
    if (headerNumber(response, "x-ratelimit-remaining") != 0)
        return std::nullopt;
    const auto reset = headerNumber(response, "x-ratelimit-reset");
    if (!reset)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*reset + 1, Qt::UTC);
}

} // namespace insights::ratelimit
