#pragma once
// The SQL of the github_events source, with the reason each query is right.
//
// github.github_events is a MergeTree ORDER BY (repo_id, event_type, created_at) on the public
// endpoint (ClickHouse/clickpy scripts/create_tables.sh, API-NOTES §0.7): only a filter on
// repo_id uses the index. A filter on repo_name scans about 10^10 rows, which the endpoint's read
// limit cuts (silently, unless read_overflow_mode=throw). So the id is looked up once per
// repository in github.repo_name_to_id (ORDER BY repo_name) and every other query filters on it.
// The table holds raw events (no SummingMergeTree): grouping by any column is right. Times are
// the server's (UTC on the public endpoint).

namespace insights::eventssql {

// repo_name_to_id is a ReplacingMergeTree filled by a materialized view per insert: a name may
// have several unmerged rows, some with an empty id (old events). The highest id is the newest
// repository of that name, as ClickPy's getRepoId takes it. `names` = 0: unknown. (The alias is
// not `repo_id`: ClickHouse would substitute it for the column in WHERE.)
inline constexpr const char *kRepoId = R"sql(
SELECT toString(max(toUInt64OrZero(repo_id))) AS id, count() AS names
FROM github.repo_name_to_id WHERE repo_name = {repo:String} AND repo_id != '')sql";

// Per day of [from, until): every event, each activity key's count, stars given (WatchEvent
// "started"), how many rows the events query answers that day (forks: one per actor and day;
// releases: one per published release), and the newest event — one row per day with events, so at
// most daywindows::kMaxPlanDays days per query. No row at all: no event in the window.
inline constexpr const char *kDays = R"sql(
SELECT toString(toDate(created_at)) AS day, count() AS events,
       countIf(event_type = 'PushEvent') AS push, countIf(event_type = 'IssuesEvent') AS issues,
       countIf(event_type = 'PullRequestEvent') AS pull_requests,
       countIf(event_type = 'PullRequestReviewEvent') AS pull_request_reviews,
       countIf(event_type = 'IssueCommentEvent') AS issue_comments, countIf(event_type = 'ForkEvent') AS forks,
       countIf(event_type = 'WatchEvent') AS watch, countIf(event_type = 'ReleaseEvent') AS release_events,
       countIf(event_type = 'CreateEvent') AS creates, countIf(event_type = 'DeleteEvent') AS deletes,
       countIf(event_type = 'WatchEvent' AND action = 'started') AS stars,
       uniqExactIf(actor_login, event_type = 'ForkEvent') AS fork_rows,
       countIf(event_type = 'ReleaseEvent' AND action = 'published') AS release_rows,
       toString(max(created_at)) AS newest
FROM github.github_events
WHERE repo_id = {repo_id:String} AND created_at >= {from:DateTime} AND created_at < {until:DateTime}
GROUP BY day ORDER BY day)sql";

// Releases and forks of [from, until), as many rows as kDays's release_rows + fork_rows say
// (under 1,000; a single day with more is read in pages by appending kPage). Both filter on
// repo_id and event_type, the first two columns of the key.
inline constexpr const char *kEvents = R"sql(
SELECT kind, at, actor, tag, name FROM (
    SELECT 'release' AS kind, toString(created_at) AS at, toString(actor_login) AS actor,
           release_tag_name AS tag, release_name AS name
    FROM github.github_events
    WHERE repo_id = {repo_id:String} AND event_type = 'ReleaseEvent' AND action = 'published'
      AND created_at >= {from:DateTime} AND created_at < {until:DateTime}
    UNION ALL
    SELECT 'fork', toString(min(created_at)), toString(actor_login), '', ''
    FROM github.github_events
    WHERE repo_id = {repo_id:String} AND event_type = 'ForkEvent'
      AND created_at >= {from:DateTime} AND created_at < {until:DateTime}
    GROUP BY toDate(created_at), actor_login
))sql";
inline constexpr const char *kPage = "\nORDER BY kind, at, actor, tag LIMIT {limit:UInt32} OFFSET {offset:UInt32}";

} // namespace insights::eventssql
