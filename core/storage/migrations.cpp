#include "migrations.h"

#include "dialect.h"
#include "postgresschema.h"
#include "scopedtransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QStringList>

namespace insights {

namespace {

// The reference data the steps insert, named so that a new PostgreSQL database (which starts at
// the latest version in one step, PostgresSchema) inserts exactly the same rows: both backends
// name a VALUES list's columns column1, column2, ….
const char *const kSeedSources = R"(INSERT INTO insight_source(key, display_name, collection_interval_hours) VALUES
        ('github_traffic', 'GitHub traffic', 6),
        ('github_stars', 'GitHub stars', 24),
        ('github_events', 'GitHub events', 24),
        ('pypi', 'PyPI downloads', 24),
        ('plausible', 'Plausible', 1),
        ('reddit', 'Reddit', 6))";
const char *const kSeedMetricTypes = R"(INSERT INTO insight_metric_type(key, display_name, unit, source_id)
       SELECT t.column1, t.column2, t.column3, s.id FROM (VALUES
        ('views', 'Views', 'views', 'github_traffic'),
        ('unique_visitors', 'Unique visitors', 'visitors', 'github_traffic'),
        ('clones', 'Clones', 'clones', 'github_traffic'),
        ('unique_cloners', 'Unique cloners', 'cloners', 'github_traffic'),
        ('views_14d', 'Views (14 days)', 'views', 'github_traffic'),
        ('unique_visitors_14d', 'Unique visitors (14 days)', 'visitors', 'github_traffic'),
        ('clones_14d', 'Clones (14 days)', 'clones', 'github_traffic'),
        ('unique_cloners_14d', 'Unique cloners (14 days)', 'cloners', 'github_traffic'),
        ('referrers', 'Referrers', 'views', 'github_traffic'),
        ('popular_paths', 'Popular paths', 'views', 'github_traffic'),
        ('stars_total', 'Stars', 'stars', 'github_traffic'),
        ('forks_total', 'Forks', 'forks', 'github_traffic'),
        ('new_star', 'New star', 'stars', 'github_stars'),
        ('forks', 'Forks', 'forks', 'github_events'),
        ('releases', 'Releases', 'releases', 'github_events'),
        ('star_events', 'Star events', 'stars', 'github_events'),
        ('activity_summary', 'Activity', 'events', 'github_events'),
        ('downloads_total', 'Downloads (all time)', 'downloads', 'pypi'),
        ('downloads_daily', 'Downloads', 'downloads', 'pypi'),
        ('downloads_daily_human', 'Downloads by humans', 'downloads', 'pypi'),
        ('downloads_by_version', 'Downloads by version', 'downloads', 'pypi'),
        ('downloads_by_country', 'Downloads by country', 'downloads', 'pypi'),
        ('downloads_by_installer', 'Downloads by installer', 'downloads', 'pypi'),
        ('downloads_by_type', 'Downloads by type', 'downloads', 'pypi'),
        ('visitors', 'Visitors', 'visitors', 'plausible'),
        ('pageviews', 'Pageviews', 'pageviews', 'plausible'),
        ('avg_duration', 'Average visit duration', 'seconds', 'plausible'),
        ('bounce_rate', 'Bounce rate', 'percent', 'plausible'),
        ('top_pages', 'Top pages', 'visitors', 'plausible'),
        ('top_countries', 'Top countries', 'visitors', 'plausible'),
        ('post_stats', 'Reddit post', 'score', 'reddit')
       ) AS t JOIN insight_source s ON s.key = t.column4)";
const char *const kSeedInstallerClasses = R"(INSERT INTO pypi_installer_class(installer, class, note) VALUES
        ('pip', 'human', 'pip install'),
        ('uv', 'human', 'uv pip install / uv add'),
        ('bandersnatch', 'bot', 'PyPI mirror'),
        ('Browser', 'bot', 'download from a web page; mostly crawlers'),
        ('requests', 'bot', 'scripts'),
        ('', 'bot', 'no installer reported'),
        ('Nexus', 'bot', 'repository manager'),
        ('devpi', 'bot', 'mirror'),
        ('OS', 'bot', 'distribution packaging'))";
const char *const kSeedStarsDaily = R"(INSERT INTO insight_metric_type(key, display_name, unit, source_id)
       SELECT 'stars_daily', 'Stars per day', 'stars', id FROM insight_source WHERE key = 'github_stars')";
const char *const kSeedPythonSystem = R"(INSERT INTO insight_metric_type(key, display_name, unit, source_id)
       SELECT t.column1, t.column2, 'downloads', s.id FROM (VALUES
        ('downloads_by_python', 'Downloads by Python version'),
        ('downloads_by_system', 'Downloads by operating system')) t
       JOIN insight_source s ON s.key = 'pypi')";

// Version 1: the seed's four tables, extended with subject and item, and every source and metric
// type of SPEC §1.
const char *const kV1[] = {
    R"(CREATE TABLE insight_source (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        collection_interval_hours INTEGER NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        last_collected_at TEXT))",
    R"(CREATE TABLE insight_metric_type (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        source_id INTEGER NOT NULL REFERENCES insight_source(id)))",
    R"(CREATE TABLE insight_metric (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        metric_type_id INTEGER NOT NULL REFERENCES insight_metric_type(id),
        subject TEXT NOT NULL,
        item TEXT NOT NULL DEFAULT '',
        value REAL,
        period TEXT NOT NULL CHECK (period IN ('daily', 'snapshot', 'event', 'cumulative')),
        metadata TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (metric_type_id, subject, date, period, item)))",
    "CREATE INDEX insight_metric_date ON insight_metric(date)",
    R"(CREATE TABLE insight_event (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        source_id INTEGER NOT NULL REFERENCES insight_source(id),
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        metadata TEXT,
        created_at TEXT NOT NULL))",
    "CREATE INDEX insight_event_date ON insight_event(date)",
    kSeedSources,
    kSeedMetricTypes,
};

// Version 2: a log of collection runs per subject (status, next-run and data-loss warnings read
// it), a cache of ETags with their bodies for conditional requests, and an item key on events so
// that a collector can update "its" event (a star day gaining stars) instead of adding another.
const char *const kV2[] = {
    R"(CREATE TABLE insight_run (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES insight_source(id),
        subject TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'cancelled')),
        rows_written INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX insight_run_source ON insight_run(source_id, subject, status, finished_at)",
    R"(CREATE TABLE http_cache (
        url TEXT PRIMARY KEY,
        etag TEXT NOT NULL,
        body BLOB NOT NULL,
        updated_at TEXT NOT NULL))",
    "ALTER TABLE insight_event ADD COLUMN item TEXT NOT NULL DEFAULT ''",
    "CREATE UNIQUE INDEX insight_event_key ON insight_event(source_id, subject, kind, date, item)",
};

// Version 3: per-source, per-subject progress that must survive a crash with the data it
// describes (a star backfill's cursor, the last reconcile), written in the same transaction.
const char *const kV3[] = {
    R"(CREATE TABLE collector_state (
        source_id INTEGER NOT NULL REFERENCES insight_source(id),
        subject TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (source_id, subject, key)))",
};

// Version 4: which PyPI installers count as people (SPEC §1). The rules are data so a user can
// change them and every human/bot figure follows; an installer not listed (including an empty
// one) is a bot.
const char *const kV4[] = {
    R"(CREATE TABLE pypi_installer_class (
        installer TEXT PRIMARY KEY,
        class TEXT NOT NULL CHECK (class IN ('human', 'bot')),
        note TEXT NOT NULL DEFAULT ''))",
    kSeedInstallerClasses,
};

// Version 5: the Reddit posts a user tracks. They are data, not settings: added and removed from
// the command line or the window, each with the canonical permalink it was resolved to, and the
// post's creation time so a schedule can refresh only posts young enough to still move.
const char *const kV5[] = {
    R"(CREATE TABLE reddit_post (
        post_id TEXT PRIMARY KEY,
        subreddit TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        permalink TEXT NOT NULL DEFAULT '',
        created_utc TEXT,
        added_at TEXT NOT NULL))",
};

// Version 6: dashboard range queries ask for one metric type over a date range across every
// subject; the unique key starts with the subject, so they get their own index.
const char *const kV6[] = {
    "CREATE INDEX insight_metric_type_date ON insight_metric(metric_type_id, date)",
};

// Version 7: monthly sums of the breakdown metrics (see Rollups), every existing month marked
// stale so the next write builds them; stars counted out by an unstar found through a small
// partial index instead of reading every star's metadata. The indexes on date and on
// (metric_type_id, date) go: every query names its metric type and its subjects, which the
// unique key serves, and each index costs every insert (SPEC §6: ≥ 200,000 rows/s).
const char *const kV7[] = {
    R"(CREATE TABLE insight_metric_month (
        metric_type_id INTEGER NOT NULL,
        month TEXT NOT NULL,
        subject TEXT NOT NULL,
        item TEXT NOT NULL,
        value REAL,
        extra1 REAL,
        extra2 REAL,
        PRIMARY KEY (metric_type_id, month, subject, item)) WITHOUT ROWID)",
    R"(CREATE TABLE insight_metric_month_stale (
        metric_type_id INTEGER NOT NULL,
        subject TEXT NOT NULL,
        month TEXT NOT NULL,
        PRIMARY KEY (metric_type_id, subject, month)) WITHOUT ROWID)",
    R"(INSERT INTO insight_metric_month_stale(metric_type_id, subject, month)
        SELECT DISTINCT m.metric_type_id, m.subject, substr(m.date, 1, 7) FROM insight_metric m
        JOIN insight_metric_type t ON t.id = m.metric_type_id
        WHERE (m.period = 'daily' AND t.key IN ('downloads_by_version', 'downloads_by_country', 'downloads_by_installer',
                                                'downloads_by_type', 'top_pages', 'top_countries'))
           OR (m.period = 'event' AND t.key = 'new_star'))",
    // period first: an insert of a daily row skips the JSON at once.
    ("CREATE INDEX insight_metric_unstarred ON insight_metric(metric_type_id, date) "
     "WHERE period = 'event' AND json_extract(metadata, '$.unstarred_at') IS NOT NULL"),
    "DROP INDEX insight_metric_date",
    "DROP INDEX insight_metric_type_date",
};

// Version 8 (issue 16): stars per day for every repository, from GitHub's star history where the
// stargazer list is closed to the token, from the stored stars where it is open.
const char *const kV8[] = {
    kSeedStarsDaily,
};

// Version 9: the user's own notes on the timeline ("launched on HN"). They are the user's words,
// not something a collector found: insight_event needs a source and a non-null subject and is
// keyed for collectors to upsert, while a note may cover the whole project (subject NULL), is
// edited and deleted by hand, and must never be touched by a collection or a purge.
const char *const kV9[] = {
    R"(CREATE TABLE insight_note (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        subject TEXT,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX insight_note_date ON insight_note(date)",
};

// Version 10 (issue 24): alerts the rules raised, kept so a restart or a re-collection of the same
// day never notifies twice (the unique key is the alert's identity; `notified_at` says whether the
// tray has shown it); and PyPI downloads per Python version and per operating system (ClickPy
// keeps both in rollups of their own).
const char *const kV10[] = {
    R"(CREATE TABLE insight_alert (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL,
        metric TEXT NOT NULL,
        subject TEXT NOT NULL,
        date TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        value REAL,
        baseline REAL,
        cause TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        notified_at TEXT,
        UNIQUE (rule, metric, subject, date, detail)))",
    "CREATE INDEX insight_alert_date ON insight_alert(date)",
    kSeedPythonSystem,
};

// Version 11 (issue 25): leases, so that several collectors on one team database never collect
// the same subject at once and take over a dead collector's subjects when its lease runs out;
// and who wrote each run (the collector's name; '' for the window and `insights collect`).
const char *const kV11[] = {
    R"(CREATE TABLE insight_lease (
        source TEXT NOT NULL,
        subject TEXT NOT NULL,
        holder TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (source, subject)))",
    "ALTER TABLE insight_run ADD COLUMN holder TEXT NOT NULL DEFAULT ''",
};

struct Step {
    const char *const *statements;
    size_t count;
};

const Step kSteps[] = {
    {kV1, std::size(kV1)},
    {kV2, std::size(kV2)},
    {kV3, std::size(kV3)},
    {kV4, std::size(kV4)},
    {kV5, std::size(kV5)},
    {kV6, std::size(kV6)},
    {kV7, std::size(kV7)},
    {kV8, std::size(kV8)},
    {kV9, std::size(kV9)},
    {kV10, std::size(kV10)},
    {kV11, std::size(kV11)},
    {nullptr, 0}, // 12: PostgreSQL only (its JSON readers parse once per call)
    {nullptr, 0}, // 13: PostgreSQL only (its text compares bytes, as SQLite's BINARY does)
    {nullptr, 0}, // 14: PostgreSQL only (its unique key carries the value: a day's sum from the index)
};

} // namespace

QStringList Migrations::referenceData()
{
    QStringList out;
    for (const char *sql : {kSeedSources, kSeedMetricTypes, kSeedInstallerClasses, kSeedStarsDaily, kSeedPythonSystem})
        out << QString::fromUtf8(sql);
    return out;
}

QStringList Migrations::statementsOf(int version)
{
    QStringList out;
    if (version < 1 || version > latestVersion())
        return out;
    const Step &step = kSteps[version - 1];
    for (size_t i = 0; i < step.count; ++i)
        out << QString::fromUtf8(step.statements[i]);
    return out;
}

int Migrations::latestVersion()
{
    return int(std::size(kSteps));
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    if (Dialect::isPostgres(db))
        return PostgresSchema::currentVersion(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QStringLiteral("Cannot read the schema version"), q);
    const int version = q.value(0).toInt();
    q.finish();
    return version;
}

Status Migrations::migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    if (Dialect::isPostgres(db))
        return PostgresSchema::migrate(db, target);
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return makeError(QCoreApplication::translate(
                                 "Migrations",
                                 "The database was written by a newer Insights (schema %1, this build "
                                 "knows %2). Update Insights; the file was not changed.")
                                 .arg(*current)
                                 .arg(latestVersion()),
                         Error::Kind::Storage);

    for (int version = *current + 1; version <= target; ++version) {
        ScopedTransaction tx(db);
        if (auto st = tx.begin(); !st)
            return st;
        // Another process may have migrated while this one waited for the write lock (two
        // first runs at once): the version is read again under the lock.
        auto now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now >= version)
            continue;
        const Step &step = kSteps[version - 1];
        for (size_t i = 0; i < step.count; ++i) {
            if (auto st = execSql(db, QString::fromUtf8(step.statements[i])); !st)
                return makeError(QStringLiteral("Migration to schema %1 failed: %2").arg(version).arg(st.errorMessage()),
                                 Error::Kind::Storage);
        }
        if (auto st = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    return Ok{};
}

} // namespace insights
