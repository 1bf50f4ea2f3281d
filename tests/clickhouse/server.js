#!/usr/bin/env node
// ClickHouse's HTTP interface on 127.0.0.1 in front of a real ClickHouse engine (chDB), for tests
// and benchmarks (SPEC §5). What it speaks:
//   GET /?query=…  or  POST / with the SQL as body (a ?query= part comes first, as in ClickHouse);
//   param_NAME=value for {NAME:Type} placeholders; default_format=…; any other URL parameter is a
//   setting applied to that query only; X-ClickHouse-User must name the configured user.
//   Errors: the exception text as body, HTTP 400/403/404/500, X-ClickHouse-Exception-Code.
//   X-ClickHouse-Summary with string values, as ClickHouse sends it.
// Test controls (not ClickHouse): POST /__test/fault?mode=error_in_200|quota|timeout|clear&times=N,
// POST /__test/quote64?mode=on|off|client (64-bit integers quoted or not, whatever is asked),
// GET /__test/stats ({"queries": N} served so far).
//
//   node server.js [--port N] [--user demo] [--end-date YYYY-MM-DD] [--no-seed]
// Prints "LISTENING <port>" on stdout once the schema and data are ready.
'use strict';
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Session } = require('chdb');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const port = Number(option('--port', '0'));
const user = option('--user', 'demo');
const endDate = option('--end-date', new Date().toISOString().slice(0, 10));
const seed = !args.includes('--no-seed');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-chdb-'));
const session = new Session(dir);
const cleanup = () => { try { session.cleanup(); } catch (_) {} fs.rmSync(dir, { recursive: true, force: true }); };
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

function statements(file) {
  return fs.readFileSync(path.join(__dirname, file), 'utf8')
    .split('\n').filter((line) => !line.trim().startsWith('--')).join('\n')
    .split(';').map((s) => s.trim()).filter(Boolean);
}
for (const sql of statements('schema.sql')) session.query(sql);
if (seed) for (const sql of statements('seed.sql')) session.queryBind(sql, { end: endDate });

// Parameters ClickHouse reads itself rather than passing on as settings.
const reserved = new Set(['query', 'default_format', 'database', 'user', 'password', 'query_id', 'session_id',
  'wait_end_of_query', 'compress', 'decompress', 'buffer_size', 'add_http_cors_header']);
const faults = [];
// Test control: answer 64-bit integers quoted ('1') or not ('0') whatever the client asks, as
// servers with other defaults or versions do; null follows the client.
let forcedQuote64 = null;
let queriesServed = 0; // GET /__test/stats: for benchmarks' query budgets

function errorCode(message) {
  const match = /Code: (\d+)\./.exec(message);
  return match ? Number(match[1]) : 1001;
}

function statusFor(code) {
  if (code === 62 || code === 36 || code === 38 || code === 456 || code === 27) return 400; // syntax, bad arguments/params
  if (code === 60 || code === 81) return 404; // unknown table / database
  if (code === 516 || code === 497 || code === 201) return 403; // authentication, access, quota
  return 500;
}

function fail(res, message) {
  const code = errorCode(message);
  const text = /^Code: \d+\./.test(message) ? message : `Code: ${code}. DB::Exception: ${message}`;
  res.writeHead(statusFor(code), {
    'Content-Type': 'text/plain; charset=UTF-8',
    'X-ClickHouse-Exception-Code': String(code),
  });
  res.end(`${text.replace(/^Query failed: /, '')} (version chDB)\n`);
}

function applySettings(settings) {
  for (const [name, value] of settings) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Code: 115. DB::Exception: Unknown setting '${name}'. (UNKNOWN_SETTING)`);
    session.queryBind(`SET ${name} = {v:String}`, { v: value });
  }
}

function run(url, body, res) {
  ++queriesServed;
  const params = url.searchParams;
  const sql = [params.get('query') || '', body].filter((s) => s.length > 0).join('\n');
  if (!sql.trim()) return fail(res, 'Code: 62. DB::Exception: Empty query. (SYNTAX_ERROR)');
  const bind = {};
  const settings = [];
  for (const [name, value] of params) {
    if (name.startsWith('param_')) bind[name.slice(6)] = value;
    else if (!reserved.has(name)) settings.push([name, value]);
  }
  const format = params.get('default_format') || 'TabSeparated';
  const started = process.hrtime.bigint();
  let out;
  try {
    applySettings(forcedQuote64 === null ? settings
      : settings.filter(([n]) => n !== 'output_format_json_quote_64bit_integers')
        .concat([['output_format_json_quote_64bit_integers', forcedQuote64]]));
    out = session.queryBind(sql, bind, format);
  } catch (e) {
    return fail(res, String(e.message || e));
  } finally {
    for (const [name] of settings.concat([['output_format_json_quote_64bit_integers']]))
      try { session.query(`SET ${name} = DEFAULT`); } catch (_) {}
  }
  const fault = faults.length ? faults[0] : null;
  if (fault && --fault.times <= 0) faults.shift();
  if (fault && fault.mode === 'quota')
    return fail(res, 'Code: 201. DB::Exception: Quota for user `demo` for 3600s has been exceeded: queries = 61/60. (QUOTA_EXCEEDED)');
  if (fault && fault.mode === 'timeout')
    return fail(res, 'Code: 159. DB::Exception: Timeout exceeded: elapsed 60.1 seconds, maximum: 60. (TIMEOUT_EXCEEDED)');
  const elapsed = String(process.hrtime.bigint() - started);
  res.writeHead(200, {
    'Content-Type': format.startsWith('JSON') ? 'application/json; charset=UTF-8' : 'text/plain; charset=UTF-8',
    'X-ClickHouse-Format': format,
    'X-ClickHouse-Summary': JSON.stringify({ read_rows: '0', read_bytes: '0', written_rows: '0', elapsed_ns: elapsed }),
  });
  // An exception after streaming began: HTTP 200, the error text at the end of the body (API-NOTES §0.4).
  if (fault && fault.mode === 'error_in_200')
    return res.end(`${out.slice(0, Math.floor(out.length / 2))}\nCode: 241. DB::Exception: Memory limit (total) exceeded. (MEMORY_LIMIT_EXCEEDED) (version chDB)\n`);
  res.end(out);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const body = Buffer.concat(chunks).toString('utf8');
    if (url.pathname === '/__test/fault') {
      if (url.searchParams.get('mode') === 'clear') faults.length = 0; // what a test left unused
      else faults.push({ mode: url.searchParams.get('mode'), times: Number(url.searchParams.get('times') || '1') });
      res.writeHead(200);
      return res.end('ok\n');
    }
    if (url.pathname === '/__test/quote64') {
      const mode = url.searchParams.get('mode');
      forcedQuote64 = mode === 'on' ? '1' : mode === 'off' ? '0' : null;
      res.writeHead(200);
      return res.end('ok\n');
    }
    if (url.pathname === '/__test/stats') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ queries: queriesServed }) + '\n');
    }
    if (url.pathname === '/ping') { res.writeHead(200); return res.end('Ok.\n'); }
    if (url.pathname !== '/') return fail(res, 'Code: 1001. DB::Exception: Unknown handler. (UNKNOWN)');
    const who = req.headers['x-clickhouse-user'] || url.searchParams.get('user') || 'default';
    if (who !== user)
      return fail(res, `Code: 516. DB::Exception: ${who}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`);
    run(url, body, res);
  });
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
