#pragma once
// The Plausible Stats API as the collector uses it (API-NOTES §8): v2 queries (POST
// /api/v2/query, JSON body, offset pagination) and the v1 endpoints older self-hosted servers
// still have (GET /api/v1/stats/timeseries and /breakdown). The key goes only to the configured
// Plausible origin; 401, 402, 404 and 429 become messages that say what to do.
//
// Plausible's request limit (plausible/analytics, lib/plausible/rate_limit.ex and
// plugs/authorize_public_api.ex): every API key has an hourly allowance (600 on plausible.io by
// default, 1,000,000 on Community Edition since 2.1.2), counted in fixed windows that start at
// every full hour (the window is the whole number of hours since the epoch), refused requests
// included. A 429 carries no Retry-After: nothing changes before the next full hour. So a refusal
// is not waited out with growing guesses: one short confirmation (the 429 may come from a proxy
// in front of a self-hosted server), then the run stops and names the full hour it continues after.
#include "http/httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

namespace insights::plausible {

// The start of the next window of Plausible's hourly limit after `now`.
QDateTime nextFullHour(const QDateTime &now);

class Api final {
    Q_DECLARE_TR_FUNCTIONS(PlausibleApi)
public:
    Api(HttpClient &http, Clock &clock, QUrl base, QString key, QString site, QString context);

    // The raw answer of a v2 query; a 404 comes back as Error::Kind::Http with httpStatus 404
    // (no v2 on this server).
    Result<QByteArray> queryV2(const QJsonObject &query);
    // GET /api/v1/stats/ENDPOINT with site_id added. `paced`: a refusal for the hourly limit is
    // returned at once (Error::Kind::RateLimited) instead of waited out.
    Result<QByteArray> getV1(const QString &endpoint, QUrlQuery query, bool paced);

    int requests() const { return m_requests; }

private:
    Result<QByteArray> answer(const Result<HttpResponse> &response, const QString &what);
    Error limitReached(const QDateTime &retryAt) const;

    HttpClient &m_http;
    Clock &m_clock;
    QUrl m_base;
    QString m_key;
    QString m_site;
    QString m_context;
    int m_requests = 0;
};

// A Plausible site id is its domain ("example.com", "docs.example.org").
bool isValidSite(const QString &site);

} // namespace insights::plausible
