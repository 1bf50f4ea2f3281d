#pragma once
// GitHub's stargazer APIs on 127.0.0.1 (API-NOTES §2–4): GraphQL pages newest first with opaque
// cursors, profiles in the same answer (only the fields the query asks for), errors inside HTTP
// 200, a point budget; REST pages oldest first with star+json, Link headers to GitHub's
// /repositories/{id}/… URLs, the 400-page cap (422), /users/{login}. Plus what tests provoke:
// restricted lists, a server without GraphQL, slow pages (502), rate-limit errors and faults.
#include "localhttpserver.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <memory>
#include <optional>

namespace insights::test {

class StarHistoryServer;

struct FixtureStar {
    QString login;       // empty: a deleted account (GraphQL node null, REST user null)
    QDateTime starredAt; // UTC, whole seconds
    std::optional<QString> name, location, company, bio, email, blog; // nullopt → JSON null
    int followers = 0, following = 0, publicRepos = 0, starsGiven = 0;
    QDateTime createdAt;
};

class StargazerTestServer : public QObject {
    Q_OBJECT
public:
    explicit StargazerTestServer(QObject *parent = nullptr);
    bool listen() { return m_http.listen(); }
    QUrl apiUrl() const { return m_http.url(m_prefix); }
    QUrl graphQlUrl() const { return m_http.url(graphQlPath()); }
    LocalHttpServer &http() { return m_http; }
    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // The token's scopes as GitHub reports them in X-OAuth-Scopes on every answer (a classic
    // token; "repo" by default, what the README asks for). nullopt: a fine-grained token, no
    // header. GraphQL's User.email needs user:email, read:user or user (API-NOTES §0.4).
    void setScopes(std::optional<QByteArray> scopes) { m_scopes = std::move(scopes); }
    bool emailVisible() const;
    // Whose stargazer list the token may not read (a repository it has no access to) while its
    // count stays public: REST 403, a FORBIDDEN error on GraphQL's `stargazers` field.

    // Stars of "owner/name", oldest first. Creating the list creates the repository.
    const QList<FixtureStar> &stars(const QString &repo) { return repository(repo).stars; }
    void addStars(const QString &repo, const QList<FixtureStar> &stars);
    bool unstar(const QString &repo, const QString &login);
    void deleteAccount(const QString &login) { m_deletedAccounts.insert(login); }
    // `count` deterministic stars from `first` on: bursts on one day and quiet days, every 50th a
    // deleted account, unicode, "" and null text. Logins are unique per (seed, index).
    static QList<FixtureStar> generate(int count, const QDateTime &first, int seed = 1);

    void setGraphQlEnabled(bool enabled) { m_graphQlEnabled = enabled; }
    void setRestricted(const QString &repo, bool restricted) { repository(repo).restricted = restricted; }
    // The next `times` GraphQL pages fail at one node (`INTERNAL` on that edge's node, the node
    // null, the rest of the page good), as GitHub's pages sometimes do (API-NOTES §0.10).
    void failOneNode(int times = 1) { m_nodeFailures = times; }
    // The next `times` GraphQL answers are a secondary rate limit: HTTP 200, RATE_LIMITED, the
    // primary budget not exhausted. Requests that arrive count in graphQlRateLimitedAt().
    void failWithSecondaryLimit(int times = 1) { m_secondaryLimited = times; }
    void setRestPageCap(int pages) { m_restPageCap = pages; }
    void setSlowAbove(int pageSize) { m_slowAbove = pageSize; }
    void setRateLimit(int remaining, const QDateTime &resetAt) { m_remaining = remaining, m_resetAt = resetAt; }
    void failGraphQlWithRateLimit(int times = 1) { m_rateLimitedAnswers = times; }
    void injectFault(const QString &pathContains, const TestResponse &response, int times = 1)
    {
        m_http.injectFault(pathContains, response, times);
    }

    // --- star history and count (starhistoryserver.h): computed from these stars, public
    StarHistoryServer &history() { return *m_history; }
    // ---

    // Answers a request as this server would (for a server that forwards stargazer requests).
    TestResponse answer(const TestRequest &request) { return handle(request); }

    int requestCount(const QString &pathContains = QString()) const { return m_http.requestCount(pathContains); }
    int graphQlRequestCount() const { return requestCount(graphQlPath()); }
    QList<int> graphQlPageSizes() const { return m_pageSizes; }

private:
    friend class StarHistoryServer; // --- star history: reads the repositories, prefix, token and scopes
    std::shared_ptr<StarHistoryServer> m_history;
    struct Repo {
        qint64 id = 0;
        QList<FixtureStar> stars; // oldest first, ties by login
        bool restricted = false;
    };
    Repo &repository(const QString &name);
    QString graphQlPath() const;
    TestResponse handle(const TestRequest &request);
    TestResponse graphQl(const TestRequest &request);
    TestResponse graphQlPage(Repo &repo, const QString &query, const QJsonObject &variables, int first);
    TestResponse rest(const TestRequest &request, const QString &path);
    TestResponse restStargazers(const Repo &repo, const TestRequest &request);
    TestResponse restUser(const QString &login) const;
    TestResponse withRateHeaders(TestResponse response, const char *resource);

    LocalHttpServer m_http;
    QString m_prefix;
    QString m_token = QStringLiteral("ghp_StarsTestToken0123456789SECRET");
    QMap<QString, Repo> m_repos;
    QHash<QString, FixtureStar> m_profiles; // login → profile
    QSet<QString> m_deletedAccounts;
    QList<int> m_pageSizes;
    bool m_graphQlEnabled = true;
    int m_restPageCap = 400;
    int m_slowAbove = 0;
    int m_remaining = 5000;
    QDateTime m_resetAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    int m_rateLimitedAnswers = 0;
    int m_nodeFailures = 0;
    int m_secondaryLimited = 0;
    std::optional<QByteArray> m_scopes = QByteArray("repo");
    bool m_exhaustedAnswer = false;
};

} // namespace insights::test
