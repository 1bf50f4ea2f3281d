#pragma once
// The Plausible Stats API as the collector uses it (API-NOTES §8): v2 queries (POST
// /api/v2/query, JSON body, offset pagination) and the v1 endpoints older self-hosted servers
// still have (GET /api/v1/stats/timeseries and /breakdown). The key goes only to the configured
// Plausible origin; 401, 402, 404 and 429 become messages that say what to do.
#include "http/httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

namespace insights::plausible {

class Api final {
    Q_DECLARE_TR_FUNCTIONS(PlausibleApi)
public:
    Api(HttpClient &http, QUrl base, QString key, QString site, QString context);

    // The raw answer of a v2 query; a 404 comes back as Error::Kind::Http with httpStatus 404
    // (no v2 on this server).
    Result<QByteArray> queryV2(const QJsonObject &query);
    // GET /api/v1/stats/ENDPOINT with site_id added. `paced`: a refusal for the hourly limit is
    // returned at once (Error::Kind::RateLimited) instead of waited out.
    Result<QByteArray> getV1(const QString &endpoint, QUrlQuery query, bool paced);

    int requests() const { return m_requests; }

private:
    Result<QByteArray> answer(const Result<HttpResponse> &response, const QString &what);

    HttpClient &m_http;
    QUrl m_base;
    QString m_key;
    QString m_site;
    QString m_context;
    int m_requests = 0;
};

// A Plausible site id is its domain ("example.com", "docs.example.org").
bool isValidSite(const QString &site);

} // namespace insights::plausible
