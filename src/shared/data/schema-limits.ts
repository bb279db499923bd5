/**
 * What the schema checker (schema-check.ts) accepts: the size limits of the data, and the
 * keywords of the schema (read once per schema object into a Node; any keyword not supported
 * throws a SchemaError at first use). Also the JSON-value helpers the checker needs: string
 * length as ajv counts it, the `date` format as ajv-formats checks it, deep equality for
 * `const`/`enum`, and a canonical key for `uniqueItems`. Every helper is iterative, so a value
 * nested 100,000 deep costs time in proportion to its size and never overflows the call stack.
 */

/** Bounds on what the checker accepts; anything beyond a bound is a problem, not a crash. */
export interface SchemaLimits {
  /** Most objects/lists that may enclose one another (the outermost value counts as 1); at most 256, whatever is asked (the checker recurses once per level). */
  maxDepth: number;
  /** Longest string, in UTF-16 code units (what `string.length` says). */
  maxStringLength: number;
  /** Most items in one list. */
  maxArrayLength: number;
  /** Most keys in one object. */
  maxProperties: number;
  /** The checker stops after this many problems. */
  maxErrors: number;
}

/**
 * Chosen to accept comfortably 40 times today's data (55 case studies, 111 members; deepest
 * nesting 9 levels in the snapshot, longest string 1,307 characters, longest list 111 items,
 * most keys in one object 18):
 *
 * - maxDepth 32: the snapshot nests 9 deep (snapshot → caseStudies → study → body → block →
 *   items → listItem → items → listItem); 32 leaves room for lists nested 11 levels more.
 * - maxStringLength 50,000: 38 times the longest paragraph; a long report would be many blocks.
 * - maxArrayLength 20,000: 40× is 2,200 case studies and 4,440 members; 20,000 is 4 times that.
 * - maxProperties 200: the widest object has 18 keys; the schema defines at most 18 per object.
 * - maxErrors 20: enough to show what is wrong, few enough to read.
 */
export const defaultLimits: Readonly<SchemaLimits> = Object.freeze({
  maxDepth: 32,
  maxStringLength: 50_000,
  maxArrayLength: 20_000,
  maxProperties: 200,
  maxErrors: 20,
});

/** Length in Unicode code points, exactly as ajv counts it for minLength/maxLength (ucs2length). */
export function ucs2length(text: string): number {
  const length = text.length;
  let count = 0;
  let position = 0;
  while (position < length) {
    count++;
    const unit = text.charCodeAt(position++);
    if (unit >= 0xd800 && unit <= 0xdbff && position < length) {
      // A high surrogate followed by a low one is one code point.
      if ((text.charCodeAt(position) & 0xfc00) === 0xdc00) position++;
    }
  }
  return count;
}

const fullDate = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 full-date with a real month and day, as ajv-formats checks `format: "date"` (full mode). */
export function isFullDate(text: string): boolean {
  const match = fullDate.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : (daysInMonth[month] ?? 0));
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Deep equality of JSON values, as ajv's (fast-deep-equal) for JSON: same scalars (`===`),
 * lists of equal items in order, objects with the same own keys and equal values in any order.
 * Stops at the first difference, so comparing with a small `const` costs little however large
 * the value is.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const pairs: unknown[] = [a, b];
  while (pairs.length > 0) {
    const y = pairs.pop();
    const x = pairs.pop();
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pairs.push(x[i], y[i]);
      continue;
    }
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false;
      pairs.push((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/** Text emitted as is by canonicalKey (punctuation), as opposed to a value still to encode. */
class Token {
  constructor(readonly text: string) {}
}

/**
 * A string that is the same for two values exactly when jsonEqual says they are equal (keys in
 * sorted order, -0 as 0), so `uniqueItems` is one pass with a Set instead of comparing every
 * pair (ajv compares pairs: 20,000 items would be 200 million comparisons).
 */
export function canonicalKey(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Token) out.push(item.text);
    else if (typeof item === 'string') out.push(JSON.stringify(item));
    else if (typeof item === 'number') out.push(item === 0 ? '0' : String(item));
    else if (typeof item === 'boolean' || item === null) out.push(String(item));
    else if (Array.isArray(item)) {
      out.push('[');
      stack.push(new Token(']'));
      for (let i = item.length - 1; i >= 0; i--) stack.push(new Token(','), item[i]);
    } else if (typeof item === 'object') {
      out.push('{');
      stack.push(new Token('}'));
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push(new Token(','), record[key], new Token(`${JSON.stringify(key)}:`));
      }
    } else out.push(`<${typeof item}>`);
  }
  return out.join('');
}

/** One key or index as a JSON Pointer segment (RFC 6901: ~ → ~0, / → ~1). */
export const pointerSegment = (key: string): string =>
  key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;

/** A value for a message: short, and never the whole of a long string. */
export function shortValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'an object';
  return String(value);
}

export interface JsonSchemaObject {
  readonly [keyword: string]: unknown;
}
export type JsonSchema = boolean | JsonSchemaObject;
/** A whole schema: its `$defs` are what `$ref: "#/$defs/<name>"` and `definition` name. */
export type JsonSchemaDocument = JsonSchemaObject;

/** A mistake in the schema (an unsupported keyword, a bad $ref), as opposed to in the data. */
export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaError';
  }
}

const annotations = ['$schema', '$id', 'title', 'description', '$comment', 'default', 'examples', '$defs'];
const validators = [
  'type', '$ref', 'required', 'properties', 'additionalProperties', 'items', 'minItems', 'maxItems',
  'uniqueItems', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength',
  'anyOf', 'oneOf', 'allOf', 'format',
];
/** Every keyword the checker understands; the annotations among them are ignored. */
export const supportedKeywords: ReadonlySet<string> = new Set([...annotations, ...validators]);

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';
export const typeNames: Record<JsonType, string> = {
  string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false',
  null: 'null', array: 'a list', object: 'an object',
};
const isJsonType = (name: unknown): name is JsonType => typeof name === 'string' && Object.hasOwn(typeNames, name);

/** One schema object, read once: its keywords checked and parsed, its $ref resolved. */
export interface Node {
  readonly never: boolean;
  readonly types: readonly JsonType[] | null;
  readonly ref: { readonly target: JsonSchema; readonly name: string } | null;
  readonly required: readonly string[];
  readonly properties: ReadonlyMap<string, JsonSchema> | null;
  /** `false`, a schema, or null when absent (any extra property allowed, not checked). */
  readonly additional: JsonSchema | null;
  readonly items: JsonSchema | null;
  readonly minItems: number | null;
  readonly maxItems: number | null;
  readonly uniqueItems: boolean;
  readonly enumValues: readonly unknown[] | null;
  readonly hasConst: boolean;
  readonly constValue: unknown;
  readonly pattern: RegExp | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly anyOf: readonly JsonSchema[] | null;
  readonly oneOf: readonly JsonSchema[] | null;
  readonly allOf: readonly JsonSchema[] | null;
  readonly date: boolean;
  readonly description: string | null;
  /** A $ref and nothing else that checks (`{ "$ref": "#/$defs/text" }`): the checker goes straight on to its target. */
  readonly onlyRef: boolean;
}

const empty: Omit<Node, 'never'> = {
  types: null, ref: null, required: [], properties: null, additional: null, items: null, minItems: null,
  maxItems: null, uniqueItems: false, enumValues: null, hasConst: false, constValue: undefined, pattern: null,
  minimum: null, maximum: null, minLength: null, maxLength: null, anyOf: null, oneOf: null, allOf: null,
  date: false, description: null, onlyRef: false,
};
const anything: Node = { ...empty, never: false };
const nothing: Node = { ...empty, never: true };

/** Patterns compiled once, with the `u` flag as ajv uses by default (`unicodeRegExp: true`). */
const patterns = new Map<string, RegExp>();
/** Nodes per schema document (a schema object's $ref is resolved against its document). */
const nodesByDocument = new WeakMap<JsonSchemaDocument, WeakMap<JsonSchemaObject, Node>>();

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'boolean' || isObject(value);

function schemaList(keyword: string, value: unknown): readonly JsonSchema[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every(isSchema)) {
    throw new SchemaError(`"${keyword}" must be a non-empty list of schemas`);
  }
  return value;
}

function count(keyword: string, value: unknown, whole: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !(Number.isInteger(value) && value >= 0))) {
    throw new SchemaError(`"${keyword}" must be ${whole ? 'a whole number' : 'a number'}`);
  }
  return value;
}

/** The `$defs` entry `name` of the document. */
export function definitionOf(document: JsonSchemaDocument, name: string): JsonSchema | undefined {
  const defs = Object.hasOwn(document, '$defs') ? document.$defs : undefined;
  return isObject(defs) && Object.hasOwn(defs, name) && isSchema(defs[name]) ? defs[name] : undefined;
}

function resolve(document: JsonSchemaDocument, ref: unknown): { target: JsonSchema; name: string } {
  if (ref === '#') return { target: document, name: 'the whole schema' };
  const match = typeof ref === 'string' ? /^#\/\$defs\/([^/%]+)$/.exec(ref) : null;
  const name = match ? (match[1] as string).replace(/~1/g, '/').replace(/~0/g, '~') : '';
  const target = match ? definitionOf(document, name) : undefined;
  if (target === undefined) {
    throw new SchemaError(`unsupported $ref ${JSON.stringify(ref)}: only "#" and "#/$defs/<name>" of this schema`);
  }
  return { target, name };
}

/** Reads a schema object's keywords; throws on any keyword it does not support. */
export function compile(document: JsonSchemaDocument, schema: JsonSchema): Node {
  if (schema === true) return anything;
  if (schema === false) return nothing;
  let nodes = nodesByDocument.get(document);
  if (!nodes) nodesByDocument.set(document, (nodes = new WeakMap()));
  const known = nodes.get(schema);
  if (known) return known;

  for (const keyword of Object.keys(schema)) {
    if (!supportedKeywords.has(keyword)) throw new SchemaError(`unsupported keyword ${keyword}`);
  }
  const get = (keyword: string): unknown => (Object.hasOwn(schema, keyword) ? schema[keyword] : undefined);
  const has = (keyword: string): boolean => Object.hasOwn(schema, keyword);
  const number = (keyword: string, whole: boolean): number | null => (has(keyword) ? count(keyword, get(keyword), whole) : null);
  const sub = (keyword: string): JsonSchema | null => {
    if (!has(keyword)) return null;
    const value = get(keyword);
    if (!isSchema(value)) throw new SchemaError(`"${keyword}" must be a schema`);
    return value;
  };

  let types: JsonType[] | null = null;
  if (has('type')) {
    const type = get('type');
    types = Array.isArray(type) ? [...type] : [type];
    if (types.length === 0 || !types.every(isJsonType)) throw new SchemaError(`unsupported type ${JSON.stringify(type)}`);
  }
  const required = get('required') ?? [];
  if (!Array.isArray(required) || !required.every((name) => typeof name === 'string')) {
    throw new SchemaError('"required" must be a list of property names');
  }
  let properties: Map<string, JsonSchema> | null = null;
  if (has('properties')) {
    const record = get('properties');
    if (!isObject(record)) throw new SchemaError('"properties" must be an object');
    properties = new Map();
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (!isSchema(value)) throw new SchemaError(`"properties" of ${key} must be a schema`);
      properties.set(key, value);
    }
  }
  const enumValues = get('enum');
  if (enumValues !== undefined && !Array.isArray(enumValues)) throw new SchemaError('"enum" must be a list');
  let pattern: RegExp | null = null;
  if (has('pattern')) {
    const source = get('pattern');
    if (typeof source !== 'string') throw new SchemaError('"pattern" must be a string');
    pattern = patterns.get(source) ?? null;
    if (!pattern) {
      try {
        pattern = new RegExp(source, 'u');
      } catch {
        throw new SchemaError(`"pattern" ${source} is not a regular expression`);
      }
      patterns.set(source, pattern);
    }
  }
  const format = get('format');
  if (format !== undefined && format !== 'date') throw new SchemaError(`unsupported format ${JSON.stringify(format)}`);
  const uniqueItems = get('uniqueItems') ?? false;
  if (typeof uniqueItems !== 'boolean') throw new SchemaError('"uniqueItems" must be true or false');
  const additional = sub('additionalProperties');
  const description = get('description');

  const node: Omit<Node, 'onlyRef'> = {
    never: false,
    types,
    ref: has('$ref') ? resolve(document, get('$ref')) : null,
    required,
    properties,
    additional: additional === true ? null : additional,
    items: sub('items'),
    minItems: number('minItems', true),
    maxItems: number('maxItems', true),
    uniqueItems,
    enumValues: enumValues ?? null,
    hasConst: has('const'),
    constValue: get('const'),
    pattern,
    minimum: number('minimum', false),
    maximum: number('maximum', false),
    minLength: number('minLength', true),
    maxLength: number('maxLength', true),
    anyOf: has('anyOf') ? schemaList('anyOf', get('anyOf')) : null,
    oneOf: has('oneOf') ? schemaList('oneOf', get('oneOf')) : null,
    allOf: has('allOf') ? schemaList('allOf', get('allOf')) : null,
    date: format === 'date',
    description: typeof description === 'string' ? description : null,
  };
  const onlyRef =
    node.ref !== null && Object.keys(schema).every((keyword) => keyword === '$ref' || annotations.includes(keyword));
  const compiled: Node = { ...node, onlyRef };
  nodes.set(schema, compiled);
  return compiled;
}

export const matchesType = (value: unknown, type: JsonType): boolean => {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return isObject(value);
  }
};
