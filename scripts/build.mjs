#!/usr/bin/env node
/**
 * `npm run build`: everything in dist/, in order, failing on the first step that fails:
 *
 *   1. src/generated/data/ from data/ (checked first)           scripts/generate.mjs
 *   2. the custom elements manifest from the elements' JSDoc      cem analyze
 *   3. event and JSX types, editor data, from the manifest        scripts/generate-types.mjs
 *   4. the self-contained and the npm builds                       rollup.config.js
 *   5. type declarations next to the npm build                     tsc -p tsconfig.build.json
 *   6. the JSON data files, the id list and the page stylesheet   scripts/data/emit.mjs
 *   7. pre-rendered HTML and the elements' stylesheets            scripts/prerender.mjs
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildSnapshot } from './data/snapshot.mjs';
import { analyze, generate } from './generate.mjs';
import { generateTypes } from './generate-types.mjs';
import { root } from './lib/import-ts.mjs';

const bin = (name) => `${root}node_modules/.bin/${name}`;

async function step(label, work) {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    console.error(`build: ${label} failed${error?.message ? `: ${error.message}` : ''}`);
    process.exit(1);
  }
  console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command.split('/').pop()} exited with ${result.status}`);
}

await rm(`${root}dist`, { recursive: true, force: true });
await step('data modules', generate);
await step('custom elements manifest', analyze);
await step('types and editor data from the manifest', generateTypes);
await step('self-contained and npm builds (rollup)', () => run(bin('rollup'), ['-c', '--silent']));
await step('type declarations (tsc)', () => run(bin('tsc'), ['-p', 'tsconfig.build.json']));
await step('data files and page stylesheet', async () => {
  const { files } = await buildSnapshot();
  for (const [path, content] of files) {
    await mkdir(dirname(`${root}dist/${path}`), { recursive: true });
    await writeFile(`${root}dist/${path}`, content);
  }
  // The optional page stylesheet (space reserved before upgrade, and the cloak).
  await copyFile(`${root}src/ccin-elements.css`, `${root}dist/ccin-elements.css`);
});
await step('pre-rendered HTML and element stylesheets', async () => {
  // In a child process: the server renderer installs a DOM shim in the globals of its process.
  run(process.execPath, ['--input-type=module', '-e', "const { prerender } = await import('./scripts/prerender.mjs'); console.log(`build: ${await prerender()} pre-rendered files`);"]);
});
console.log('build: dist/ is ready');
