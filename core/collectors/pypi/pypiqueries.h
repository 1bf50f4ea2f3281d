#pragma once
// The SQL of the pypi source, in one place with the reason each query is right.
//
// Each rollup is a SummingMergeTree: rows with equal sort keys are summed and any other column
// keeps an arbitrary value after merges (API-NOTES §7). A figure grouped by a column is only
// right when the table's sort key contains every column it groups by (ClickHouse/clickpy
// scripts/create_tables.sh):
//   pypi_downloads                                        ORDER BY (project)
//   pypi_downloads_max_min                                ORDER BY (project)
//   pypi_downloads_per_day                                ORDER BY (project, date)
//   pypi_downloads_per_day_by_version_by_installer_by_type ORDER BY (project, version, date, installer)
//                                                          — `type` is NOT in it: never group by it here
//   pypi_downloads_per_day_by_version_by_country          ORDER BY (project, version, date, country_code)
//   pypi_downloads_per_day_by_version_by_file_type        ORDER BY (project, version, date, type)
//   pypi_downloads_per_day_by_version_by_python           ORDER BY (project, version, date, python_minor)
//   pypi_downloads_per_day_by_version_by_system           ORDER BY (project, version, date, system)
// Every query filters on `project`, the first column of every key, and sums `count` (rows may
// be unmerged). Parameters: {project:String}, {first:Date}, {last:Date}, {human:Array(String)}.

namespace insights::pypisql {

// The plan of [first, last]: one row per day (days without downloads included, so a plan never
// comes back empty) with the day's downloads and human downloads and how many rows each
// breakdown will answer for it; every row also carries the all-time total and the dataset's
// newest loaded day. At most daywindows::kMaxPlanDays days per query.
//   downloads  — per_day, GROUP BY date: key (project, date) ✓
//   human      — by_version_by_installer_by_type, GROUP BY date, filtered on installer: key has date, installer ✓
//   versions   — by_version_by_installer_by_type, uniqExact(version) per date: key has version, date ✓
//                (the same table and grouping as the window's version rows, so the count is theirs)
//   installers — by_version_by_installer_by_type, uniqExact(installer) per date: key has installer, date ✓
//   countries  — by_version_by_country, uniqExact(country_code) per date: key has country_code, date ✓
//   types      — by_version_by_file_type, uniqExact(type) per date: key has type, date ✓
//   pythons    — by_version_by_python: 1 on each date it has (the window packs a day's Python
//                versions into one row); key has date ✓
//   systems    — by_version_by_system: the same for operating systems; key has date ✓
//   total      — pypi_downloads: key (project) ✓;  newest — max(max_date) over every project.
// No table function: the readonly `demo` user may not use them; the days come from arrayJoin.
inline constexpr const char *kPlan = R"sql(
SELECT toString(day) AS date, sum(downloads) AS downloads, sum(human) AS human, sum(versions) AS versions,
       sum(countries) AS countries, sum(installers) AS installers, sum(types) AS types, sum(pythons) AS pythons,
       sum(systems) AS systems,
       (SELECT sum(count) FROM pypi.pypi_downloads WHERE project = {project:String}) AS total,
       (SELECT toString(max(max_date)) FROM pypi.pypi_downloads_max_min) AS newest
FROM (
    SELECT {first:Date} + arrayJoin(range(toUInt32(dateDiff('day', {first:Date}, {last:Date}) + 1))) AS day,
           toInt64(0) AS downloads, toInt64(0) AS human, toUInt64(0) AS versions, toUInt64(0) AS countries,
           toUInt64(0) AS installers, toUInt64(0) AS types, toUInt64(0) AS pythons, toUInt64(0) AS systems
    UNION ALL
    SELECT date, sum(count), 0, 0, 0, 0, 0, 0, 0
    FROM pypi.pypi_downloads_per_day
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date
    UNION ALL
    SELECT date, 0, sumIf(count, installer IN {human:Array(String)}), uniqExact(version), 0, uniqExact(installer), 0, 0, 0
    FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date
    UNION ALL
    SELECT date, 0, 0, 0, uniqExact(country_code), 0, 0, 0, 0
    FROM pypi.pypi_downloads_per_day_by_version_by_country
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date
    UNION ALL
    SELECT date, 0, 0, 0, 0, 0, uniqExact(type), 0, 0
    FROM pypi.pypi_downloads_per_day_by_version_by_file_type
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date
    UNION ALL
    SELECT date, 0, 0, 0, 0, 0, 0, 1, 0
    FROM pypi.pypi_downloads_per_day_by_version_by_python
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date
    UNION ALL
    SELECT date, 0, 0, 0, 0, 0, 0, 0, 1
    FROM pypi.pypi_downloads_per_day_by_version_by_system
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date
)
GROUP BY day ORDER BY day)sql";

// The breakdowns of the days [first, last], as many rows as the plan says (under 1,000; a single
// day with more is read in pages by appending kPage):
//   version   — by_version_by_installer_by_type grouped by (date, version): key has both ✓; human
//               sums the installers counted as people (installer in the key ✓)
//   installer — the same table grouped by (date, installer): key has both ✓ (one scan gives both
//               through GROUPING SETS; the endpoint's read limit counts every table a query reads)
//   country   — by_version_by_country GROUP BY date, country_code: key has both ✓ (there is no
//               country-only table: summed over versions)
//   type      — by_version_by_file_type GROUP BY date, type: key has both ✓ (not the installer
//               table, whose `type` is arbitrary after merges)
//   python    — by_version_by_python GROUP BY date, python_minor: key has both ✓ (summed over
//               versions), then the day's pairs packed into one row: `items` and `counts`, in step
//   system    — by_version_by_system GROUP BY date, system: key has both ✓, packed the same way
// The endpoint cuts at 1,000 rows, not bytes: a day's ten-odd Python versions and handful of
// systems in one row each keep a window as many days long as before, so a year costs the same
// queries of the hourly quota as without them (every other kind leaves both arrays empty).
inline constexpr const char *kWindow = R"sql(
SELECT kind, toString(date) AS date, item, downloads, human, items, counts FROM (
    SELECT if(grouping(version) = 0, 'version', 'installer') AS kind, date,
           if(grouping(version) = 0, version, installer) AS item, sum(count) AS downloads,
           if(grouping(version) = 0, sumIf(count, installer IN {human:Array(String)}), 0) AS human,
           CAST([], 'Array(String)') AS items, CAST([], 'Array(Int64)') AS counts
    FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date}
    GROUP BY GROUPING SETS ((date, version), (date, installer))
    UNION ALL
    SELECT 'country', date, country_code, sum(count), 0, [], []
    FROM pypi.pypi_downloads_per_day_by_version_by_country
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date, country_code
    UNION ALL
    SELECT 'type', date, toString(type), sum(count), 0, [], []
    FROM pypi.pypi_downloads_per_day_by_version_by_file_type
    WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date, type
    UNION ALL
    SELECT 'python', date, '', sum(n), 0, groupArray(python_minor), groupArray(n)
    FROM (SELECT date, python_minor, sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_python
          WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date, python_minor)
    GROUP BY date
    UNION ALL
    SELECT 'system', date, '', sum(n), 0, groupArray(system), groupArray(n)
    FROM (SELECT date, system, sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_system
          WHERE project = {project:String} AND date BETWEEN {first:Date} AND {last:Date} GROUP BY date, system)
    GROUP BY date
))sql";
// One page of a day with more rows than an answer may hold: a stable order, then the page.
inline constexpr const char *kPage = "\nORDER BY kind, date, item LIMIT {limit:UInt32} OFFSET {offset:UInt32}";

} // namespace insights::pypisql
