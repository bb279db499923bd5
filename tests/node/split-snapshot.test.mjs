/**
 * The split snapshot (dist/data/ccin-data.json and the files it names) and how a provider reads
 * it (src/shared/data/remote-source.ts): each file checked completely by its part of the schema
 * (scripts/data/emit.mjs, schemaPart), which judges every value exactly as the whole schema
 * does; the principles' statements in their own file, fetched only when asked for, and held to
 * the manifest's list; version 1 manifests (0.2) still read. The files are the build's own
 * (buildSnapshot), served by a stand-in for fetch.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { random } from '../../scripts/lib/synthetic.mjs';
import { schemaPart, schemaParts } from '../../scripts/data/emit.mjs';
import { buildSnapshot } from '../../scripts/data/snapshot.mjs';

let files, snapshot, schema, checkAgainstSchema, RemoteDataSource;
const base = 'https://data.example/ccin/';

before(async () => {
  const built = await buildSnapshot();
  assert.deepEqual(built.errors, []);
  ({ files, snapshot } = built);
  schema = JSON.parse(files.get('data/ccin-data.schema.json'));
  ({ checkAgainstSchema } = await importTs('src/shared/data/schema-check.ts'));
  ({ RemoteDataSource } = await importTs('src/shared/data/remote-source.ts'));
});


/** Every place in a JSON value (as a path of keys), for corrupting one of them. */
function places(value, path = [], out = []) {
  out.push(path);
  if (value && typeof value === 'object') for (const key of Object.keys(value)) places(value[key], [...path, key], out);
  return out;
}

const replacements = [null, 0, -1, 1.5, 3000, '', ' x', 'x', 'not a slug!', 'https://example.org', true, [], {}, ['x'], { id: 'x' }];

/** The value with one place changed, removed or given an extra key, chosen by `next`. */
function corrupt(value, next) {
  const copy = structuredClone(value);
  const all = places(copy);
  const path = all[Math.floor(next() * all.length)];
  const pick = (list) => list[Math.floor(next() * list.length)];
  if (path.length === 0) return pick(replacements);
  const parent = path.slice(0, -1).reduce((v, k) => v[k], copy);
  const key = path.at(-1);
  const what = next();
  if (what < 0.2 && !Array.isArray(parent)) delete parent[key];
  else if (what < 0.3 && parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key])) parent[key].unexpected = 'x';
  else if (what < 0.4 && Array.isArray(parent)) parent.push(structuredClone(parent[key]));
  else parent[key] = pick(replacements);
  return copy;
}

/** Every schema object in a schema (not the data in const and enum). */
function schemaObjects(node, out = []) {
  if (!node || typeof node !== 'object') return out;
  out.push(node);
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'items' || keyword === 'additionalProperties') schemaObjects(value, out);
    else if (keyword === 'properties' || keyword === '$defs') for (const sub of Object.values(value)) schemaObjects(sub, out);
    else if (keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf') for (const sub of value) schemaObjects(sub, out);
  }
  return out;
}

/** A fetch that serves `served` (path under `base` → body or { status }), recording what was asked for. */
function serve(served) {
  const asked = [];
  const fetch = async (url) => {
    const path = String(url).slice(base.length);
    asked.push(path);
    const entry = served[path];
    if (entry === undefined) return new Response('not found', { status: 404 });
    if (typeof entry === 'object' && 'status' in entry) return new Response('', { status: entry.status });
    return new Response(typeof entry === 'string' ? entry : JSON.stringify(entry), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, asked };
}

/** The build's split snapshot, served as published (paths relative to dist/data/). */
function published(changes = {}) {
  const served = {};
  for (const [path, body] of files) if (path.startsWith('data/')) served[path.slice('data/'.length)] = body;
  return { ...served, ...changes };
}

async function withFetch(served, run) {
  const original = globalThis.fetch;
  const server = serve(served);
  globalThis.fetch = server.fetch;
  try {
    return await run(server.asked);
  } finally {
    globalThis.fetch = original;
  }
}

const manifest = () => JSON.parse(files.get('data/ccin-data.json'));
const caseId = 'rochdale-cost-of-living-crisis';

describe('the split snapshot the build writes', () => {
  it('has a manifest with the principles’ names only, and the principles in full in principles.json', () => {
    const m = manifest();
    assert.equal(m.version, 2);
    assert.deepEqual(m.principles, snapshot.principles.map(({ id, name }) => ({ id, name })));
    assert.equal(m.principleDetails, 'principles.json');
    // Nothing lost: the statements, points, notes and sources are published beside it.
    assert.deepEqual(JSON.parse(files.get('data/principles.json')), snapshot.principles);
    assert.ok(files.get('data/ccin-data.json').length < files.get('data/principles.json').length / 3, 'the manifest is small');
    for (const key of ['index', 'members', 'principleDetails']) assert.ok(files.has(`data/${m[key]}`), `${key}: ${m[key]} is written`);
    assert.ok(files.has(`data/${m.caseStudies.replace('{id}', caseId)}`));
  });

  it('checks each kind of file with a part of the schema that judges every value as the whole schema does', () => {
    const values = {
      splitManifest: manifest(),
      principles: snapshot.principles,
      caseStudy: snapshot.caseStudies.find((s) => s.id === caseId),
      caseStudyIndex: JSON.parse(files.get('data/case-study-index.json')).slice(0, 6),
      membersFile: { ...JSON.parse(files.get('data/members.json')), members: JSON.parse(files.get('data/members.json')).members.slice(0, 6) },
      splitManifestV1: { ...manifest(), version: 1, principles: snapshot.principles, principleDetails: undefined },
    };
    delete values.splitManifestV1.principleDetails;
    const next = random(2026);
    let refused = 0;
    for (const definition of Object.values(schemaParts)) {
      if (definition === '#') continue;
      const part = schemaPart(schema, definition);
      assert.ok(Object.keys(part.$defs).length < Object.keys(schema.$defs).length, `${definition}: a part, not the whole`);
      assert.deepEqual(Object.keys(part), ['$defs'], 'no $schema, $id, title or description at the top');
      for (const node of schemaObjects(part)) {
        assert.ok(!('description' in node) || 'pattern' in node, `${definition}: a description only where a pattern's message uses it`);
      }
      assert.deepEqual(checkAgainstSchema(part, definition, values[definition]), [], `${definition}: the real file is valid`);
      for (let i = 0; i < 150; i++) {
        const value = corrupt(values[definition], next);
        const expected = checkAgainstSchema(schema, definition, value);
        assert.deepEqual(checkAgainstSchema(part, definition, value), expected, `${definition}: corruption ${i}`);
        if (expected.length) refused++;
      }
    }
    assert.ok(refused > 300, `${refused} of 900 corruptions refused`);
    // The whole schema without annotations judges a whole snapshot alike.
    const whole = schemaPart(schema, '#');
    for (let i = 0; i < 40; i++) {
      const value = corrupt({ ...snapshot, caseStudies: snapshot.caseStudies.slice(0, 2) }, next);
      assert.deepEqual(checkAgainstSchema(whole, '#', value), checkAgainstSchema(schema, '#', value), `snapshot corruption ${i}`);
    }
  });
});

describe('<ccin-provider src> on a split snapshot', () => {
  it('fetches the manifest, then only what is asked for, each file checked', async () => {
    await withFetch(published(), async (asked) => {
      const source = new RemoteDataSource(new URL(`${base}ccin-data.json`));
      assert.deepEqual(await source.ready, { kind: 'split' });
      assert.deepEqual(source.principles, manifest().principles);
      const study = await source.caseStudy(caseId);
      assert.deepEqual(study, snapshot.caseStudies.find((s) => s.id === caseId));
      assert.deepEqual(asked, ['ccin-data.json', `case-studies/${caseId}.json`]);
      const statement = await source.principleStatement('walking-the-talk');
      const full = snapshot.principles.find((p) => p.id === 'walking-the-talk');
      assert.deepEqual(statement, { statement: full.statement, points: full.points });
      assert.deepEqual(await source.principleStatement('learning'), { statement: snapshot.principles.find((p) => p.id === 'learning').statement });
      assert.equal(await source.principleStatement('no-such-principle'), undefined);
      assert.equal((await source.members()).members.length, snapshot.members.length);
      assert.equal((await source.caseStudyIndex()).length, snapshot.caseStudies.length);
      // Each file once, however often it is asked for.
      assert.deepEqual(asked, ['ccin-data.json', `case-studies/${caseId}.json`, 'principles.json', 'members.json', 'case-study-index.json']);
    });
  });

  it('refuses a manifest with statements in it, or with a principle twice, and then answers from the bundled data', async () => {
    const withStatements = { ...manifest(), principles: snapshot.principles };
    const twice = { ...manifest(), principles: [...manifest().principles.slice(0, 9), manifest().principles[0]] };
    for (const bad of [withStatements, twice]) {
      await withFetch(published({ 'ccin-data.json': bad }), async () => {
        const source = new RemoteDataSource(new URL(`${base}ccin-data.json`));
        await assert.rejects(source.ready, (error) => error.kind === 'invalid');
        // The questions fall back to the bundled data.
        assert.equal((await source.caseStudy(caseId)).id, caseId);
      });
    }
  });

  it('refuses principles.json when it is not valid or lists other principles than the manifest, for the statements only', async () => {
    const renamed = snapshot.principles.map((p, i) => (i === 2 ? { ...p, name: `${p.name} (renamed)` } : p));
    const noStatement = snapshot.principles.map((p, i) => (i === 0 ? { ...p, statement: undefined } : p));
    for (const bad of [renamed, noStatement, snapshot.principles.slice(0, 9)]) {
      await withFetch(published({ 'principles.json': JSON.stringify(bad) }), async () => {
        const source = new RemoteDataSource(new URL(`${base}ccin-data.json`));
        await source.ready;
        await assert.rejects(source.principleStatement('learning'), (error) => error.kind === 'invalid' && /principles\.json is not valid/.test(error.message));
        assert.equal((await source.caseStudy(caseId)).id, caseId, 'the rest of the snapshot is still used');
      });
    }
    await withFetch(published({ 'principles.json': { status: 404 } }), async () => {
      const source = new RemoteDataSource(new URL(`${base}ccin-data.json`));
      await source.ready;
      await assert.rejects(source.principleStatement('learning'), (error) => error.kind === 'not-found');
    });
  });

  it('refuses a case-study file that is not valid or holds another case study', async () => {
    const study = snapshot.caseStudies.find((s) => s.id === caseId);
    const other = snapshot.caseStudies.find((s) => s.id !== caseId);
    for (const bad of [{ ...study, body: [] }, { ...study, title: 42 }, other]) {
      await withFetch(published({ [`case-studies/${caseId}.json`]: bad }), async () => {
        const source = new RemoteDataSource(new URL(`${base}ccin-data.json`));
        await source.ready;
        await assert.rejects(source.caseStudy(caseId), (error) => error.kind === 'invalid');
      });
    }
  });

  it('still reads a version 1 manifest (as 0.2 wrote it), with the principles in full inside', async () => {
    const { principleDetails, ...rest } = manifest();
    assert.ok(principleDetails);
    const v1 = { ...rest, version: 1, principles: snapshot.principles };
    await withFetch(published({ 'ccin-data.json': v1, 'principles.json': undefined }), async (asked) => {
      const source = new RemoteDataSource(new URL(`${base}ccin-data.json`));
      assert.deepEqual(await source.ready, { kind: 'split' });
      assert.deepEqual(source.principles, manifest().principles);
      assert.equal((await source.principleStatement('learning')).statement, snapshot.principles.find((p) => p.id === 'learning').statement);
      assert.deepEqual(asked, ['ccin-data.json']);
    });
    // A version 1 manifest is checked by version 1's rules: a principle without its statement is refused.
    await withFetch(published({ 'ccin-data.json': { ...v1, principles: manifest().principles } }), async () => {
      await assert.rejects(new RemoteDataSource(new URL(`${base}ccin-data.json`)).ready, (error) => error.kind === 'invalid');
    });
  });

  it('reads a whole snapshot as before', async () => {
    await withFetch(published(), async () => {
      const source = new RemoteDataSource(new URL(`${base}ccin-snapshot.json`));
      assert.deepEqual(await source.ready, { kind: 'snapshot', caseStudies: snapshot.caseStudies.length });
      assert.equal((await source.principleStatement('learning')).statement, snapshot.principles.find((p) => p.id === 'learning').statement);
    });
  });
});
