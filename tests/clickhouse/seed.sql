-- Generated, deterministic data: {end:Date} is the newest day, `d` counts days back from it (0..399).
-- Everything is derived from cityHash64 of fixed inputs, so one --end-date gives the same rows.
-- Inserts come in several batches and merges are stopped, so SummingMergeTree rows stay
-- unmerged (readers must sum(count)); one rollup is merged on purpose (see the OPTIMIZE below).

-- One insert, so github_events is one part sorted by repo_id: the other repositories' ids (1…–4…)
-- come first, the tracked ones (9…) last, so a read cut short by the read limit never reaches them.
-- The tracked repositories: octo/widgets and octo/gadgets (every event type, 400 days), and
-- octo/renamed, called octo/old-name until 200 days ago (one repo_id, two names).
INSERT INTO github.github_events (file_time, event_type, actor_login, repo_name, repo_id, created_at, updated_at, action,
                                  number, title, ref, ref_type, release_tag_name, release_name, merged, push_size)
SELECT
    toStartOfHour(created_at) AS file_time,
    et AS event_type,
    concat('user', toString(cityHash64(repo, d, et, n) % 97)) AS actor_login,
    repo AS repo_name,
    id AS repo_id,
    toDateTime({end:Date} - d) + toIntervalSecond(cityHash64(repo, d, et, n, 'time') % 86400) AS created_at,
    created_at AS updated_at,
    multiIf(et = 'WatchEvent', 'started', et = 'ReleaseEvent', 'published', et IN ('IssuesEvent', 'PullRequestEvent'),
            if(n % 2 = 0, 'opened', 'closed'), et IN ('PullRequestReviewEvent', 'IssueCommentEvent'), 'created', 'none') AS action,
    toUInt32(n + 1) AS number,
    if(et IN ('IssuesEvent', 'PullRequestEvent'), concat('Title ', toString(d), '/', toString(n)), '') AS title,
    if(et IN ('CreateEvent', 'DeleteEvent', 'PushEvent'), 'refs/heads/main', '') AS ref,
    if(et IN ('CreateEvent', 'DeleteEvent'), 'branch', 'none') AS ref_type,
    if(et = 'ReleaseEvent', concat('v', toString(d), '.', toString(n)), '') AS release_tag_name,
    if(et = 'ReleaseEvent' AND n % 2 = 0, concat('Release ', toString(d)), '') AS release_name,
    toUInt8(et = 'PullRequestEvent' AND n % 3 = 0) AS merged,
    toUInt32(if(et = 'PushEvent', 1 + n % 5, 0)) AS push_size
FROM (SELECT tupleElement(t, 1) AS repo, tupleElement(t, 2) AS id, tupleElement(t, 3) AS first, tupleElement(t, 4) AS last
      FROM (SELECT arrayJoin([('octo/widgets', '900000001', 0, 399), ('octo/gadgets', '900000002', 0, 399),
                              ('octo/renamed', '900000003', 0, 199), ('octo/old-name', '900000003', 200, 399)]) AS t)) AS r
CROSS JOIN (SELECT number AS d FROM numbers(400)) AS days
CROSS JOIN (SELECT arrayJoin(['PushEvent', 'IssuesEvent', 'PullRequestEvent', 'PullRequestReviewEvent', 'IssueCommentEvent',
                              'ForkEvent', 'WatchEvent', 'ReleaseEvent', 'CreateEvent', 'DeleteEvent', 'GollumEvent',
                              'MemberEvent']) AS et) AS types
CROSS JOIN (SELECT number AS n FROM numbers(12)) AS k
WHERE d BETWEEN first AND last
  AND n < cityHash64(repo, d, et) % if(et IN ('ReleaseEvent', 'MemberEvent'), 2, if(repo = 'octo/gadgets' OR repo = 'octo/widgets', 12, 6))
UNION ALL
-- Everybody else: {others:UInt32} events spread over 600 repositories (a few named like the
-- tracked ones), so a filter on repo_name reads far more rows than one on repo_id.
SELECT
    toStartOfHour(created_at),
    et,
    concat('dev', toString(cityHash64(n, 'actor') % 5000)),
    repo,
    toString(100000000 + cityHash64('id', repo) % 400000000),
    toDateTime({end:Date} - cityHash64(n, 'day') % 400) + toIntervalSecond(cityHash64(n, 'time') % 86400) AS created_at,
    created_at,
    multiIf(et = 'WatchEvent', 'started', et = 'ReleaseEvent', 'published', et IN ('IssuesEvent', 'PullRequestEvent'),
            if(n % 2 = 0, 'opened', 'closed'), et IN ('PullRequestReviewEvent', 'IssueCommentEvent'), 'created', 'none'),
    toUInt32(n % 5000 + 1),
    if(et IN ('IssuesEvent', 'PullRequestEvent'), concat('Change ', toString(n)), ''),
    if(et IN ('CreateEvent', 'DeleteEvent', 'PushEvent'), 'refs/heads/main', ''),
    if(et IN ('CreateEvent', 'DeleteEvent'), 'branch', 'none'),
    if(et = 'ReleaseEvent', concat('v', toString(n % 100)), ''),
    '',
    toUInt8(et = 'PullRequestEvent' AND n % 3 = 0),
    toUInt32(if(et = 'PushEvent', 1 + n % 5, 0))
FROM (
    SELECT number AS n, cityHash64(n, 'repo') % 600 AS r,
           if(r >= 596, ['octo/widgets-fork', 'other/widgets', 'octo/widgets.js', 'octo/gadgets-legacy'][r - 595],
              concat('org', toString(r % 53), '/project-', toString(r))) AS repo,
           ['PushEvent', 'PushEvent', 'PushEvent', 'PushEvent', 'WatchEvent', 'WatchEvent', 'IssuesEvent', 'IssueCommentEvent',
            'IssueCommentEvent', 'PullRequestEvent', 'PullRequestReviewEvent', 'ForkEvent', 'CreateEvent', 'DeleteEvent',
            'ReleaseEvent', 'GollumEvent'][1 + cityHash64(n, 'type') % 16] AS et
    FROM numbers({others:UInt32}));

-- pypi: one row per download. Versions appear over time, each day has several countries,
-- installers, file types, Python versions and operating systems ('' among both, as clients that
-- do not say), so a year of countries is thousands of rows and every installer downloads several
-- file types a day. The views fill every rollup from these rows, so each rollup's day adds up to
-- pypi_downloads_per_day's. Odd and even days go in separate inserts.
INSERT INTO pypi.pypi
SELECT
    {end:Date} - d AS date,
    ['US', 'US', 'US', 'DE', 'DE', 'CN', 'CN', 'GB', 'FR', 'JP', 'IN', 'BR', 'CA', 'NL', 'KR', 'SG', 'AU', 'SE', '']
        [1 + cityHash64(p, d, n, 'c') % 19] AS country_code,
    p AS project,
    ['bdist_wheel', 'bdist_wheel', 'bdist_wheel', 'bdist_wheel', 'bdist_wheel', 'sdist', 'sdist', 'bdist_egg']
        [1 + cityHash64(p, d, n, 't') % 8] AS type,
    ['pip', 'pip', 'pip', 'uv', 'uv', 'bandersnatch', 'Browser', 'requests', '', 'Nexus', 'devpi', 'OS', 'poetry', 'pdm']
        [1 + cityHash64(p, d, n, 'i') % 14] AS installer,
    ['3.9', '3.10', '3.11', '3.12', '3.12', '3.13', ''][1 + cityHash64(p, d, n, 'py') % 7] AS python_minor,
    ['Linux', 'Linux', 'Linux', 'Windows', 'Darwin', ''][1 + cityHash64(p, d, n, 's') % 6] AS system,
    -- a version exists from its release day on: 1.0.0 always, 1.1.0 300, 2.0.0 150, 2.0.1 60 days back
    arrayFilter(v -> v.2 >= d, [('1.0.0', 400), ('1.1.0', 300), ('2.0.0', 150), ('2.0.1', 60)])
        [1 + cityHash64(p, d, n, 'v') % length(arrayFilter(v -> v.2 >= d, [('1.0.0', 400), ('1.1.0', 300), ('2.0.0', 150), ('2.0.1', 60)]))].1
        AS version
FROM (SELECT tupleElement(t, 1) AS p, tupleElement(t, 2) AS base, tupleElement(t, 3) AS spread
      FROM (SELECT arrayJoin([('insights-demo', 40, 80), ('other-package', 10, 40), ('widgets-cli', 0, 6),
                              ('widgets-extra', 0, 4), ('moved-pkg', 0, 4), ('unrelated-pkg', 0, 3)]) AS t)) AS pk
CROSS JOIN (SELECT number AS d FROM numbers(400)) AS days
CROSS JOIN (SELECT number AS n FROM numbers(120)) AS k
WHERE n < base + cityHash64(p, d) % spread AND d % 2 = 0;

-- The installer rollup is merged once (as the endpoint's are, mostly): rows of one
-- (project, version, date, installer) become one, with any one of their file types. Otherwise
-- merges stay stopped (server.js), so every table keeps unmerged rows whatever the timing.
SYSTEM START MERGES pypi.pypi_downloads_per_day_by_version_by_installer_by_type;
OPTIMIZE TABLE pypi.pypi_downloads_per_day_by_version_by_installer_by_type FINAL;
SYSTEM STOP MERGES pypi.pypi_downloads_per_day_by_version_by_installer_by_type;

INSERT INTO pypi.pypi
SELECT
    {end:Date} - d,
    ['US', 'US', 'US', 'DE', 'DE', 'CN', 'CN', 'GB', 'FR', 'JP', 'IN', 'BR', 'CA', 'NL', 'KR', 'SG', 'AU', 'SE', '']
        [1 + cityHash64(p, d, n, 'c') % 19],
    p,
    ['bdist_wheel', 'bdist_wheel', 'bdist_wheel', 'bdist_wheel', 'bdist_wheel', 'sdist', 'sdist', 'bdist_egg']
        [1 + cityHash64(p, d, n, 't') % 8],
    ['pip', 'pip', 'pip', 'uv', 'uv', 'bandersnatch', 'Browser', 'requests', '', 'Nexus', 'devpi', 'OS', 'poetry', 'pdm']
        [1 + cityHash64(p, d, n, 'i') % 14],
    ['3.9', '3.10', '3.11', '3.12', '3.12', '3.13', ''][1 + cityHash64(p, d, n, 'py') % 7],
    ['Linux', 'Linux', 'Linux', 'Windows', 'Darwin', ''][1 + cityHash64(p, d, n, 's') % 6],
    arrayFilter(v -> v.2 >= d, [('1.0.0', 400), ('1.1.0', 300), ('2.0.0', 150), ('2.0.1', 60)])
        [1 + cityHash64(p, d, n, 'v') % length(arrayFilter(v -> v.2 >= d, [('1.0.0', 400), ('1.1.0', 300), ('2.0.0', 150), ('2.0.1', 60)]))].1
FROM (SELECT tupleElement(t, 1) AS p, tupleElement(t, 2) AS base, tupleElement(t, 3) AS spread
      FROM (SELECT arrayJoin([('insights-demo', 40, 80), ('other-package', 10, 40), ('widgets-cli', 0, 6),
                              ('widgets-extra', 0, 4), ('moved-pkg', 0, 4), ('unrelated-pkg', 0, 3)]) AS t)) AS pk
CROSS JOIN (SELECT number AS d FROM numbers(400)) AS days
CROSS JOIN (SELECT number AS n FROM numbers(120)) AS k
WHERE n < base + cityHash64(p, d) % spread AND d % 2 = 1;

-- pypi.projects: one row per uploaded file, with the URLs real packages carry. Linked to a
-- repository: insights-demo (octo/widgets: plain, ".git" and "/tree/main" forms, a "Source" label),
-- other-package (octo/gadgets, only in project_urls), widgets-cli (home_page
-- "http://github.com/Octo/Widgets": http and capitals), widgets-extra (octo/widgets behind a
-- "#readme" anchor), moved-pkg (old uploads name old/place, new ones octo/gadgets). Not linked:
-- unrelated-pkg (gitlab, docs, a sponsors page, an organisation page, a look-alike repository).
INSERT INTO pypi.projects (metadata_version, name, version, summary, author, license, home_page, requires_python,
                           project_urls, uploaded_via, upload_time, filename, size, path, python_version, packagetype,
                           sha256_digest)
SELECT
    '2.1', name, version, concat('The ', name, ' package'), 'Octo Team', 'MIT', home_page, '>=3.9', project_urls,
    'twine/5.1.1', toDateTime64({end:Date} - days_back, 3) + toIntervalSecond(3600 + 60 * (packagetype = 'sdist')),
    concat(replaceAll(name, '-', '_'), '-', version, if(packagetype = 'sdist', '.tar.gz', '-py3-none-any.whl')),
    toInt64(20000 + cityHash64(name, version, packagetype) % 50000),
    concat('packages/', substring(hex(cityHash64(name, version, packagetype)), 1, 2), '/', name, '-', version),
    if(packagetype = 'sdist', 'source', 'py3'), packagetype,
    lower(hex(cityHash64(name, version, packagetype)))
FROM (
    SELECT tupleElement(u, 1) AS name, tupleElement(u, 2) AS version, tupleElement(u, 3) AS days_back,
           tupleElement(u, 4) AS home_page, tupleElement(u, 5) AS project_urls
    FROM (SELECT arrayJoin([
        ('insights-demo', '1.0.0', 400, 'https://github.com/octo/widgets', ['Homepage, https://github.com/octo/widgets']),
        ('insights-demo', '1.1.0', 300, 'https://github.com/octo/widgets',
         ['Homepage, https://github.com/octo/widgets', 'Source, https://github.com/octo/widgets.git']),
        ('insights-demo', '2.0.0', 150, '',
         ['Documentation, https://insights-demo.readthedocs.io/', 'Source, https://github.com/octo/widgets/tree/main',
          'Changelog, https://github.com/octo/widgets/blob/main/CHANGELOG.md']),
        ('insights-demo', '2.0.1', 60, '',
         ['Documentation, https://insights-demo.readthedocs.io/', 'Funding, https://github.com/sponsors/octo',
          'Source, https://github.com/octo/widgets']),
        ('other-package', '1.0.0', 400, '', ['Repository, https://github.com/octo/gadgets', 'Issues, https://github.com/octo/gadgets/issues']),
        ('other-package', '2.0.1', 60, 'https://octo.example.org/gadgets',
         ['Repository, https://github.com/octo/gadgets/', 'Issues, https://github.com/octo/gadgets/issues']),
        ('widgets-cli', '1.0.0', 380, 'http://github.com/Octo/Widgets', []),
        ('widgets-extra', '1.1.0', 290, '', ['Homepage, https://github.com/octo/widgets#readme']),
        ('moved-pkg', '1.0.0', 400, 'https://github.com/old/place', ['Source, https://github.com/old/place']),
        ('moved-pkg', '2.0.0', 140, 'https://github.com/octo/gadgets', ['Source, https://github.com/octo/gadgets']),
        ('unrelated-pkg', '1.0.0', 350, 'https://gitlab.com/octo/widgets',
         ['Documentation, https://docs.example.org/unrelated', 'Funding, https://github.com/sponsors/octo',
          'Organisation, https://github.com/octo', 'Fork, https://github.com/octo/widgets-fork'])
    ]) AS u)) AS uploads
CROSS JOIN (SELECT arrayJoin(['bdist_wheel', 'sdist']) AS packagetype) AS files;
