#!/usr/bin/env node
'use strict';
// Judges the REST requests our test servers saw (and their answers) by GitHub's published REST
// OpenAPI description (npm @octokit/openapi, generated/api.github.com.deref.json), plus the
// endpoints in undocumented.json and the media types in media-types.json.
//
//   node check-openapi.js LOG.jsonl
//
// A log line: {"method":"GET","path":"/repos/o/r/stargazers","query":{"per_page":"100"},
//   "accept":"application/vnd.github.star+json","status":200,"contentType":"application/json",
//   "body":"[...]","test":"tst_githubstars"}
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const { packageFile, packageVersion } = require('./lib/packages');
const { toJsonSchema, coerceParameter } = require('./lib/oas');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Media types every operation takes (docs.github.com, "Getting started with the REST API", Media
// types: application/vnd.github+json is the recommended one; application/json is the plain JSON
// type; */* leaves the choice to GitHub).
const GENERIC_MEDIA_TYPES = ['application/vnd.github+json', 'application/json', '*/*'];
// Path parameters whose values hold slashes (a file path in contents, a git ref like heads/main).
const MULTI_SEGMENT_PARAMS = new Set(['path', 'ref']);
// GitHub documents "The number of results per page (max 100)" in the text of most list endpoints;
// the schema often carries only the default.
const PER_PAGE_MAX = 100;

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function loadDescription() {
  return readJson(packageFile('@octokit/openapi', 'generated/api.github.com.deref.json'));
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Canonical spelling of a media type: lower case, no parameters, no API version in GitHub's own
// types (application/vnd.github.v3.star+json is application/vnd.github.star+json).
function normalizeMediaType(text) {
  let type = String(text).split(';')[0].trim().toLowerCase();
  type = type.replace(/^application\/vnd\.github\.v3([.+])/, (_, sep) =>
    (sep === '+' ? 'application/vnd.github+' : 'application/vnd.github.'));
  return type;
}

function mediaTypesInText(text) {
  const found = new Set();
  for (const m of String(text || '').matchAll(/application\/vnd\.github[a-z0-9.+-]*/gi)) {
    found.add(normalizeMediaType(m[0].replace(/[.+-]+$/, '')));
  }
  return found;
}

function isJsonMediaType(type) {
  return type === 'application/json' || /\+json$/.test(type);
}

// A path template, compiled: each segment literal, templated ("{base}...{head}") or a parameter.
function compileTemplate(template) {
  const segments = template.split('/').slice(1).map((segment) => {
    if (!segment.includes('{')) return { kind: 'literal', text: segment, score: 2 };
    const names = [];
    const pattern = segment.split(/(\{[^}]+\})/).filter((p) => p !== '').map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return escapeRegExp(part);
      names.push(m[1]);
      return '([^/]+?)';
    }).join('');
    const whole = /^\{[^}]+\}$/.test(segment);
    return { kind: whole ? 'param' : 'mixed', regex: new RegExp(`^${pattern}$`), names,
             score: whole ? 0 : 1 };
  });
  const last = segments[segments.length - 1];
  const tailParam = last && last.kind === 'param' && MULTI_SEGMENT_PARAMS.has(last.names[0]) ? last.names[0] : null;
  return { template, segments, tailParam };
}

function decodeSegment(text) {
  try { return decodeURIComponent(text); } catch { return text; }
}

// Matches a concrete path; returns the path parameters or null.
function matchTemplate(compiled, parts, allowTail) {
  const { segments } = compiled;
  if (parts.length !== segments.length && !(allowTail && compiled.tailParam && parts.length > segments.length)) {
    return null;
  }
  const params = {};
  for (let i = 0; i < segments.length; i += 1) {
    const seg = segments[i];
    const isTail = allowTail && i === segments.length - 1 && parts.length > segments.length;
    const part = isTail ? parts.slice(i).join('/') : parts[i];
    if (seg.kind === 'literal') {
      if (part !== seg.text) return null;
    } else {
      const m = (isTail ? /^(.+)$/ : seg.regex).exec(part);
      if (!m || m.slice(1).some((v) => v === '')) return null;
      seg.names.forEach((name, k) => { params[name] = decodeSegment(m[k + 1]); });
    }
  }
  return params;
}

// Left to right, a literal segment beats a templated one, which beats a whole parameter.
function compareSpecificity(a, b) {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i += 1) {
    if (a.segments[i].score !== b.segments[i].score) return b.segments[i].score - a.segments[i].score;
  }
  return b.segments.length - a.segments.length;
}

function createChecker(options = {}) {
  const description = options.description || loadDescription();
  const undocumented = options.undocumented || readJson(path.join(__dirname, 'undocumented.json'));
  const mediaTypeFile = options.mediaTypes || readJson(path.join(__dirname, 'media-types.json'));
  const notes = [];

  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  // Formats GitHub's description names that neither JSON Schema nor ajv-formats define.
  ajv.addFormat('repo.nwo', true);
  ajv.addFormat('timestamp', true);
  const validators = new WeakMap();
  function validatorFor(schema) {
    let v = validators.get(schema);
    if (!v) {
      v = ajv.compile(toJsonSchema(schema));
      validators.set(schema, v);
    }
    return v;
  }

  // Routes by method: documented operations first, then undocumented.json's.
  const routes = new Map(METHODS.map((m) => [m, []]));
  for (const [template, item] of Object.entries(description.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      routes.get(method).push({
        ...compileTemplate(template), method, source: 'openapi', op,
        parameters: [...(item.parameters || []), ...(op.parameters || [])],
        responses: op.responses || {},
        name: op.operationId || `${method.toUpperCase()} ${template}`,
      });
    }
  }
  for (const entry of undocumented.endpoints) {
    const method = entry.method.toLowerCase();
    const compiled = compileTemplate(entry.path);
    const documented = routes.get(method).find((r) => r.template === entry.path);
    if (documented) {
      notes.push(`note: undocumented.json lists ${entry.method} ${entry.path}, which GitHub's description now has; ` +
                 'the description is used, drop the entry');
      continue;
    }
    let route;
    if (entry.sameAs) {
      const target = routes.get(method).find((r) => r.template === entry.sameAs && r.source === 'openapi');
      if (!target) throw new Error(`undocumented.json: ${entry.path} is sameAs ${entry.sameAs}, which the description does not have`);
      route = {
        ...compiled, method, source: 'undocumented', op: target.op, aliasOf: target,
        parameters: [...(entry.parameters || []),
          ...target.parameters.filter((p) => p.in !== 'path')],
        responses: target.responses,
        name: `${target.name} (as ${entry.path})`,
      };
    } else {
      const responses = {};
      for (const [status, r] of Object.entries(entry.responses || {})) {
        responses[status] = r.schema ? { content: { 'application/json': { schema: r.schema } } } : {};
      }
      route = {
        ...compiled, method, source: 'undocumented', op: { description: '' },
        parameters: entry.parameters || [], responses, extraMediaTypes: entry.mediaTypes || [],
        name: `${entry.method} ${entry.path} (undocumented.json)`,
      };
    }
    routes.get(method).push(route);
  }
  for (const list of routes.values()) list.sort(compareSpecificity);

  function mediaEntries(route) {
    const template = route.aliasOf ? route.aliasOf.template : route.template;
    return mediaTypeFile.entries.filter((e) => e.method.toLowerCase() === route.method && e.path === template);
  }

  function findRoute(method, rawPath) {
    const list = routes.get(String(method).toLowerCase());
    if (!list) return null;
    const parts = rawPath.split('/').slice(1);
    for (const allowTail of [false, true]) {
      for (const route of list) {
        const params = matchTemplate(route, parts, allowTail);
        if (params) return { route, params };
      }
    }
    return null;
  }

  function checkValue(param, text, where, failures) {
    const schema = param.schema || {};
    const readings = coerceParameter(schema, text);
    if (readings.length === 0) {
      failures.push(`${where} \`${param.name}\`=${JSON.stringify(text)} is not a${schema.type === 'integer' ? 'n' : ''} ${schema.type}`);
      return;
    }
    const validate = validatorFor(schema);
    if (!readings.some((value) => validate(value))) {
      const why = (validate.errors || []).map((e) => e.message).join(', ');
      failures.push(`${where} \`${param.name}\`=${JSON.stringify(text)} does not fit its schema ${JSON.stringify(schema)}: ${why}`);
    }
  }

  function pickSchema(route, content, acceptTypes) {
    const key = Object.keys(content).find((k) => normalizeMediaType(k) === 'application/json') ||
                Object.keys(content).find((k) => isJsonMediaType(normalizeMediaType(k)));
    if (!key || !content[key].schema) return null;
    const schema = content[key].schema;
    const alternatives = schema.anyOf || schema.oneOf;
    if (!alternatives) return { schema, label: key };
    for (const entry of mediaEntries(route)) {
      if (!entry.schemaTitle || !acceptTypes.includes(normalizeMediaType(entry.mediaType))) continue;
      const branch = alternatives.find((s) => s.title === entry.schemaTitle ||
                                             (s.items && s.items.title === entry.schemaTitle));
      if (branch) return { schema: branch, label: `${key}, the ${entry.schemaTitle} branch for ${entry.mediaType}` };
    }
    return { schema, label: key };
  }

  function schemaErrors(schema, data) {
    const validate = validatorFor(schema);
    if (validate(data)) return [];
    let errors = validate.errors || [];
    // For anyOf/oneOf, the errors of the branch that came closest say more than the union.
    const alternatives = schema.anyOf || schema.oneOf;
    if (alternatives) {
      let best = null;
      for (const branch of alternatives) {
        const v = validatorFor(branch);
        if (v(data)) continue;
        if (!best || v.errors.length < best.length) best = v.errors;
      }
      if (best) errors = best;
    }
    // Missing properties of one object are said in one message.
    const messages = [];
    const missing = new Map();
    for (const e of errors) {
      const where = e.instancePath || '/';
      if (e.keyword === 'required') {
        if (!missing.has(where)) {
          missing.set(where, []);
          messages.push(() => `${where} lacks required ${missing.get(where).join(', ')}`);
        }
        missing.get(where).push(e.params.missingProperty);
      } else {
        const allowed = e.params && e.params.allowedValues ? ` ${JSON.stringify(e.params.allowedValues)}` : '';
        messages.push(() => `${where} ${e.message}${allowed}`);
      }
    }
    const shown = messages.slice(0, 4).map((m) => m());
    if (messages.length > 4) shown.push(`(${messages.length - 4} more)`);
    return shown;
  }

  // Checks one logged exchange; returns {failures, route}.
  function checkEntry(entry) {
    const failures = [];
    if (!entry || typeof entry !== 'object' || typeof entry.method !== 'string' || typeof entry.path !== 'string') {
      return { failures: ['the log line has no method or path'], route: null };
    }
    const method = entry.method.toUpperCase();
    const found = findRoute(method, entry.path);
    if (!found) {
      return { failures: ['undocumented endpoint: no path template of GitHub\'s description (nor undocumented.json) matches'], route: null };
    }
    const { route, params } = found;

    // Path parameters.
    for (const param of route.parameters.filter((p) => p.in === 'path')) {
      if (params[param.name] === undefined) continue;
      checkValue(param, params[param.name], 'path parameter', failures);
    }

    // Query parameters.
    const queryParams = new Map(route.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    const query = entry.query && typeof entry.query === 'object' ? entry.query : {};
    for (const [name, raw] of Object.entries(query)) {
      const values = Array.isArray(raw) ? raw : [raw];
      const param = queryParams.get(name);
      if (!param) {
        const declared = [...queryParams.keys()];
        failures.push(`undeclared query parameter \`${name}\` (declared: ${declared.length ? declared.join(', ') : 'none'})`);
        continue;
      }
      for (const value of values) {
        const text = String(value);
        checkValue(param, text, 'query parameter', failures);
        if (name === 'per_page') {
          const s = param.schema || {};
          const own = Math.max(typeof s.maximum === 'number' ? s.maximum : 0, typeof s.default === 'number' ? s.default : 0);
          const max = own > PER_PAGE_MAX ? own : PER_PAGE_MAX;
          if (/^[+-]?\d+$/.test(text) && (Number(text) < 1 || Number(text) > max)) {
            failures.push(`query parameter \`per_page\`=${JSON.stringify(text)} is outside 1..${max} (GitHub: "The number of results per page (max ${max})")`);
          }
        }
      }
    }
    for (const param of queryParams.values()) {
      if (param.required && query[param.name] === undefined) failures.push(`required query parameter \`${param.name}\` is missing`);
    }

    // Accept.
    const acceptTypes = String(entry.accept || '').split(',').map(normalizeMediaType).filter((t) => t !== '');
    const allowed = new Set(GENERIC_MEDIA_TYPES);
    for (const [status, response] of Object.entries(route.responses)) {
      if (!/^2/.test(status)) continue;
      for (const type of Object.keys(response.content || {})) allowed.add(normalizeMediaType(type));
    }
    for (const type of mediaTypesInText(route.op.description)) allowed.add(type);
    for (const type of route.extraMediaTypes || []) allowed.add(normalizeMediaType(type));
    for (const e of mediaEntries(route)) allowed.add(normalizeMediaType(e.mediaType));
    if (acceptTypes.length === 0) {
      failures.push('no Accept header (GitHub asks for application/vnd.github+json)');
    }
    for (const type of acceptTypes) {
      if (!allowed.has(type)) failures.push(`Accept ${type} is not a media type of this operation (it takes: ${[...allowed].join(', ')})`);
    }

    // The answer.
    const status = Number(entry.status);
    const body = typeof entry.body === 'string' ? entry.body : '';
    if (entry.hostile) {
      // A fault a test injected on purpose (a truncated body, a wrong shape): its answer is meant
      // to be wrong; the request above is still checked.
    } else if (status === 304) {
      if (body !== '') failures.push('a 304 answer has a body');
    } else if (status >= 200 && status < 300) {
      const response = route.responses[String(status)] || route.responses['2XX'] || route.responses.default;
      const documented = Object.keys(route.responses).filter((s) => /^2/.test(s));
      if (!response) {
        failures.push(`status ${status} is not documented (documented 2xx: ${documented.join(', ') || 'none'})`);
      } else {
        const content = response.content || {};
        const contentType = normalizeMediaType(entry.contentType || '');
        if (body === '') {
          if (Object.keys(content).length) failures.push(`status ${status} has an empty body; documented: ${Object.keys(content).join(', ')}`);
        } else if (contentType !== '' && !isJsonMediaType(contentType)) {
          if (Object.keys(content).some((k) => isJsonMediaType(normalizeMediaType(k)))) {
            failures.push(`answered Content-Type ${contentType}, documented: ${Object.keys(content).join(', ')}`);
          }
        } else {
          let data;
          try {
            data = JSON.parse(body);
          } catch (e) {
            failures.push(`the ${status} body is not JSON: ${e.message}`);
          }
          const picked = data === undefined ? null : pickSchema(route, content, acceptTypes);
          if (picked) {
            const errors = schemaErrors(picked.schema, data);
            if (errors.length) failures.push(`the ${status} body does not fit the documented schema (${picked.label}): ${errors.join('; ')}`);
          }
        }
      }
    }
    return { failures, route };
  }

  return { checkEntry, findRoute, notes };
}

function describeRequest(entry) {
  const query = entry.query && typeof entry.query === 'object' ? new URLSearchParams(
    Object.entries(entry.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, String(x)]))).toString() : '';
  return `${String(entry.method || '?').toUpperCase()} ${entry.path || '?'}${query ? `?${query}` : ''} → ${entry.status ?? '?'}`;
}

async function checkFile(file) {
  if (!fs.existsSync(file)) {
    // Exit 77: ctest shows the check as skipped (SKIP_RETURN_CODE), never as passed.
    console.log(`SKIP: no requests were logged: ${file} does not exist, so no test logged its GitHub REST traffic and nothing was judged.`);
    return 77;
  }
  // Streamed: a log of tens of thousands of answers can exceed what one string may hold.
  const distinct = new Map();
  let lineCount = 0;
  let failedLines = 0;
  const badLines = [];
  let checker = null;
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    lineCount += 1;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch (e) {
      failedLines += 1;
      badLines.push(`FAIL line ${lineCount} of ${file} is not JSON: ${e.message}`);
      continue;
    }
    const bodyHash = crypto.createHash('sha1').update(typeof entry.body === 'string' ? entry.body : '').digest('hex');
    const query = entry.query && typeof entry.query === 'object'
      ? Object.keys(entry.query).sort().map((k) => [k, entry.query[k]]) : [];
    const key = JSON.stringify([entry.method, entry.path, query, entry.accept || '', entry.status, entry.contentType || '', bodyHash, !!entry.hostile]);
    let item = distinct.get(key);
    if (!item) {
      // Checked at once, so that only the verdicts of distinct requests stay in memory, no bodies.
      if (!checker) {
        checker = createChecker();
        for (const note of checker.notes) console.log(note);
      }
      const { failures, route } = checker.checkEntry(entry);
      entry.body = undefined;
      item = { entry, failures, route, tests: new Set() };
      distinct.set(key, item);
    }
    if (typeof entry.test === 'string' && entry.test) item.tests.add(entry.test);
  }
  if (lineCount === 0) {
    console.log(`SKIP: no requests were logged in ${file}: no test logged its GitHub REST traffic, so nothing was judged.`);
    return 77;
  }
  for (const line of badLines) console.log(line);
  const endpoints = new Set();
  let failed = 0;
  for (const item of distinct.values()) {
    const { failures, route } = item;
    if (route) endpoints.add(`${route.method.toUpperCase()} ${route.template}`);
    if (!failures.length) continue;
    failed += 1;
    const tests = item.tests.size ? [...item.tests].sort().join(',') : 'unknown test';
    const where = route ? ` (${route.name})` : '';
    console.log(`FAIL [${tests}] ${describeRequest(item.entry)}${where}: ${failures.join(' | ')}`);
  }
  console.log(`openapi conformance (@octokit/openapi ${packageVersion('@octokit/openapi')}): ${lineCount} logged requests, ` +
              `${distinct.size} distinct, ${endpoints.size} endpoints (${[...endpoints].sort().join(', ')}), ` +
              `${failed + failedLines} failed`);
  return failed + failedLines ? 1 : 0;
}

module.exports = { createChecker, loadDescription, normalizeMediaType };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('--')) {
    console.error('usage: check-openapi.js LOG.jsonl');
    process.exitCode = 2;
  } else {
    checkFile(args[0]).then((code) => { process.exitCode = code; }, (e) => {
      console.log(`FAIL: ${e.stack || e}`);
      process.exitCode = 1;
    });
  }
}
