#!/usr/bin/env node
/**
 * `npm run generate` (run by build, test, start and storybook, and after `npm install`): writes
 * src/generated/data/ from data/ (see scripts/data/emit.mjs), after checking the data. The
 * folder is not committed: it is the data again in another form, and being rewritten on every
 * build it cannot go stale. Files whose content is unchanged are not rewritten.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { buildSnapshot } from './data/snapshot.mjs';
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

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])));
  return files.flat();
}

if (process.argv[1] && relative(process.argv[1], new URL(import.meta.url).pathname) === '') {
  try {
    const count = await generate();
    console.log(`generate: ${count} data modules in src/generated/data/`);
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  }
}
