#include "plausibleapi.h"

#include "http/urlutil.h"
#include "util/clock.h"
#include "util/jsonutil.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace insights::plausible {

namespace {

// Plausible's own words from an error body ({"error": "…"}), shortened; empty otherwise.
QString plausibleMessage(const QByteArray &body)
{
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(QLatin1String("error"));
    return error.isString() ? error.toString().simplified().left(200) : QString();
}

} // namespace

QDateTime nextFullHour(const QDateTime &now)
{
    const qint64 hourMs = 3'600'000;
    const qint64 ms = now.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch((ms / hourMs + 1) * hourMs, Qt::UTC);
}

bool isValidSite(const QString &site)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=.{3,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return re.match(site).hasMatch();
}

Api::Api(HttpClient &http, Clock &clock, QUrl base, QString key, QString site, QString context)
    : m_http(http), m_clock(clock), m_base(std::move(base)), m_key(std::move(key)), m_site(std::move(site)),
      m_context(std::move(context))
{
}

Error Api::limitReached(const QDateTime &retryAt) const
{
    // Plausible's window turns over at the next full hour; a Retry-After (from a proxy) may say later.
    QDateTime resume = nextFullHour(m_clock.nowUtc());
    if (retryAt.isValid() && retryAt > resume)
        resume = retryAt;
    Error limited = makeError(tr("%1: Plausible's hourly request limit for this key is used up (HTTP 429); nothing more "
                                 "is asked now, and a run after %2 continues where this one stopped.")
                                  .arg(m_context, utcMinuteText(resume)),
                              Error::Kind::RateLimited, 429);
    limited.retryAt = resume;
    return limited;
}

Result<QByteArray> Api::answer(const Result<HttpResponse> &response, const QString &what)
{
    if (!response) {
        if (const Error &e = response.error(); e.kind == Error::Kind::RateLimited)
            return limitReached(e.retryAt);
        return response.error();
    }
    const int status = response->status;
    if (response->isSuccess())
        return response->body;
    const QString said = plausibleMessage(response->body);
    const QString quoted = said.isEmpty() ? QString() : QStringLiteral(": \"%1\"").arg(said);
    switch (status) {
    case 401:
        return makeError(tr("%1: Plausible refused the API key for %2 (HTTP 401%3). Create a Stats API key in Plausible "
                            "(Account settings → API keys), save it in Settings, and "
                            "check the site is written exactly as in Plausible.")
                             .arg(m_context, m_site, quoted),
                         Error::Kind::Auth, status);
    case 402:
        return makeError(tr("%1: Plausible says this account's plan does not include the Stats API (HTTP 402%2). "
                            "Upgrade the plan, or use a self-hosted Plausible.")
                             .arg(m_context, quoted),
                         Error::Kind::Permission, status);
    case 404:
        return makeError(tr("%1: %2 has no %3 (HTTP 404); check the Plausible address in Settings.")
                             .arg(m_context, m_base.toString(), what),
                         Error::Kind::Http, status);
    case 429:
        return limitReached({});
    case 400:
        return makeError(tr("%1: Plausible did not accept the %2 (HTTP 400%3).").arg(m_context, what, quoted),
                         Error::Kind::Http, status);
    default:
        return makeError(tr("%1: Plausible answered HTTP %2 to the %3%4.").arg(m_context).arg(status).arg(what, quoted),
                         Error::Kind::Http, status);
    }
}

Result<QByteArray> Api::queryV2(const QJsonObject &query)
{
    HttpRequest request;
    request.url = joinUrl(m_base, QStringLiteral("/api/v2/query"));
    request.method = "POST";
    request.body = QJsonDocument(query).toJson(QJsonDocument::Compact);
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.bearerToken = m_key;
    request.followRedirects = false;
    request.context = m_context;
    // One confirmation of a 429 (Retry-After honoured, else a minute): a proxy may have refused.
    // Plausible's own limit lasts until the next full hour, which no guessed wait shortens.
    request.maxRateLimitWaits = 1;
    ++m_requests;
    auto body = answer(m_http.send(request), tr("v2 query API"));
    if (body && !body->trimmed().startsWith('{'))
        return makeError(tr("%1: Plausible's answer is not JSON; nothing was stored.").arg(m_context), Error::Kind::Parse);
    return body;
}

Result<QByteArray> Api::getV1(const QString &endpoint, QUrlQuery query, bool paced)
{
    query.addQueryItem(QStringLiteral("site_id"), m_site);
    HttpRequest request;
    request.url = joinUrl(m_base, QStringLiteral("/api/v1/stats/") + endpoint, query);
    request.headers = {{"Accept", "application/json"}};
    request.bearerToken = m_key;
    request.followRedirects = false;
    request.context = m_context;
    if (paced)
        request.maxRateLimitWaits = 0;
    ++m_requests;
    auto body = answer(m_http.send(request), tr("v1 %1 API").arg(endpoint));
    if (body && !body->trimmed().startsWith('{'))
        return makeError(tr("%1: Plausible's answer is not JSON; nothing was stored.").arg(m_context), Error::Kind::Parse);
    return body;
}

} // namespace insights::plausible
