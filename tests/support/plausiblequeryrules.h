#pragma once
// What Plausible accepts as a Stats API v2 query body (POST /api/v2/query), in our own words,
// from two places in plausible/analytics: the query JSON schema
// (priv/json-schemas/query-api-schema.json, the public part: entries marked "only :internal" are
// not offered to API keys) and the checks its query parser adds after the schema
// (lib/plausible/stats/filters/query_parser.ex, TableDecider). A body that breaks a rule gets
// Plausible's answer: HTTP 400 with {"error": "…"}. The test server asks this before it answers.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace insights::test::plausiblerules {

// Why Plausible would refuse `body`; an empty string when it would accept it.
QString refusal(const QJsonValue &body);

// The public metric names (schema `metric`, without the internal-only ones).
const QStringList &metrics();
// The dimensions a query may group or filter by (schema `simple_filter_dimensions`).
const QStringList &simpleDimensions();
const QStringList &timeDimensions();
// Metrics computed from sessions only, from events only, and dimensions of sessions only
// (TableDecider's partitions): a session metric cannot be asked with an event dimension (except
// event:page alone, which Plausible answers with visit:entry_page for the session part), an
// event metric not with a session-only dimension.
const QStringList &sessionMetrics();
const QStringList &eventMetrics();
const QStringList &sessionOnlyDimensions();

} // namespace insights::test::plausiblerules
