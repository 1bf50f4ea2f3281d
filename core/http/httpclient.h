#pragma once
// The one place Insights talks HTTP. Owns a single QNetworkAccessManager (per thread that
// collects) and gives every request: a transfer timeout, an explicit User-Agent, retries with
// exponential backoff and jitter on timeouts and 5xx, rate-limit waits, ETag conditional
// requests, a body size cap, and redirects that never carry a token to another origin.
//
// send() is synchronous for the caller but keeps the thread's event loop running while it waits,
// so collectors read as straight-line code and stay cancellable.
#include "httptypes.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <atomic>
#include <functional>

namespace insights {

struct HttpOptions {
    int timeoutMs = 30'000;             // per attempt, whole transfer
    int maxAttempts = 4;                // timeouts, network errors and 5xx
    qint64 backoffBaseMs = 1'000;       // 1 s, 2 s, 4 s … plus up to 50 % jitter
    qint64 maxRateLimitWaitMs = 15 * 60'000; // longer waits end the run with "next try at …"
    int maxRateLimitWaits = 5;
    qint64 maxBodyBytes = 64LL << 20;
    int maxRedirects = 5;
};

class HttpClient final {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
public:
    explicit HttpClient(Clock &clock = SystemClock::instance(), HttpOptions options = {});
    ~HttpClient();

    void setEtagCache(EtagCache *cache) { m_cache = cache; }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }
    // Progress notes (waiting for a rate limit, retrying) for the user.
    void setNoticeHandler(std::function<void(const QString &)> handler) { m_notice = std::move(handler); }
    HttpOptions &options() { return m_options; }

    // Transport failures, exhausted retries and over-long rate-limit waits are errors; any other
    // HTTP status (including 4xx) is returned for the API layer to interpret.
    Result<HttpResponse> send(const HttpRequest &request);

    // Requests that reached a server (not answered from cache without a round trip).
    int requestCount() const { return m_requestCount; }
    static QByteArray userAgent();

private:
    struct Attempt {
        Result<HttpResponse> result;
        bool retryable = false;
    };
    Attempt sendOnce(const HttpRequest &request, const QUrl &url, bool withToken);
    Result<HttpResponse> sendFollowingRedirects(const HttpRequest &request);
    Status waitFor(qint64 ms, const QString &context, const QString &why);
    Error contextError(const HttpRequest &request, const QString &message, Error::Kind kind, int status = 0,
                       const QDateTime &retryAt = {}) const;
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }

    Clock &m_clock;
    HttpOptions m_options;
    QNetworkAccessManager m_nam;
    EtagCache *m_cache = nullptr;
    const std::atomic_bool *m_cancelled = nullptr;
    std::function<void(const QString &)> m_notice;
    QHash<QString, QDateTime> m_blockedUntil; // "host|resource" → primary limit exhausted until
    int m_requestCount = 0;
};

} // namespace insights
