#!/usr/bin/env node
/**
 * `npm run fuzz [runs]`: the property-based tests (the inline parser, and snapshots mutated at
 * random) with many more cases than `npm test` runs (default 5,000 each; same fixed seed, so a
 * failure replays). Takes minutes; run it after changing the parser, the schema checker or what
 * renders data.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run fuzz [number of cases per property, default 5000]');
  process.exit(1);
}
console.log(`fuzz: ${runs} cases per property`);
const result = spawnSync(`${root}node_modules/.bin/web-test-runner`, ['tests/fuzz/inline.test.ts', 'tests/hostile/fuzz.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CCIN_FUZZ_RUNS: String(runs) },
});
process.exit(result.status ?? 1);
