// @ts-nocheck
/**
 * What the schema checker's tests share (tests/node/schema-check*.test.mjs): the JSON Schema of
 * data/, the checker from src/, ajv configured as the build configures it, the committed data and
 * the built snapshot. Not a test file itself.
 */
import { readdir, readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { importTs, root } from '../../scripts/lib/import-ts.mjs';
import { buildSnapshot } from '../../scripts/data/snapshot.mjs';

export const readJson = async (path) => JSON.parse(await readFile(`${root}${path}`, 'utf8'));

/** Each file of data/ (other than case studies) and the $defs entry the build checks it against. */
export const fileDefinitions = {
  'principles.json': 'principles',
  'values.json': 'values',
  'members.json': 'members',
  'funded-projects.json': 'fundedProjects',
  'network.json': 'network',
  'meta.json': 'meta',
};

/** Every schema object in the schema (where the schema has schemas), with its JSON Pointer. */
export function subschemas(document) {
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

/** Loads everything once per test file. */
export async function schemaFixture() {
  const schema = await readJson('data/schema/ccin-data.schema.json');
  const { checkAgainstSchema, defaultLimits, supportedKeywords } = await importTs('src/shared/data/schema-check.ts');
  const { checkAgainstSchemaInSlices } = await importTs('src/shared/data/sliced-check.ts');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(schema);
  const caseStudies = [];
  for (const file of (await readdir(`${root}data/case-studies`)).filter((f) => f.endsWith('.json')).sort()) {
    caseStudies.push(await readJson(`data/case-studies/${file}`));
  }
  const data = { caseStudies };
  for (const [file, definition] of Object.entries(fileDefinitions)) data[definition] = await readJson(`data/${file}`);
  const { snapshot } = await buildSnapshot();
  return {
    schema, checkAgainstSchema, checkAgainstSchemaInSlices, defaultLimits, supportedKeywords, ajv, data, snapshot,
    /** ajv as the build configures it (scripts/data/); '#' is the whole schema (the snapshot). */
    ajvValid: (definition, value) => {
      const validate = ajv.getSchema(definition === '#' ? schema.$id : `${schema.$id}#/$defs/${definition}`);
      return { valid: validate(value), errors: validate.errors };
    },
    /** The schema with extra $defs, to check against a schema of the test's own made of real parts. */
    withDefs: (defs) => ({ ...schema, $id: `${schema.$id}?test`, $defs: { ...schema.$defs, ...defs } }),
  };
}
