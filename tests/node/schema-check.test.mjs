/**
 * The schema checker (src/shared/data/schema-check.ts) is the JSON Schema of data/ interpreted
 * in the browser. These tests hold it to ajv, which checks the same schema at build time:
 * the committed data is valid under both, random corruptions of it are judged the same by both,
 * hostile values (very deep, very long, odd keys, not JSON at all) are rejected quickly and
 * without an exception (schema-check-hostile.test.mjs), and a keyword the checker does not know
 * makes it throw.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { root } from '../../scripts/lib/import-ts.mjs';
import { fileDefinitions, schemaFixture, subschemas } from './schema-fixture.mjs';

const runs = Number(process.env.CCIN_FUZZ_RUNS) || 300;

let schema, checkAgainstSchema, checkAgainstSchemaInSlices, supportedKeywords, ajv, data, snapshot, ajvValid, withDefs;

before(async () => {
  ({ schema, checkAgainstSchema, checkAgainstSchemaInSlices, supportedKeywords, ajv, data, snapshot, ajvValid, withDefs } = await schemaFixture());
});

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

  it('checks a whole snapshot in slices, one item of its lists at a time at the least, finding what the whole check finds', async () => {
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    // sliceMs 0: each slice checks one item of the snapshot's lists (case studies, principles, members, funded projects).
    assert.deepEqual(await checkAgainstSchemaInSlices(schema, '#', snapshot, pause, { sliceMs: 0 }), []);
    const items = ['caseStudies', 'principles', 'members', 'fundedProjects'].reduce((n, key) => n + snapshot[key].length, 0);
    assert.equal(pauses, items);
    // A problem in the last item is found, where it is.
    const broken = structuredClone(snapshot);
    broken.members.at(-1).name = 7;
    const last = broken.members.length - 1;
    assert.deepEqual(await checkAgainstSchemaInSlices(schema, '#', broken, pause), [{ path: `/members/${last}/name`, message: 'expected a string' }]);
    assert.deepEqual(checkAgainstSchema(schema, '#', broken), [{ path: `/members/${last}/name`, message: 'expected a string' }]);
    // The snapshot's own checks run first; its lists' items after.
    const both = structuredClone(broken);
    both.caseStudies[0].title = '';
    both.meta = 'x';
    assert.deepEqual(
      (await checkAgainstSchemaInSlices(schema, '#', both, pause)).map((p) => p.path),
      ['/meta', '/caseStudies/0/title', `/members/${last}/name`],
    );
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

  it(`judges ${runs} random corruptions of real data as ajv does, whole and in slices`, async () => {
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
    await fc.assert(
      fc.asyncProperty(fc.nat(targets.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (t, mutations) => {
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
        // In slices (as a provider checks a whole snapshot), the same judgement.
        const sliced = await checkAgainstSchemaInSlices(schema, definition, value, () => Promise.resolve(), { sliceMs: 0 });
        assert.equal(sliced.length === 0, valid, `${definition} in slices: ${JSON.stringify(sliced.slice(0, 3))}`);
      }),
      { seed: 20261201, numRuns: runs },
    );
    console.log(`${runs} corruptions: ${tally.valid} still valid, ${tally.invalid} invalid, all judged as ajv judges them`);
    assert.ok(tally.valid > runs / 20 && tally.invalid > runs / 2, 'the corruptions should reach both outcomes');
  });
});
