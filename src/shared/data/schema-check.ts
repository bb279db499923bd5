/**
 * Checks a JSON value against a definition of the data's JSON Schema
 * (data/schema/ccin-data.schema.json), by the same rules ajv applies at build time, so the build
 * and the browser run one validation. It interprets only the keywords that schema uses
 * (`supportedKeywords`); any other keyword throws, so the schema cannot grow beyond what is checked.
 *
 * Safe on hostile input: it walks the data with an explicit work stack (no recursion, however
 * deep the data), stops at the limits of schema-limits.ts, never reads inherited properties, and
 * never throws because of the value (only because of the schema).
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
  /** A branch no longer needed (an earlier branch of its anyOf passed). */
  dead: boolean;
}

interface Composition {
  readonly kind: 'anyOf' | 'oneOf';
  readonly sink: Sink;
  /** The visit of the value the branches check (its path is the composition's). */
  readonly at: Visit;
  readonly branches: Sink[];
  readonly passed: number[];
}

/**
 * Check `value` against a schema object (`node`, read once per schema object); `hops` counts
 * $ref/composition steps without moving into the data. Where the value is (its JSON Pointer) is
 * known from `parent` and `key`, and spelt out only for a problem: most values have none, and
 * building every path cost more than checking. A schema object that is only a $ref is not
 * visited: its target is (visitOf), with the $ref's name, as it would be one step later.
 */
interface Visit {
  readonly kind: 'visit';
  readonly node: Node;
  readonly value: unknown;
  /** The visit of the list or object that holds the value (null for the whole value), and its index or key there. */
  readonly parent: Visit | null;
  readonly key: string | number;
  readonly depth: number;
  readonly sink: Sink;
  readonly hops: number;
  readonly name: string | null;
}

/** The JSON Pointer of the value at `key` in the value of `parent` ('' for the whole value, else /key/key…). */
function pathAt(parent: Visit | null, key: string | number): string {
  const segments: string[] = [];
  for (let at: { parent: Visit | null; key: string | number } | null = { parent, key }; at?.parent; at = at.parent) {
    segments.push(typeof at.key === 'number' ? String(at.key) : pointerSegment(at.key));
  }
  let path = '';
  for (let i = segments.length - 1; i >= 0; i--) path += `/${segments[i]}`;
  return path;
}
const pathOf = (visit: Visit): string => pathAt(visit.parent, visit.key);

/** Whether a schema object checks the value by itself alone: no $ref, allOf, anyOf or oneOf goes on to other schemas at the same value. */
const checksAlone = (node: Node): boolean => node.ref === null && node.allOf === null && node.anyOf === null && node.oneOf === null;
type Task =
  | Visit
  | { readonly kind: 'branch-done'; readonly of: Composition; readonly index: number }
  | { readonly kind: 'decide'; readonly of: Composition };

/** More $ref/allOf/anyOf/oneOf steps than this at one value means a cycle in the schema. */
const maxHops = 64;

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
 */
export function checkAgainstSchema(
  schema: JsonSchemaDocument,
  definition: string,
  value: unknown,
  limits: SchemaLimits = defaultLimits,
): SchemaProblem[] {
  const whole = definition === '' || definition === '#';
  const start = whole ? schema : definitionOf(schema, definition);
  if (start === undefined) throw new SchemaError(`the schema has no definition ${JSON.stringify(definition)}`);
  const maxErrors = limits.maxErrors >= 1 ? limits.maxErrors : 1;
  const result: Sink = { problems: [], parent: null, dead: false };
  const name = whole ? null : definition;
  /** A visit of `value` with schema object `sub`, or with the target of `sub` if it is only a $ref (and so on). */
  const visitOf = (sub: JsonSchema, value: unknown, parent: Visit | null, key: string | number, depth: number, sink: Sink, hops: number, name: string | null): Visit => {
    let node = compile(schema, sub);
    for (let steps = 0; node.onlyRef; steps++) {
      if (hops + steps > maxHops) throw new SchemaError(`$ref or composition cycle in the schema at ${pathAt(parent, key) || 'the top'}`);
      const ref = node.ref as NonNullable<Node['ref']>;
      name = ref.name;
      node = compile(schema, ref.target);
    }
    return { kind: 'visit', node, value, parent, key, depth, sink, hops, name };
  };
  const stack: Task[] = [visitOf(start, value, null, '', 0, result, 0, name)];
  const finished = (sink: Sink): boolean => {
    for (let s: Sink | null = sink; s; s = s.parent) if (s.dead || s.problems.length >= maxErrors) return true;
    return false;
  };
  const reportAt = (sink: Sink, path: string, message: string): void => {
    if (sink.problems.length < maxErrors) sink.problems.push({ path, message });
  };
  const report = (sink: Sink, at: Visit, message: string): void => {
    if (sink.problems.length < maxErrors) sink.problems.push({ path: pathOf(at), message });
  };

  while (stack.length > 0 && result.problems.length < maxErrors) {
    const task = stack.pop() as Task;
    if (task.kind === 'branch-done') {
      const { of, index } = task;
      const branch = of.branches[index] as Sink;
      if (branch.dead || branch.problems.length > 0) continue;
      of.passed.push(index);
      // anyOf: one pass settles it; oneOf: a second pass settles it (as a failure).
      if (of.passed.length >= (of.kind === 'anyOf' ? 1 : 2)) for (let later = index + 1; later < of.branches.length; later++) (of.branches[later] as Sink).dead = true;
    } else if (task.kind === 'decide') {
      if (!finished(task.of.sink)) decide(task.of, reportAt);
    } else if (!finished(task.sink)) {
      try {
        visit(task);
      } catch (error) {
        if (error instanceof SchemaError) throw error;
        report(task.sink, task, `could not be read (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  }
  return result.problems;

  function visit(task: Visit): void {
    const { value, depth, sink, hops } = task;
    if (hops === 0) {
      const problem = limitProblem(value, depth, limits);
      if (problem) return report(sink, task, problem);
    } else if (hops > maxHops) {
      throw new SchemaError(`$ref or composition cycle in the schema at ${pathOf(task) || 'the top'}`);
    }
    const { node } = task;
    if (node.never) return report(sink, task, 'is not allowed here');
    if (node.types && !typeMatches(value, node.types)) {
      return report(sink, task, `expected ${node.types.map((type) => typeNames[type]).join(' or ')}`);
    }
    if (node.hasConst && !equalsJson(value, node.constValue)) return report(sink, task, `must be ${JSON.stringify(node.constValue)}`);
    if (node.enumValues && !oneOfValues(value, node.enumValues)) {
      const list = node.enumValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
      return report(sink, task, `must be one of ${list}`);
    }
    if (typeof value === 'string') checkString(node, value, task);
    else if (typeof value === 'number') {
      if (node.minimum !== null && value < node.minimum) report(sink, task, `must be at least ${node.minimum}`);
      if (node.maximum !== null && value > node.maximum) report(sink, task, `must be at most ${node.maximum}`);
    } else if (Array.isArray(value)) checkArray(node, value, task);
    else if (isObject(value)) checkObject(node, value, task);

    if (checksAlone(node)) return;
    // The same value against other schemas: oneOf, then anyOf, then allOf, then $ref are pushed
    // (so $ref is checked first, and each composition decides after its branches).
    const same = (sub: JsonSchema, into: Sink, name: string | null = null): Visit => visitOf(sub, value, task.parent, task.key, depth, into, hops + 1, name);
    const compose = (kind: 'oneOf' | 'anyOf', branches: readonly JsonSchema[]) => {
      const sinks = branches.map((): Sink => ({ problems: [], parent: sink, dead: false }));
      const of: Composition = { kind, sink, at: task, branches: sinks, passed: [] };
      stack.push({ kind: 'decide', of });
      for (let i = branches.length - 1; i >= 0; i--) {
        stack.push({ kind: 'branch-done', of, index: i }, same(branches[i] as JsonSchema, sinks[i] as Sink));
      }
    };
    if (node.oneOf) compose('oneOf', node.oneOf);
    if (node.anyOf) compose('anyOf', node.anyOf);
    if (node.allOf) for (let i = node.allOf.length - 1; i >= 0; i--) stack.push(same(node.allOf[i] as JsonSchema, sink));
    if (node.ref) stack.push(same(node.ref.target, sink, node.ref.name));
  }

  function checkString(node: Node, value: string, task: Visit): void {
    const { sink, name } = task;
    if (node.minLength !== null || node.maxLength !== null) {
      const length = ucs2length(value);
      if (node.minLength !== null && length < node.minLength) {
        return report(sink, task, node.minLength === 1 ? 'must not be empty' : `must be at least ${node.minLength} characters long`);
      }
      if (node.maxLength !== null && length > node.maxLength) report(sink, task, `must be at most ${node.maxLength} characters long`);
    }
    if (node.pattern && !node.pattern.test(value)) {
      const what = node.description ?? `it must match ${node.pattern.source}`;
      report(sink, task, `${shortValue(value)} is not ${name ? `a valid ${name}` : 'valid'}: ${what}`);
    }
    if (node.date && !isFullDate(value)) report(sink, task, `${shortValue(value)} is not a date (YYYY-MM-DD)`);
  }

  function checkArray(node: Node, value: readonly unknown[], task: Visit): void {
    const { sink, depth } = task;
    const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;
    if (node.minItems !== null && value.length < node.minItems) {
      report(sink, task, `must have at least ${items(node.minItems)}, not ${value.length}`);
    }
    if (node.maxItems !== null && value.length > node.maxItems) {
      report(sink, task, `must have at most ${items(node.maxItems)}, not ${value.length}`);
    }
    if (node.uniqueItems) {
      const seen = new Map<string, number>();
      for (let i = 0; i < value.length; i++) {
        const key = canonicalKey(value[i]);
        const first = seen.get(key);
        if (first !== undefined) {
          report(sink, task, `items ${first} and ${i} are the same`);
          break;
        }
        seen.set(key, i);
      }
    }
    const each = node.items ?? (checksAlone(node) ? openSchema : null);
    if (each === null) return;
    for (let i = value.length - 1; i >= 0; i--) {
      stack.push(visitOf(each, value[i], task, i, depth + 1, sink, 0, null));
    }
  }

  function checkObject(node: Node, value: Record<string, unknown>, task: Visit): void {
    const { sink, depth } = task;
    for (const name of node.required) {
      if (!Object.hasOwn(value, name)) report(sink, task, `missing required property ${JSON.stringify(name)}`);
    }
    const open = checksAlone(node) ? openSchema : null;
    // Pushed in key order, then the pushed part turned round: the first key is checked first.
    const first = stack.length;
    for (const key of Object.keys(value)) {
      const sub = node.properties?.get(key) ?? node.additional ?? open;
      if (sub === false) report(sink, task, `unknown property ${JSON.stringify(key)}`);
      else if (sub !== null) stack.push(visitOf(sub, value[key], task, key, depth + 1, sink, 0, null));
    }
    for (let i = first, j = stack.length - 1; i < j; i++, j--) {
      const swap = stack[i] as Task;
      stack[i] = stack[j] as Task;
      stack[j] = swap;
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
function limitProblem(value: unknown, depth: number, limits: SchemaLimits): string | null {
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
      return Object.keys(value).length > limits.maxProperties ? `more than ${limits.maxProperties} properties` : null;
    }
    default:
      return `is not a JSON value (${typeof value})`;
  }
}

/** The outcome of an anyOf/oneOf once all its branches have run. */
function decide(of: Composition, report: (sink: Sink, path: string, message: string) => void): void {
  const { kind, sink, branches, passed } = of;
  if (passed.length === 1 || (kind === 'anyOf' && passed.length > 1)) return;
  // Spelt out only for a problem (most compositions pass, and a path costs more than the check).
  const path = pathOf(of.at);
  if (passed.length > 1) {
    const forms = passed.map((i) => i + 1).join(' and ');
    return report(sink, path, `matches more than one of the allowed forms (${forms}), so it is ambiguous`);
  }
  // Every branch failed. If each failed only on its type here, say which types would do.
  const expected = branches.map((b) => (b.problems.length === 1 && b.problems[0]?.path === path ? b.problems[0].message : ''));
  if (expected.every((message) => message.startsWith('expected '))) {
    return report(sink, path, `expected ${[...new Set(expected.map((m) => m.slice(9)))].join(' or ')}`);
  }
  // Otherwise report the branch that came closest (fewest problems), after a summary.
  let closest = branches[0] as Sink;
  for (const branch of branches) if (branch.problems.length < closest.problems.length) closest = branch;
  report(sink, path, `does not match any of the ${branches.length} allowed forms; the closest one differs here:`);
  for (const problem of closest.problems) report(sink, problem.path, problem.message);
}
