#!/usr/bin/env node
// ClickHouse's HTTP interface on 127.0.0.1 in front of a real ClickHouse engine (chDB), for tests
// and benchmarks (SPEC §5). What it speaks:
//   GET /?query=…  or  POST / with the SQL as body (a ?query= part comes first, as in ClickHouse);
//   param_NAME=value for {NAME:Type} placeholders; default_format=…; any other URL parameter is a
//   setting applied to that query only; X-ClickHouse-User must name the configured user.
//   Errors: the exception text as body, HTTP 400/403/404/500, X-ClickHouse-Exception-Code.
//   X-ClickHouse-Summary with string values, as ClickHouse sends it.
// Test controls (not ClickHouse): POST /__test/fault?mode=error_in_200|quota|timeout|clear&times=N,
// and faults of the HTTP layer in front of the engine: mode=status&status=503[&retry_after=S]
// [&location=URL] (that status, no query run), mode=hang (never answers), mode=truncate
// (announces the whole answer, sends half, closes), mode=huge&bytes=N (200 with N bytes); any
// mode with &skip=N lets N queries through first;
// POST /__test/quote64?mode=on|off|client (64-bit integers quoted or not, whatever is asked),
// GET /__test/stats ({"queries": N} served so far, "faults": M injected and not yet served).
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

function run(url, body, res) {
  ++queriesServed;
  const fault = takeFault();
  if (fault && httpFault(fault, res)) return;
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
  if (fault && fault.mode === 'quota')
    return fail(res, 'Code: 201. DB::Exception: Quota for user `demo` for 3600s has been exceeded: queries = 61/60. (QUOTA_EXCEEDED)');
  if (fault && fault.mode === 'timeout')
    return fail(res, 'Code: 159. DB::Exception: Timeout exceeded: elapsed 60.1 seconds, maximum: 60. (TIMEOUT_EXCEEDED)');
  const elapsed = String(process.hrtime.bigint() - started);
  const headers = {
    'Content-Type': format.startsWith('JSON') ? 'application/json; charset=UTF-8' : 'text/plain; charset=UTF-8',
    'X-ClickHouse-Format': format,
    'X-ClickHouse-Summary': JSON.stringify({ read_rows: '0', read_bytes: '0', written_rows: '0', elapsed_ns: elapsed }),
  };
  if (fault && fault.mode === 'truncate') { // a connection lost mid-answer
    const whole = Buffer.from(out, 'utf8');
    res.writeHead(200, { ...headers, 'Content-Length': String(whole.length) });
    res.write(whole.subarray(0, Math.floor(whole.length / 2)));
    return setTimeout(() => res.socket && res.socket.destroy(), 20);
  }
  res.writeHead(200, headers);
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
      else {
        const q = url.searchParams;
        faults.push({ mode: q.get('mode'), times: Number(q.get('times') || '1'), status: Number(q.get('status') || '503'),
          retryAfter: q.get('retry_after'), location: q.get('location'), bytes: Number(q.get('bytes') || '0'),
          skip: Number(q.get('skip') || '0') });
      }
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
      const pending = faults.reduce((n, f) => n + Math.max(f.times, 0), 0);
      return res.end(JSON.stringify({ queries: queriesServed, faults: pending }) + '\n');
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
