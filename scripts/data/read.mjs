/**
 * Reads the curated data in data/ (see data/README.md) into one object. Nothing is checked or
 * derived here: validate.mjs checks, derive.mjs derives, emit.mjs writes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { root } from '../lib/import-ts.mjs';

export const defaultDataDir = `${root}data/`;

/**
 * @param {string} [dataDir] the folder of curated data (default data/); the tests point it at a
 *   corrupted copy to show that the checks fail.
 */
export async function readCurated(dataDir = defaultDataDir) {
  const readJson = async (path) => JSON.parse(await readFile(`${dataDir}${path}`, 'utf8'));
  const caseStudyFiles = (await readdir(`${dataDir}case-studies`)).filter((f) => f.endsWith('.json')).sort();
  const caseStudies = [];
  for (const file of caseStudyFiles) caseStudies.push({ file: `data/case-studies/${file}`, study: await readJson(`case-studies/${file}`) });
  return {
    schema: await readJson('schema/ccin-data.schema.json'),
    caseStudies,
    principles: await readJson('principles.json'),
    values: await readJson('values.json'),
    members: await readJson('members.json'),
    fundedProjects: await readJson('funded-projects.json'),
    network: await readJson('network.json'),
    meta: await readJson('meta.json'),
  };
}
