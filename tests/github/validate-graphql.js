#!/usr/bin/env node
'use strict';
// Judges GraphQL documents by GitHub's published schema (npm @octokit/graphql-schema) and the
// rules GitHub documents for its GraphQL API (docs.github.com, "Rate limits and query limits for the
// GraphQL API", Node limit): a `first` or `last` argument on every connection, within 1-100.
//
//   node validate-graphql.js --serve     one JSON request per stdin line, one JSON answer per line
//   node validate-graphql.js FILE.jsonl  report on every logged document; exit 1 if any fails
//
// A request line: {"query": "...", "variables": {...}} (other keys, such as "test", are ignored).
// An answer line: {"ok": true|false, "errors": ["..."], "fields": ["Repository.stargazers", ...]}.
const fs = require('fs');
const readline = require('readline');
const {
  buildClientSchema, parse, validate, visit, visitWithTypeInfo, TypeInfo, Kind,
  getNamedType, isObjectType,
} = require('graphql');
const { getVariableValues } = require('graphql/execution/values');
const { packageFile, packageVersion } = require('./lib/packages');

const PAGE_MIN = 1;
const PAGE_MAX = 100;

function loadSchema() {
  const json = JSON.parse(fs.readFileSync(packageFile('@octokit/graphql-schema', 'schema.json'), 'utf8'));
  // The introspection result, not schema.graphql: GitHub's SDL declares two EnterpriseOwnerInfo
  // fields twice, which buildSchema refuses unless told to assume the SDL valid.
  return buildClientSchema(json.data ?? json);
}

function isConnectionField(fieldDef) {
  if (!fieldDef) return false;
  const named = getNamedType(fieldDef.type);
  return isObjectType(named) && named.name.endsWith('Connection') &&
         fieldDef.args.some((a) => a.name === 'first' || a.name === 'last');
}

// What an argument of a field evaluates to: {state: 'absent'|'value'|'unknown', value}.
function argumentValue(fieldNode, name, variables, variablesKnown) {
  const arg = (fieldNode.arguments || []).find((a) => a.name.value === name);
  if (!arg) return { state: 'absent' };
  const node = arg.value;
  if (node.kind === Kind.NULL) return { state: 'absent' };
  if (node.kind === Kind.INT) return { state: 'value', value: Number.parseInt(node.value, 10) };
  if (node.kind === Kind.VARIABLE) {
    if (!variablesKnown) return { state: 'unknown' };
    const v = variables[node.name.value];
    if (v === undefined || v === null) return { state: 'absent' };
    if (typeof v === 'number') return { state: 'value', value: v };
    return { state: 'unknown' };
  }
  return { state: 'unknown' }; // a wrong literal kind; validate() reports it
}

function createValidator(schema = loadSchema()) {
  function check(entry) {
    const errors = [];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      return { ok: false, errors: ['the request is not a JSON object'], fields: [] };
    }
    if (typeof entry.query !== 'string' || entry.query.trim() === '') {
      return { ok: false, errors: ['the request has no "query" string'], fields: [] };
    }
    let variables = entry.variables;
    if (variables === undefined || variables === null) variables = {};
    if (typeof variables !== 'object' || Array.isArray(variables)) {
      errors.push('"variables" must be a JSON object');
      variables = {};
    }

    let document;
    try {
      document = parse(entry.query);
    } catch (e) {
      return { ok: false, errors: [e.message], fields: [] };
    }

    for (const e of validate(schema, document)) errors.push(e.message);

    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1) {
      errors.push(`The document must hold exactly one operation; it holds ${operations.length}.`);
    }

    // Variables: graphql-js's own coercion (missing non-null, wrong types, bad enum values), plus
    // variables the operation does not declare, which graphql-js would silently ignore.
    let coerced = null;
    if (operations.length === 1) {
      const definitions = operations[0].variableDefinitions || [];
      const declared = new Set(definitions.map((d) => d.variable.name.value));
      for (const name of Object.keys(variables)) {
        if (!declared.has(name)) errors.push(`Variable "$${name}" is given but the operation does not define it.`);
      }
      try {
        const result = getVariableValues(schema, definitions, variables, { maxErrors: 50 });
        if (result.errors) errors.push(...result.errors.map((e) => e.message));
        else coerced = result.coerced;
      } catch (e) {
        errors.push(`Variables could not be coerced: ${e.message}`);
      }
    }

    // Fields asked for, and GitHub's connection rules.
    const fields = new Set();
    const typeInfo = new TypeInfo(schema);
    visit(document, visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (parent && !name.startsWith('__')) fields.add(`${parent.name}.${name}`);
        const def = typeInfo.getFieldDef();
        if (!isConnectionField(def)) return;
        const where = `${parent ? parent.name : '?'}.${name}`;
        const first = argumentValue(node, 'first', coerced || {}, coerced !== null);
        const last = argumentValue(node, 'last', coerced || {}, coerced !== null);
        if (first.state === 'absent' && last.state === 'absent') {
          errors.push(`You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection (${where}).`);
        }
        for (const [argName, arg] of [['first', first], ['last', last]]) {
          if (arg.state !== 'value') continue;
          if (arg.value > PAGE_MAX) {
            errors.push(`Requesting ${arg.value} records on the \`${name}\` connection (${where}) exceeds the \`${argName}\` limit of ${PAGE_MAX} records.`);
          } else if (arg.value < PAGE_MIN) {
            errors.push(`\`${argName}\` on the \`${name}\` connection (${where}) must be within ${PAGE_MIN}-${PAGE_MAX}; it is ${arg.value}.`);
          }
        }
      },
    }));

    return { ok: errors.length === 0, errors, fields: [...fields].sort() };
  }
  return { check, schema };
}

function checkLine(validator, line) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch (e) {
    return { ok: false, errors: [`the line is not JSON: ${e.message}`], fields: [] };
  }
  try {
    return validator.check(entry);
  } catch (e) {
    return { ok: false, errors: [`internal error: ${e.message}`], fields: [] };
  }
}

function serve() {
  const validator = createValidator();
  // Warm up the validation rules' caches so that the first real answer is as quick as the rest.
  validator.check({ query: '{ viewer { login } }' });
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  rl.on('line', (line) => {
    const answer = checkLine(validator, line.trim());
    // stdout on a pipe is synchronous on Linux: each answer leaves before the next line is read.
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  });
  rl.on('close', () => process.exit(0));
}

function oneLine(text, max) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function checkFile(file) {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) {
    // Exit 77: ctest shows the check as skipped (SKIP_RETURN_CODE), never as passed. The whole
    // suite always logs documents; a run of a few tests (ctest -R) may not.
    console.log(`SKIP: no GraphQL documents were collected in ${file}: no test logged its GraphQL traffic, so nothing was judged.`);
    return 77;
  }
  const validator = createValidator();
  const seen = new Map(); // query + variables → {answer, tests, count}
  for (const line of lines) {
    let entry = null;
    try { entry = JSON.parse(line); } catch { /* reported by checkLine */ }
    const key = entry && typeof entry === 'object'
      ? JSON.stringify([entry.query, entry.variables ?? null]) : line;
    let item = seen.get(key);
    if (!item) {
      item = { answer: checkLine(validator, line), tests: new Set(), count: 0,
               query: entry && typeof entry.query === 'string' ? entry.query : line };
      seen.set(key, item);
    }
    item.count += 1;
    if (entry && typeof entry.test === 'string' && entry.test) item.tests.add(entry.test);
  }
  let failed = 0;
  const fields = new Set();
  for (const item of seen.values()) {
    for (const f of item.answer.fields) fields.add(f);
    if (item.answer.ok) continue;
    failed += 1;
    const tests = item.tests.size ? [...item.tests].sort().join(',') : 'unknown test';
    console.log(`FAIL [${tests}] ${item.answer.errors.join(' | ')}\n     query: ${oneLine(item.query, 200)}`);
  }
  console.log(`graphql conformance (@octokit/graphql-schema ${packageVersion('@octokit/graphql-schema')}): ` +
              `${lines.length} documents, ${seen.size} distinct, ${fields.size} distinct fields, ${failed} failed`);
  return failed ? 1 : 0;
}

module.exports = { createValidator, loadSchema };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--serve' && args.length === 1) {
    serve();
  } else if (args.length === 1 && !args[0].startsWith('--')) {
    process.exitCode = checkFile(args[0]);
  } else {
    console.error('usage: validate-graphql.js --serve | validate-graphql.js FILE.jsonl');
    process.exitCode = 2;
  }
}
