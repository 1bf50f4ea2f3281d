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
    // Stars GitHub could not give on this page (an error names the edge or its node, the edge is
    // null): left out of `stars`, the rest of the page is good (API-NOTES §0.10).
    int failedNodes = 0;
    QString nodeError; // GitHub's message for the first of them
};

// Error kinds: Http (404: no such repository), Permission (the list is restricted),
// RateLimited (RATE_LIMITED), Auth (INSUFFICIENT_SCOPES: the message names the scopes), Parse;
// the message is GitHub's own where it gave one. Errors that name single stargazer nodes while
// the page's data is there are not errors: see GraphQlPage::failedNodes.
Result<GraphQlPage> parseGraphQlPage(const QByteArray &body);

// A REST stargazers page (Accept: application/vnd.github.star+json), oldest first.
Result<QList<Stargazer>> parseRestPage(const QByteArray &body);
// Fills `star`'s profile from GET /users/{login}.
Status parseRestUser(const QByteArray &body, Stargazer &star);

} // namespace insights::stars
