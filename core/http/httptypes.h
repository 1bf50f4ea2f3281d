#pragma once
// A request as collectors describe it and the response the client hands back. Headers are
// stored with lower-case names; lookups are case-insensitive as HTTP requires.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace insights {

struct HttpRequest {
    QUrl url;
    QByteArray method = "GET";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // a User-Agent here replaces the default
    QString bearerToken;    // sent as Authorization only where tokenPolicy allows
    bool useEtag = false;   // conditional request with a cached ETag (304 → cached body)
    bool followRedirects = true;
    QString context;        // "github_traffic owner/repo": prefixes every error message
    // 5xx statuses handed straight back instead of retried: the caller has a better answer
    // (GraphQL's 502/504 mean "too slow", and a smaller page succeeds where a retry would not).
    QList<int> noRetryStatuses;
    // Rate-limit waits allowed for this request (unset: HttpOptions::maxRateLimitWaits). 0 hands
    // a refusal straight back: a paced backfill would rather stop and resume next run.
    std::optional<int> maxRateLimitWaits;
};

struct HttpResponse {
    int status = 0;
    QUrl url; // after redirects
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    bool fromCache = false; // 304 answered from the ETag cache

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// Conditional-request storage. Bodies are kept with their ETag so a 304 can be answered.
class EtagCache {
public:
    virtual ~EtagCache() = default;
    struct Entry {
        QByteArray etag;
        QByteArray body;
    };
    virtual bool lookup(const QString &url, Entry &entry) = 0;
    virtual void store(const QString &url, const Entry &entry) = 0;
};

} // namespace insights
