#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:consumers`: tests the package as app teams use it. Packs the repo (after a build),
 * installs the tarball into each fixture app of tests/consumers/ (in temp folders), builds them
 * for production, serves each build with a strict CSP and opens it in Chromium; also type-checks
 * the React app against `ccin-elements/jsx` and imports every JS entry in Node.
 * One line per check, a summary, exit code 1 if anything failed. Run `npm run build` first.
 * The fixtures' lockfiles hold their own dependencies only (exact versions); to change one, edit
 * its package.json and run `npm install` in its folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { strictCsp } from './lib/csp.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const caseId = 'rochdale-cost-of-living-crisis';
const WAIT_MS = 15_000; // the longest wait for anything in a page
const GIVE_UP_MS = 10 * 60_000; // the whole run, should a step's own timeout not work
/** The package entries the fixtures and the docs rely on. */
const expectedSubpaths = ['.', './autoloader', './provider', './principle-badge', './case-study', './case-study-list',
  './member-map', './jsx', './ccin-elements.css', './data/*', './custom-elements.json', './package.json'];

/** @typedef {'caseStudy' | 'list' | 'map' | 'badges' | 'lateBadge' | 'loadedId'} PageCheck */
/** @type {{ name: string, build: string[], out: string, typecheck?: boolean, pages: { path: string, checks: PageCheck[] }[] }[]} */
const fixtures = [
  { name: 'vite', build: ['npm', 'run', 'build'], out: 'dist', pages: [
    { path: '/', checks: ['caseStudy', 'list', 'map', 'badges'] },
    { path: '/lazy.html', checks: ['caseStudy', 'list', 'map', 'badges', 'lateBadge'] }] },
  { name: 'esbuild', build: ['npm', 'run', 'build'], out: 'dist', pages: [{ path: '/', checks: ['caseStudy', 'list', 'map'] }] },
  { name: 'react', build: ['npm', 'run', 'build'], out: 'dist', typecheck: true, pages: [{ path: '/', checks: ['caseStudy', 'loadedId', 'list', 'map', 'badges'] }] },
];

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
/** @type {{ name: string, ok: boolean }[]} */
const results = [];
let tmp = '';
/** Process groups of the commands still running, ended if the run is cut short. */
const running = new Set();
function cleanUp() {
  for (const pid of running) try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
  if (tmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
}

function report(/** @type {string} */ name, /** @type {boolean} */ ok, /** @type {string} */ detail = '') {
  results.push({ name, ok });
  const [first, ...more] = detail.split('\n');
  console.log([`${ok ? '✓' : '✗'} ${name}${first ? ` — ${first}` : ''}`, ...more.map((line) => `    ${line}`)].join('\n'));
}

/** Runs `fn`: ok with what it returns, or not ok with the error's message. */
const settle = (/** @type {() => Promise<string | void>} */ fn) => fn().then((detail) => ({ ok: true, detail: detail ?? '' }),
  (error) => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }));

/** Runs one check and reports it (with its time when that is worth saying). Returns whether it passed. */
async function check(/** @type {string} */ name, /** @type {() => Promise<string | void>} */ fn) {
  const begun = performance.now();
  const { ok, detail } = await settle(fn);
  const time = (performance.now() - begun) / 1000;
  report(name, ok, ok && time >= 0.5 ? [detail, `${time.toFixed(1)} s`].filter(Boolean).join(', ') : detail);
  return ok;
}

const fail = (/** @type {string} */ message) => { throw new Error(message); };
const readJson = async (/** @type {string} */ file) => JSON.parse(await readFile(file, 'utf8'));

/** The environment for child processes: without the `npm run` variables that point at this repo. */
const childEnv = Object.fromEntries(Object.entries({ ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' })
  .filter(([key]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/.test(key)));

/** The part of a tool's output that says what went wrong: from the first error line, without colours or stack frames. */
function excerpt(/** @type {string} */ output) {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim() && !/^\s*(\d+: |at |Stack backtrace:)/.test(line));
  const first = lines.findIndex((line) => /error|failed|✗/i.test(line));
  return (first < 0 ? lines.slice(-15) : lines.slice(first, first + 15)).join('\n');
}

/** Runs a command; resolves with its stdout, rejects with what went wrong on failure or timeout. @returns {Promise<string>} */
function run(/** @type {string[]} */ [file, ...args], /** @type {{ cwd: string, timeout?: number }} */ { cwd, timeout = 180_000 }) {
  const what = `\`${[file, ...args].join(' ')}\``;
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout ends npm and what npm started.
    const child = spawn(file, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child.pid);
    let stdout = '', output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try { process.kill(-(child.pid ?? 0), 'SIGKILL'); } catch { /* already gone */ }
      reject(new Error(`${what} timed out after ${timeout / 1000} s:\n${excerpt(output)}`));
    }, timeout);
    child.on('error', (error) => (clearTimeout(timer), reject(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child.pid);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${what} exited with ${code}:\n${excerpt(output)}`));
    });
  });
}

/** Every target string of an exports value, with the conditions that lead to it. */
function exportTargets(/** @type {unknown} */ value, /** @type {string[]} */ conditions = []) {
  /** @type {{ target: string, conditions: string[] }[]} */
  const found = typeof value === 'string' ? [{ target: value, conditions }] : [];
  if (Array.isArray(value)) for (const item of value) found.push(...exportTargets(item, conditions));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...exportTargets(item, [...conditions, key]));
  return found;
}

// ---------- What the pages must show, from the installed package's own data files ----------

/** Letters and digits only: compares rendered text with the data's Markdown subset. */
const textKey = (/** @type {string} */ text) => text.replace(/\]\([^)]*\)/g, '').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

async function expectations(/** @type {string} */ appDir) {
  const require = createRequire(join(appDir, 'package.json'));
  /** @returns {Promise<any>} */
  const data = (/** @type {string} */ file) => readJson(require.resolve(`ccin-elements/data/${file}`));
  const [study, { members }, index] = await Promise.all([data(`case-studies/${caseId}.json`), data('members.json'), data('case-study-index.json')]);
  return {
    /** @type {string} */ title: study.title,
    /** @type {string[]} */ paragraphs: study.body.filter((/** @type {any} */ block) => block.type === 'paragraph').map((/** @type {any} */ block) => textKey(block.text)),
    /** @type {string[]} */ located: members.filter((/** @type {any} */ member) => member.location != null).map((/** @type {any} */ member) => member.id),
    /** @type {Record<string, string>} */ titles: Object.fromEntries(index.map((/** @type {any} */ entry) => [entry.id, entry.title])),
  };
}
/** @typedef {Awaited<ReturnType<typeof expectations>>} Expected */

// ---------- In the page ----------

/** Runs in every page before its scripts (CDP-injected, so the page's CSP does not apply). */
function installPageHelpers() {
  /** @type {string[]} */
  const cspViolations = [];
  window.addEventListener('securitypolicyviolation', (event) => {
    cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || 'page'}:${event.lineNumber})`);
  }, true);
  /** The member ids the map shows: single markers (data-member) and clusters (data-members="a b c"). */
  function memberIdsOnMap(/** @type {Element} */ map) {
    const ids = new Set();
    for (const marker of map.shadowRoot?.querySelectorAll('[part~="marker"]') ?? []) {
      const names = `${marker.getAttribute('data-member') ?? ''} ${marker.getAttribute('data-members') ?? ''}`;
      for (const id of names.split(/\s+/)) if (id) ids.add(id);
    }
    return [...ids];
  }
  /** What an element shows, for failure messages. */
  function shows(/** @type {Element | null | undefined} */ element) {
    if (!element) return 'the element is not in the page';
    if (!customElements.get(element.localName)) return `<${element.localName}> was never defined (its code did not load)`;
    if (!element.shadowRoot) return `<${element.localName}> has no shadow root`;
    return `<${element.localName}> shows “${(element.shadowRoot.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160)}”`;
  }
  Object.defineProperty(window, '__ccin', { value: { cspViolations, memberIdsOnMap, shows } });
}

/**
 * Waits until `predicate` holds in the page; on timeout fails with `what` and what `explain` says.
 * @param {import('puppeteer-core').Page} page @param {string} what
 * @param {(arg: any) => unknown} predicate @param {(arg: any) => string} explain @param {unknown} [arg]
 */
async function waitFor(page, what, predicate, explain, arg) {
  try {
    await page.waitForFunction(predicate, { timeout: WAIT_MS, polling: 100 }, arg);
  } catch (error) {
    const state = await page.evaluate(explain, arg).catch(() => /** @type {Error} */ (error).message);
    fail(`${what}: not after ${WAIT_MS / 1000} s; ${state}`);
  }
}

/** @type {Record<PageCheck, [string, (page: import('puppeteer-core').Page, expected: Expected) => Promise<string>]>} */
const pageChecks = {
  caseStudy: ['the case study shows its title and every paragraph', async (page, expected) => {
    await waitFor(page, `title “${expected.title}”`, ({ caseId, title }) => document.querySelector(`ccin-case-study[case-id="${caseId}"]`)
      ?.shadowRoot?.querySelector('[part="title"]')?.textContent?.replace(/\s+/g, ' ').includes(title),
    ({ caseId }) => /** @type {any} */ (window).__ccin.shows(document.querySelector(`ccin-case-study[case-id="${caseId}"]`)), { caseId, title: expected.title });
    const shown = await page.evaluate((caseId) => {
      const body = document.querySelector(`ccin-case-study[case-id="${caseId}"]`)?.shadowRoot?.querySelector('[part="body"]');
      return [...(body?.children ?? [])].filter((child) => child.localName === 'p' && !child.matches('[role="heading"]')).map((p) => p.textContent ?? '');
    }, caseId);
    if (shown.length !== expected.paragraphs.length) fail(`${shown.length} paragraphs in [part="body"], the data has ${expected.paragraphs.length}`);
    const wrong = shown.findIndex((text, i) => textKey(text) !== expected.paragraphs[i]);
    if (wrong >= 0) fail(`paragraph ${wrong + 1} differs from the data: “${shown[wrong].slice(0, 80)}…”`);
    return `title and ${shown.length} paragraphs`;
  }],
  list: ['the list shows cards with the index titles, none left loading', async (page, expected) => {
    await waitFor(page, 'loaded cards in <ccin-case-study-list>', () => {
      const cards = [...(document.querySelector('ccin-case-study-list')?.shadowRoot?.querySelectorAll('ccin-case-study[variant="card"]') ?? [])];
      return cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('[part="title"]') && !card.shadowRoot.querySelector('[part="status"]'));
    }, () => {
      const list = document.querySelector('ccin-case-study-list');
      const cards = [...(list?.shadowRoot?.querySelectorAll('ccin-case-study[variant="card"]') ?? [])];
      const stuck = cards.filter((card) => !card.shadowRoot?.querySelector('[part="title"]') || card.shadowRoot.querySelector('[part="status"]'));
      const { shows } = /** @type {any} */ (window).__ccin;
      return cards.length ? `${stuck.length} of ${cards.length} cards not loaded; the first: ${shows(stuck[0])}` : shows(list);
    });
    const cards = await page.evaluate(() => [...(document.querySelector('ccin-case-study-list')?.shadowRoot?.querySelectorAll('ccin-case-study[variant="card"]') ?? [])]
      .map((card) => ({ id: card.getAttribute('case-id') ?? '', title: (card.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '').replace(/\s+/g, ' ').trim() })));
    // A title with a subtitle reads "Title: Subtitle".
    const wrong = cards.filter(({ id, title }) => !expected.titles[id] || !title.startsWith(expected.titles[id].replace(/\s+/g, ' ').trim()));
    if (wrong.length) fail(`${wrong.length} of ${cards.length} card titles are not the index's title for their case-id, e.g. ${wrong[0].id}: “${wrong[0].title}”`);
    return `${cards.length} cards`;
  }],
  map: ['the map shows every member that has a location', async (page, expected) => {
    // Markers are laid out once the map is near the viewport: keep it there while content above it loads.
    await waitFor(page, 'markers for every located member', (/** @type {string[]} */ located) => {
      const map = document.querySelector('ccin-member-map');
      map?.scrollIntoView({ block: 'center' });
      const shown = new Set(map ? /** @type {any} */ (window).__ccin.memberIdsOnMap(map) : []);
      return located.every((id) => shown.has(id));
    }, (/** @type {string[]} */ located) => {
      const map = document.querySelector('ccin-member-map');
      const shown = new Set(map ? /** @type {any} */ (window).__ccin.memberIdsOnMap(map) : []);
      const missing = located.filter((id) => !shown.has(id));
      return `${located.length - missing.length} of ${located.length} on the map (missing ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}); `
        + /** @type {any} */ (window).__ccin.shows(map);
    }, expected.located);
    return `${expected.located.length} located members`;
  }],
  badges: ['every principle badge shows its name', async (page) => {
    await waitFor(page, 'names in every <ccin-principle-badge>', () => [...document.querySelectorAll('ccin-principle-badge')]
      .every((badge) => badge.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim()),
    () => [...document.querySelectorAll('ccin-principle-badge')].map((badge) => /** @type {any} */ (window).__ccin.shows(badge)).join('; '));
    const names = await page.evaluate(() => [...document.querySelectorAll('ccin-principle-badge')]
      .map((badge) => badge.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim()));
    return names.join(', ') || 'no badges in the page';
  }],
  lateBadge: ['a badge added 1 s after load upgrades', async (page) => {
    await waitFor(page, 'the badge added after load to show “Co-production”',
      () => document.querySelector('#late-badge')?.shadowRoot?.textContent?.includes('Co-production'),
      () => /** @type {any} */ (window).__ccin.shows(document.querySelector('#late-badge')));
    return '“Co-production”';
  }],
  loadedId: ['React state from onccin-case-study-load is in the page', async (page) => {
    await waitFor(page, `<p data-testid="loaded">${caseId}</p>`, (caseId) => document.querySelector('[data-testid="loaded"]')?.textContent === caseId,
      () => `it ${document.querySelector('[data-testid="loaded"]') ? `shows “${document.querySelector('[data-testid="loaded"]')?.textContent}”` : 'is not in the page: the handler never ran'}`, caseId);
    return caseId;
  }],
};

/**
 * Opens one page of a built app and runs its checks, then the page-wide ones: no HTTP errors, no
 * other origins, no page or console errors, no CSP violations.
 * @param {import('puppeteer-core').Browser} browser @param {import('./lib/static-server.mjs').StaticServer} server @param {string} label
 * @param {{ path: string, checks: PageCheck[] }} spec @param {Expected} expected
 */
async function checkPage(browser, server, label, spec, expected) {
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  const firstRequest = server.requests.length;
  const local = (/** @type {string} */ url) => url.replace(origin, '');
  /** @type {Record<'http' | 'foreign' | 'pageErrors' | 'consoleErrors', string[]>} */
  const seen = { http: [], foreign: [], pageErrors: [], consoleErrors: [] };
  page.on('request', (request) => void (!/^(data|blob):/.test(request.url()) && new URL(request.url()).origin !== origin && seen.foreign.push(request.url())));
  page.on('response', (response) => response.status() >= 400 && seen.http.push(`${response.status()} ${local(response.url())}`));
  page.on('requestfailed', (request) => seen.http.push(`${request.failure()?.errorText ?? 'failed'} ${local(request.url())}`));
  page.on('pageerror', (error) => seen.pageErrors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
  page.on('console', (message) => void (message.type() === 'error'
    && seen.consoleErrors.push(`${message.text()}${message.location().url ? ` (${local(message.location().url ?? '')})` : ''}`)));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(installPageHelpers);
    const loaded = await check(`${label}: page loads`, async () => {
      const response = await page.goto(server.url + spec.path, { waitUntil: 'load', timeout: WAIT_MS });
      if (!response?.ok()) fail(`HTTP ${response?.status()}`);
    });
    if (!loaded) return;
    // The checks wait side by side, so a broken page costs one timeout, not one per check.
    const outcomes = await Promise.all(spec.checks.map((name) => settle(() => pageChecks[name][1](page, expected))));
    spec.checks.forEach((name, i) => report(`${label}: ${pageChecks[name][0]}`, outcomes[i].ok, outcomes[i].detail));
    // Let requests started by the last render finish before judging the page.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 5_000 }).catch(() => {});
    // The server's log too: it also sees requests the page's listeners may not (workers, prefetches).
    for (const { status, url } of server.requests.slice(firstRequest)) if (status >= 400) seen.http.push(`${status} ${url}`);
    const csp = /** @type {string[]} */ (await page.evaluate(() => /** @type {any} */ (window).__ccin.cspViolations));
    for (const [name, list] of Object.entries({ 'response with status ≥ 400': seen.http, 'request to another origin': seen.foreign,
      'page error': seen.pageErrors, 'console error': seen.consoleErrors, 'CSP violation': csp })) {
      const unique = [...new Set(list)];
      report(`${label}: no ${name}`, !unique.length, unique.length ? `${unique.length}: ${unique.slice(0, 5).join('\n')}` : '');
    }
  } finally {
    await page.close().catch(() => {});
  }
}

// ---------- Steps ----------

/** Copies a fixture, installs its lockfile and the tarball, builds it. */
async function prepare(/** @type {typeof fixtures[number]} */ fixture, /** @type {string} */ tarball) {
  const dir = join(tmp, fixture.name);
  const source = join(root, 'tests/consumers', fixture.name);
  await cp(source, dir, { recursive: true, filter: (path) => !/[\\/](node_modules|dist)$/.test(path.slice(source.length)) });
  const step = (/** @type {string} */ name, /** @type {string[]} */ command) => check(`${fixture.name}: ${name}`, async () => void (await run(command, { cwd: dir })));
  const installed = (await step('npm ci', ['npm', 'ci', '--no-audit', '--no-fund']))
    && (await step('npm install the tarball', ['npm', 'install', tarball, '--no-save', '--no-audit', '--no-fund', '--prefer-offline']));
  const built = installed && (await step(`production build (${fixture.build.join(' ')})`, fixture.build));
  return { dir, installed, built };
}

/** The installed package.json's exports: the entries apps use are there and every target exists. */
async function checkExports(/** @type {string} */ appDir) {
  const packageDir = join(appDir, 'node_modules/ccin-elements');
  const exports = (await readJson(join(packageDir, 'package.json'))).exports ?? {};
  await check('package: exports every entry apps use', async () => {
    const missing = expectedSubpaths.filter((subpath) => !(subpath in exports));
    if (missing.length) fail(`missing ${missing.join(', ')}`);
    return `${expectedSubpaths.length} entries`;
  });
  await check('package: every exports target is in the tarball', async () => {
    const targets = Object.values(exports).flatMap((value) => exportTargets(value)).map(({ target }) => target);
    const missing = targets.filter((target) => !existsSync(join(packageDir, target.includes('*') ? dirname(target) : target)));
    if (missing.length) fail(`missing ${missing.join(', ')}`);
    return `${targets.length} targets`;
  });
  return exports;
}

/** Imports every JS entry of the installed package (listed from its package.json) in a fresh Node process. */
async function checkNodeImports(/** @type {string} */ appDir, /** @type {Record<string, unknown>} */ exports) {
  const entries = Object.entries(exports).filter(([subpath, value]) => !subpath.includes('*')
    && exportTargets(value).some(({ target, conditions }) => /\.m?js$/.test(target) && !conditions.includes('types')));
  const outcomes = await Promise.all(entries.map(async ([subpath]) => {
    const specifier = subpath === '.' ? 'ccin-elements' : `ccin-elements/${subpath.slice(2)}`;
    const error = await run([process.execPath, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], { cwd: appDir, timeout: 30_000 })
      .then(() => '', (/** @type {Error} */ error) => error.message.split('\n').find((line) => /^\w*Error\b/.test(line.trim()))?.trim() ?? excerpt(error.message));
    return { specifier, error };
  }));
  for (const { specifier, error } of outcomes) report(`node: await import('${specifier}')`, !error, error);
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
        for (const spec of fixture.pages) await checkPage(browser, server, `${fixture.name} ${spec.path}`, spec, expected);
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
