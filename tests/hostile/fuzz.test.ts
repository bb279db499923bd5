/**
 * Property-based tests of hostile data (issue #16): any JSON value where a snapshot is expected
 * is either accepted or refused with a DataError of kind `invalid`, never another exception; and
 * the snapshots that are accepted (the real one with a node replaced) render in a case study, a
 * card, a case-study list and a map with no uncaught error, each element showing content or a
 * notice. `npm run fuzz` may set __CCIN_FUZZ_RUNS__ for a longer run; the seed is fixed so a
 * failure replays.
 */
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/ccin-elements.js';
import { DataError } from '../../src/shared/data/errors.js';
import { SnapshotDataSource } from '../../src/shared/data/snapshot-source.js';
import type { Snapshot } from '../../src/shared/data/types.js';
import { checkedSnapshot } from '../../src/shared/data/validate.js';
import { withSettings } from '../fixtures/data-sources.js';
import { captureErrors, until } from '../helpers/util.js';
import { describeStates, elementState, queryAll } from './helpers.js';

const numRuns = (globalThis as { __CCIN_FUZZ_RUNS__?: number }).__CCIN_FUZZ_RUNS__ ?? 100;
const seed = 20261201;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Checks a value (in slices, as a provider does); returns the snapshot, or null when it was refused as `invalid`. Anything else thrown fails. */
async function accepted(value: unknown): Promise<Snapshot | null> {
  try {
    return await checkedSnapshot(value, 'fuzzed data', () => Promise.resolve());
  } catch (error) {
    if (error instanceof DataError && error.kind === 'invalid') return null;
    throw new Error(`checkedSnapshot threw ${error instanceof Error ? `${error.name} (${(error as { kind?: unknown }).kind ?? 'no kind'}): ${error.message}` : String(error)}`);
  }
}

/** Every path to a node of a JSON value, in document order, found iteratively. */
function allPaths(root: Json): Path[] {
  const paths: Path[] = [];
  const stack: { value: Json; path: Path }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
  }
  return paths;
}

const at = (root: Json, path: Path): Json | undefined =>
  path.reduce<Json | undefined>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined), root);

/** The value with the node at `path` replaced (or deleted, for undefined), copying only the nodes on the path. */
function replaced(root: Json, path: Path, replacement: Json | undefined): Json | undefined {
  if (!path.length) return replacement;
  const [key, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(root)) {
    const copy = [...root];
    const inner = replaced(copy[key as number] ?? null, rest, replacement);
    if (inner === undefined) copy.splice(key as number, 1);
    else copy[key as number] = inner;
    return copy;
  }
  const copy: { [key: string]: Json } = { ...(root as { [key: string]: Json }) };
  const inner = replaced(copy[key as string] ?? null, rest, replacement);
  if (inner === undefined) delete copy[key as string];
  else Object.defineProperty(copy, key, { value: inner, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Strings that have broken code before: prototype names, markup, direction marks, surrogates, long runs. */
const nastyString = fc.oneof(
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'NaN', 'Infinity', '-0', 'null', '[object Object]'),
  fc.constantFrom('javascript:alert(1)', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', '\u202Eevil', '\uD800', '['.repeat(40), '*'.repeat(41)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('*', '[', ']', '(', ')', '\\', ' ', 'a', '\n'), maxLength: 60 }),
);
const nastyNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, 88, 2 ** 53, 0.1),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const anyJson = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

let snapshot: Json = null;
let paths: Path[] = [];
/** Paths in what the elements show: the case study and card rendered, the members, the principles. */
let shownPaths: Path[] = [];
const studyId = 'rochdale-cost-of-living-crisis';
const cardId = 'hackney-supporting-residents-in-financial-crisis';

before(async () => {
  snapshot = (await (await fetch('/dist/data/ccin-snapshot.json')).json()) as Json;
  paths = allPaths(snapshot);
  const studies = (at(snapshot, ['caseStudies']) as { id: string }[]).map((s, i) => [s.id, i] as const);
  const shownStudies = studies.filter(([id]) => id === studyId || id === cardId).map(([, i]) => i);
  shownPaths = paths.filter(
    (path) => (path[0] === 'caseStudies' && shownStudies.includes(path[1] as number)) || path[0] === 'members' || path[0] === 'principles' || path[0] === 'meta',
  );
});

/** A mutation of the real snapshot: a node (anywhere, or in what is shown) replaced by a value of its own type, any JSON, or nothing. */
interface Mutation {
  shown: boolean;
  index: number;
  kind: 'same-type' | 'any' | 'delete';
  json: Json;
  text: string;
  number: number;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  shown: fc.boolean(),
  index: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('same-type', 'same-type', 'any', 'delete'),
  json: anyJson,
  text: nastyString,
  number: nastyNumber,
});

function apply(m: Mutation): { value: Json | undefined; path: Path } {
  const pool = m.shown ? shownPaths : paths;
  const path = pool[m.index % pool.length]!;
  const original = at(snapshot, path);
  let replacement: Json | undefined;
  if (m.kind === 'delete') replacement = undefined;
  else if (m.kind === 'any') replacement = m.json;
  else if (typeof original === 'string') replacement = m.text;
  else if (typeof original === 'number') replacement = m.number;
  else if (typeof original === 'boolean') replacement = !original;
  else if (Array.isArray(original)) replacement = [...original].reverse();
  else replacement = m.json;
  return { value: replaced(snapshot, path, replacement), path };
}

/** Numbers drawn wrong in an SVG (NaN, Infinity) in the attributes that position things. */
function badGeometry(root: ShadowRoot): string[] {
  return queryAll(root, 'svg, svg *').flatMap((node) =>
    ['transform', 'cx', 'cy', 'x', 'y', 'r', 'width', 'height', 'd', 'viewBox', 'points']
      .map((name) => [name, node.getAttribute(name)] as const)
      .filter(([, value]) => value !== null && /NaN|Infinity/.test(value))
      .map(([name, value]) => `<${node.localName} ${name}="${value!.slice(0, 40)}">`),
  );
}

async function renders(data: Snapshot, path: Path): Promise<void> {
  const id = path[0] === 'caseStudies' && typeof path[1] === 'number' ? (data.caseStudies[path[1]]?.id ?? studyId) : studyId;
  const host = withSettings(
    { data: new SnapshotDataSource(data), caseStudyHref: '/case-studies/{id}' },
    // The map first: it draws its markers (what bad coordinates break) only near the viewport.
    html`<ccin-member-map highlight="rochdale-council"></ccin-member-map>
      <ccin-case-study case-id=${typeof id === 'string' ? id : studyId}></ccin-case-study>
      <ccin-case-study case-id=${cardId} variant="card"></ccin-case-study>
      <ccin-case-study-list></ccin-case-study-list>`,
  );
  const errors = captureErrors();
  document.body.append(host);
  try {
    const elements = [...host.children];
    const map = host.querySelector('ccin-member-map')!;
    const located = Array.isArray(data.members) && data.members.some((member) => member && typeof member === 'object' && member.location);
    await until(
      () =>
        elements.every((element) => ['content', 'notice'].includes(elementState(element))) &&
        (elementState(map) === 'notice' || !located || map.shadowRoot!.querySelector('.marker')),
      `every element shows content or a notice after replacing /${path.join('/')}`,
      3000,
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}: ${describeStates(elements)}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors.messages, `errors after replacing /${path.join('/')}`).to.deep.equal([]);
    expect(badGeometry(map.shadowRoot!), `map geometry after replacing /${path.join('/')}`).to.deep.equal([]);
  } finally {
    errors.restore();
    host.remove();
  }
}

describe('hostile data: properties', () => {
  it('refuses any JSON value with a DataError of kind "invalid", or accepts it, and never throws anything else', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (value) => {
        await accepted(value);
      }),
      { seed, numRuns },
    );
  });

  it('refuses or accepts the real snapshot with any node replaced, and never throws anything else', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        await accepted(apply(m).value);
      }),
      { seed, numRuns },
    );
  });

  it('renders every accepted mutation of the real snapshot with no error, each element showing content or a notice', async function () {
    // About 25 ms a run (a check of the whole snapshot and four elements rendered): 100 runs in
    // `npm test`, 5,000 with `npm run fuzz`.
    this.timeout(Math.max(120_000, numRuns * 60));
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const { value, path } = apply(m);
        const data = await accepted(value);
        if (!data) return;
        rendered++;
        await renders(data, path);
      }),
      { seed, numRuns },
    );
    // The runs exercise rendering, not only the checker.
    expect(rendered, 'accepted mutations rendered').to.be.greaterThan(numRuns / 10);
  });
});
