-- The public datasets' tables as the collectors read them (API-NOTES §6–7), in a real ClickHouse.
-- github.github_events: the columns Insights uses, with the published types.
CREATE DATABASE IF NOT EXISTS github;
CREATE TABLE IF NOT EXISTS github.github_events
(
    event_type Enum8('CommitCommentEvent' = 1, 'CreateEvent' = 2, 'DeleteEvent' = 3, 'ForkEvent' = 4,
                     'GollumEvent' = 5, 'IssueCommentEvent' = 6, 'IssuesEvent' = 7, 'MemberEvent' = 8,
                     'PublicEvent' = 9, 'PullRequestEvent' = 10, 'PullRequestReviewCommentEvent' = 11,
                     'PushEvent' = 12, 'ReleaseEvent' = 13, 'SponsorshipEvent' = 14, 'WatchEvent' = 15,
                     'GistEvent' = 16, 'FollowEvent' = 17, 'DownloadEvent' = 18, 'PullRequestReviewEvent' = 19,
                     'ForkApplyEvent' = 20, 'Event' = 21, 'TeamAddEvent' = 22),
    actor_login LowCardinality(String),
    repo_name LowCardinality(String),
    created_at DateTime,
    updated_at DateTime,
    action Enum8('none' = 0, 'created' = 1, 'added' = 2, 'edited' = 3, 'deleted' = 4, 'opened' = 5, 'closed' = 6,
                 'reopened' = 7, 'assigned' = 8, 'unassigned' = 9, 'labeled' = 10, 'unlabeled' = 11,
                 'review_requested' = 12, 'review_request_removed' = 13, 'synchronize' = 14, 'started' = 15,
                 'published' = 16, 'update' = 17, 'create' = 18, 'fork' = 19, 'merged' = 20),
    number UInt32,
    title String,
    ref LowCardinality(String),
    ref_type Enum8('none' = 0, 'branch' = 1, 'tag' = 2, 'repository' = 3, 'unknown' = 4),
    release_tag_name String,
    release_name String,
    merged UInt8,
    push_size UInt32
)
ENGINE = MergeTree ORDER BY (event_type, repo_name, created_at);

-- pypi: the raw table (never read by Insights) feeds the rollups through materialized views, as
-- on ClickPy, so the rollups are consistent with each other by construction. SummingMergeTree
-- rows may stay unmerged: readers must sum(count).
CREATE DATABASE IF NOT EXISTS pypi;
CREATE TABLE IF NOT EXISTS pypi.pypi
(
    date Date, country_code LowCardinality(String), project String, type LowCardinality(String),
    installer LowCardinality(String), python_minor LowCardinality(String), system LowCardinality(String),
    version String
)
ENGINE = MergeTree ORDER BY (project, date);

CREATE TABLE IF NOT EXISTS pypi.pypi_downloads (project String, count Int64)
ENGINE = SummingMergeTree ORDER BY project;
CREATE MATERIALIZED VIEW IF NOT EXISTS pypi.pypi_downloads_mv TO pypi.pypi_downloads
AS SELECT project, count() AS count FROM pypi.pypi GROUP BY project;

CREATE TABLE IF NOT EXISTS pypi.pypi_downloads_per_day (date Date, project String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, date);
CREATE MATERIALIZED VIEW IF NOT EXISTS pypi.pypi_downloads_per_day_mv TO pypi.pypi_downloads_per_day
AS SELECT date, project, count() AS count FROM pypi.pypi GROUP BY date, project;

CREATE TABLE IF NOT EXISTS pypi.pypi_downloads_per_day_by_version (date Date, project String, version String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date);
CREATE MATERIALIZED VIEW IF NOT EXISTS pypi.pypi_downloads_per_day_by_version_mv TO pypi.pypi_downloads_per_day_by_version
AS SELECT date, project, version, count() AS count FROM pypi.pypi GROUP BY date, project, version;

CREATE TABLE IF NOT EXISTS pypi.pypi_downloads_per_day_by_version_by_country
    (date Date, project String, version String, country_code String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, country_code);
CREATE MATERIALIZED VIEW IF NOT EXISTS pypi.pypi_downloads_per_day_by_version_by_country_mv
TO pypi.pypi_downloads_per_day_by_version_by_country
AS SELECT date, project, version, country_code, count() AS count FROM pypi.pypi GROUP BY date, project, version, country_code;

CREATE TABLE IF NOT EXISTS pypi.pypi_downloads_per_day_by_version_by_file_type
    (date Date, project String, version String, type String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, type);
CREATE MATERIALIZED VIEW IF NOT EXISTS pypi.pypi_downloads_per_day_by_version_by_file_type_mv
TO pypi.pypi_downloads_per_day_by_version_by_file_type
AS SELECT date, project, version, type, count() AS count FROM pypi.pypi GROUP BY date, project, version, type;

CREATE TABLE IF NOT EXISTS pypi.pypi_downloads_per_day_by_version_by_installer_by_type
    (date Date, project String, version String, installer String, type String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, installer, type);
CREATE MATERIALIZED VIEW IF NOT EXISTS pypi.pypi_downloads_per_day_by_version_by_installer_by_type_mv
TO pypi.pypi_downloads_per_day_by_version_by_installer_by_type
AS SELECT date, project, version, installer, type, count() AS count FROM pypi.pypi GROUP BY date, project, version, installer, type;

CREATE TABLE IF NOT EXISTS pypi.pypi_downloads_max_min (project String, max_date SimpleAggregateFunction(max, Date),
                                                      min_date SimpleAggregateFunction(min, Date))
ENGINE = AggregatingMergeTree ORDER BY project;
CREATE MATERIALIZED VIEW IF NOT EXISTS pypi.pypi_downloads_max_min_mv TO pypi.pypi_downloads_max_min
AS SELECT project, max(date) AS max_date, min(date) AS min_date FROM pypi.pypi GROUP BY project;
