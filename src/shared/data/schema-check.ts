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
  readonly path: string;
  readonly branches: Sink[];
  readonly passed: number[];
}

/** Check `value` at `path` against `schema`; `hops` counts $ref/composition steps without moving into the data. */
interface Visit {
  readonly kind: 'visit';
  readonly schema: JsonSchema;
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
  readonly sink: Sink;
  readonly hops: number;
  readonly name: string | null;
}
type Task =
  | Visit
  | { readonly kind: 'branch-done'; readonly of: Composition; readonly index: number }
  | { readonly kind: 'decide'; readonly of: Composition };

/** More $ref/allOf/anyOf/oneOf steps than this at one value means a cycle in the schema. */
const maxHops = 64;

/**
 * Where the schema allows anything (a property it does not name, items it does not describe),
 * the values are still visited with this empty schema, so that the limits (depth, length, size)
 * hold everywhere: a 100,000-deep array under an open key is refused like any other.
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
  const stack: Task[] = [{ kind: 'visit', schema: start, value, path: '', depth: 0, sink: result, hops: 0, name }];
  const finished = (sink: Sink): boolean => {
    for (let s: Sink | null = sink; s; s = s.parent) if (s.dead || s.problems.length >= maxErrors) return true;
    return false;
  };
  const report = (sink: Sink, path: string, message: string): void => {
    if (sink.problems.length < maxErrors) sink.problems.push({ path, message });
  };

  while (stack.length > 0 && result.problems.length < maxErrors) {
    const task = stack.pop() as Task;
    if (task.kind === 'branch-done') {
      const { of, index } = task;
      const branch = of.branches[index] as Sink;
      if (branch.dead || branch.problems.length > 0) continue;
      of.passed.push(index);
      // anyOf: one pass settles it; oneOf: a second pass settles it (as a failure).
      if (of.passed.length >= (of.kind === 'anyOf' ? 1 : 2)) for (const later of of.branches.slice(index + 1)) later.dead = true;
    } else if (task.kind === 'decide') {
      if (!finished(task.of.sink)) decide(task.of, report);
    } else if (!finished(task.sink)) {
      try {
        visit(task);
      } catch (error) {
        if (error instanceof SchemaError) throw error;
        report(task.sink, task.path, `could not be read (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  }
  return result.problems;

  function visit(task: Visit): void {
    const { value, path, depth, sink, hops } = task;
    if (hops === 0) {
      const problem = limitProblem(value, depth, limits);
      if (problem) return report(sink, path, problem);
    } else if (hops > maxHops) {
      throw new SchemaError(`$ref or composition cycle in the schema at ${path || 'the top'}`);
    }
    const node = compile(schema, task.schema);
    if (node.never) return report(sink, path, 'is not allowed here');
    if (node.types && !node.types.some((type) => matchesType(value, type))) {
      return report(sink, path, `expected ${node.types.map((type) => typeNames[type]).join(' or ')}`);
    }
    if (node.hasConst && !jsonEqual(value, node.constValue)) return report(sink, path, `must be ${JSON.stringify(node.constValue)}`);
    if (node.enumValues && !node.enumValues.some((allowed) => jsonEqual(value, allowed))) {
      const list = node.enumValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
      return report(sink, path, `must be one of ${list}`);
    }
    if (typeof value === 'string') checkString(node, value, task);
    else if (typeof value === 'number') {
      if (node.minimum !== null && value < node.minimum) report(sink, path, `must be at least ${node.minimum}`);
      if (node.maximum !== null && value > node.maximum) report(sink, path, `must be at most ${node.maximum}`);
    } else if (Array.isArray(value)) checkArray(node, value, task);
    else if (isObject(value)) checkObject(node, value, task);

    const next = (sub: JsonSchema, into: Sink, name: string | null = null): Visit =>
      ({ kind: 'visit', schema: sub, value, path, depth, sink: into, hops: hops + 1, name });
    for (const kind of ['oneOf', 'anyOf'] as const) {
      const branches = node[kind];
      if (!branches) continue;
      const sinks = branches.map((): Sink => ({ problems: [], parent: sink, dead: false }));
      const of: Composition = { kind, sink, path, branches: sinks, passed: [] };
      stack.push({ kind: 'decide', of });
      for (let i = branches.length - 1; i >= 0; i--) {
        stack.push({ kind: 'branch-done', of, index: i }, next(branches[i] as JsonSchema, of.branches[i] as Sink));
      }
    }
    if (node.allOf) for (let i = node.allOf.length - 1; i >= 0; i--) stack.push(next(node.allOf[i] as JsonSchema, sink));
    if (node.ref) stack.push(next(node.ref.target, sink, node.ref.name));
  }

  function checkString(node: Node, value: string, { sink, path, name }: Visit): void {
    if (node.minLength !== null || node.maxLength !== null) {
      const length = ucs2length(value);
      if (node.minLength !== null && length < node.minLength) {
        return report(sink, path, node.minLength === 1 ? 'must not be empty' : `must be at least ${node.minLength} characters long`);
      }
      if (node.maxLength !== null && length > node.maxLength) report(sink, path, `must be at most ${node.maxLength} characters long`);
    }
    if (node.pattern && !node.pattern.test(value)) {
      const what = node.description ?? `it must match ${node.pattern.source}`;
      report(sink, path, `${shortValue(value)} is not ${name ? `a valid ${name}` : 'valid'}: ${what}`);
    }
    if (node.date && !isFullDate(value)) report(sink, path, `${shortValue(value)} is not a date (YYYY-MM-DD)`);
  }

  function checkArray(node: Node, value: readonly unknown[], { sink, path, depth }: Visit): void {
    const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;
    if (node.minItems !== null && value.length < node.minItems) {
      report(sink, path, `must have at least ${items(node.minItems)}, not ${value.length}`);
    }
    if (node.maxItems !== null && value.length > node.maxItems) {
      report(sink, path, `must have at most ${items(node.maxItems)}, not ${value.length}`);
    }
    if (node.uniqueItems) {
      const seen = new Map<string, number>();
      for (let i = 0; i < value.length; i++) {
        const key = canonicalKey(value[i]);
        const first = seen.get(key);
        if (first !== undefined) {
          report(sink, path, `items ${first} and ${i} are the same`);
          break;
        }
        seen.set(key, i);
      }
    }
    for (let i = value.length - 1; i >= 0; i--) {
      stack.push({ kind: 'visit', schema: node.items ?? openSchema, value: value[i], path: `${path}/${i}`, depth: depth + 1, sink, hops: 0, name: null });
    }
  }

  function checkObject(node: Node, value: Record<string, unknown>, { sink, path, depth }: Visit): void {
    for (const name of node.required) {
      if (!Object.hasOwn(value, name)) report(sink, path, `missing required property ${JSON.stringify(name)}`);
    }
    const children: Visit[] = [];
    for (const key of Object.keys(value)) {
      const sub = node.properties?.get(key) ?? node.additional;
      if (sub === false) report(sink, path, `unknown property ${JSON.stringify(key)}`);
      else {
        const child = `${path}/${pointerSegment(key)}`;
        children.push({ kind: 'visit', schema: sub ?? openSchema, value: value[key], path: child, depth: depth + 1, sink, hops: 0, name: null });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Visit);
  }
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
  const { kind, sink, path, branches, passed } = of;
  if (passed.length === 1 || (kind === 'anyOf' && passed.length > 1)) return;
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
