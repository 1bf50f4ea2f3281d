#pragma once
// What makes the GitHub test servers answer like GitHub where our own reading could be wrong:
// GitHub's published descriptions (tests/github/, pinned npm packages) judge them.
// - Every GraphQL document a test server receives is validated against GitHub's schema by
//   tests/github/validate-graphql.js (one `node --serve` process per test process); a document
//   GitHub would refuse is refused here too, with GitHub's answer shape (HTTP 200, `errors`, no
//   `data`). The validator also says which fields the document selects (User.email needs a scope).
// - With INSIGHTS_GITHUB_GRAPHQL_LOG / INSIGHTS_GITHUB_REST_LOG set (ctest sets them, see
//   tests/github/conformance.cmake), every document and every REST exchange is appended to a
//   JSON-lines log that github_graphql_conformance and github_openapi_conformance check at the
//   end of the suite against the schema and the REST OpenAPI description.
#include "localhttpserver.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace insights::test::conformance {

struct GraphQlVerdict {
    bool ok = false;
    QStringList errors;
    QSet<QString> fields; // "User.email", "Repository.stargazers", …
    bool selects(const QString &field) const { return fields.contains(field); }
};

// Validates `query` with `variables` against GitHub's schema (and logs it).
GraphQlVerdict validateGraphQl(const QString &query, const QJsonObject &variables);
// GitHub's answer to a document that does not validate.
TestResponse graphQlRefusal(const GraphQlVerdict &verdict);

// Logs one REST exchange; `apiPath` is the path below the API root (prefix removed). An injected
// fault's answer is deliberately wrong: only the request is checked.
void logRest(const TestRequest &request, const QString &apiPath, const TestResponse &response, bool injected);
// Installs logRest on `server` for every path below `*prefix` (read at each request) except GraphQL's.
void observeRest(LocalHttpServer &server, const QString *prefix);

} // namespace insights::test::conformance
