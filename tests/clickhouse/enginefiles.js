'use strict';
// Where the engine keeps its files, and a snapshot of a seeded engine that later engines copy
// instead of generating the same data again: tests start one engine per test process, and
// copying the files takes a fraction of the time generating them does.
//
// A snapshot is keyed by everything its contents depend on (schema.sql, seed.sql, the seed's
// parameters, the engine's version); it is written under a temporary name and renamed into place
// whole, so an engine either finds a complete one or none. Directories of engines that died
// without cleaning up, and snapshots nobody used for a few days, are removed by the next engine.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const UNUSED_DAYS = 3;

// In memory when the machine has /dev/shm (startup about a third faster than on disk).
function baseDir() {
  try { fs.accessSync('/dev/shm', fs.constants.W_OK); return '/dev/shm'; } catch (_) { return os.tmpdir(); }
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code !== 'ESRCH'; } // signal 0: a check, nothing sent
}

function remove(dir) { fs.rmSync(dir, { recursive: true, force: true }); }

function sweep(base) {
  for (const name of fs.readdirSync(base)) {
    const full = path.join(base, name);
    const owner = /^insights-chdb-(?:cache-tmp-)?(\d+)-/.exec(name);
    if (owner) {
      if (!alive(Number(owner[1]))) remove(full);
    } else if (/^insights-chdb-cache-[0-9a-f]{16}$/.test(name)) {
      try { if (Date.now() - fs.statSync(full).mtimeMs > UNUSED_DAYS * 86400000) remove(full); } catch (_) {}
    }
  }
}

function digest(parts) {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(String(part)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

// Copies the seeded engine's files with merges stopped (they stay so), so no part is half-written.
function snapshot(session, dir, base, target) {
  let tmp = null;
  try {
    session.query('SYSTEM STOP MERGES');
    tmp = fs.mkdtempSync(path.join(base, `insights-chdb-cache-tmp-${process.pid}-`));
    const status = path.join(dir, 'status'); // the owner's lock file: not part of the data
    fs.cpSync(dir, path.join(tmp, 'data'), { recursive: true, filter: (src) => src !== status });
    fs.writeFileSync(path.join(tmp, 'READY'), '');
    fs.renameSync(tmp, target); // fails when another engine was first: its snapshot is as good
    tmp = null;
  } catch (_) {
    // no snapshot this time (no room, or one exists): the next engine generates the data again
  } finally {
    if (tmp) remove(tmp);
  }
}

// { session, dir, cache: 'hit' | 'miss' | 'off' }. `seed(session)` creates the schema and data;
// `key` lists what the data depends on; `useCache` false always seeds.
function openEngine(Session, { seed, key, useCache }) {
  const base = baseDir();
  sweep(base);
  const dir = fs.mkdtempSync(path.join(base, `insights-chdb-${process.pid}-`));
  const target = path.join(base, `insights-chdb-cache-${digest(key)}`);
  let cache = useCache ? 'miss' : 'off';
  if (useCache && fs.existsSync(path.join(target, 'READY'))) {
    try {
      fs.cpSync(path.join(target, 'data'), dir, { recursive: true });
      const now = new Date();
      fs.utimesSync(target, now, now); // in use: not swept
      cache = 'hit';
    } catch (_) {
      remove(dir);
      fs.mkdirSync(dir);
    }
  }
  const session = new Session(dir);
  if (cache !== 'hit') {
    seed(session);
    if (useCache) snapshot(session, dir, base, target);
  }
  return { session, dir, cache };
}

module.exports = { openEngine };
