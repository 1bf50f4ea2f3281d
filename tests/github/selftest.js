#!/usr/bin/env node
'use strict';
// Proves that the two checkers can fail: every sample in samples/ carries what it must give
// ("expect": "pass", or a regular expression one of its errors must match; GraphQL samples may add
// "expectFields"). Then runs both command lines on the samples, on an empty and a missing log, and
// the --serve protocol. Exit 0 only if every expectation holds.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createValidator } = require('./validate-graphql');
const { createChecker } = require('./check-openapi');

const here = __dirname;
const samples = path.join(here, 'samples');
let passed = 0;
let failed = 0;

function expectThat(ok, what, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok - ${what}`);
  } else {
    failed += 1;
    console.log(`not ok - ${what}${detail ? `\n    ${detail}` : ''}`);
  }
}

function readSamples(name) {
  return fs.readFileSync(path.join(samples, name), 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

function shortQuery(q) {
  const flat = q.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}

function describeRest(e) {
  const q = new URLSearchParams(e.query || {}).toString();
  return `${e.method} ${e.path}${q ? `?${q}` : ''} (${e.accept}) → ${e.status}`;
}

function checkGraphQlSamples() {
  const validator = createValidator();
  for (const file of ['graphql-pass.jsonl', 'graphql-fail.jsonl']) {
    for (const sample of readSamples(file)) {
      const answer = validator.check(sample);
      if (sample.expect === 'pass') {
        expectThat(answer.ok, `graphql passes: ${shortQuery(sample.query)}`, answer.errors.join(' | '));
      } else {
        const re = new RegExp(sample.expect);
        expectThat(!answer.ok && answer.errors.some((e) => re.test(e)),
                   `graphql fails with /${sample.expect}/: ${shortQuery(sample.query)}`,
                   `got ok=${answer.ok}: ${answer.errors.join(' | ')}`);
      }
      if (sample.expectFields) {
        const missing = sample.expectFields.filter((f) => !answer.fields.includes(f));
        expectThat(missing.length === 0, `graphql lists the fields ${sample.expectFields.join(', ')}`,
                   `missing ${missing.join(', ')}; got ${answer.fields.join(', ')}`);
      }
    }
  }
}

function checkRestSamples() {
  const checker = createChecker();
  for (const file of ['rest-pass.jsonl', 'rest-fail.jsonl']) {
    for (const sample of readSamples(file)) {
      const { failures } = checker.checkEntry(sample);
      if (sample.expect === 'pass') {
        expectThat(failures.length === 0, `rest passes: ${describeRest(sample)}`, failures.join(' | '));
      } else {
        const re = new RegExp(sample.expect);
        expectThat(failures.some((f) => re.test(f)), `rest fails with /${sample.expect}/: ${describeRest(sample)}`,
                   `got: ${failures.join(' | ') || 'no failure'}`);
      }
    }
  }
}

function run(script, arg) {
  return spawnSync(process.execPath, [path.join(here, script), arg], { encoding: 'utf8' });
}

function checkCommandLines(tmp) {
  const empty = path.join(tmp, 'empty.jsonl');
  fs.writeFileSync(empty, '\n');
  const missing = path.join(tmp, 'missing.jsonl');
  for (const [script, kind, nothing] of [['validate-graphql.js', 'graphql', /no GraphQL documents were collected/],
                                         ['check-openapi.js', 'rest', /no requests were logged/]]) {
    const good = run(script, path.join(samples, `${kind}-pass.jsonl`));
    expectThat(good.status === 0 && /, 0 failed/.test(good.stdout), `${script} ${kind}-pass.jsonl exits 0`,
               `status ${good.status}: ${good.stdout}${good.stderr}`);
    const bad = run(script, path.join(samples, `${kind}-fail.jsonl`));
    const count = readSamples(`${kind}-fail.jsonl`).length;
    const reported = (bad.stdout.match(/^FAIL \[/gm) || []).length;
    expectThat(bad.status === 1 && reported === count, `${script} ${kind}-fail.jsonl exits 1 and reports all ${count}`,
               `status ${bad.status}, ${reported} reported: ${bad.stdout}${bad.stderr}`);
    for (const [file, label] of [[empty, 'an empty log'], [missing, 'a missing log']]) {
      const r = run(script, file);
      expectThat(r.status === 77 && nothing.test(r.stdout), `${script} on ${label} exits 77 (skipped, never passed) and says so`,
                 `status ${r.status}: ${r.stdout}${r.stderr}`);
    }
  }
}

// The --serve protocol: one answer line per request line, in order, each quick.
function checkServe() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(here, 'validate-graphql.js'), '--serve'],
                        { stdio: ['pipe', 'pipe', 'inherit'] });
    const requests = [...readSamples('graphql-pass.jsonl'), ...readSamples('graphql-fail.jsonl')];
    const lines = [...requests.map((r) => JSON.stringify({ query: r.query, variables: r.variables })), 'not json'];
    const answers = [];
    const latencies = [];
    let buffer = '';
    let sentAt = 0;
    const send = () => {
      sentAt = process.hrtime.bigint();
      child.stdin.write(`${lines[answers.length]}\n`);
    };
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        latencies.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
        answers.push(line);
        if (answers.length < lines.length) send();
        else child.stdin.end();
      }
    });
    child.on('exit', (code) => {
      let parsed = [];
      try { parsed = answers.map((a) => JSON.parse(a)); } catch { parsed = []; }
      expectThat(parsed.length === lines.length, `--serve answers each of ${lines.length} lines with one JSON line`,
                 `got ${answers.length} lines: ${answers.slice(0, 3).join('\n')}`);
      const oks = parsed.map((a) => a.ok);
      const wanted = [...requests.map((r) => r.expect === 'pass'), false];
      expectThat(JSON.stringify(oks) === JSON.stringify(wanted), '--serve answers ok as the samples expect, in order',
                 `got ${JSON.stringify(oks)}`);
      expectThat(parsed.every((a) => Array.isArray(a.fields) && (a.ok || (Array.isArray(a.errors) && a.errors.length))),
                 '--serve answers carry fields, and errors when not ok');
      const slowest = Math.max(...latencies.slice(1));
      expectThat(slowest < 100, `--serve answers after the first within 100 ms (slowest ${slowest.toFixed(1)} ms, first ${latencies[0].toFixed(0)} ms with start-up)`);
      expectThat(code === 0, '--serve exits 0 when its input ends', `exit ${code}`);
      resolve();
    });
    send();
  });
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'github-selftest-'));
  try {
    checkGraphQlSamples();
    checkRestSamples();
    checkCommandLines(tmp);
    await checkServe();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`github conformance selftest: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
