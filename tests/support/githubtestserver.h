#pragma once
// The GitHub REST API as the traffic collector sees it (API-NOTES §1, §4), on 127.0.0.1:
// bearer-token checks (401), push-access checks (403), per-repo traffic windows that can move
// forward in time, omitted zero days, ETags with 304, x-ratelimit-* headers, an optional path
// prefix (GitHub Enterprise's /api/v3), and one-shot faults for any path.
// Anonymous requests (setAnonymousAllowed) are answered as GitHub answers public repositories:
// with their own budget of 60 an hour (x-ratelimit-limit 60; used up: 403, remaining 0), traffic
// refused with 403 "Must have push access to repository" (the answer anyone without a token
// gets), /user with 401 "Requires authentication"; a wrong token is still 401 "Bad credentials".
// Repository names are matched without regard to case, as GitHub does, and answered with their
// own spelling; a renamed repository answers 301 to /repositories/{id} (renameRepository).
#include "localhttpserver.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <optional>

namespace insights::test {

class GitHubTestServer : public QObject {
    Q_OBJECT
public:
    struct Popular {
        QString key;
        QString title;
        int count = 0;
        int uniques = 0;
    };
    struct Release {
        QString tag;
        QString name; // empty: JSON null
        QString author;
        QDateTime publishedAt; // invalid: a draft (published_at null)
        bool prerelease = false;
    };
    struct Fork {
        QString owner;
        QDateTime createdAt;
    };
    struct Repo {
        QDate windowEnd;      // newest day of the window; still partial
        int windowDays = 15;  // GitHub answers 14 full days plus today
        QSet<QDate> omitted;  // zero-traffic days GitHub leaves out
        bool pushAccess = true;
        int stars = 1234;
        int forks = 56;
        QList<Popular> referrers{{QStringLiteral("github.com"), {}, 40, 12},
                                 {QStringLiteral("news.ycombinator.com"), {}, 25, 20}};
        QList<Popular> paths{{QStringLiteral("/o/r"), QStringLiteral("o/r: a project"), 90, 30}};
        QList<Release> releases; // newest first, as GitHub lists them
        QList<Fork> forkList;    // newest first (sort=newest)
        QString description;     // empty: null
        QString homepage;        // empty: null (the description's format is "uri": no "")
    };

    explicit GitHubTestServer(QObject *parent = nullptr);
    bool listen() { return m_http.listen(); }
    QUrl apiUrl() const { return m_http.url(m_prefix); }
    LocalHttpServer &http() { return m_http; }

    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // X-OAuth-Scopes on every answer ("repo" by default: a classic token as the README asks for);
    // nullopt: a fine-grained token, no header.
    void setScopes(std::optional<QByteArray> scopes) { m_scopes = std::move(scopes); }
    Repo &repo(const QString &name) { return m_repos[name]; }
    // Requests without a token are answered (public repositories) instead of 401.
    void setAnonymousAllowed(bool allowed) { m_anonymousAllowed = allowed; }
    // The budget of requests without a token (GitHub: 60 an hour per address).
    void setAnonymousRateLimit(int remaining, qint64 resetEpoch) { m_anonymousRemaining = remaining, m_reset = resetEpoch; }
    // `from` is called `to` now (the repository moves with its data): GET /repos/`from`/… answers
    // 301 with Location /repositories/{id}/…, as GitHub does (octokit/fixtures, scenario
    // rename-repository: body {"message": "Moved Permanently", "url", "documentation_url"}).
    void renameRepository(const QString &from, const QString &to);
    // The id GitHub would give the repository (that of objects::repository()).
    static qint64 repositoryId(const QString &name);

    // The final figures of a day (deterministic, different from day to day).
    static int finalViews(const QDate &d) { return 20 + (d.dayOfYear() * 7) % 31; }
    static int finalViewUniques(const QDate &d) { return 5 + (d.dayOfYear() * 3) % 11; }
    static int finalClones(const QDate &d) { return 3 + (d.dayOfYear() * 5) % 13; }
    static int finalCloneUniques(const QDate &d) { return 1 + (d.dayOfYear()) % 4; }
    // The newest day is partial: this much of its final figure so far.
    static int partial(int finalValue) { return finalValue / 2; }

    // The 14-day totals the server reports for `name` (true uniques are fewer than summed daily uniques).
    QPair<int, int> viewsTotals(const QString &name) const;

    // The next `times` requests whose path contains `pathContains` get `response` instead.
    void injectFault(const QString &pathContains, const TestResponse &response, int times = 1)
    {
        m_http.injectFault(pathContains, response, times);
    }
    // Requests whose path contains `pathContains`.
    int requestCount(const QString &pathContains = QString()) const { return m_http.requestCount(pathContains); }

    // Every answer comes this late (a slow network; the answer itself is GitHub's).
    void setDelayMs(int ms) { m_delayMs = ms; }
    void setRateLimit(int remaining, qint64 resetEpoch) { m_remaining = remaining, m_reset = resetEpoch; }
    // Stargazer requests (GraphQL, /stargazers, /users/) go to `handler` (a StargazerTestServer's
    // answer()), so one server can stand for all of GitHub in end-to-end tests.
    void setStargazers(LocalHttpServer::Handler handler) { m_stargazers = std::move(handler); }

private:
    TestResponse handle(const TestRequest &request);
    TestResponse routeApi(const QString &path, const TestRequest &request, bool anonymous);
    TestResponse routeRepo(const QString &name, const QString &rest, const TestRequest &request, bool anonymous);
    // The stored name GitHub would answer for `name` (any capitals); empty when none.
    QString storedName(const QString &name) const;
    // One page of `items` (?per_page=&page=) with GitHub's Link header to `path`.
    TestResponse paged(const QJsonArray &items, const TestRequest &request, const QString &path) const;
    QByteArray seriesJson(const Repo &repo, bool clones) const;
    TestResponse withEtag(const TestRequest &request, TestResponse response) const;

    LocalHttpServer m_http;
    QString m_prefix;
    QString m_token = QStringLiteral("ghp_TestToken0123456789abcdefSECRET");
    QHash<QString, Repo> m_repos;
    QHash<QString, QString> m_renamed; // old name, lower-case → new name
    LocalHttpServer::Handler m_stargazers;
    std::optional<QByteArray> m_scopes = QByteArray("repo");
    int m_remaining = 4999;
    bool m_anonymousAllowed = false;
    int m_anonymousRemaining = 60;
    int m_delayMs = 0;
    qint64 m_reset = 0;
};

} // namespace insights::test
