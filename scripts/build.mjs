#!/usr/bin/env node
/**
 * `npm run build`: the library (rollup: code, data snapshot, id list), its type declarations,
 * and the custom elements manifest, all in dist/. Fails on the first step that fails.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

function run(label, command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
}

await rm(`${root}dist`, { recursive: true, force: true });
run('library and data (rollup)', bin('rollup'), ['-c', '--silent']);
run('type declarations (tsc)', bin('tsc'), ['-p', 'tsconfig.build.json']);
run('custom elements manifest', bin('cem'), ['analyze', '--quiet']);
console.log('build: dist/ is ready');
