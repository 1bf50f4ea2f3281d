#!/usr/bin/env node
// ClickHouse's HTTP interface on 127.0.0.1 in front of a real ClickHouse engine (chDB), behaving
// like the public endpoint sql-clickhouse.clickhouse.com for its `demo` user (README.md).
//
// What it speaks, as ClickHouse does:
//   GET /?query=…  or  POST / with the SQL as body (a ?query= part comes first);
//   param_NAME=value for {NAME:Type} placeholders; default_format= (or X-ClickHouse-Format);
//   database=; the parameters ClickHouse reads itself (wait_end_of_query, query_id, session_id,
//   user, password, compress, …); any other URL parameter is a setting for that query only.
//   User from X-ClickHouse-User, Basic auth or user=; it must be the configured user.
//   Errors: the exception text as body, X-ClickHouse-Exception-Code, and ClickHouse's HTTP status
//   for the code. X-ClickHouse-Summary with string values.
// Profile `demo` (the default): readonly = 1 (a setting other than result_overflow_mode,
// read_overflow_mode, max_block_size, allow_experimental_analyzer answers code 164 unless it
// equals the current value), max_result_rows = 1000 and max_rows_to_read with overflow mode
// `break` (the engine cuts silently; `throw` makes it codes 396 and 158), and a quota of 60
// queries per hour per client (code 201). Profile `open`: none of that (the shim before issue 17).
//
// Test controls (not ClickHouse; answer JSON or "ok"):
//   POST /__test/fault?mode=error_in_200|quota|timeout|status|hang|truncate|huge|clear&times=N[&skip=N]
//        [&status=503&retry_after=S&location=URL][&bytes=N]: the next queries fail that way.
//   POST /__test/quote64?mode=on|off|client: the server's default for quoting 64-bit integers in
//        JSON (as a server before/after ClickHouse 25.8); profile open: forced whatever the client asks.
//   POST /__test/limits?max_result_rows=N&max_rows_to_read=N&max_result_bytes=N&block_size=N
//        (a value or "default"): the demo profile's limits; GET: the current ones.
//   POST /__test/quota?limit=N&interval=S&reset=1[&client=KEY]: the quota; GET: usage per client.
//   POST /__test/clock?now=ISO|EPOCH_SECONDS|real&advance=S: the "now" of the quota; GET: it.
//   POST /__test/profile?name=demo|open: switch; GET: the current one.
//   GET  /__test/requests[?reset=1]: every query request (client, settings with their source,
//        HTTP parameters, code, rows read, whether the quota counted it) and totals.
//   GET  /__test/stats: {"queries": requests so far, "faults": injected and not yet served,
//        "counted", "profile", "cache": "hit"|"miss"|"off"}.
//   POST /__test/query?…: runs SQL for the test itself (its expected values): no profile, no
//        quota, not counted, not logged; settings in the URL apply.
// Clients: the remote address, or the X-Test-Client header (so one test can be several clients).
//
//   node server.js [--port N] [--user demo] [--end-date YYYY-MM-DD] [--profile demo|open]
//                  [--max-rows-to-read N] [--quota N] [--now ISO] [--other-events N] [--no-seed] [--no-cache]
// Prints "LISTENING <port>" on stdout once the schema and data are ready. The data of a given
// schema, seed and end date is generated once and copied by later engines (enginefiles.js).
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const chdb = require('chdb');
const { Session } = chdb;
// The binding under chdb's Session: it hands param_ values to the engine as the URL carries them,
// so the engine parses them in ClickHouse's escaped text format exactly as its HTTP interface
// does (Session.queryBind escapes them first, which keeps backslashes the server would decode).
const native = require(path.join(path.dirname(require.resolve('chdb')), 'dist', 'loader.js')).loadNative();
const { Endpoint } = require('./endpoint');
const { openEngine } = require('./enginefiles');
const { querySettings } = require('./querysettings');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const port = Number(option('--port', '0'));
const user = option('--user', 'demo');
const endDate = option('--end-date', new Date().toISOString().slice(0, 10));
const seed = !args.includes('--no-seed');
const profile = option('--profile', 'demo');
if (profile !== 'demo' && profile !== 'open') {
  process.stderr.write(`server.js: unknown --profile "${profile}" (demo or open)\n`);
  process.exit(2);
}

function statements(file) {
  return fs.readFileSync(path.join(__dirname, file), 'utf8')
    .split('\n').filter((line) => !line.trim().startsWith('--')).join('\n')
    .split(';').map((s) => s.trim()).filter(Boolean);
}
const otherEvents = option('--other-events', '75000');
const { session, dir, cache } = openEngine(Session, {
  seed: (engine) => {
    for (const sql of statements('schema.sql')) engine.query(sql);
    engine.query('SYSTEM STOP MERGES');
    if (seed) for (const sql of statements('seed.sql')) engine.queryBind(sql, { end: endDate, others: otherEvents });
  },
  key: [fs.readFileSync(path.join(__dirname, 'schema.sql')), fs.readFileSync(path.join(__dirname, 'seed.sql')), seed, endDate,
    otherEvents, JSON.stringify(chdb.version()), fs.readFileSync(path.join(__dirname, 'package-lock.json'))],
  useCache: !args.includes('--no-cache'),
});
// No background merges: each table keeps the parts the seed made (unmerged SummingMergeTree
// rows, one rollup merged on purpose), the same in every engine, whatever the timing.
session.query('SYSTEM STOP MERGES');
const cleanup = () => { try { session.cleanup(); } catch (_) {} fs.rmSync(dir, { recursive: true, force: true }); };
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

// 70,000: a year of one tracked repository by repo_id reads ~25,000 rows and a query over four
// rollups of one package ~47,000; a filter on repo_name reads all ~130,000, the first 75,000 of
// them other repositories' (README: "The data").
const endpoint = new Endpoint(session, { profile, user,
  maxRowsToRead: Number(option('--max-rows-to-read', '70000')), blockSize: 256, quota: Number(option('--quota', '60')) });
if (option('--now', null)) endpoint.fixedNow = Date.parse(option('--now', null));
// The suffix of every exception text: ClickHouse writes "(version 25.8.1.1 (official build))".
const engineVersion = `${session.query('SELECT version()', 'TSV').trim()} (chDB)`;
const version = () => (endpoint.profile === 'demo' ? engineVersion : 'chDB');

// Parameters ClickHouse's HTTPHandler reads itself rather than passing on as settings (its
// reserved_param_names, plus `query` and param_*); every other parameter is a setting.
const reserved = new Set(['query', 'default_format', 'database', 'user', 'password', 'quota_key', 'query_id', 'stacktrace',
  'role', 'buffer_size', 'wait_end_of_query', 'session_id', 'session_timeout', 'session_check', 'client_protocol_version',
  'close_session', 'compress', 'decompress']);
const faults = [];
let queriesServed = 0;
const requestLog = [];

function errorCode(message) {
  const match = /Code: (\d+)\./.exec(message);
  return match ? Number(match[1]) : 1001;
}

// ClickHouse's exceptionCodeToHTTPStatus; everything else (164, 201, 158, 396, …) is 500.
const statusOfCode = new Map([
  [194, 401],
  ...[192, 193, 516, 512, 497].map((c) => [c, 403]),
  ...[36, 427, 6, 25, 26, 38, 41, 72, 441, 675, 676, 27, 376, 15, 44, 37, 123, 8, 167, 168, 223, 62, 117, 53, 321].map((c) => [c, 400]),
  ...[60, 46, 47, 50, 56, 81, 115, 152, 63, 73, 336, 78, 511].map((c) => [c, 404]),
  [229, 413], [48, 501], [209, 503], [76, 503], [381, 411], [159, 408], [439, 503], [779, 415],
]);
function statusFor(code) {
  if (endpoint.profile === 'demo') return statusOfCode.get(code) || 500;
  // profile open: the statuses this shim answered before issue 17
  if (code === 62 || code === 36 || code === 38 || code === 456 || code === 27) return 400;
  if (code === 60 || code === 81) return 404;
  if (code === 516 || code === 497 || code === 201) return 403;
  return 500;
}

function fail(res, raw, entry) {
  const message = raw.replace(/^Query failed: /, '');
  const code = errorCode(message);
  const text = /^Code: \d+\./.test(message) ? message : `Code: ${code}. DB::Exception: ${message}`;
  const status = statusFor(code);
  if (entry) { entry.code = code; entry.status = status; }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=UTF-8', 'X-ClickHouse-Exception-Code': String(code) });
  res.end(`${text} (version ${version()})\n`);
}

// Faults of the HTTP layer: answered before the engine sees the query. True when one was served.
function httpFault(fault, res) {
  if (fault.mode === 'hang') return true; // the socket stays open and silent
  if (fault.mode === 'status') {
    const headers = { 'Content-Type': 'text/html; charset=UTF-8' };
    if (fault.retryAfter) headers['Retry-After'] = fault.retryAfter;
    if (fault.location) headers.Location = fault.location;
    res.writeHead(fault.status, headers);
    res.end(`<html><body><h1>${fault.status}</h1></body></html>\n`);
    return true;
  }
  if (fault.mode === 'huge') {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': String(fault.bytes) });
    const chunk = Buffer.alloc(1 << 16, 0x20);
    let left = fault.bytes;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => {});
    pump();
    return true;
  }
  return false;
}

// The fault this query meets, if any: the oldest one, once its `skip` queries went through.
function takeFault() {
  const fault = faults.length ? faults[0] : null;
  if (!fault) return null;
  if (fault.skip > 0) { --fault.skip; return null; }
  if (--fault.times <= 0) faults.shift();
  return fault;
}

// Statements the readonly user may run (ClickHouse: "Cannot execute query in readonly mode").
const readStatements = new Set(['SELECT', 'WITH', 'SHOW', 'DESCRIBE', 'DESC', 'EXPLAIN', 'EXISTS', 'SET', 'USE']);

function clientOf(req) {
  return String(req.headers['x-test-client'] || req.socket.remoteAddress || 'unknown');
}

// What the answer itself says about the work: JSON formats carry rows, rows_read and bytes_read
// (chDB's own counters are the result's, not the reads'); other formats only their rows.
function answerStatistics(format, out) {
  const tail = out.slice(-600);
  const number = (key) => { const m = new RegExp(`"${key}":\\s*"?(\\d+)`).exec(tail); return m ? Number(m[1]) : null; };
  if (/^JSON(Compact)?(Strings)?$/.test(format))
    return { rows: number('rows') || 0, rowsRead: number('rows_read'), bytesRead: number('bytes_read') };
  return { rows: out.split('\n').filter(Boolean).length, rowsRead: null, bytesRead: null };
}

async function run(req, url, body, res, own) {
  const params = url.searchParams;
  const entry = { client: clientOf(req), settings: [], parameters: [], code: 0, status: 200, counted: false, rows_read: null, result_rows: null };
  let fault = null;
  if (!own) {
    ++queriesServed;
    requestLog.push(entry);
    fault = takeFault();
    if (fault && httpFault(fault, res)) { entry.fault = fault.mode; entry.status = 0; return; }
  }
  const sql = [params.get('query') || '', body].filter((s) => s.length > 0).join('\n');
  const bind = {};
  const settings = [];
  for (const [name, value] of params) {
    if (name.startsWith('param_')) { bind[name.slice(6)] = value; entry.parameters.push(name); }
    else if (reserved.has(name) || name === '') entry.parameters.push(name);
    else settings.push([name, value]);
  }
  const inQuery = querySettings(sql);
  entry.settings = settings.map(([name, value]) => ({ name, value, source: 'url' }))
    .concat(inQuery.settings.map(({ name, value }) => ({ name, value, source: 'query' })));
  const format = params.get('default_format') || req.headers['x-clickhouse-format'] || 'TabSeparated';
  if (!sql.trim()) return fail(res, 'Code: 62. DB::Exception: Empty query. (SYNTAX_ERROR)', entry);

  const demo = endpoint.profile === 'demo' && !own;
  const touched = new Set();
  const database = params.get('database') || req.headers['x-clickhouse-database'];
  const started = process.hrtime.bigint();
  let result;
  try {
    if (demo) {
      for (const [name, value] of settings) {
        const refused = endpoint.check(name, value, touched);
        if (refused) return fail(res, refused, entry);
      }
      for (const { name, value } of inQuery.settings) {
        const refused = endpoint.check(name, value, touched);
        if (refused) return fail(res, refused, entry);
      }
      if (!readStatements.has(inQuery.first))
        return fail(res, 'Code: 164. DB::Exception: Cannot execute query in readonly mode. (READONLY)', entry);
      // The URL's settings apply to the query; its own SETTINGS clause the engine applies itself.
      for (const name of touched) endpoint.restore(name);
      for (const [name, value] of settings) if (name !== 'readonly') endpoint.set(name, value);
      const overQuota = endpoint.useQuota(entry.client);
      entry.counted = true;
      if (overQuota) return fail(res, overQuota, entry);
      if (inQuery.first === 'SET' || inQuery.first === 'USE') { // allowed; without a session they change nothing
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=UTF-8' });
        return res.end();
      }
    } else {
      if (own) // the test's own question: no limits, the engine's defaults
        for (const name of endpoint.limitSettings()) { touched.add(name); endpoint.reset(name); }
      for (const [name, value] of settings) { touched.add(name); endpoint.set(name, value); }
      if (endpoint.quote64 !== null && !own) { // profile open: forced, whatever the client asked
        touched.add('output_format_json_quote_64bit_integers');
        endpoint.set('output_format_json_quote_64bit_integers', endpoint.quote64);
      }
    }
    if (database && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(database))
      return fail(res, `Code: 81. DB::Exception: Database ${database} does not exist. (UNKNOWN_DATABASE)`, entry);
    if (database) session.query(`USE ${database}`);
    if (demo) {
      const raw = await native.QueryAsyncConnection(session.connection, sql, format, bind);
      result = Buffer.from(raw.bytes).toString('utf8');
    } else { // profile open and the test's own questions: values arrive unescaped, as before issue 17
      result = (await session.queryBindAsync(sql, bind, { format })).text();
    }
  } catch (e) {
    const message = String(e.message || e);
    if (demo && entry.counted && errorCode(message) === 62) { endpoint.unuseQuota(entry.client); entry.counted = false; }
    return fail(res, message, entry);
  } finally {
    for (const name of touched) try { endpoint.restore(name); } catch (_) {}
    if (database) try { session.query('USE default'); } catch (_) {}
  }
  const out = result;
  const statistics = answerStatistics(format, out);
  entry.rows_read = statistics.rowsRead;
  entry.result_rows = statistics.rows;
  if (fault && fault.mode === 'quota')
    return fail(res, quotaFaultText(), entry);
  if (fault && fault.mode === 'timeout')
    return fail(res, 'Code: 159. DB::Exception: Timeout exceeded: elapsed 60.1 seconds, maximum: 60. (TIMEOUT_EXCEEDED)', entry);
  const elapsed = String(process.hrtime.bigint() - started);
  const headers = {
    'Content-Type': format.startsWith('JSON') ? 'application/json; charset=UTF-8' : 'text/plain; charset=UTF-8',
    'X-ClickHouse-Format': format,
    'X-ClickHouse-Timezone': 'UTC',
    'X-ClickHouse-Summary': JSON.stringify({ read_rows: String(statistics.rowsRead || 0), read_bytes: String(statistics.bytesRead || 0),
      written_rows: '0', written_bytes: '0', total_rows_to_read: String(statistics.rowsRead || 0),
      result_rows: String(statistics.rows), result_bytes: String(Buffer.byteLength(out)), elapsed_ns: elapsed }),
  };
  if (fault && fault.mode === 'truncate') { // a connection lost mid-answer
    const whole = Buffer.from(out, 'utf8');
    res.writeHead(200, { ...headers, 'Content-Length': String(whole.length) });
    res.write(whole.subarray(0, Math.floor(whole.length / 2)));
    return setTimeout(() => res.socket && res.socket.destroy(), 20);
  }
  res.writeHead(200, headers);
  // An exception after streaming began: HTTP 200, the error text at the end of the body (API-NOTES §0.9).
  if (fault && fault.mode === 'error_in_200')
    return res.end(`${out.slice(0, Math.floor(out.length / 2))}\nCode: 241. DB::Exception: Memory limit (total) exceeded. (MEMORY_LIMIT_EXCEEDED) (version ${version()})\n`);
  res.end(out);
}

function quotaFaultText() {
  const duration = endpoint.quota.intervalS * 1000;
  const end = (Math.floor(endpoint.now() / duration) + 1) * duration;
  return `Code: 201. DB::Exception: Quota for user \`${user}\` for ${endpoint.quota.intervalS}s has been exceeded: `
    + `queries = ${endpoint.quota.limit + 1}/${endpoint.quota.limit}. Interval will end at `
    + `${new Date(end).toISOString().replace('T', ' ').slice(0, 19)}. Name of quota template: \`demo\`. (QUOTA_EXCEEDED)`;
}

// One request at a time: settings are the session's, set and restored around each query.
let chain = Promise.resolve();
function serialized(task) {
  const next = chain.then(task, task);
  chain = next.catch(() => {});
  return next;
}

function json(res, value) {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(value) + '\n');
}

function requestTotals() {
  const clients = {};
  const settingNames = {};
  let counted = 0;
  for (const e of requestLog) {
    const c = clients[e.client] || (clients[e.client] = { requests: 0, counted: 0 });
    ++c.requests;
    if (e.counted) { ++c.counted; ++counted; }
    for (const s of e.settings) settingNames[s.name] = (settingNames[s.name] || 0) + 1;
  }
  return { queries: requestLog.length, counted, clients, settings: settingNames, requests: requestLog };
}

function control(url, res) {
  const q = url.searchParams;
  switch (url.pathname) {
  case '/__test/fault':
    if (q.get('mode') === 'clear') faults.length = 0; // what a test left unused
    else
      faults.push({ mode: q.get('mode'), times: Number(q.get('times') || '1'), status: Number(q.get('status') || '503'),
        retryAfter: q.get('retry_after'), location: q.get('location'), bytes: Number(q.get('bytes') || '0'),
        skip: Number(q.get('skip') || '0') });
    res.writeHead(200);
    return res.end('ok\n');
  case '/__test/quote64': {
    const mode = q.get('mode');
    endpoint.setQuote64(mode === 'on' ? '1' : mode === 'off' ? '0' : null);
    res.writeHead(200);
    return res.end('ok\n');
  }
  case '/__test/stats': {
    const pending = faults.reduce((n, f) => n + Math.max(f.times, 0), 0);
    const totals = requestTotals();
    return json(res, { queries: queriesServed, faults: pending, counted: totals.counted, profile: endpoint.profile, cache });
  }
  case '/__test/limits':
    endpoint.setLimits({ maxResultRows: q.get('max_result_rows'), maxRowsToRead: q.get('max_rows_to_read'),
      maxResultBytes: q.get('max_result_bytes'), blockSize: q.get('block_size') });
    return json(res, { max_result_rows: endpoint.limits.maxResultRows, max_rows_to_read: endpoint.limits.maxRowsToRead,
      max_result_bytes: endpoint.limits.maxResultBytes, block_size: endpoint.limits.blockSize });
  case '/__test/quota':
    if (q.has('limit')) endpoint.quota.limit = Number(q.get('limit'));
    if (q.has('interval')) { endpoint.quota.intervalS = Number(q.get('interval')); endpoint.quota.clients.clear(); }
    if (q.get('reset') === '1') {
      if (q.has('client')) endpoint.quota.clients.delete(q.get('client'));
      else endpoint.quota.clients.clear();
    }
    return json(res, endpoint.quotaState());
  case '/__test/clock': {
    const now = q.get('now');
    if (now === 'real') endpoint.fixedNow = null;
    else if (now !== null) endpoint.fixedNow = /^\d+$/.test(now) ? Number(now) * 1000 : Date.parse(now);
    if (q.has('advance')) endpoint.fixedNow = endpoint.now() + Number(q.get('advance')) * 1000;
    if (Number.isNaN(endpoint.fixedNow)) endpoint.fixedNow = null;
    return json(res, { now: new Date(endpoint.now()).toISOString(), fixed: endpoint.fixedNow !== null });
  }
  case '/__test/profile':
    if (q.has('name')) endpoint.setProfile(q.get('name'));
    return json(res, { profile: endpoint.profile });
  case '/__test/requests':
    if (q.get('reset') === '1') requestLog.length = 0;
    return json(res, requestTotals());
  default:
    return false;
  }
}

function authenticate(req, url) {
  const header = req.headers['x-clickhouse-user'];
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization || '');
  const param = url.searchParams.get('user');
  if (header !== undefined && (basic || param !== null))
    return 'Code: 516. DB::Exception: Invalid authentication: it is not allowed to use X-ClickHouse HTTP headers and other authentication methods simultaneously. (AUTHENTICATION_FAILED)';
  const who = header !== undefined ? header
    : basic ? Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0]
      : param !== null ? param : 'default';
  if (who !== user)
    return `Code: 516. DB::Exception: ${who}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`;
  return null;
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const body = Buffer.concat(chunks).toString('utf8');
    serialized(async () => {
      try {
        if (url.pathname === '/__test/query') return await run(req, url, body, res, true);
        if (url.pathname.startsWith('/__test/')) {
          if (control(url, res) === false) { res.writeHead(404); res.end('unknown control\n'); }
          return;
        }
        if (url.pathname === '/ping') { res.writeHead(200); return res.end('Ok.\n'); }
        if (url.pathname !== '/') return fail(res, 'Code: 1001. DB::Exception: Unknown handler. (UNKNOWN)');
        const refused = authenticate(req, url);
        if (refused) return fail(res, refused);
        await run(req, url, body, res, false);
      } catch (e) {
        if (!res.headersSent) { res.writeHead(500, { 'Content-Type': 'text/plain' }); res.end(`test engine: ${e.message}\n`); }
      }
    });
  });
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
