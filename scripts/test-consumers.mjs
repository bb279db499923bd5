#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:consumers`: tests the package as app teams use it. Packs the repo (after a build),
 * installs the tarball into each fixture app of tests/consumers/ (Vite, esbuild, webpack, Rollup,
 * React, Eleventy, Astro; in temp folders), builds them for production, serves each build with a strict CSP and
 * opens it in Chromium; also type-checks the React app against `ccin-elements/jsx` and imports
 * every JS entry in Node. The Eleventy and Astro pages pre-render with `ccin-elements/server` at
 * build time: they are opened with JavaScript off too (content and styles without any script),
 * and with it the elements must hydrate and stay live. The checks: scripts/consumers/.
 * One line per check, a summary, exit code 1 if anything failed. Run `npm run build` first.
 * The fixtures' lockfiles hold their own dependencies only (exact versions); to change one, edit
 * its package.json and run `npm install` in its folder.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectations } from './consumers/expectations.mjs';
import { fixtures } from './consumers/fixtures.mjs';
import { checkExports, checkNodeImports } from './consumers/package-checks.mjs';
import { checkPage } from './consumers/page.mjs';
import { checkPageWithoutScript } from './consumers/prerendered.mjs';
import { check, report, results } from './consumers/report.mjs';
import { run, stopRunning } from './consumers/run.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { strictCsp } from './lib/csp.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const GIVE_UP_MS = 10 * 60_000; // the whole run, should a step's own timeout not work

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
let tmp = '';
function cleanUp() {
  stopRunning();
  if (tmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}

// ---------- Steps ----------

/** Copies a fixture, installs its lockfile and the tarball, builds it. */
async function prepare(/** @type {import('./consumers/fixtures.mjs').Fixture} */ fixture, /** @type {string} */ tarball) {
  const dir = join(tmp, fixture.name);
  const source = join(root, 'tests/consumers', fixture.name);
  await cp(source, dir, { recursive: true, filter: (path) => !/[\\/](node_modules|dist|_site|\.astro)$/.test(path.slice(source.length)) });
  const step = (/** @type {string} */ name, /** @type {string[]} */ command) => check(`${fixture.name}: ${name}`, async () => void (await run(command, { cwd: dir })));
  const installed = (await step('npm ci', ['npm', 'ci', '--no-audit', '--no-fund', '--prefer-offline']))
    && (await step('npm install the tarball', ['npm', 'install', tarball, '--no-save', '--no-audit', '--no-fund', '--prefer-offline']));
  const built = installed && (await step(`production build (${fixture.build.join(' ')})`, fixture.build));
  return { dir, installed, built };
}

async function main() {
  setTimeout(() => {
    console.error(`✗ gave up: the run took longer than ${GIVE_UP_MS / 60_000} min (${seconds()})`);
    cleanUp();
    process.exit(1);
  }, GIVE_UP_MS).unref();
  process.once('SIGINT', () => (cleanUp(), process.exit(130)));
  if (!existsSync(join(root, 'dist')) || !readdirSync(join(root, 'dist')).length) {
    report('dist/ is built', false, 'run `npm run build` (or `npm test`, which builds) first');
    return;
  }
  tmp = await mkdtemp(join(tmpdir(), 'ccin-consumers-'));
  let browser;
  try {
    let tarball = '';
    const packed = await check('npm pack', async () => {
      // --ignore-scripts: dist/ is already built; a prepack build would rebuild it under other checks' feet.
      const stdout = await run(['npm', 'pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: root });
      const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
      tarball = join(tmp, info.filename);
      return `${info.filename}, ${info.entryCount} files, ${Math.round(info.size / 1024)} kB`;
    });
    if (!packed) return;

    const apps = await Promise.all(fixtures.map((fixture) => prepare(fixture, tarball)));
    const anyApp = apps.find((app) => app.installed)?.dir;
    if (anyApp) await checkNodeImports(anyApp, await checkExports(anyApp));
    for (const [i, fixture] of fixtures.entries()) {
      if (!fixture.typecheck || !apps[i].installed) continue;
      await check(`${fixture.name}: tsc --noEmit (ccin-elements/jsx types; the @ts-expect-error lines hold)`, async () =>
        void (await run([process.execPath, join(apps[i].dir, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'], { cwd: apps[i].dir })));
    }

    browser = await launchChromium();
    for (const [i, fixture] of fixtures.entries()) {
      if (!apps[i].built) continue;
      const expected = await expectations(apps[i].dir).catch((/** @type {Error} */ error) =>
        void report(`${fixture.name}: read what the pages must show from the installed package's data files`, false, error.message));
      if (!expected) continue;
      const server = await startStaticServer({ root: join(apps[i].dir, fixture.out), headers: { 'Content-Security-Policy': strictCsp } });
      try {
        for (const spec of fixture.pages) {
          if (spec.prerendered) await checkPageWithoutScript(browser, server, `${fixture.name} ${spec.path} (JavaScript off)`, spec, expected);
          await checkPage(browser, server, `${fixture.name} ${spec.path}`, spec, expected);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    cleanUp();
  }
}

try {
  await main();
} catch (error) {
  report('test-consumers', false, error instanceof Error ? error.stack ?? error.message : String(error));
}
const failed = results.filter((result) => !result.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed, in ${seconds()}`);
for (const { name } of failed) console.log(`  ✗ ${name}`);
process.exitCode = failed.length ? 1 : 0;
