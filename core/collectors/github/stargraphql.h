#pragma once
// Pages of stargazers from GitHub's GraphQL API (API-NOTES §3): 100 stars with their profiles per
// request, newest first. Handles what GraphQL does differently from REST: errors inside HTTP 200
// answers, a point budget read from the answer (wait for the reset when it runs low), and 502/504
// for queries that took too long (ask again for a smaller page, grow back after a few good ones),
// secondary rate limits (RATE_LIMITED: at least a minute's pause, then longer), and e-mail
// addresses, which GitHub gives only to tokens with the user:email or read:user scope: asking a
// token without them fails the whole query (API-NOTES §0.4), so the query asks for `email` only
// when the token's X-OAuth-Scopes allow it. Every document is checked against GitHub's published
// schema by the test suite (tests/github/).
#include "stargazerparser.h"

#include <QCoreApplication>
#include <QUrl>
#include <atomic>
#include <functional>
#include <optional>

namespace insights {

class Clock;
class GitHubApi;
class HttpClient;

class StarGraphQl final {
    Q_DECLARE_TR_FUNCTIONS(StarGraphQl)
public:
    static constexpr int kMaxPage = 100;
    static constexpr int kMinPage = 10;
    // Pages of a reduced size that must succeed before asking for twice as many again.
    static constexpr int kPagesBeforeGrowing = 5;
    // Points kept in hand: below this the next page waits for the reset.
    static constexpr qint64 kReservePoints = 10;

    StarGraphQl(HttpClient &http, Clock &clock, GitHubApi &rest, QUrl endpoint, QString token, QString subject);
    void setNotice(std::function<void(const QString &)> notice) { m_notice = std::move(notice); }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    // The page after `cursor` (empty: the newest stars). Errors name the repository and say what
    // to do; kind Permission means the list is restricted to people with access.
    Result<stars::GraphQlPage> page(const QString &cursor);
    // The last error came from an endpoint that does not exist (GitHub Enterprise without
    // GraphQL): the caller should use REST.
    bool endpointMissing() const { return m_endpointMissing; }
    int pageSize() const { return m_pageSize; }

    // Whether the token may read e-mail addresses: from the last answer's X-OAuth-Scopes (classic
    // tokens), or, where GitHub sends none (fine-grained tokens, apps), from whether a query that
    // asked for them was answered. Unknown: the first page asks, and learns.
    void setEmailReadable(std::optional<bool> readable) { m_emailReadable = readable; }
    std::optional<bool> emailReadable() const { return m_emailReadable; }

    static QByteArray query(bool withEmail);
    // From an X-OAuth-Scopes header: nullopt when there is none (not a classic token).
    static std::optional<bool> emailScope(const QByteArray &scopesHeader);
    // The secondary-limit pause before the `attempt`-th retry (0-based): 60 s, 120 s, 240 s.
    static qint64 secondaryWaitMs(int attempt) { return 60'000LL << std::min(attempt, 4); }

private:
    Status waitForPoints();
    QByteArray body(const QString &cursor) const;

    HttpClient &m_http;
    Clock &m_clock;
    GitHubApi &m_rest;
    QUrl m_endpoint;
    QString m_token;
    QString m_subject;
    QString m_where;
    std::function<void(const QString &)> m_notice;
    const std::atomic_bool *m_cancelled = nullptr;
    int m_pageSize = kMaxPage;
    int m_pagesAtThisSize = 0;
    bool m_endpointMissing = false;
    QDateTime m_pointsResetAt; // valid while the budget is too low for another page
    std::optional<bool> m_emailReadable;
};

} // namespace insights
