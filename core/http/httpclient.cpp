#include "httpclient.h"

#include "ratelimit.h"
#include "tokenpolicy.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

namespace insights {

HttpClient::HttpClient(Clock &clock, HttpOptions options) : m_clock(clock), m_options(options)
{
    // Redirects are followed by hand so that the Authorization decision is ours (API-NOTES §10).
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::userAgent()
{
    // No project address: Insights has no public home page yet, and a User-Agent must not point
    // at one that does not exist.
    return QByteArrayLiteral("Insights/" INSIGHTS_VERSION " (desktop analytics for maintainers)");
}

Error HttpClient::contextError(const HttpRequest &request, const QString &message, Error::Kind kind, int status,
                               const QDateTime &retryAt) const
{
    const QString prefix = request.context.isEmpty() ? request.url.host() : request.context;
    Error error = makeError(QStringLiteral("%1: %2").arg(prefix, message), kind, status);
    error.retryAt = retryAt;
    return error;
}

Status HttpClient::waitFor(qint64 ms, const QString &context, const QString &why)
{
    if (m_notice)
        m_notice(tr("%1: %2; waiting %3 s").arg(context, why).arg((ms + 999) / 1000));
    if (!m_clock.wait(ms, m_cancelled))
        return makeError(tr("%1: cancelled").arg(context), Error::Kind::Cancelled);
    return Ok{};
}

HttpClient::Attempt HttpClient::sendOnce(const HttpRequest &request, const QUrl &url, bool withToken)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("User-Agent", userAgent());
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (withToken && !request.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + request.bearerToken.toUtf8());

    EtagCache::Entry cached;
    const QString cacheKey = url.toString(QUrl::FullyEncoded);
    const bool haveCached = request.useEtag && m_cache && m_cache->lookup(cacheKey, cached);
    if (haveCached)
        req.setRawHeader("If-None-Match", cached.etag);

    ++m_requestCount;
    QNetworkReply *reply = m_nam.sendCustomRequest(req, request.method, request.body);
    QEventLoop loop;
    bool timedOut = false;
    bool tooLarge = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] { timedOut = true; reply->abort(); });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] { if (cancelled()) reply->abort(); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > m_options.maxBodyBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_options.timeoutMs);
    cancelPoll.start(100);
    if (!reply->isFinished())
        loop.exec();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(reply, [](QNetworkReply *r) { r->deleteLater(); });

    if (cancelled())
        return {contextError(request, tr("cancelled"), Error::Kind::Cancelled), false};
    if (tooLarge)
        return {contextError(request, tr("the answer from %1 is larger than %2 MiB; refusing it")
                                          .arg(url.host())
                                          .arg(m_options.maxBodyBytes >> 20),
                             Error::Kind::Parse),
                false};

    HttpResponse response;
    response.url = url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    if (reply->isOpen())
        response.body = reply->readAll();

    const auto error = reply->error();
    const bool transferTimeout = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    if (timedOut || (transferTimeout && response.status == 0))
        return {contextError(request, tr("no answer from %1 within %2 s").arg(url.host()).arg(m_options.timeoutMs / 1000),
                             Error::Kind::Timeout),
                true};
    if (response.status == 0) {
        return {contextError(request, tr("cannot reach %1 (%2); check the network and the base URL")
                                          .arg(url.host(), reply->errorString()),
                             Error::Kind::Network),
                true};
    }
    // A body cut short (Content-Length not reached) is a network error with a status: retry it.
    // Qt usually says so (RemoteHostClosedError), but on a busy machine the close can arrive as
    // a finished reply with a short body: the announced length decides (not for compressed
    // bodies, whose announced length is the compressed one).
    bool shortBody = false;
    const QByteArray announced = response.header("content-length").trimmed();
    const QByteArray encoding = response.header("content-encoding").trimmed().toLower();
    if (!announced.isEmpty() && (encoding.isEmpty() || encoding == "identity") && request.method != "HEAD"
        && response.status != 304 && response.status != 204) {
        bool ok = false;
        const qint64 length = announced.toLongLong(&ok);
        shortBody = ok && response.body.size() < length;
    }
    if (error == QNetworkReply::RemoteHostClosedError || shortBody)
        return {contextError(request, tr("the connection to %1 closed before the answer was complete").arg(url.host()),
                             Error::Kind::Network),
                true};

    if (response.status == 304 && haveCached) {
        response.status = 200;
        response.body = cached.body;
        response.fromCache = true;
    } else if (response.isSuccess() && request.useEtag && m_cache) {
        const QByteArray etag = response.header("etag");
        if (!etag.isEmpty())
            m_cache->store(cacheKey, {etag, response.body});
    }
    if (response.status >= 500)
        return {response, true};
    return {response, false};
}

Result<HttpResponse> HttpClient::sendFollowingRedirects(const HttpRequest &request)
{
    if (!request.bearerToken.isEmpty() && !tokenpolicy::maySendToken(request.url))
        return contextError(request,
                            tr("refusing to send a token to %1 over plain HTTP; use an https:// URL")
                                .arg(request.url.host()),
                            Error::Kind::Config);

    QUrl url = request.url;
    bool withToken = !request.bearerToken.isEmpty();
    HttpRequest current = request;
    for (int hop = 0;; ++hop) {
        Attempt attempt = sendOnce(current, url, withToken);
        if (!attempt.result.ok())
            return attempt.result;
        HttpResponse response = std::move(attempt.result).value();
        const bool isRedirect = response.status == 301 || response.status == 302 || response.status == 303
                                || response.status == 307 || response.status == 308;
        if (!isRedirect || !request.followRedirects)
            return response;
        if (hop >= m_options.maxRedirects)
            return contextError(request, tr("too many redirects (more than %1)").arg(m_options.maxRedirects),
                                Error::Kind::Http, response.status);
        const QUrl next = url.resolved(QUrl::fromEncoded(response.header("location")));
        if (!next.isValid() || (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http")))
            return contextError(request, tr("redirect to an invalid address"), Error::Kind::Http, response.status);
        // The token stays with its own origin: a redirect elsewhere goes on without it.
        if (withToken && (!tokenpolicy::sameOrigin(request.url, next) || !tokenpolicy::maySendToken(next)))
            withToken = false;
        if (response.status == 303) {
            current.method = "GET";
            current.body.clear();
        }
        url = next;
    }
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    const QString context = request.context.isEmpty() ? request.url.host() : request.context;
    int failures = 0;
    int rateLimitWaits = 0;
    for (;;) {
        if (cancelled())
            return contextError(request, tr("cancelled"), Error::Kind::Cancelled);

        // Do not spend a request that is known to be refused.
        const QDateTime blocked = m_blockedUntil.value(ratelimit::budgetOf(request.url));
        if (blocked.isValid() && blocked > m_clock.nowUtc()) {
            const qint64 ms = m_clock.nowUtc().msecsTo(blocked);
            if (ms > m_options.maxRateLimitWaitMs)
                return contextError(request, tr("the API rate limit is used up; next try after %1").arg(utcMinuteText(blocked)),
                                    Error::Kind::RateLimited, 0, blocked);
            if (auto st = waitFor(ms, context, tr("rate limit used up")); !st)
                return st.error();
        }

        auto result = sendFollowingRedirects(request);
        const bool transportFailure = !result.ok() && (result.error().kind == Error::Kind::Timeout
                                                       || result.error().kind == Error::Kind::Network);
        if (result.ok()) {
            const HttpResponse &response = *result;
            if (auto until = ratelimit::exhaustedUntil(response); until && response.isSuccess())
                m_blockedUntil.insert(ratelimit::budgetOf(request.url, response), *until);

            if (auto decision = ratelimit::retryDecision(response, m_clock.nowUtc(), rateLimitWaits)) {
                const QDateTime at = m_clock.nowUtc().addMSecs(decision->waitMs);
                if (decision->waitMs > m_options.maxRateLimitWaitMs || rateLimitWaits >= request.maxRateLimitWaits.value_or(m_options.maxRateLimitWaits))
                    return contextError(request, tr("rate limited by %1 (%2); next try after %3")
                                                     .arg(request.url.host(), decision->reason, utcMinuteText(at)),
                                        Error::Kind::RateLimited, response.status, at);
                ++rateLimitWaits;
                if (auto st = waitFor(decision->waitMs, context, decision->reason); !st)
                    return st.error();
                continue;
            }
            if (response.status < 500 || request.noRetryStatuses.contains(response.status))
                return result;
        } else if (!transportFailure) {
            return result;
        }

        ++failures;
        if (failures >= m_options.maxAttempts) {
            if (result.ok())
                return contextError(request, tr("%1 answered HTTP %2 %3 times; the service may be down, try again later")
                                                 .arg(request.url.host())
                                                 .arg(result->status)
                                                 .arg(failures),
                                    Error::Kind::Http, result->status);
            return result;
        }
        const qint64 base = m_options.backoffBaseMs << (failures - 1);
        const qint64 jitter = base > 1 ? QRandomGenerator::global()->bounded(base / 2 + 1) : 0;
        const QString why = result.ok() ? tr("HTTP %1").arg(result->status)
                            : result.error().kind == Error::Kind::Timeout ? tr("a timeout")
                                                                          : tr("a connection failure");
        if (auto st = waitFor(base + jitter, context, tr("retrying after %1").arg(why)); !st)
            return st.error();
    }
}

} // namespace insights
