#pragma once
// Reading rate-limit answers (GitHub's x-ratelimit-* and secondary limits, Retry-After on any API)
// into "wait this long, then try again". API-NOTES §4.
#include "httptypes.h"

#include <QDateTime>
#include <optional>

namespace insights::ratelimit {

struct Decision {
    qint64 waitMs = 0;
    QString reason; // for progress messages: "GitHub rate limit (resets 14:05 UTC)"
};

// For a response that was refused because of a limit: how long to wait before trying again.
// nullopt when the response is not a rate-limit refusal (a 403 for missing permission stays an
// error). `attempt` counts earlier rate-limit waits for this request (exponential fallback).
std::optional<Decision> retryDecision(const HttpResponse &response, const QDateTime &now, int attempt);

// GitHub keeps one budget per resource (core, graphql, search, …: x-ratelimit-resource, API-NOTES
// §4): an exhausted GraphQL budget does not stop REST requests. The budget a request draws on is
// named "host|resource"; before an answer says which, the path decides (…/graphql → graphql,
// …/search/… → search, anything else core).
QString budgetOf(const QUrl &url);
QString budgetOf(const QUrl &url, const HttpResponse &response);

// For a successful response that used the last request of the window: when the next request
// may go out (nullopt when requests remain).
std::optional<QDateTime> exhaustedUntil(const HttpResponse &response);

} // namespace insights::ratelimit
