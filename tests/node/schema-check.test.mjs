/**
 * The schema checker (src/shared/data/schema-check.ts) is the JSON Schema of data/ interpreted
 * in the browser. These tests hold it to ajv, which checks the same schema at build time:
 * the committed data is valid under both, random corruptions of it are judged the same by both,
 * hostile values (very deep, very long, odd keys, not JSON at all) are rejected quickly and
 * without an exception, and a keyword the checker does not know makes it throw.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { importTs, root } from '../../scripts/lib/import-ts.mjs';
import { buildSnapshot } from '../../scripts/data/snapshot.mjs';

const runs = Number(process.env.CCIN_FUZZ_RUNS) || 300;
const readJson = async (path) => JSON.parse(await readFile(`${root}${path}`, 'utf8'));

/** Each file of data/ (other than case studies) and the $defs entry the build checks it against. */
const fileDefinitions = {
  'principles.json': 'principles',
  'values.json': 'values',
  'members.json': 'members',
  'funded-projects.json': 'fundedProjects',
  'network.json': 'network',
  'meta.json': 'meta',
};

let schema, checkAgainstSchema, defaultLimits, supportedKeywords, ajv, data, snapshot;

/** ajv as the build configures it (scripts/data/); '#' is the whole schema (the snapshot). */
const ajvValid = (definition, value) => {
  const validate = ajv.getSchema(definition === '#' ? schema.$id : `${schema.$id}#/$defs/${definition}`);
  return { valid: validate(value), errors: validate.errors };
};

/** The schema with extra $defs, to check against a schema of the test's own made of real parts. */
const withDefs = (defs) => ({ ...schema, $id: `${schema.$id}?test`, $defs: { ...schema.$defs, ...defs } });

before(async () => {
  schema = await readJson('data/schema/ccin-data.schema.json');
  ({ checkAgainstSchema, defaultLimits, supportedKeywords } = await importTs('src/shared/data/schema-check.ts'));
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(schema);
  const caseStudies = [];
  for (const file of (await readdir(`${root}data/case-studies`)).filter((f) => f.endsWith('.json')).sort()) {
    caseStudies.push(await readJson(`data/case-studies/${file}`));
  }
  data = { caseStudies };
  for (const [file, definition] of Object.entries(fileDefinitions)) data[definition] = await readJson(`data/${file}`);
  ({ snapshot } = await buildSnapshot());
});

/** Every schema object in the schema (where the schema has schemas), with its JSON Pointer. */
function subschemas(document) {
  const found = [];
  const stack = [['', document]];
  while (stack.length) {
    const [pointer, node] = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    found.push([pointer, node]);
    for (const map of ['$defs', 'properties']) {
      for (const [key, sub] of Object.entries(node[map] ?? {})) stack.push([`${pointer}/${map}/${key}`, sub]);
    }
    for (const one of ['items', 'additionalProperties']) if (node[one] !== undefined) stack.push([`${pointer}/${one}`, node[one]]);
    for (const list of ['anyOf', 'oneOf', 'allOf']) (node[list] ?? []).forEach((sub, i) => stack.push([`${pointer}/${list}/${i}`, sub]));
  }
  return found;
}

describe('schema checker: the committed data', () => {
  it('finds every file of data/ valid, as ajv does', async () => {
    const files = (await readdir(`${root}data`)).filter((f) => f.endsWith('.json'));
    assert.deepEqual(files.sort(), Object.keys(fileDefinitions).sort(), 'a data file without a definition in this test');
    const checks = [
      ...data.caseStudies.map((study) => [`case study ${study.id}`, 'caseStudy', study]),
      ...Object.entries(fileDefinitions).map(([file, definition]) => [file, definition, data[definition]]),
      ...data.members.map((member) => [`member ${member.id}`, 'member', member]),
    ];
    assert.equal(checks.length, 55 + 6 + 111);
    for (const [what, definition, value] of checks) {
      assert.equal(ajvValid(definition, value).valid, true, `ajv: ${what}`);
      assert.deepEqual(checkAgainstSchema(schema, definition, value), [], what);
    }
  });

  it('finds the built snapshot valid against the whole schema, as ajv does', () => {
    assert.equal(ajvValid('#', snapshot).valid, true);
    assert.deepEqual(checkAgainstSchema(schema, '#', snapshot), []);
    assert.deepEqual(checkAgainstSchema(schema, '', snapshot), []);
    for (const member of snapshot.members) assert.deepEqual(checkAgainstSchema(schema, 'snapshotMember', member), []);
  });
});

describe('schema checker: keywords', () => {
  it('supports every keyword the schema uses, and reads every schema object in it', () => {
    const used = new Set();
    for (const [pointer, node] of subschemas(schema)) {
      for (const keyword of Object.keys(node)) used.add(keyword);
      // Reading a schema object checks all its keywords, so every one must be read without an error.
      assert.doesNotThrow(() => checkAgainstSchema(withDefs({ probe: node }), 'probe', null), pointer);
    }
    console.log(`keywords in the schema: ${[...used].sort().join(', ')}`);
    for (const keyword of used) assert.ok(supportedKeywords.has(keyword), `keyword ${keyword} is not supported`);
    // What the checker supports beyond the schema's own keywords: only these, on purpose.
    const extra = [...supportedKeywords].filter((k) => !used.has(k)).sort();
    // allOf: the schema's members no longer use it (snapshotMember names its properties itself).
    assert.deepEqual(extra, ['$comment', 'allOf', 'default', 'examples', 'maxLength'].filter((k) => !used.has(k)));
  });

  it('throws on a keyword, format or $ref it does not support, and on a $ref cycle', () => {
    const check = (def) => () => checkAgainstSchema({ $defs: { x: def, y: { $ref: '#/$defs/y' } } }, 'x', 'value');
    assert.throws(check({ type: 'string', maxContains: 1 }), /unsupported keyword maxContains/);
    assert.throws(() => checkAgainstSchema({ $defs: { x: { properties: { a: { exclusiveMinimum: 1 } } } } }, 'x', { a: 2 }), /unsupported keyword exclusiveMinimum/);
    assert.throws(check({ type: 'string', format: 'email' }), /unsupported format "email"/);
    assert.throws(check({ $ref: 'other.json#/$defs/x' }), /unsupported \$ref/);
    assert.throws(check({ $ref: '#/$defs/missing' }), /unsupported \$ref/);
    assert.throws(check({ $ref: '#/$defs/y' }), /cycle/);
    assert.throws(() => checkAgainstSchema(schema, 'noSuchDefinition', {}), /no definition "noSuchDefinition"/);
    assert.throws(() => checkAgainstSchema(schema, 'constructor', {}), /no definition "constructor"/);
  });

  it('combines schemas (oneOf, anyOf, allOf, $ref) as ajv does, also where this schema never tells them apart', () => {
    // The oneOf branches of ccin-data.schema.json exclude one another (each has its own const),
    // so real data cannot show "exactly one" differing from "at least one"; these schemas can.
    const doc = {
      $defs: {
        one: { oneOf: [{ type: 'string' }, { minLength: 1 }] },
        any: { anyOf: [{ type: 'integer', minimum: 3 }, { type: 'string' }, { $ref: '#/$defs/one' }] },
        all: { allOf: [{ $ref: '#/$defs/any' }, { required: ['a'] }], type: ['object', 'string'], uniqueItems: true, items: false },
        nested: { type: 'array', items: { oneOf: [{ $ref: '#/$defs/all' }, { type: 'array', maxItems: 1 }] } },
        never: { properties: { a: false } },
      },
    };
    const local = new Ajv2020({ allErrors: true, strict: false });
    addFormats(local);
    local.addSchema({ ...doc, $id: 'test:compose' });
    const values = ['', 'x', 5, 2, 3.5, null, true, [], [1], [1, 1], {}, { a: 1 }, { b: 1 }, ['x', [], [1, 2], { a: 1 }, 'x']];
    for (const definition of Object.keys(doc.$defs)) {
      for (const value of values) {
        const expected = local.getSchema(`test:compose#/$defs/${definition}`)(value);
        const problems = checkAgainstSchema(doc, definition, value);
        assert.equal(problems.length === 0, expected, `${definition} ${JSON.stringify(value)}: ${JSON.stringify(problems)}`);
      }
    }
    assert.deepEqual(checkAgainstSchema(doc, 'one', 'x'), [{ path: '', message: 'matches more than one of the allowed forms (1 and 2), so it is ambiguous' }]);
  });

  it('explains problems in words', () => {
    const [member] = data.members;
    const messages = (definition, value) => checkAgainstSchema(schema, definition, value).map((p) => `${p.path} ${p.message}`);
    assert.deepEqual(messages('member', { ...member, tier: 'gold' }), ['/tier must be one of member, associate, affiliate']);
    const { name, ...nameless } = member;
    assert.deepEqual(messages('member', nameless), [' missing required property "name"']);
    assert.deepEqual(messages('member', { ...member, name: 3 }), ['/name expected a string']);
    assert.deepEqual(messages('member', { ...member, location: 'Leeds' }), ['/location expected an object or null']);
    const [study] = data.caseStudies;
    const broken = { ...study, title: ' Padded', year: 1989, body: [{ type: 'list', ordered: true }], extra: 1 };
    assert.deepEqual(messages('caseStudy', broken), [
      ' unknown property "extra"',
      '/title " Padded" is not a valid text: Non-empty text with no leading or trailing space.',
      '/body/0 does not match any of the 4 allowed forms; the closest one differs here:',
      '/body/0 missing required property "items"',
      '/year does not match any of the 2 allowed forms; the closest one differs here:',
      '/year must be at least 1990',
    ]);
  });
});

/**
 * Values a corruption may put anywhere: every enum/const value of the schema, and values just
 * inside and just outside each pattern, format, bound and type of the schema.
 */
function trickyValues() {
  const schemaValues = subschemas(schema).flatMap(([, node]) => [...(node.enum ?? []), ...('const' in node ? [node.const] : [])]);
  return [
    ...schemaValues, '', ' x', 'x ', 'a', 'A', 'a  b', 'abc-def', 'abc--def', '-abc', 'Abc', 'a b', 'https://x.org/a', 'http://',
    'https://a b', 'mailto:a@b', 'tel:+441', 'tel:abc', 'x@y.co', 'x@y.c', 'x@@y.com', '01234 567890', '0123456789 Ext 12', '012345678',
    '2023-05-11', '2023-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-5-11',
    '२०२३-०५-११', '😀', '\uD800', 'x\uDC00', 'E12345678', 'W1234567', 'e12345678', 0, -0, -1, 1, 1.5, 4, 5, 49, 48.999, 61,
    61.5, -9, -9.5, 2, 2.0001, 1989, 1990, 2100, 2101, 1e21, 1.7976931348623157e308, true, false, null, [], {}, ['a'], ['a', 'a'],
    ['social-partnership', 'social-partnership'], ['learning', 'innovation'], [2, 3], [1, 2, 3], { text: 'x' },
  ];
}

/*
 * Where the checker and ajv differ on purpose (only valid/invalid is compared here, never the
 * messages, and the checker reports less: it stops at a value's first type/const/enum problem
 * and after maxErrors problems):
 * - limits: a value nested deeper than maxDepth, a string longer than maxStringLength, a list
 *   longer than maxArrayLength or an object with more than maxProperties keys is a problem for
 *   the checker, not for ajv. The corruptions below stay far inside the limits.
 * - values JSON cannot hold (NaN, ±Infinity, undefined, functions, symbols, bigints): the checker
 *   rejects them wherever it meets them; ajv, configured with strict: false (so strictNumbers
 *   off), takes Infinity for a number. Parsed JSON never contains them.
 * - inherited properties: ajv (ownProperties: false) reads `required` and `properties` through
 *   the prototype, the checker only own properties. No property name of this schema is
 *   inherited by a plain object (asserted in "hostile input"), so parsed JSON cannot tell.
 * No disagreement on JSON values inside the limits is known; the tests below look for one.
 */
describe('schema checker: agrees with ajv on corrupted data', () => {
  it('judges every boundary value at every place in the schema as ajv does', () => {
    const values = [...trickyValues(), ...data.caseStudies.slice(0, 3), ...data.members.slice(0, 3), data.meta.sources[0]];
    let checks = 0;
    for (const [pointer, node] of subschemas(schema)) {
      const validate = ajv.compile({ $ref: `${schema.$id}#${pointer}` });
      const doc = withDefs({ probe: node });
      for (const value of values) {
        const problems = checkAgainstSchema(doc, 'probe', value);
        assert.equal(problems.length === 0, validate(value), `${pointer} ${JSON.stringify(value).slice(0, 80)}: ${JSON.stringify(problems)}`);
        checks++;
      }
    }
    console.log(`${checks} boundary checks agree with ajv`);
  });

  it(`judges ${runs} random corruptions of real data as ajv does`, () => {
    const tricky = trickyValues();
    const keys = ['unknownKey', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'items', 'text', 'type', 'caseStudies', 'location', ''];
    const kinds = ['delete', 'retype', 'json', 'tricky', 'addKey', 'wrap', 'unwrap', 'empty', 'pad', 'duplicate', 'reverse'];
    const targets = [
      ...data.caseStudies.map((s) => ['caseStudy', s]),
      ...data.members.slice(0, 20).map((m) => ['member', m]),
      ['members', data.members],
      ['meta', data.meta],
      ['principles', data.principles],
      ['#', snapshot],
    ];

    /** Every path in a value: [] for the value, then keys and indexes down to each scalar. */
    const paths = (value) => {
      const out = [];
      const stack = [[[], value]];
      while (stack.length) {
        const [path, v] = stack.pop();
        out.push(path);
        if (v && typeof v === 'object') for (const k of Object.keys(v)) stack.push([[...path, Array.isArray(v) ? Number(k) : k], v[k]]);
      }
      return out;
    };
    const own = (object, key, value) => Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    const retype = (v) =>
      typeof v === 'string' ? 42 : typeof v === 'number' ? String(v) : typeof v === 'boolean' ? String(v) : v === null ? false
        : Array.isArray(v) ? { ...v } : Object.values(v);
    /** The value after one mutation at one path. */
    const mutate = (value, { at, kind, json, pick, key }) => {
      const all = paths(value);
      const path = all[at % all.length];
      const parent = path.slice(0, -1).reduce((v, k) => v[k], value);
      const last = path.at(-1);
      const old = path.length ? parent[last] : value;
      let next = old;
      switch (kind) {
        case 'delete':
          if (!path.length) return value;
          if (Array.isArray(parent)) parent.splice(last, 1);
          else delete parent[last];
          return value;
        case 'retype': next = retype(old); break;
        case 'json': next = json; break;
        case 'tricky': next = structuredClone(tricky[pick % tricky.length]); break;
        case 'addKey': if (old && typeof old === 'object' && !Array.isArray(old)) own(old, key, json); break;
        case 'wrap': next = [old]; break;
        case 'unwrap': if (Array.isArray(old) && old.length) next = old[0]; break;
        case 'empty': next = typeof old === 'string' ? '' : Array.isArray(old) ? [] : old && typeof old === 'object' ? {} : old; break;
        case 'pad': if (typeof old === 'string') next = `${old} `; break;
        case 'duplicate': if (Array.isArray(old) && old.length) old.push(structuredClone(old[0])); break;
        case 'reverse': if (Array.isArray(old)) old.reverse(); break;
      }
      if (!path.length) return next;
      if (Array.isArray(parent)) parent[last] = next;
      else own(parent, last, next);
      return value;
    };

    const tally = { valid: 0, invalid: 0 };
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom(...kinds),
      json: fc.jsonValue({ maxDepth: 3 }),
      pick: fc.nat(),
      key: fc.constantFrom(...keys),
    });
    fc.assert(
      fc.property(fc.nat(targets.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (t, mutations) => {
        const [definition, original] = targets[t];
        let value = structuredClone(original);
        for (const m of mutations) value = mutate(value, m);
        const problems = checkAgainstSchema(schema, definition, value);
        const { valid, errors } = ajvValid(definition, value);
        tally[valid ? 'valid' : 'invalid']++;
        assert.equal(
          problems.length === 0,
          valid,
          `${definition}: ajv says ${valid ? 'valid' : JSON.stringify(errors.slice(0, 3))}, the checker says ${JSON.stringify(problems.slice(0, 3))}`,
        );
      }),
      { seed: 20261201, numRuns: runs },
    );
    console.log(`${runs} corruptions: ${tally.valid} still valid, ${tally.invalid} invalid, all judged as ajv judges them`);
    assert.ok(tally.valid > runs / 20 && tally.invalid > runs / 2, 'the corruptions should reach both outcomes');
  });
});

describe('schema checker: hostile input', () => {
  const time = (f) => {
    const start = performance.now();
    const result = f();
    return [result, performance.now() - start];
  };

  it('reports a list nested 100,000 deep once, quickly, without an exception', () => {
    let item = { text: 'a' };
    for (let i = 0; i < 100_000; i++) item = { text: 'a', items: [item] };
    const [problems, ms] = time(() => checkAgainstSchema(schema, 'listItem', item));
    console.log(`100,000-deep list item: ${ms.toFixed(1)} ms`);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, `nested deeper than ${defaultLimits.maxDepth} levels`);
    assert.equal(problems[0].path, '/items/0'.repeat(defaultLimits.maxDepth / 2));
    assert.ok(ms < 100, `${ms} ms`);

    let array = [];
    for (let i = 0; i < 100_000; i++) array = [array];
    const tree = { $defs: { tree: { type: 'array', items: { $ref: '#/$defs/tree' } } } };
    const [treeProblems, treeMs] = time(() => checkAgainstSchema(tree, 'tree', array));
    console.log(`100,000-deep bare list: ${treeMs.toFixed(1)} ms`);
    assert.deepEqual(treeProblems.map((p) => p.message), [`nested deeper than ${defaultLimits.maxDepth} levels`]);
    assert.ok(treeMs < 100, `${treeMs} ms`);

    // uniqueItems compares whole items, however deep, without recursion either.
    const [study] = data.caseStudies;
    const [uniqueProblems, uniqueMs] = time(() => checkAgainstSchema(schema, 'caseStudy', { ...study, principles: [array, array] }));
    console.log(`two 100,000-deep lists compared for uniqueItems: ${uniqueMs.toFixed(1)} ms`);
    assert.ok(uniqueProblems.some((p) => p.message === 'items 0 and 1 are the same'));
    assert.ok(uniqueMs < 1000, `${uniqueMs} ms`);
  });

  it('walks each value once, also behind $refs, holding the limits where the schema names no schema for it', () => {
    let deep = [];
    for (let i = 0; i < 1000; i++) deep = [deep];
    const doc = { $defs: { top: { $ref: '#/$defs/middle' }, middle: { $ref: '#/$defs/object' }, object: { type: 'object', properties: { named: { $ref: '#/$defs/middle' } } } } };
    const problems = checkAgainstSchema(doc, 'top', { extra: deep, named: { other: deep } });
    assert.deepEqual(problems, [
      { path: `/extra${'/0'.repeat(defaultLimits.maxDepth - 1)}`, message: `nested deeper than ${defaultLimits.maxDepth} levels` },
      { path: `/named/other${'/0'.repeat(defaultLimits.maxDepth - 2)}`, message: `nested deeper than ${defaultLimits.maxDepth} levels` },
    ]);
  });

  it('reports a 5-million-character string, a 100,000-item list and a 201-key object', () => {
    const [study] = data.caseStudies;
    const [problems, ms] = time(() =>
      checkAgainstSchema(schema, 'caseStudy', {
        ...study,
        title: 'x'.repeat(5_000_000),
        notes: Array.from({ length: 100_000 }, () => 'note'),
        sources: [Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i]))],
      }),
    );
    console.log(`oversized string, list and object: ${ms.toFixed(1)} ms`);
    const byPath = (a, b) => a.path.localeCompare(b.path);
    assert.deepEqual([...problems].sort(byPath), [
      { path: '/notes', message: `list longer than ${defaultLimits.maxArrayLength} items` },
      { path: '/sources/0', message: `more than ${defaultLimits.maxProperties} properties` },
      { path: '/title', message: `text longer than ${defaultLimits.maxStringLength} characters` },
    ]);
    assert.ok(ms < 200, `${ms} ms`);
  });

  it('checks strings of the longest allowed length against every pattern quickly', () => {
    const n = defaultLimits.maxStringLength;
    const patterns = [...new Set(subschemas(schema).flatMap(([, node]) => (node.pattern ? [node.pattern] : [])))];
    const nasty = ['a'.repeat(n - 1) + ' ', `a@${'a.'.repeat(n / 2 - 2)}`, `${'-a'.repeat(n / 2)}!`, `tel:${'1'.repeat(n - 5)}x`, `${'0 '.repeat(n / 2)}`];
    for (const pattern of patterns) {
      const doc = { $defs: { p: { type: 'string', pattern } } };
      const [, ms] = time(() => nasty.forEach((text) => checkAgainstSchema(doc, 'p', text)));
      assert.ok(ms < 200, `${pattern}: ${ms} ms`);
    }
  });

  it('handles __proto__ and constructor keys as ordinary data, and never reads inherited properties', () => {
    const [member] = data.members;
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(member).slice(1)}`);
    const problems = checkAgainstSchema(schema, 'member', hostile);
    assert.deepEqual(problems.map((p) => p.message), ['unknown property "__proto__"', 'unknown property "constructor"']);
    assert.equal(ajvValid('member', hostile).valid, false);
    assert.equal({}.polluted, undefined);

    // {} has no own "constructor" or "toString", whatever its prototype has.
    const doc = { $defs: { r: { type: 'object', required: ['constructor'] }, p: { properties: { constructor: { type: 'string' } } } } };
    assert.deepEqual(checkAgainstSchema(doc, 'r', {}), [{ path: '', message: 'missing required property "constructor"' }]);
    assert.deepEqual(checkAgainstSchema(doc, 'p', {}), []);
    assert.deepEqual(checkAgainstSchema(doc, 'r', Object.create({ constructor: 'inherited' })).length, 1);
    // ajv (ownProperties: false, its default) reads inherited properties here and says the
    // opposite. That cannot matter for this schema: none of its property names is inherited by a
    // plain object, which this assertion keeps true.
    const names = subschemas(schema).flatMap(([, node]) => [...Object.keys(node.properties ?? {}), ...(node.required ?? [])]);
    assert.deepEqual(names.filter((name) => name in {}), []);
  });

  it('never throws, whatever the value', () => {
    const [study] = data.caseStudies;
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = new Proxy({}, { ownKeys() { throw new Error('trap'); }, has() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } });
    const getter = Object.defineProperty({ ...study }, 'title', { get() { throw new Error('getter'); }, enumerable: true });
    const values = [
      undefined, NaN, Infinity, -Infinity, 10n, Symbol('s'), () => 1, new Date(), new Map([[1, 2]]), /x/, Object.create(null),
      [, , 1], { ...study, year: NaN }, { ...study, year: Infinity }, { ...study, title: undefined }, { ...study, body: [, ,] },
      revoked.proxy, throwing, getter, { ...study, organisations: throwing }, { ...study, principles: [revoked.proxy, revoked.proxy] },
    ];
    for (const [i, value] of values.entries()) {
      for (const definition of ['caseStudy', 'member', 'members', 'meta', '#']) {
        const problems = checkAgainstSchema(schema, definition, value);
        assert.ok(problems.length > 0 && problems.length <= defaultLimits.maxErrors, `${definition}: value ${i}`);
      }
    }
    // Not JSON, so reported even where the schema allows anything; ajv (strictNumbers off, as
    // the build configures it) would take Infinity for a number.
    // Also where the schema says nothing about the items: the limits hold everywhere.
    assert.deepEqual(checkAgainstSchema({ $defs: { any: {} } }, 'any', [Infinity, NaN, undefined]).map((p) => p.path), ['/0', '/1', '/2']);
    assert.deepEqual(checkAgainstSchema({ $defs: { any: { items: true } } }, 'any', [Infinity, NaN, undefined]).map((p) => p.path), ['/0', '/1', '/2']);
    assert.deepEqual(checkAgainstSchema(schema, 'caseStudy', { ...study, year: Infinity }).map((p) => p.message), ['Infinity is not a number JSON can hold']);
    assert.equal(ajvValid('memberLocation', { ...data.members.find((m) => m.location).location, lat: NaN }).valid, false);
  });

  it('stops after maxErrors problems', () => {
    const problems = checkAgainstSchema(schema, 'members', data.members.map((m) => ({ ...m, tier: 'gold' })));
    assert.equal(problems.length, defaultLimits.maxErrors);
    assert.equal(checkAgainstSchema(schema, 'members', data.members.map(() => 1), { ...defaultLimits, maxErrors: 3 }).length, 3);
  });

  it('checks 2,200 case studies (40 times today) in under a second', () => {
    const many = Array.from({ length: 2_200 }, (_, i) => {
      const study = structuredClone(data.caseStudies[i % data.caseStudies.length]);
      return { ...study, id: `${study.id}-${Math.floor(i / data.caseStudies.length)}` };
    });
    const doc = withDefs({ many: { type: 'array', items: { $ref: '#/$defs/caseStudy' } } });
    checkAgainstSchema(doc, 'many', many.slice(0, 10)); // warm up
    const [problems, ms] = time(() => checkAgainstSchema(doc, 'many', many));
    ajv.addSchema(doc);
    const [ajvResult, ajvMs] = time(() => ajv.getSchema(`${doc.$id}#/$defs/many`)(many));
    console.log(`2,200 case studies: ${ms.toFixed(0)} ms (ajv, compiled: ${ajvMs.toFixed(0)} ms)`);
    assert.deepEqual(problems, []);
    assert.equal(ajvResult, true);
    assert.ok(ms < 1000, `${ms} ms`);
  });
});
