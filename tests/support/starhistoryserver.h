#pragma once
// GitHub's star counts without identities (API-NOTES §0.3), served by a StargazerTestServer from
// its own fixture stars, so that the history, the count and the list always agree:
// `GET /repos/{o}/{r}/stargazers/history` (weeks newest first, each Sunday 00:00 UTC, the stars
// of each UTC day that still stand; per_page ≤ 30 and page ≤ 100, else 422 as GitHub; Link
// rel="next"/"last"/"prev"/"first") and `GET /repos/{o}/{r}/stargazers/count` (`{"count": N}`).
// Both answer with or without a token, like public repositories on GitHub: a wrong token is a
// 401, no token is an unauthenticated request with its own budget of 60 an hour (403 with
// x-ratelimit-remaining 0 when it is used up). Every answer carries x-ratelimit-* with resource
// `core`, and an ETag (an unchanged answer to If-None-Match is a 304).
//
// A repository's list can be closed to the token (StargazerTestServer::setRestricted: REST 403,
// GraphQL FORBIDDEN) while its history and count stay public, or answered empty (setListEmpty).
// setAvailable(false) answers 404 for both, as GitHub Enterprise Server does.
#include "localhttpserver.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <array>
#include <optional>

namespace insights {
class Clock;
}

namespace insights::test {

class StargazerTestServer;
struct FixtureStar;

class StarHistoryServer final {
public:
    static constexpr int kMaxPerPage = 30;
    static constexpr int kMaxPage = 100;
    static constexpr int kUnauthenticatedLimit = 60;
    static constexpr int kAuthenticatedLimit = 5000;

    explicit StarHistoryServer(StargazerTestServer &stars);

    // The answer to a history or count request (or to a list answered empty); nullopt for any
    // other request, which the stargazer server answers itself.
    std::optional<TestResponse> answer(const TestRequest &request);

    // "Now" for the newest week and the hourly budget (default: the wall clock).
    void setClock(const Clock *clock) { m_clock = clock; }
    void setAvailable(bool available) { m_available = available; }
    void setListEmpty(const QString &repo, bool empty);
    void setUnauthenticatedBudget(int remaining, const QDateTime &resetAt);

    struct Week {
        qint64 start = 0; // epoch seconds, a Sunday 00:00 UTC
        std::array<int, 7> days{};
        int total() const;
    };
    // The history of `stars` at `now`, newest week first: from the week of the oldest star to
    // the current week (or the newest star's, if later).
    static QList<Week> weeksOf(const QList<FixtureStar> &stars, const QDateTime &now);
    // Stars per UTC day (days without a star absent).
    static QMap<QDate, int> daysOf(const QList<FixtureStar> &stars);

    int unauthenticatedRequests() const { return m_unauthenticatedRequests; }
    int authenticatedRequests() const { return m_authenticatedRequests; }

private:
    QDateTime now() const;
    TestResponse history(const QList<FixtureStar> &stars, const TestRequest &request);
    TestResponse withHeaders(TestResponse response, const TestRequest &request, bool authenticated);

    StargazerTestServer &m_stars;
    const Clock *m_clock = nullptr;
    bool m_available = true;
    QSet<QString> m_emptyLists;
    int m_unauthenticatedRemaining = kUnauthenticatedLimit;
    QDateTime m_unauthenticatedReset;
    int m_authenticatedRemaining = kAuthenticatedLimit;
    QDateTime m_authenticatedReset;
    int m_unauthenticatedRequests = 0;
    int m_authenticatedRequests = 0;
};

} // namespace insights::test
