'use strict';
// What makes the engine behave like the public endpoint's `demo` user (ClickHouse/sql.clickhouse.com
// setup.sql): the settings profile, readonly = 1 with four settings changeable, and the quota of
// queries per hour per client address. README.md cites the sources and lists where we differ.
//
// The limits are the engine's own settings (max_result_rows, result_overflow_mode,
// max_rows_to_read, read_overflow_mode, …): chDB cuts and throws exactly as ClickHouse does.
// readonly and the quota are emulated here, with ClickHouse's texts and codes.

// setup.sql: CREATE SETTINGS PROFILE `demo` … (readonly = 1 is emulated, never set in the engine).
const DEMO = {
  add_http_cors_header: '1',
  max_execution_time: '60',
  max_rows_to_read: '10000000000',
  max_bytes_to_read: '1000000000000',
  max_network_bandwidth: '25000000',
  max_memory_usage: '20000000000',
  max_bytes_before_external_group_by: '10000000000',
  max_result_rows: '1000',
  max_result_bytes: '10000000',
  result_overflow_mode: 'break',
  read_overflow_mode: 'break',
  enable_http_compression: '1',
  use_query_cache: '0',
  max_block_size: '65409',
  allow_experimental_analyzer: '1',
};
// CHANGEABLE_IN_READONLY in that profile; readonly itself is changeable only to 1 (min=1 max=1).
const CHANGEABLE = new Set(['result_overflow_mode', 'read_overflow_mode', 'max_block_size', 'allow_experimental_analyzer']);
const QUOTA_INTERVAL_S = 3600; // CREATE QUOTA demo KEYED BY ip_address FOR INTERVAL 1 hour MAX queries = 60
const QUOTA_QUERIES = 60;

// Engine-only settings (README: "Differences"); the demo user still sees the engine's default.
// One thread reads a table in key order, so a read cut by the limit is cut at the same place
// every time; the query condition cache remembers granules a WHERE did not match and would let a
// repeated scan by repo_name read less than the limit on our small table.
const ENGINE_ONLY = { max_threads: '1', use_query_condition_cache: '0' };

const SETTING_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function timeText(ms) { return new Date(ms).toISOString().replace('T', ' ').slice(0, 19); } // the server's zone: UTC

class Endpoint {
  // options: { profile: 'demo'|'open', user, maxRowsToRead, blockSize, quota }
  constructor(session, options) {
    this.session = session;
    this.user = options.user;
    this.defaults = { maxRowsToRead: options.maxRowsToRead, maxResultRows: Number(DEMO.max_result_rows),
                      maxResultBytes: Number(DEMO.max_result_bytes), blockSize: options.blockSize };
    this.limits = { ...this.defaults };
    this.quota = { limit: options.quota || QUOTA_QUERIES, intervalS: QUOTA_INTERVAL_S, clients: new Map() };
    this.fixedNow = null; // ms since the epoch; null: wall time
    this.quote64 = null; // the server's default for output_format_json_quote_64bit_integers; null: the engine's
    this.aliases = new Map(this.session.query("SELECT name, alias_for FROM system.settings WHERE alias_for != ''", 'JSONCompactEachRow')
      .split('\n').filter(Boolean).map((line) => JSON.parse(line)));
    this.visible = {}; // what the demo user sees for the engine-only settings: the engine's defaults
    for (const name of Object.keys(ENGINE_ONLY)) this.visible[name] = this.value(name);
    this.profile = null;
    this.setProfile(options.profile);
  }

  // A setting's value in the engine now, as text (one row read: never cut by the profile's limits).
  value(name) {
    if (!SETTING_NAME.test(name)) throw new Error(`Code: 115. DB::Exception: Unknown setting '${name}'. (UNKNOWN_SETTING)`);
    return this.session.query(`SELECT toString(getSetting('${name}'))`, 'TSVRaw').replace(/\n$/, '');
  }

  set(name, value) {
    if (!SETTING_NAME.test(name)) throw new Error(`Code: 115. DB::Exception: Unknown setting '${name}'. (UNKNOWN_SETTING)`);
    this.session.queryBind(`SET ${name} = {v:String}`, { v: String(value) });
  }

  reset(name) {
    if (SETTING_NAME.test(name)) this.session.query(`SET ${name} = DEFAULT`);
  }

  // The settings that limit or shape a query of the demo user (lifted for the test's own queries).
  limitSettings() { return [...Object.keys(DEMO), ...Object.keys(ENGINE_ONLY), 'output_format_json_quote_64bit_integers']; }

  now() { return this.fixedNow === null ? Date.now() : this.fixedNow; }

  // The values the demo user's queries run with. The engine also gets a smaller max_block_size
  // than the profile's, so that `break` cuts within a few hundred rows of the limit (README:
  // "Differences"); readonly comparisons never look at max_block_size (it is changeable).
  setProfile(name) {
    if (name !== 'demo' && name !== 'open') throw new Error(`unknown profile "${name}" (demo or open)`);
    for (const setting of Object.keys(DEMO)) this.reset(setting);
    for (const setting of Object.keys(ENGINE_ONLY)) this.reset(setting);
    this.reset('output_format_json_quote_64bit_integers');
    this.profile = name;
    if (name === 'demo') {
      for (const [setting, value] of Object.entries(ENGINE_ONLY)) this.set(setting, value);
      for (const [setting, value] of Object.entries(this.demoValues())) this.set(setting, value);
      if (this.quote64 !== null) this.set('output_format_json_quote_64bit_integers', this.quote64);
      this.set('max_block_size', String(this.engineBlockSize()));
    }
  }

  // Blocks well under the result limit, so a cut answer is visibly short even when the limit is lowered.
  engineBlockSize() { return Math.max(4, Math.min(this.limits.blockSize, Math.floor(this.limits.maxResultRows / 4))); }

  demoValues() {
    return { ...DEMO, max_rows_to_read: String(this.limits.maxRowsToRead), max_result_rows: String(this.limits.maxResultRows),
             max_result_bytes: String(this.limits.maxResultBytes) };
  }

  // The value a setting goes back to after a request changed it.
  restore(name) {
    if (this.profile === 'demo' && name === 'max_block_size') return this.set(name, String(this.engineBlockSize()));
    if (this.profile === 'demo' && name in DEMO) return this.set(name, this.demoValues()[name]);
    if (this.profile === 'demo' && name in ENGINE_ONLY) return this.set(name, ENGINE_ONLY[name]);
    if (this.profile === 'demo' && name === 'output_format_json_quote_64bit_integers' && this.quote64 !== null)
      return this.set(name, this.quote64);
    this.reset(name);
  }

  setLimits(changes) {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === null) continue;
      this.limits[key] = value === 'default' ? this.defaults[key] : Number(value);
    }
    this.setProfile(this.profile);
  }

  setQuote64(value) {
    this.quote64 = value;
    this.setProfile(this.profile);
  }

  canonical(name) { return this.aliases.get(name) || name; }

  // ClickHouse keeps a constraint under the setting's canonical name: an alias of a changeable
  // setting is changeable too (allow_experimental_analyzer is an alias of enable_analyzer).
  changeable(name) { return [...CHANGEABLE].some((c) => this.canonical(c) === this.canonical(name)); }

  // readonly = 1: null when `name = value` may be set, else ClickHouse's exception text. A value
  // equal to the current one is no change (ClickHouse's SettingsConstraints). Leaves the engine
  // with the value applied; the caller restores `touched`.
  check(name, value, touched) {
    if (name === 'readonly') {
      const n = Number(value);
      if (n === 1) return null;
      return `Code: 452. DB::Exception: Setting readonly shouldn't be ${n < 1 || Number.isNaN(n) ? 'less' : 'greater'} than 1. (SETTING_CONSTRAINT_VIOLATION)`;
    }
    if (this.changeable(name)) {
      touched.add(name);
      this.set(name, value); // still parsed by the engine: a bad value fails as in ClickHouse
      return null;
    }
    let before;
    try {
      before = this.profile === 'demo' && name in ENGINE_ONLY ? this.visible[name] : this.value(name);
    } catch (e) {
      this.set(name, value); // an unknown name: the engine's own words for it (code 115)
      throw e;
    }
    touched.add(name);
    this.set(name, value);
    if (this.value(name) === before) return null;
    return `Code: 164. DB::Exception: Cannot modify '${name}' setting in readonly mode. (READONLY)`;
  }

  // One query of `client`: null while the quota allows it, else ClickHouse's exception text.
  // As ClickHouse's EnabledQuota: intervals end on multiples of the duration since the epoch,
  // counters reset only when found exceeded after the interval's end.
  useQuota(client) {
    const now = this.now();
    const duration = this.quota.intervalS * 1000;
    let q = this.quota.clients.get(client);
    if (!q) {
      q = { used: 0, end: (Math.floor(now / duration) + 1) * duration };
      this.quota.clients.set(client, q);
    }
    q.used += 1;
    if (q.used > this.quota.limit && now >= q.end) {
      q.end += Math.floor((now - q.end + duration) / duration) * duration;
      q.used = 1;
    }
    if (q.used <= this.quota.limit) return null;
    return `Code: 201. DB::Exception: Quota for user \`${this.user}\` for ${this.quota.intervalS}s has been exceeded: `
      + `queries = ${q.used}/${this.quota.limit}. Interval will end at ${timeText(q.end)}. `
      + 'Name of quota template: `demo`. (QUOTA_EXCEEDED)';
  }

  unuseQuota(client) { // a query the server never counted (a syntax error)
    const q = this.quota.clients.get(client);
    if (q && q.used > 0) --q.used;
  }

  quotaState() {
    const clients = {};
    for (const [key, q] of this.quota.clients)
      clients[key] = { used: q.used, interval_end: new Date(q.end).toISOString() };
    return { limit: this.quota.limit, interval_s: this.quota.intervalS, now: new Date(this.now()).toISOString(),
             fixed: this.fixedNow !== null, clients };
  }
}

module.exports = { Endpoint, DEMO, CHANGEABLE, timeText };
