#!/usr/bin/env node
// Proves that the test engine behaves like the public endpoint's `demo` user (README.md): starts
// server.js, asks it what Insights' collectors ask, and checks each rule of the profile, the
// quota, the limits and the data. TAP-like output; exit status 1 when a check fails.
//
//   node tests/clickhouse/selftest.js        (also run by ctest)
'use strict';
const { spawn } = require('child_process');
const http = require('http');
const path = require('path');

const END = '2026-05-19';
let port = 0;
let failures = 0;
let checks = 0;

function ok(condition, what, detail) {
  ++checks;
  if (condition) process.stdout.write(`ok ${checks} - ${what}\n`);
  else {
    ++failures;
    process.stdout.write(`not ok ${checks} - ${what}${detail === undefined ? '' : `\n  # ${String(detail).slice(0, 600)}`}\n`);
  }
}

function request(method, pathAndQuery, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: pathAndQuery, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

// A query as a client of the endpoint: settings and parameters in the URL, SQL as the body.
async function query(sql, { settings = {}, params = {}, client = 'selftest', format = 'JSON', extra = {} } = {}) {
  const url = new URLSearchParams({ default_format: format, ...extra });
  for (const [k, v] of Object.entries(settings)) url.append(k, v);
  for (const [k, v] of Object.entries(params)) url.append(`param_${k}`, v);
  const r = await request('POST', `/?${url}`, sql, { 'X-ClickHouse-User': 'demo', 'X-Test-Client': client });
  r.code = Number(r.headers['x-clickhouse-exception-code'] || 0);
  if (r.status === 200 && format === 'JSON') r.json = JSON.parse(r.body);
  return r;
}

// The test's own question: no profile, no quota, not counted.
async function truth(sql) {
  const r = await request('POST', '/__test/query?default_format=JSONEachRow', sql);
  if (r.status !== 200) throw new Error(`own query failed: ${r.body}`);
  return r.body.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

async function control(pathAndQuery) {
  const r = await request('POST', pathAndQuery);
  if (r.status !== 200) throw new Error(`${pathAndQuery}: ${r.status} ${r.body}`);
  return r.body.startsWith('{') ? JSON.parse(r.body) : r.body;
}

const COUNTRIES_YEAR = "SELECT date, country_code, sum(count) AS downloads FROM pypi.pypi_downloads_per_day_by_version_by_country "
  + "WHERE project = {project:String} AND date >= {from:Date} GROUP BY date, country_code";
const THROW = { result_overflow_mode: 'throw', read_overflow_mode: 'throw' };

async function readonlyRules() {
  const one = 'SELECT toUInt64(18446744073709551615) AS big';
  let r = await query(one, { settings: { output_format_json_quote_64bit_integers: '1' } });
  ok(r.status === 500 && r.code === 164 && /Cannot modify 'output_format_json_quote_64bit_integers' setting in readonly mode\. \(READONLY\)/.test(r.body),
    'output_format_json_quote_64bit_integers=1 (not the engine default 0) answers code 164 READONLY', r.body);
  r = await query(one, { settings: { output_format_json_quote_64bit_integers: '0' } });
  ok(r.status === 200 && r.json.data[0].big === 18446744073709551615, 'output_format_json_quote_64bit_integers=0 equals the default: accepted, unquoted', r.body);
  r = await query(one);
  ok(r.status === 200 && typeof r.json.data[0].big === 'number', 'no setting: 64-bit integers as the server prefers (unquoted, ClickHouse >= 25.8)', r.body);

  await control('/__test/quote64?mode=on'); // a server whose default quotes them (before 25.8)
  r = await query(one, { settings: { output_format_json_quote_64bit_integers: '0' } });
  ok(r.status === 500 && r.code === 164, 'with a server default of 1, output_format_json_quote_64bit_integers=0 answers code 164', r.body);
  r = await query(one);
  ok(r.status === 200 && r.json.data[0].big === '18446744073709551615', 'with a server default of 1, no setting: quoted', r.body);
  await control('/__test/quote64?mode=client');

  for (const [name, value] of [['max_threads', '97'], ['max_result_rows', '5000'], ['max_rows_to_read', '0'], ['max_execution_time', '600'],
    ['output_format_json_quote_decimals', '1'], ['join_use_nulls', '1']]) {
    r = await query('SELECT 1 AS x', { settings: { [name]: value } });
    ok(r.status === 500 && r.code === 164 && r.body.includes(`Cannot modify '${name}' setting in readonly mode`), `URL setting ${name}=${value}: code 164`, r.body);
  }
  r = await query('SELECT 1 AS x SETTINGS max_threads = 97');
  ok(r.code === 164, 'a SETTINGS clause with a non-default value: code 164', r.body);
  r = await query("SELECT 'SETTINGS max_threads = 97' AS x /* SETTINGS max_threads = 97 */");
  ok(r.status === 200, 'the word SETTINGS inside a string or a comment is not a clause', r.body);
  r = await query('SET max_threads = 97');
  ok(r.code === 164, 'a SET statement with a non-default value: code 164', r.body);
  r = await query('INSERT INTO pypi.pypi (project) VALUES (\'x\')');
  ok(r.code === 164 && /Cannot execute query in readonly mode/.test(r.body), 'a write: code 164', r.body);
  r = await query('SELECT 1', { settings: { readonly: '0' } });
  ok(r.code === 452, 'readonly=0: code 452 (the profile pins readonly to 1)', r.body);
  r = await query('SELECT 1', { settings: { no_such_setting: '1' } });
  ok(r.code === 115 && r.status === 404 && /Unknown setting 'no_such_setting'/.test(r.body) && !/getSetting/.test(r.body),
    'an unknown setting: code 115, HTTP 404, in the engine\'s words', r.body);

  r = await query('SELECT 1 AS x', { settings: { max_result_rows: '1000', max_execution_time: '60', max_rows_to_read: '70000',
    readonly: '1', use_query_cache: '0', output_format_json_quote_64bit_integers: 'false' } });
  ok(r.status === 200, 'settings equal to the current (profile or default) values are accepted', r.body);
  r = await query('SELECT 1 AS x SETTINGS max_result_rows = 1000, use_query_condition_cache = 1');
  ok(r.status === 200, 'a SETTINGS clause with current values is accepted', r.body);
  r = await query('SELECT 1 AS x', { settings: { use_query_condition_cache: '0' } });
  ok(r.code === 164, 'use_query_condition_cache=0 is a change (the engine runs without that cache, the user sees 1)', r.body);
  const [{ threads }] = await truth("SELECT toString(getSetting('max_threads')) AS threads");
  r = await query('SELECT 1 AS x', { settings: { max_threads: threads } });
  ok(r.status === 200, `max_threads=${threads} (the default) is accepted though the engine reads with one thread`, r.body);
  r = await query('SELECT 1 AS x', { settings: { result_overflow_mode: 'throw', read_overflow_mode: 'throw', max_block_size: '1000',
    allow_experimental_analyzer: '0' } });
  ok(r.status === 200, 'the four changeable settings with other values are accepted (URL)', r.body);
  r = await query("SELECT 1 AS x SETTINGS result_overflow_mode = 'throw', read_overflow_mode = 'throw', max_block_size = 77, allow_experimental_analyzer = 1");
  ok(r.status === 200, 'the four changeable settings are accepted in a SETTINGS clause', r.body);
  r = await query('SELECT 1 AS x', { settings: { enable_analyzer: '0' } });
  ok(r.status === 200, 'enable_analyzer (allow_experimental_analyzer is its alias) is changeable too', r.body);
  r = await query('SELECT {p:String} AS x', { params: { p: 'v' }, extra: { wait_end_of_query: '1', query_id: 'q-1', database: 'pypi', session_timeout: '60', stacktrace: '0', compress: '0', buffer_size: '1000' } });
  ok(r.status === 200 && r.json.data[0].x === 'v', 'HTTP parameters that are not settings (param_*, wait_end_of_query, query_id, database, …) are accepted', r.body);
  r = await query('SELECT {p:String} AS p, length(p) AS n', { params: { p: 'a\\\\b \\. \\d \\n' } });
  ok(r.status === 200 && r.json.data[0].p === 'a\\b \\. \\d \n', 'param_ values are read in the escaped format, as ClickHouse does (\\\\ → \\, \\n → newline, \\. kept)', r.body);
  r = await query('SELECT {p:String} AS p', { params: { p: 'ends with \\' } });
  ok(r.code === 25, 'a param_ value ending in a backslash: code 25', r.body);
  r = await query('SELECT currentDatabase() AS db', { extra: { database: 'pypi' } });
  ok(r.status === 200 && r.json.data[0].db === 'pypi', 'database= sets the current database', r.body);
}

async function resultLimit() {
  const from = '2025-05-20';
  const [{ n: whole }] = await truth(`SELECT count() AS n FROM (SELECT date, country_code FROM pypi.pypi_downloads_per_day_by_version_by_country
    WHERE project = 'insights-demo' AND date >= '${from}' GROUP BY date, country_code)`);
  ok(whole > 1000, `a year of countries for insights-demo is ${whole} rows (more than 1,000)`);
  let r = await query(COUNTRIES_YEAR, { params: { project: 'insights-demo', from } });
  ok(r.status === 200 && !r.code && !/Exception/.test(r.body) && r.json.rows < whole && r.json.rows >= 1000,
    `without throw the answer is cut silently: HTTP 200, ${r.json && r.json.rows} of ${whole} rows, no error`, r.body.slice(-300));
  r = await query(COUNTRIES_YEAR, { params: { project: 'insights-demo', from }, settings: THROW });
  ok(r.status === 500 && r.code === 396 && /TOO_MANY_ROWS_OR_BYTES/.test(r.body), 'with result_overflow_mode=throw: code 396', r.body);
  r = await query(COUNTRIES_YEAR, { params: { project: 'insights-demo', from: '2026-04-20' }, settings: THROW });
  ok(r.status === 200 && r.json.rows > 0 && r.json.rows < 1000, `a month of countries fits: ${r.json && r.json.rows} rows`, r.body.slice(0, 300));
  r = await query('SELECT number FROM numbers(5000)', { format: 'TabSeparated' });
  ok(r.status === 200 && r.body.split('\n').filter(Boolean).length < 5000, 'a 5,000-row answer in another format is cut too', r.body.length);

  // Several file types per installer per day, several installers per version per day.
  const [{ share }] = await truth(`SELECT avg(c >= 2) AS share FROM (SELECT uniqExact(type) AS c FROM pypi.pypi
    WHERE project = 'insights-demo' AND installer IN ('pip', 'uv') GROUP BY date, installer)`);
  ok(share >= 0.9, `on ${Math.round(share * 100)}% of days pip and uv each download several file types`);
  const [{ installers }] = await truth(`SELECT min(c) AS installers FROM (SELECT uniqExact(installer) AS c FROM pypi.pypi
    WHERE project = 'insights-demo' GROUP BY date, version HAVING count() >= 20)`);
  ok(installers >= 3, `a version downloaded 20+ times a day comes from at least ${installers} installers`);
  // The installer rollup's sort key has no type: its type split is not the file-type table's.
  const [{ differ }] = await truth(`SELECT count() AS differ FROM (
      SELECT date, type, sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type WHERE project = 'insights-demo' GROUP BY date, type) AS a
    FULL JOIN (SELECT date, type, sum(count) AS n FROM pypi.pypi_downloads_per_day_by_version_by_file_type WHERE project = 'insights-demo' GROUP BY date, type) AS b
    USING (date, type) WHERE a.n != b.n`);
  ok(differ > 0, `downloads per type from ..._by_installer_by_type differ from ..._by_file_type on ${differ} (day, type) pairs`);
}

async function readLimit() {
  const limits = await control('/__test/limits');
  const byName = 'SELECT count() AS events, max(created_at) AS newest FROM github.github_events WHERE repo_name = {repo:String} AND created_at >= {from:DateTime}';
  const byId = 'SELECT count() AS events, max(created_at) AS newest FROM github.github_events WHERE repo_id = {id:String} AND created_at >= {from:DateTime}';
  const from = '2025-05-20 00:00:00';
  const [{ n: whole }] = await truth(`SELECT count() AS n FROM github.github_events WHERE repo_name = 'octo/widgets' AND created_at >= '${from}'`);
  const [{ n: all }] = await truth('SELECT count() AS n FROM github.github_events');
  ok(all > limits.max_rows_to_read, `github_events holds ${all} rows, more than the read limit ${limits.max_rows_to_read}`);
  let r = await query(byName, { params: { repo: 'octo/widgets', from } });
  ok(r.status === 200 && !r.code && Number(r.json.data[0].events) < whole,
    `a filter on repo_name is cut silently: HTTP 200, ${r.json && r.json.data[0].events} of ${whole} events`, r.body.slice(0, 400));
  r = await query(byName, { params: { repo: 'octo/widgets', from }, settings: THROW });
  ok(r.status === 500 && r.code === 158 && /TOO_MANY_ROWS/.test(r.body), 'with read_overflow_mode=throw: code 158', r.body);

  r = await query('SELECT repo_id FROM github.repo_name_to_id WHERE repo_name = {repo:String}', { params: { repo: 'octo/widgets' }, settings: THROW });
  const id = r.status === 200 && r.json.data.length === 1 ? r.json.data[0].repo_id : null;
  ok(id === '900000001', `repo_name_to_id: octo/widgets is ${id}`, r.body);
  r = await query(byId, { params: { id, from }, settings: THROW });
  const read = r.json && r.json.statistics.rows_read;
  ok(r.status === 200 && Number(r.json.data[0].events) === whole && read < limits.max_rows_to_read,
    `a filter on repo_id answers all ${whole} events, reading ${read} rows (limit ${limits.max_rows_to_read})`, r.body.slice(0, 400));
  const log = await control('/__test/requests');
  const last = log.requests[log.requests.length - 1];
  ok(last.rows_read === read, 'the request log records the rows a query read', JSON.stringify(last));

  r = await query("SELECT repo_name, repo_id FROM github.repo_name_to_id WHERE repo_name IN ('octo/renamed', 'octo/old-name') ORDER BY repo_name", { settings: THROW });
  ok(r.status === 200 && r.json.data.length === 2 && r.json.data[0].repo_id === r.json.data[1].repo_id,
    'a renamed repository: both names have one repo_id', r.body.slice(0, 300));
  r = await query('SELECT repo_id FROM github.repo_name_to_id WHERE repo_name = {repo:String}', { params: { repo: 'octo/nothing-here' }, settings: THROW });
  ok(r.status === 200 && r.json.rows === 0, 'an unknown repository: no row', r.body.slice(0, 200));
  const [{ missing }] = await truth('SELECT count() AS missing FROM (SELECT DISTINCT repo_name FROM github.github_events) AS e '
    + 'LEFT ANTI JOIN github.repo_name_to_id AS m USING (repo_name)');
  ok(missing === 0, 'every repository in github_events is in repo_name_to_id');
  r = await query("SELECT max(created_at) AS newest FROM github.github_events WHERE repo_id = '1' AND event_type = 'WatchEvent'", { settings: THROW });
  ok(r.status === 200 && r.json.data[0].newest === '1970-01-01 00:00:00', 'no match: max(created_at) is 1970-01-01 00:00:00, not zero rows', r.body.slice(0, 300));
}

async function lowerLimits() {
  await control('/__test/limits?max_result_rows=10&max_rows_to_read=1000');
  const sql = "SELECT date, sum(count) AS n FROM pypi.pypi_downloads_per_day WHERE project = 'insights-demo' AND date >= '2026-04-01' GROUP BY date";
  let r = await query(sql);
  ok(r.status === 200 && r.json.rows < 49 && r.json.rows >= 10, `lowered max_result_rows=10: 49 days come back as ${r.json && r.json.rows}, HTTP 200`, r.body.slice(-200));
  r = await query(sql, { settings: THROW });
  ok(r.code === 396 || r.code === 158, `lowered limits with throw: code ${r.code}`, r.body);
  r = await query("SELECT count() AS n FROM pypi.pypi_downloads_per_day_by_version_by_country WHERE project = 'insights-demo'", { settings: THROW });
  ok(r.code === 158, 'lowered max_rows_to_read=1000 with throw: code 158', r.body);
  r = await query('SELECT 1', { settings: { max_result_rows: '1000' } });
  ok(r.code === 164, 'with the profile at 10, max_result_rows=1000 is a change: code 164', r.body);
  const back = await control('/__test/limits?max_result_rows=default&max_rows_to_read=default');
  ok(back.max_result_rows === 1000 && back.max_rows_to_read === 70000, 'limits back to the defaults', JSON.stringify(back));
}

async function quota() {
  await control('/__test/clock?now=2026-05-20T14:10:00Z');
  await control('/__test/quota?reset=1');
  let refused = null;
  let served = 0;
  for (let i = 0; i < 61; ++i) {
    const r = await query('SELECT 1 AS x', { client: 'ip-a' });
    if (r.status === 200) ++served;
    else { refused = r; break; }
  }
  ok(served === 60 && refused && refused.code === 201 && refused.status === 500,
    `60 queries an hour per client, the 61st answers code 201 (served ${served})`, refused && refused.body);
  ok(refused && /Quota for user `demo` for 3600s has been exceeded: queries = 61\/60\. Interval will end at 2026-05-20 15:00:00\. Name of quota template: `demo`\. \(QUOTA_EXCEEDED\)/.test(refused.body),
    'its text names the end of the interval (15:00:00 UTC)', refused && refused.body);
  let r = await query('SELECT 1 AS x', { client: 'ip-b' });
  ok(r.status === 200, 'another client has its own quota', r.body);
  r = await query('SELECT 1 AS x', { client: 'ip-a', settings: { max_threads: '97' } });
  ok(r.code === 164, 'a refused setting is answered before the quota (code 164, not counted)', r.body);
  await control('/__test/clock?now=2026-05-20T14:59:59Z');
  r = await query('SELECT 1 AS x', { client: 'ip-a' });
  ok(r.code === 201 && /queries = 62\/60/.test(r.body), 'still refused at 14:59:59, and counting', r.body);
  await control('/__test/clock?advance=2');
  r = await query('SELECT 1 AS x', { client: 'ip-a' });
  ok(r.status === 200, 'at 15:00:01 the quota is fresh again', r.body);
  const state = await control('/__test/quota');
  ok(state.clients['ip-a'].used === 1 && state.clients['ip-a'].interval_end === '2026-05-20T16:00:00.000Z', 'the new interval ends at 16:00', JSON.stringify(state));
  await control('/__test/quota?limit=2&reset=1');
  await query('SELECT 1', { client: 'ip-c' });
  await query('SELECT 1', { client: 'ip-c' });
  r = await query('SELECT 1', { client: 'ip-c' });
  ok(r.code === 201 && /queries = 3\/2/.test(r.body), 'the quota limit is a test control', r.body);
  await control('/__test/quota?limit=60&reset=1');
  await control('/__test/clock?now=real');
}

async function counters() {
  await control('/__test/requests?reset=1');
  await query('SELECT 1', { client: 'c1', settings: { result_overflow_mode: 'throw' } });
  await query('SELECT 1 SETTINGS read_overflow_mode = \'throw\'', { client: 'c2' });
  await query('SELECT 1', { client: 'c2', settings: { max_threads: '97' } });
  const log = await control('/__test/requests');
  ok(log.queries === 3 && log.counted === 2, `the request log counts requests (${log.queries}) and quota-counted queries (${log.counted})`, JSON.stringify(log));
  ok(log.clients.c1.requests === 1 && log.clients.c2.requests === 2 && log.clients.c2.counted === 1, 'per client', JSON.stringify(log.clients));
  ok(JSON.stringify(Object.keys(log.settings).sort()) === JSON.stringify(['max_threads', 'read_overflow_mode', 'result_overflow_mode']),
    'the settings requests carried, from the URL and from SETTINGS clauses', JSON.stringify(log.settings));
  ok(log.requests[1].settings[0].source === 'query' && log.requests[2].code === 164, 'each request: its settings with their source, its code',
    JSON.stringify(log.requests));
}

async function projects() {
  const r = await query("SELECT name, home_page, project_urls FROM pypi.projects WHERE name IN ('insights-demo', 'widgets-cli', 'other-package') ORDER BY name, upload_time", { settings: THROW });
  const urls = r.status === 200 ? r.json.data.flatMap((row) => row.project_urls.concat([row.home_page])).join(' ') : '';
  ok(/Source, https:\/\/github\.com\/octo\/widgets\.git/.test(urls) && /\/tree\/main/.test(urls) && /http:\/\/github\.com\/Octo\/Widgets/.test(urls),
    'pypi.projects links packages to repositories in the forms real packages use', urls);
  const names = await truth("SELECT getRepoName('other-package') AS a, getRepoName('insights-demo') AS b, getRepoId('other-package') AS c");
  ok(names[0].a === 'octo/gadgets' && names[0].c === '900000002', 'the endpoint functions getRepoName/getRepoId work', JSON.stringify(names));
}

async function openProfile() {
  await control('/__test/profile?name=open');
  let r = await query('SELECT number FROM numbers(3000)', { settings: { output_format_json_quote_64bit_integers: '1', max_threads: '97' } });
  ok(r.status === 200 && r.json.rows === 3000 && r.json.data[0].number === '0', 'profile open: any setting, no cut', r.body.slice(0, 200));
  for (let i = 0; i < 70; ++i) r = await query('SELECT 1', { client: 'ip-open' });
  ok(r.status === 200, 'profile open: no quota', r.body);
  await control('/__test/profile?name=demo');
  r = await query('SELECT 1', { settings: { max_threads: '97' } });
  ok(r.code === 164, 'back to profile demo', r.body);
}

async function faults() {
  await control('/__test/fault?mode=quota&times=1');
  let r = await query('SELECT 1', { client: 'faults' });
  ok(r.code === 201 && /Interval will end at/.test(r.body), 'fault mode=quota still answers code 201', r.body);
  await control('/__test/fault?mode=status&status=503&times=1');
  r = await query('SELECT 1', { client: 'faults' });
  ok(r.status === 503, 'fault mode=status still answers the status', r.status);
  await control('/__test/fault?mode=timeout&times=1');
  r = await query('SELECT 1', { client: 'faults' });
  ok(r.code === 159 && r.status === 408, 'fault mode=timeout: code 159 with HTTP 408 (ClickHouse\'s status for it)', r.body);
  const stats = await control('/__test/stats');
  ok(stats.faults === 0 && stats.queries > 0, 'stats: no fault left', JSON.stringify(stats));
}

function startServer(extra = []) {
  const started = Date.now();
  const server = spawn(process.execPath, [path.join(__dirname, 'server.js'), '--port', '0', '--end-date', END, ...extra],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (c) => {
      out += c;
      const m = /LISTENING (\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), ms: Date.now() - started });
    });
    server.on('exit', (code) => reject(new Error(`server.js exited with ${code}`)));
  });
  return { server, listening };
}

// A second engine copies the first one's data instead of generating it, and has the same data.
async function snapshot(whole) {
  const { server, listening } = startServer();
  const first = port;
  try {
    const started = await listening;
    port = started.port;
    const stats = await control('/__test/stats');
    ok(stats.cache === 'hit', `a second engine starts from the first one's snapshot (${started.ms} ms)`, JSON.stringify(stats));
    const [copy] = await truth('SELECT (SELECT count() FROM github.github_events) AS events, (SELECT sum(count) FROM pypi.pypi_downloads) AS downloads, '
      + "(SELECT count() FROM github.repo_name_to_id) AS names, getRepoName('other-package') AS repo");
    ok(JSON.stringify(copy) === JSON.stringify(whole), 'with the same data, views and functions', `${JSON.stringify(copy)} vs ${JSON.stringify(whole)}`);
  } finally {
    server.kill('SIGTERM');
    port = first;
  }
}

async function main() {
  const { server, listening } = startServer();
  port = (await listening.then((l) => { process.stdout.write(`# engine ready in ${l.ms} ms\n`); return l; })).port;
  try {
    for (const part of [readonlyRules, resultLimit, readLimit, lowerLimits, quota, counters, projects, openProfile, faults]) {
      process.stdout.write(`# ${part.name}\n`);
      await control('/__test/quota?reset=1');
      await part();
    }
    process.stdout.write('# snapshot\n');
    const [whole] = await truth('SELECT (SELECT count() FROM github.github_events) AS events, (SELECT sum(count) FROM pypi.pypi_downloads) AS downloads, '
      + "(SELECT count() FROM github.repo_name_to_id) AS names, getRepoName('other-package') AS repo");
    await snapshot(whole);
  } catch (e) {
    ++failures;
    process.stdout.write(`not ok - ${e.stack}\n`);
  } finally {
    server.kill('SIGTERM');
  }
  process.stdout.write(`1..${checks}\n# ${failures ? `${failures} failed` : 'all passed'}\n`);
  process.exitCode = failures ? 1 : 0;
}

main();
