-- Generated, deterministic data ({end:Date} = the newest day; 400 days back). Events for two
-- repositories, downloads for two packages; inserted in two batches so SummingMergeTree rows stay
-- unmerged and readers must sum(count).
INSERT INTO github.github_events
SELECT
    CAST(et AS Enum8('CommitCommentEvent' = 1, 'CreateEvent' = 2, 'DeleteEvent' = 3, 'ForkEvent' = 4, 'GollumEvent' = 5,
                     'IssueCommentEvent' = 6, 'IssuesEvent' = 7, 'MemberEvent' = 8, 'PublicEvent' = 9, 'PullRequestEvent' = 10,
                     'PullRequestReviewCommentEvent' = 11, 'PushEvent' = 12, 'ReleaseEvent' = 13, 'SponsorshipEvent' = 14,
                     'WatchEvent' = 15, 'GistEvent' = 16, 'FollowEvent' = 17, 'DownloadEvent' = 18,
                     'PullRequestReviewEvent' = 19, 'ForkApplyEvent' = 20, 'Event' = 21, 'TeamAddEvent' = 22)) AS event_type,
    concat('user', toString(cityHash64(repo, d, et, n) % 97)) AS actor_login,
    repo AS repo_name,
    toDateTime({end:Date} - d) + toIntervalSecond(cityHash64(repo, d, et, n, 'time') % 86400) AS created_at,
    created_at AS updated_at,
    multiIf(et = 'WatchEvent', 'started', et = 'ReleaseEvent', 'published', et IN ('IssuesEvent', 'PullRequestEvent'),
            if(n % 2 = 0, 'opened', 'closed'), et = 'PullRequestReviewEvent', 'created', et = 'IssueCommentEvent', 'created',
            'none') AS action,
    toUInt32(n + 1) AS number,
    if(et IN ('IssuesEvent', 'PullRequestEvent'), concat('Title ', toString(d), '/', toString(n)), '') AS title,
    if(et IN ('CreateEvent', 'DeleteEvent', 'PushEvent'), 'refs/heads/main', '') AS ref,
    if(et IN ('CreateEvent', 'DeleteEvent'), 'branch', 'none') AS ref_type,
    if(et = 'ReleaseEvent', concat('v', toString(d), '.', toString(n)), '') AS release_tag_name,
    if(et = 'ReleaseEvent' AND n % 2 = 0, concat('Release ', toString(d)), '') AS release_name,
    toUInt8(et = 'PullRequestEvent' AND n % 3 = 0) AS merged,
    toUInt32(if(et = 'PushEvent', 1 + n % 5, 0)) AS push_size
FROM (SELECT arrayJoin(['octo/widgets', 'octo/gadgets']) AS repo) AS r
CROSS JOIN (SELECT number AS d FROM numbers(400)) AS days
CROSS JOIN (SELECT arrayJoin(['PushEvent', 'IssuesEvent', 'PullRequestEvent', 'PullRequestReviewEvent', 'IssueCommentEvent',
                              'ForkEvent', 'WatchEvent', 'ReleaseEvent', 'CreateEvent', 'DeleteEvent', 'GollumEvent',
                              'MemberEvent']) AS et) AS types
CROSS JOIN (SELECT number AS n FROM numbers(12)) AS k
WHERE n < cityHash64(repo, d, et) % if(et IN ('ReleaseEvent', 'MemberEvent'), 2, 12);

INSERT INTO pypi.pypi
SELECT
    {end:Date} - d AS date,
    ['US', 'DE', 'CN', 'FR', '', 'JP'][1 + cityHash64(p, d, n, 'c') % 6] AS country_code,
    p AS project,
    ['bdist_wheel', 'sdist'][1 + cityHash64(p, d, n, 't') % 2] AS type,
    ['pip', 'uv', 'bandersnatch', 'Browser', 'requests', '', 'Nexus', 'devpi', 'OS', 'poetry'][1 + cityHash64(p, d, n, 'i') % 10] AS installer,
    '3.12' AS python_minor, 'Linux' AS system,
    ['1.0.0', '1.1.0', '2.0.0', '2.0.1'][1 + cityHash64(p, d, n, 'v') % 4] AS version
FROM (SELECT arrayJoin(['insights-demo', 'other-package']) AS p) AS pk
CROSS JOIN (SELECT number AS d FROM numbers(400)) AS days
CROSS JOIN (SELECT number AS n FROM numbers(40)) AS k
WHERE n < cityHash64(p, d) % 40 AND d % 2 = 0;

INSERT INTO pypi.pypi
SELECT
    {end:Date} - d, ['US', 'DE', 'CN', 'FR', '', 'JP'][1 + cityHash64(p, d, n, 'c') % 6], p,
    ['bdist_wheel', 'sdist'][1 + cityHash64(p, d, n, 't') % 2],
    ['pip', 'uv', 'bandersnatch', 'Browser', 'requests', '', 'Nexus', 'devpi', 'OS', 'poetry'][1 + cityHash64(p, d, n, 'i') % 10],
    '3.12', 'Linux', ['1.0.0', '1.1.0', '2.0.0', '2.0.1'][1 + cityHash64(p, d, n, 'v') % 4]
FROM (SELECT arrayJoin(['insights-demo', 'other-package']) AS p) AS pk
CROSS JOIN (SELECT number AS d FROM numbers(400)) AS days
CROSS JOIN (SELECT number AS n FROM numbers(40)) AS k
WHERE n < cityHash64(p, d) % 40 AND d % 2 = 1;
