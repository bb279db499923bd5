#!/usr/bin/env node
/**
 * `npm run generate` (run by the build, and by `npm install` through "prepare", so that a fresh
 * clone type-checks in an editor): everything in src/generated/.
 *
 *   src/generated/data/     the data as ES modules, from data/ (scripts/data/emit.mjs), checked first
 *   src/generated/*.ts      event and JSX types, from the custom elements manifest (generate-types.mjs)
 *
 * The folder is not committed: it is the data and the JSDoc again in another form, and being
 * rewritten by every build it cannot go stale. Files whose content is unchanged are not rewritten.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { buildSnapshot } from './data/snapshot.mjs';
import { generateTypes } from './generate-types.mjs';
import { root } from './lib/import-ts.mjs';

export const generatedDir = join(root, 'src/generated/data');

export async function generate() {
  const { modules, errors } = await buildSnapshot();
  if (errors.length) {
    throw new Error(`the data in data/ is not valid (run npm run data:check):\n  ${errors.join('\n  ')}`);
  }
  const wanted = new Set();
  for (const [path, source] of modules) {
    const file = join(generatedDir, path);
    wanted.add(file);
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === source) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, source);
  }
  // A case study removed from data/ leaves no module behind.
  for (const file of await listFiles(generatedDir)) if (!wanted.has(file)) await rm(file);
  return modules.size;
}

/** The custom elements manifest (dist/custom-elements.json) from the elements' JSDoc. */
export function analyze() {
  const result = spawnSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--quiet'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`cem analyze exited with ${result.status}`);
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])));
  return files.flat();
}

if (process.argv[1] && relative(process.argv[1], new URL(import.meta.url).pathname) === '') {
  try {
    const count = await generate();
    analyze();
    const elements = await generateTypes();
    console.log(`generate: ${count} data modules, and the types of ${elements} elements, in src/generated/`);
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  }
}
