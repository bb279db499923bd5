/**
 * The schema checker (src/shared/data/schema-check.ts) with hostile input: values very deep, very
 * long, very wide, with odd keys, or not JSON at all are rejected quickly and without an
 * exception. Its agreement with ajv is in schema-check.test.mjs.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { before, describe, it } from 'node:test';
import { schemaFixture, subschemas } from './schema-fixture.mjs';

let schema, checkAgainstSchema, defaultLimits, ajv, data, ajvValid, withDefs;

before(async () => {
  ({ schema, checkAgainstSchema, defaultLimits, ajv, data, ajvValid, withDefs } = await schemaFixture());
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
