'use strict';
// The settings a query text sets for itself: every `SETTINGS name = value, …` clause (in any
// subquery, before or after FORMAT) and a `SET name = value, …` statement. ClickHouse applies
// them after the URL's settings and checks them against the same readonly rules; so must we.
// A small tokenizer, not a parser: it skips string literals, quoted identifiers and comments so
// that the word SETTINGS inside them is not taken for a clause.

function tokens(sql) {
  const out = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (/\s/.test(c)) { ++i; continue; }
    if (c === '-' && sql[i + 1] === '-') { while (i < n && sql[i] !== '\n') ++i; continue; }
    if (c === '#') { while (i < n && sql[i] !== '\n') ++i; continue; }
    if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === '\'' || c === '"' || c === '`') {
      // ClickHouse escapes with a backslash or by doubling the quote.
      let text = '';
      let j = i + 1;
      for (; j < n; ++j) {
        if (sql[j] === '\\' && j + 1 < n) { text += sql[++j]; continue; }
        if (sql[j] === c) {
          if (sql[j + 1] === c) { text += c; ++j; continue; }
          break;
        }
        text += sql[j];
      }
      out.push({ kind: c === '\'' ? 'string' : 'identifier', text });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 256));
    if (word) { out.push({ kind: 'word', text: word[0] }); i += word[0].length; continue; }
    const number = /^[0-9][0-9A-Za-z_.]*(?:[eE][+-]?[0-9]+)?/.exec(sql.slice(i, i + 256));
    if (number) { out.push({ kind: 'number', text: number[0] }); i += number[0].length; continue; }
    if (c === '{') { // a {name:Type} placeholder
      const end = sql.indexOf('}', i);
      const text = end < 0 ? sql.slice(i) : sql.slice(i, end + 1);
      out.push({ kind: 'placeholder', text });
      i += text.length;
      continue;
    }
    out.push({ kind: 'punct', text: c });
    ++i;
  }
  return out;
}

// `name = value [, name = value]*` from position `at`; the value is a literal's text.
function assignments(list, at, into) {
  let i = at;
  for (;;) {
    const name = list[i];
    if (!name || (name.kind !== 'word' && name.kind !== 'identifier') || !list[i + 1] || list[i + 1].text !== '=') return i;
    let j = i + 2;
    let value = '';
    if (list[j] && list[j].kind === 'punct' && (list[j].text === '-' || list[j].text === '+')) value = list[j++].text;
    const literal = list[j];
    if (!literal) return j;
    value += literal.text;
    into.push({ name: name.text, value });
    i = j + 1;
    if (!list[i] || list[i].text !== ',') return i;
    ++i;
  }
}

// { first: the statement's first keyword in upper case, settings: [{name, value}] }
function querySettings(sql) {
  const list = tokens(sql);
  const settings = [];
  let first = '';
  for (const t of list) {
    if (t.kind === 'punct' && t.text === '(') continue;
    first = t.kind === 'word' ? t.text.toUpperCase() : t.text;
    break;
  }
  if (first === 'SET' && list[0] && list[0].kind === 'word') assignments(list, 1, settings);
  for (let i = 0; i < list.length; ++i)
    if (list[i].kind === 'word' && list[i].text.toUpperCase() === 'SETTINGS') i = assignments(list, i + 1, settings) - 1;
  return { first, settings };
}

module.exports = { querySettings };
