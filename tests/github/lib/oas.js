'use strict';
// OpenAPI 3.0 Schema Objects → JSON Schema (draft-07) for ajv, and the coercion of query/path
// strings to the types a parameter schema declares.

// OpenAPI 3.0's `nullable: true` admits null beside the declared type; draft-07 has no such keyword.
// Annotations that are not draft-07 (example, x-*) are dropped; `examples` is dropped too because
// OpenAPI allows an object there and draft-07 an array.
function toJsonSchema(schema) {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf'].includes(key)) {
      out[key] = toJsonSchema(value);
    } else {
      out[key] = value;
    }
  }
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    out.exclusiveMinimum = schema.minimum; delete out.minimum;
  } else if (schema.exclusiveMinimum === false) delete out.exclusiveMinimum;
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    out.exclusiveMaximum = schema.maximum; delete out.maximum;
  } else if (schema.exclusiveMaximum === false) delete out.exclusiveMaximum;
  if (schema.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

// The typed values a query or path string may stand for under `schema`; [] if none.
function coerceParameter(schema, text) {
  const type = schema && schema.type;
  switch (type) {
    case 'integer':
      return /^[+-]?\d+$/.test(text) ? [Number(text)] : [];
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? [Number(text)] : [];
    case 'boolean':
      return text === 'true' ? [true] : text === 'false' ? [false] : [];
    case 'array': {
      const items = text === '' ? [] : text.split(',');
      const coerced = items.map((item) => coerceParameter(schema.items || {}, item));
      return coerced.some((c) => c.length === 0) ? [] : [coerced.map((c) => c[0])];
    }
    case 'string':
      return [text];
    default: {
      // No single type (oneOf/anyOf): offer every reading and let the schema decide.
      const readings = [text];
      if (/^[+-]?\d+(\.\d+)?$/.test(text)) readings.push(Number(text));
      if (text === 'true' || text === 'false') readings.push(text === 'true');
      return readings;
    }
  }
}

module.exports = { toJsonSchema, coerceParameter };
