/**
 * Checks a JSON value against a definition of the data's JSON Schema
 * (data/schema/ccin-data.schema.json), by the same rules ajv applies at build time, so the build
 * and the browser run one validation. It interprets only the keywords that schema uses
 * (`supportedKeywords`); any other keyword throws, so the schema cannot grow beyond what is checked.
 *
 * Safe on hostile input: it stops at the limits of schema-limits.ts (it recurses once per level of
 * the data, and checks the depth limit before it goes down a level, so however deep the data the
 * call stack stays short), never reads inherited properties, and never throws because of the
 * value (only because of the schema). Its helpers for deep values (equality, uniqueness) are
 * iterative.
 */
import {
  canonicalKey,
  compile,
  defaultLimits,
  definitionOf,
  isObject,
  isFullDate,
  jsonEqual,
  matchesType,
  pointerSegment,
  SchemaError,
  shortValue,
  typeNames,
  ucs2length,
  type JsonSchema,
  type JsonType,
  type JsonSchemaDocument,
  type Node,
  type SchemaLimits,
} from './schema-limits.js';

export {
  defaultLimits,
  SchemaError,
  supportedKeywords,
  type JsonSchema,
  type JsonSchemaDocument,
  type JsonSchemaObject,
  type SchemaLimits,
} from './schema-limits.js';

export interface SchemaProblem {
  /** JSON Pointer to the value, e.g. /caseStudies/3/title ('' is the whole value). */
  path: string;
  message: string;
}

/** Where problems go: the result, or one branch of an anyOf/oneOf (then `parent` is where the branch's outcome goes). */
interface Sink {
  readonly problems: SchemaProblem[];
  readonly parent: Sink | null;
}

/** Whether a schema object checks the value by itself alone: no $ref, allOf, anyOf or oneOf goes on to other schemas at the same value. */
const checksAlone = (node: Node): boolean => node.ref === null && node.allOf === null && node.anyOf === null && node.oneOf === null;

/** More $ref/allOf/anyOf/oneOf steps than this at one value means a cycle in the schema. */
const maxHops = 64;

/**
 * The deepest nesting checked, whatever the limits say: the walk recurses once per level (after
 * the depth limit is checked), so this bounds the call stack. 8 times the default maxDepth.
 */
const depthCeiling = 256;

/**
 * Where the schema allows anything (a property it does not name, items it does not describe),
 * the values are still visited with this empty schema, so that the limits (depth, length, size)
 * hold everywhere: a 100,000-deep array under an open key is refused like any other. Only a
 * schema object that checks the value alone does this (checksAlone): one with a $ref or a
 * composition leaves it to the schemas it leads to, so that each value is walked once, not once
 * more for every $ref on the way to it.
 */
const openSchema: JsonSchema = {};

/**
 * Checks `value` against the `$defs` entry `definition` of `schema` ('#' or '' for the whole
 * schema). Returns the problems found, at most `limits.maxErrors`; none means valid.
 * Throws only a SchemaError, for a schema it cannot interpret.
 *
 * The walk is depth-first, in the data's order: at each value its own checks, then the schemas
 * its $ref, allOf, anyOf and oneOf lead to, then its items or properties. It recurses once per
 * level of the data, and stops descending at the depth limit (at most depthCeiling), so the call
 * stack stays short however deep the data. Where a value is (its JSON Pointer) is kept as a
 * list of keys and spelt out only for a problem: most values have none.
 */
export function checkAgainstSchema(
  schema: JsonSchemaDocument,
  definition: string,
  value: unknown,
  limits: SchemaLimits = defaultLimits,
): SchemaProblem[] {
  return walk(schema, definition, value, limits, null).problems;
}

/** An item of a big value's list, put off to a later slice, and where it is. */
export interface PutOff {
  sub: JsonSchema;
  value: unknown;
  depth: number;
  keys: (string | number)[];
}

/**
 * The walk of checkAgainstSchema. With `later`, the items of lists at the top two levels that
 * are checked for the result itself (not for a branch of an anyOf/oneOf, whose outcome must be
 * known at once) go to `later` instead, for `resume` to check: what shared/data/sliced-check.ts
 * does with a whole snapshot.
 */
export function walk(
  schema: JsonSchemaDocument,
  definition: string,
  value: unknown,
  limits: SchemaLimits,
  later: PutOff[] | null,
): { problems: SchemaProblem[]; done: () => boolean; resume: (item: PutOff) => void } {
  const whole = definition === '' || definition === '#';
  const start = whole ? schema : definitionOf(schema, definition);
  if (start === undefined) throw new SchemaError(`the schema has no definition ${JSON.stringify(definition)}`);
  const maxErrors = limits.maxErrors >= 1 ? limits.maxErrors : 1;
  const bounds: SchemaLimits = { ...limits, maxDepth: Math.min(limits.maxDepth, depthCeiling) };
  const result: Sink = { problems: [], parent: null };
  /** The keys from the whole value to the one being checked. */
  const keys: (string | number)[] = [];
  const pathNow = (): string => {
    let path = '';
    for (const key of keys) path += `/${typeof key === 'number' ? String(key) : pointerSegment(key)}`;
    return path;
  };
  const report = (sink: Sink, message: string, path: string = pathNow()): void => {
    if (sink.problems.length < maxErrors) sink.problems.push({ path, message });
  };
  /** Whether a sink, or one it reports to, has all the problems it may hold. */
  const full = (sink: Sink): boolean => {
    for (let s: Sink | null = sink; s; s = s.parent) if (s.problems.length >= maxErrors) return true;
    return false;
  };
  const cycle = () => new SchemaError(`$ref or composition cycle in the schema at ${pathNow() || 'the top'}`);
  /** compile(), with the schema objects this check has read kept at hand (one look-up per value, not two). */
  const read = new Map<JsonSchema, Node>();
  const nodeOf = (sub: JsonSchema): Node => {
    let node = read.get(sub);
    if (!node) read.set(sub, (node = compile(schema, sub)));
    return node;
  };

  check(start, value, 0, 0, whole ? null : definition, result);
  return {
    problems: result.problems,
    done: () => full(result),
    resume: (item) => {
      keys.splice(0, keys.length, ...item.keys);
      check(item.sub, item.value, item.depth, 0, null, result);
      keys.length = 0;
    },
  };

  /**
   * Checks the value at the current keys against schema object `sub`: if `sub` is only a $ref,
   * against its target (and so on), with the $ref's name. `hops` counts $ref/composition steps
   * at this value; the limits are checked at its first (hops 0).
   */
  function check(sub: JsonSchema, value: unknown, depth: number, hops: number, name: string | null, sink: Sink): void {
    let node = nodeOf(sub);
    for (let steps = 0; node.onlyRef; steps++) {
      if (hops + steps > maxHops) throw cycle();
      const ref = node.ref as NonNullable<Node['ref']>;
      name = ref.name;
      node = nodeOf(ref.target);
    }
    if (full(sink)) return;
    if (hops > maxHops) throw cycle();
    /** An object's own keys, read once for all that needs them. */
    let names: string[] | null = null;
    try {
      if (isObject(value)) names = Object.keys(value);
      if (hops === 0) {
        const problem = limitProblem(value, depth, bounds, names);
        if (problem) return report(sink, problem);
      }
      if (node.never) return report(sink, 'is not allowed here');
      if (node.types && !typeMatches(value, node.types)) {
        return report(sink, `expected ${node.types.map((type) => typeNames[type]).join(' or ')}`);
      }
      if (node.hasConst && !equalsJson(value, node.constValue)) return report(sink, `must be ${JSON.stringify(node.constValue)}`);
      if (node.enumValues && !oneOfValues(value, node.enumValues)) {
        const list = node.enumValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
        return report(sink, `must be one of ${list}`);
      }
      if (typeof value === 'string') checkString(node, value, name, sink);
      else if (typeof value === 'number') {
        if (node.minimum !== null && value < node.minimum) report(sink, `must be at least ${node.minimum}`);
        if (node.maximum !== null && value > node.maximum) report(sink, `must be at most ${node.maximum}`);
      } else if (Array.isArray(value)) checkArray(node, value, sink);
      else if (names) checkObject(node, value as Record<string, unknown>, names, sink);
    } catch (error) {
      if (error instanceof SchemaError) throw error;
      return report(sink, `could not be read (${error instanceof Error ? error.message : String(error)})`);
    }

    // The same value against other schemas: $ref, then allOf, then anyOf, then oneOf (each
    // composition decides after its branches), and only then the values inside it.
    if (!checksAlone(node)) {
      if (node.ref) check(node.ref.target, value, depth, hops + 1, node.ref.name, sink);
      if (node.allOf) for (const each of node.allOf) check(each, value, depth, hops + 1, null, sink);
      if (node.anyOf) compose('anyOf', node.anyOf, value, depth, hops, sink);
      if (node.oneOf) compose('oneOf', node.oneOf, value, depth, hops, sink);
    }
    if (typeof value === 'object' && value !== null) checkInside(node, value, names, depth, sink);
  }

  /** The branches of an anyOf (until one passes) or a oneOf (until a second passes), then its outcome. */
  function compose(kind: 'anyOf' | 'oneOf', branches: readonly JsonSchema[], value: unknown, depth: number, hops: number, sink: Sink): void {
    const sinks: Sink[] = [];
    const passed: number[] = [];
    for (let i = 0; i < branches.length && passed.length < (kind === 'anyOf' ? 1 : 2); i++) {
      const branch: Sink = { problems: [], parent: sink };
      sinks.push(branch);
      check(branches[i] as JsonSchema, value, depth, hops + 1, null, branch);
      if (branch.problems.length === 0) passed.push(i);
    }
    // Settled (the usual case) without spelling out where: a path costs more than the check.
    if (passed.length === 1 || (kind === 'anyOf' && passed.length > 1) || full(sink)) return;
    decide(sinks, passed, pathNow(), (path, message) => report(sink, message, path));
  }

  /** The items of a list, or the properties of an object, each against the schema the node gives it. */
  function checkInside(node: Node, value: object, names: readonly string[] | null, depth: number, sink: Sink): void {
    const open = checksAlone(node) ? openSchema : null;
    const level = keys.length;
    try {
      if (Array.isArray(value)) {
        const each = node.items ?? open;
        if (each === null) return;
        const putOff = later !== null && sink === result && level <= 1;
        for (let i = 0; i < value.length && !full(sink); i++) {
          keys.push(i);
          if (putOff) later.push({ sub: each, value: value[i], depth: depth + 1, keys: [...keys] });
          else check(each, value[i], depth + 1, 0, null, sink);
          keys.pop();
        }
        return;
      }
      const record = value as Record<string, unknown>;
      for (const key of names ?? Object.keys(record)) {
        if (full(sink)) return;
        const sub = node.properties?.get(key) ?? node.additional ?? open;
        if (sub === false || sub === null) continue; // false: reported as unknown by checkObject
        keys.push(key);
        check(sub, record[key], depth + 1, 0, null, sink);
        keys.pop();
      }
    } catch (error) {
      if (error instanceof SchemaError) throw error;
      keys.length = level;
      report(sink, `could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  function checkString(node: Node, value: string, name: string | null, sink: Sink): void {
    // ucs2length is between half the UTF-16 length and all of it: counted only when that does not decide.
    const short = node.minLength !== null && value.length < node.minLength * 2;
    const long = node.maxLength !== null && value.length > node.maxLength;
    if (short || long) {
      const length = ucs2length(value);
      if (node.minLength !== null && length < node.minLength) {
        return report(sink, node.minLength === 1 ? 'must not be empty' : `must be at least ${node.minLength} characters long`);
      }
      if (node.maxLength !== null && length > node.maxLength) report(sink, `must be at most ${node.maxLength} characters long`);
    }
    if (node.pattern && !node.pattern.test(value)) {
      const what = node.description ?? `it must match ${node.pattern.source}`;
      report(sink, `${shortValue(value)} is not ${name ? `a valid ${name}` : 'valid'}: ${what}`);
    }
    if (node.date && !isFullDate(value)) report(sink, `${shortValue(value)} is not a date (YYYY-MM-DD)`);
  }

  /** A list's own checks: its length, and whether its items are unique. */
  function checkArray(node: Node, value: readonly unknown[], sink: Sink): void {
    const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;
    if (node.minItems !== null && value.length < node.minItems) {
      report(sink, `must have at least ${items(node.minItems)}, not ${value.length}`);
    }
    if (node.maxItems !== null && value.length > node.maxItems) {
      report(sink, `must have at most ${items(node.maxItems)}, not ${value.length}`);
    }
    if (node.uniqueItems) {
      const seen = new Map<string, number>();
      for (let i = 0; i < value.length; i++) {
        const key = canonicalKey(value[i]);
        const first = seen.get(key);
        if (first !== undefined) {
          report(sink, `items ${first} and ${i} are the same`);
          break;
        }
        seen.set(key, i);
      }
    }
  }

  /** An object's own checks: its required properties, and properties the schema does not allow. */
  function checkObject(node: Node, value: Record<string, unknown>, names: readonly string[], sink: Sink): void {
    for (const name of node.required) {
      if (!Object.hasOwn(value, name)) report(sink, `missing required property ${JSON.stringify(name)}`);
    }
    // A property the schema forbids: not named where extra properties are not allowed, or named with `false`.
    if (node.additional !== false && node.properties === null) return;
    for (const key of names) {
      if ((node.properties?.get(key) ?? node.additional) === false) report(sink, `unknown property ${JSON.stringify(key)}`);
    }
  }
}

/** Whether the value is of one of the types. */
function typeMatches(value: unknown, types: readonly JsonType[]): boolean {
  for (const type of types) if (matchesType(value, type)) return true;
  return false;
}

/** jsonEqual, without its work list for the usual case: a string, number, boolean or null (then equal means ===). */
const equalsJson = (value: unknown, other: unknown): boolean => (typeof value === 'object' && value !== null ? jsonEqual(value, other) : value === other);

/** Whether the value equals one of the allowed values (enum). */
function oneOfValues(value: unknown, allowed: readonly unknown[]): boolean {
  for (const candidate of allowed) if (equalsJson(value, candidate)) return true;
  return false;
}

/** The limit a value exceeds (or why it is not JSON), checked once per value reached. */
function limitProblem(value: unknown, depth: number, limits: SchemaLimits, names: readonly string[] | null): string | null {
  switch (typeof value) {
    case 'string':
      return value.length > limits.maxStringLength ? `text longer than ${limits.maxStringLength} characters` : null;
    case 'number':
      return Number.isFinite(value) ? null : `${value} is not a number JSON can hold`;
    case 'boolean':
      return null;
    case 'object': {
      if (value === null) return null;
      if (depth >= limits.maxDepth) return `nested deeper than ${limits.maxDepth} levels`;
      if (Array.isArray(value)) {
        return value.length > limits.maxArrayLength ? `list longer than ${limits.maxArrayLength} items` : null;
      }
      return (names ?? Object.keys(value)).length > limits.maxProperties ? `more than ${limits.maxProperties} properties` : null;
    }
    default:
      return `is not a JSON value (${typeof value})`;
  }
}

/** The problems an anyOf/oneOf that did not pass reports at `path`: none of its branches passed, or (oneOf) more than one. */
function decide(branches: readonly Sink[], passed: readonly number[], path: string, report: (path: string, message: string) => void): void {
  if (passed.length > 1) {
    const forms = passed.map((i) => i + 1).join(' and ');
    return report(path, `matches more than one of the allowed forms (${forms}), so it is ambiguous`);
  }
  // Every branch failed. If each failed only on its type here, say which types would do.
  const expected = branches.map((b) => (b.problems.length === 1 && b.problems[0]?.path === path ? b.problems[0].message : ''));
  if (expected.every((message) => message.startsWith('expected '))) {
    return report(path, `expected ${[...new Set(expected.map((m) => m.slice(9)))].join(' or ')}`);
  }
  // Otherwise report the branch that came closest (fewest problems), after a summary.
  let closest = branches[0] as Sink;
  for (const branch of branches) if (branch.problems.length < closest.problems.length) closest = branch;
  report(path, `does not match any of the ${branches.length} allowed forms; the closest one differs here:`);
  for (const problem of closest.problems) report(problem.path, problem.message);
}
