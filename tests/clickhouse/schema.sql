-- The public endpoint's tables (sql-clickhouse.clickhouse.com, databases `github` and `pypi`), written
-- from the facts in ClickHouse/clickpy scripts/create_tables.sh: the same names, column types,
-- engines and sort keys. README.md says where each fact comes from and what differs for chDB.
-- A sort key is a table's identity: SummingMergeTree adds up `count` over rows with equal keys
-- and keeps any one value of every other column.

CREATE DATABASE IF NOT EXISTS github;

-- One row per GH Archive event. Sorted by the repository's numeric id (as text), so only a
-- filter on repo_id uses the index; a filter on repo_name reads the whole table.
CREATE TABLE github.github_events
(
    file_time DateTime,
    event_type Enum8('CommitCommentEvent' = 1, 'CreateEvent' = 2, 'DeleteEvent' = 3, 'ForkEvent' = 4,
                     'GollumEvent' = 5, 'IssueCommentEvent' = 6, 'IssuesEvent' = 7, 'MemberEvent' = 8,
                     'PublicEvent' = 9, 'PullRequestEvent' = 10, 'PullRequestReviewCommentEvent' = 11,
                     'PushEvent' = 12, 'ReleaseEvent' = 13, 'SponsorshipEvent' = 14, 'WatchEvent' = 15,
                     'GistEvent' = 16, 'FollowEvent' = 17, 'DownloadEvent' = 18, 'PullRequestReviewEvent' = 19,
                     'ForkApplyEvent' = 20, 'Event' = 21, 'TeamAddEvent' = 22),
    actor_login LowCardinality(String),
    repo_name LowCardinality(String),
    repo_id LowCardinality(String),
    created_at DateTime,
    updated_at DateTime,
    action Enum8('none' = 0, 'created' = 1, 'added' = 2, 'edited' = 3, 'deleted' = 4, 'opened' = 5, 'closed' = 6,
                 'reopened' = 7, 'assigned' = 8, 'unassigned' = 9, 'labeled' = 10, 'unlabeled' = 11,
                 'review_requested' = 12, 'review_request_removed' = 13, 'synchronize' = 14, 'started' = 15,
                 'published' = 16, 'update' = 17, 'create' = 18, 'fork' = 19, 'merged' = 20),
    comment_id UInt64,
    body String,
    path String,
    position Int32,
    line Int32,
    ref LowCardinality(String),
    ref_type Enum8('none' = 0, 'branch' = 1, 'tag' = 2, 'repository' = 3, 'unknown' = 4),
    creator_user_login LowCardinality(String),
    number UInt32,
    title String,
    labels Array(LowCardinality(String)),
    state Enum8('none' = 0, 'open' = 1, 'closed' = 2),
    locked UInt8,
    assignee LowCardinality(String),
    assignees Array(LowCardinality(String)),
    comments UInt32,
    author_association Enum8('NONE' = 0, 'CONTRIBUTOR' = 1, 'OWNER' = 2, 'COLLABORATOR' = 3, 'MEMBER' = 4, 'MANNEQUIN' = 5),
    closed_at DateTime,
    merged_at DateTime,
    merge_commit_sha String,
    requested_reviewers Array(LowCardinality(String)),
    requested_teams Array(LowCardinality(String)),
    head_ref LowCardinality(String),
    head_sha String,
    base_ref LowCardinality(String),
    base_sha String,
    merged UInt8,
    mergeable UInt8,
    rebaseable UInt8,
    mergeable_state Enum8('unknown' = 0, 'dirty' = 1, 'clean' = 2, 'unstable' = 3, 'draft' = 4, 'blocked' = 5),
    merged_by LowCardinality(String),
    review_comments UInt32,
    maintainer_can_modify UInt8,
    commits UInt32,
    additions UInt32,
    deletions UInt32,
    changed_files UInt32,
    diff_hunk String,
    original_position UInt32,
    commit_id String,
    original_commit_id String,
    push_size UInt32,
    push_distinct_size UInt32,
    member_login LowCardinality(String),
    release_tag_name String,
    release_name String,
    review_state Enum8('none' = 0, 'approved' = 1, 'changes_requested' = 2, 'commented' = 3, 'dismissed' = 4, 'pending' = 5)
)
ENGINE = MergeTree
ORDER BY (repo_id, event_type, created_at);

-- Every name a repository had in the events, with its id (both as text); filled as events arrive.
CREATE TABLE github.repo_name_to_id (repo_name String, repo_id String)
ENGINE = ReplacingMergeTree
ORDER BY repo_name;
CREATE MATERIALIZED VIEW github.repo_name_to_id_mv TO github.repo_name_to_id (repo_name String, repo_id String)
AS SELECT repo_name, any(repo_id) AS repo_id FROM github.github_events GROUP BY repo_name;

CREATE DATABASE IF NOT EXISTS pypi;

-- One row per download (never read by Insights: trillions of rows on the endpoint). Every rollup
-- below is filled from it by a materialized view, so the rollups agree by construction.
CREATE TABLE pypi.pypi
(
    date Date,
    country_code LowCardinality(String),
    project String,
    type LowCardinality(String),
    installer LowCardinality(String),
    python_minor LowCardinality(String),
    system LowCardinality(String),
    version String
)
ENGINE = MergeTree
ORDER BY (project, date, version, country_code, python_minor, system);

CREATE TABLE pypi.pypi_downloads (project String, count Int64)
ENGINE = SummingMergeTree ORDER BY project;
CREATE MATERIALIZED VIEW pypi.pypi_downloads_mv TO pypi.pypi_downloads (project String, count Int64)
AS SELECT project, count() AS count FROM pypi.pypi GROUP BY project;

CREATE TABLE pypi.pypi_downloads_by_version (project String, version String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_by_version_mv TO pypi.pypi_downloads_by_version
    (project String, version String, count Int64)
AS SELECT project, version, count() AS count FROM pypi.pypi GROUP BY project, version;

CREATE TABLE pypi.pypi_downloads_per_day (date Date, project String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, date);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_mv TO pypi.pypi_downloads_per_day
    (date Date, project String, count Int64)
AS SELECT date, project, count() AS count FROM pypi.pypi GROUP BY date, project;

CREATE TABLE pypi.pypi_downloads_per_day_by_version (date Date, project String, version String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_by_version_mv TO pypi.pypi_downloads_per_day_by_version
    (date Date, project String, version String, count Int64)
AS SELECT date, project, version, count() AS count FROM pypi.pypi GROUP BY date, project, version;

CREATE TABLE pypi.pypi_downloads_per_day_by_version_by_country
    (date Date, project String, version String, country_code String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, country_code);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_by_version_by_country_mv
TO pypi.pypi_downloads_per_day_by_version_by_country
    (date Date, project String, version String, country_code String, count Int64)
AS SELECT date, project, version, country_code, count() AS count
FROM pypi.pypi GROUP BY date, project, version, country_code;

CREATE TABLE pypi.pypi_downloads_per_day_by_version_by_file_type
    (date Date, project String, version String, type LowCardinality(String), count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, type);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_by_version_by_file_type_mv
TO pypi.pypi_downloads_per_day_by_version_by_file_type
    (date Date, project String, version String, type LowCardinality(String), count Int64)
AS SELECT date, project, version, type, count() AS count FROM pypi.pypi GROUP BY date, project, version, type;


-- `type` is not in the sort key: once parts merge, a row's type is any one of the types summed
-- into it. File types come from ..._by_file_type.
CREATE TABLE pypi.pypi_downloads_per_day_by_version_by_installer_by_type
    (project String, version String, date Date, installer String, type LowCardinality(String), count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, installer);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_by_version_by_installer_by_type_mv
TO pypi.pypi_downloads_per_day_by_version_by_installer_by_type
    (project String, version String, date Date, installer String, type LowCardinality(String), count Int64)
AS SELECT project, version, date, installer, type, count() AS count
FROM pypi.pypi GROUP BY project, version, date, installer, type;


-- Python minor versions ("3.12", '' when the client did not say) and operating systems ("Linux",
-- "Windows", "Darwin", '' when unknown), each in its rollup's sort key, so both may be grouped by
-- (ClickHouse/clickpy scripts/create_tables.sh: pypi_downloads_per_day_by_version_by_python and
-- pypi_downloads_per_day_by_version_by_system, where both are plain String, not LowCardinality).
CREATE TABLE pypi.pypi_downloads_per_day_by_version_by_python
    (date Date, project String, version String, python_minor String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, python_minor);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_by_version_by_python_mv
TO pypi.pypi_downloads_per_day_by_version_by_python
    (date Date, project String, version String, python_minor String, count Int64)
AS SELECT date, project, version, python_minor, count() AS count FROM pypi.pypi GROUP BY date, project, version, python_minor;

CREATE TABLE pypi.pypi_downloads_per_day_by_version_by_system
    (date Date, project String, version String, system String, count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, system);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_by_version_by_system_mv
TO pypi.pypi_downloads_per_day_by_version_by_system
    (date Date, project String, version String, system String, count Int64)
AS SELECT date, project, version, system, count() AS count FROM pypi.pypi GROUP BY date, project, version, system;


CREATE TABLE pypi.pypi_downloads_per_day_by_version_by_installer_by_type_by_country
    (project String, version String, date Date, installer String, type LowCardinality(String),
     country_code LowCardinality(String), count Int64)
ENGINE = SummingMergeTree ORDER BY (project, version, date, country_code, installer, type);
CREATE MATERIALIZED VIEW pypi.pypi_downloads_per_day_by_version_by_installer_by_type_by_country_mv
TO pypi.pypi_downloads_per_day_by_version_by_installer_by_type_by_country
    (project String, version String, date Date, installer String, type LowCardinality(String),
     country_code LowCardinality(String), count Int64)
AS SELECT project, version, date, installer, type, country_code, count() AS count
FROM pypi.pypi GROUP BY project, version, date, installer, type, country_code;



-- Newest and oldest download day per project (the dataset's freshness).
CREATE TABLE pypi.pypi_downloads_max_min
    (project String, max_date SimpleAggregateFunction(max, Date), min_date SimpleAggregateFunction(min, Date))
ENGINE = AggregatingMergeTree ORDER BY project;
CREATE MATERIALIZED VIEW pypi.pypi_downloads_max_min_mv TO pypi.pypi_downloads_max_min
    (project String, max_date SimpleAggregateFunction(max, Date), min_date SimpleAggregateFunction(min, Date))
AS SELECT project, maxSimpleState(date) AS max_date, minSimpleState(date) AS min_date FROM pypi.pypi GROUP BY project;

-- One row per uploaded file (PyPI's distribution metadata). project_urls holds "Label, URL" texts.
CREATE TABLE pypi.projects
(
    metadata_version String,
    name String,
    version String,
    summary String,
    description String,
    description_content_type String,
    author String,
    author_email String,
    maintainer String,
    maintainer_email String,
    license String,
    keywords String,
    classifiers Array(String),
    platform Array(String),
    home_page String,
    download_url String,
    requires_python String,
    requires Array(String),
    provides Array(String),
    obsoletes Array(String),
    requires_dist Array(String),
    provides_dist Array(String),
    obsoletes_dist Array(String),
    requires_external Array(String),
    project_urls Array(String),
    uploaded_via String,
    upload_time DateTime64,
    filename String,
    size Int64,
    path String,
    python_version String,
    packagetype String,
    comment_text String,
    has_signature Bool,
    md5_digest String,
    sha256_digest String,
    blake2_256_digest String
)
ENGINE = MergeTree
ORDER BY name;

-- The endpoint's functions that link a package to its repository (ClickPy's way): the owner/name
-- after the first "https://github.com/" among the newest upload's project_urls and home_page (only
-- https, case as written), and that name's numeric id from repo_name_to_id ('0' when unknown).
CREATE FUNCTION getRepoName AS package_name -> (
    SELECT regexpExtract(arrayFirst(u -> u LIKE '%https://github.com/%', arrayConcat(project_urls, [home_page])),
                         '.*https://github\\.com/([^/]+/[^/]+)')
    FROM pypi.projects
    WHERE name = package_name AND arrayExists(u -> u LIKE '%https://github.com/%', arrayConcat(project_urls, [home_page]))
    ORDER BY upload_time DESC
    LIMIT 1
);
CREATE FUNCTION getRepoId AS package_name -> (
    SELECT toString(max(toUInt64(repo_id)))
    FROM github.repo_name_to_id
    WHERE repo_name = getRepoName(package_name) AND repo_id != ''
);
