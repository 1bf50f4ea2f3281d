#pragma once
// Parsers for stargazer answers: a GraphQL page (API-NOTES §3; errors arrive with HTTP 200 in an
// "errors" array), a REST stargazers page and a REST user (API-NOTES §2). Each checks the whole
// shape first, so an unexpected answer is an error and never half a page.
#include "stargazer.h"
#include "util/result.h"

#include <QList>

namespace insights::stars {

struct GraphQlPage {
    qint64 stargazerCount = 0; // the repository's current total
    bool hasNextPage = false;
    QString endCursor;
    QList<Stargazer> stars; // newest first, as requested
    std::optional<qint64> rateCost, rateRemaining;
    QDateTime rateResetAt;
};

// Error kinds: Http (404: no such repository), Permission (the list is restricted),
// RateLimited, Parse; the message is GitHub's own where it gave one.
Result<GraphQlPage> parseGraphQlPage(const QByteArray &body);

// A REST stargazers page (Accept: application/vnd.github.star+json), oldest first.
Result<QList<Stargazer>> parseRestPage(const QByteArray &body);
// Fills `star`'s profile from GET /users/{login}.
Status parseRestUser(const QByteArray &body, Stargazer &star);

} // namespace insights::stars
