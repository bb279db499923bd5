#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench` (not part of `npm test`; run `npm run build` first): how fast the elements are
 * on a page, in headless Chromium (scripts/lib/chromium.mjs) against the project's static server
 * (scripts/lib/static-server.mjs, gzip), each timing the median (with min–max) of RUNS cold runs,
 * each in a fresh browser context. Timing tables have throttled rows (CPU 4×, Fast 4G, Slow 4G,
 * through the DevTools protocol). Prints Markdown tables; writes bench-results/latest.json.
 *
 *   article   one case study: static HTML vs the element vs the element with preload hints,
 *             navigation → text painted (scripts/bench/article.mjs)
 *   list      search keystroke → results painted at 55, 550, 2,200 case studies (list.mjs)
 *   map       members placed, and key → selection, at 62, 620, 1,240 located members, beside a
 *             Leaflet map of the same points (map.mjs)
 *   bytes     one article through a provider with 2,200 case studies: bytes transferred (bytes.mjs)
 *   snapshot  one article through a provider with a whole snapshot of 55, 550, 1,100 case studies:
 *             data → painted, and the longest main-thread task meanwhile (snapshot.mjs)
 *   cards     55 cards on one page: time to all painted, JS heap (cards.mjs)
 *   lighthouse  Lighthouse 12 on the demo page (lighthouse.mjs; about 40 s; LIGHTHOUSE=0 skips it)
 *
 * Environment: RUNS (default 9); KEY_RUNS, how many of the map's runs also time 15 key presses
 * (default 3); ONLY, a comma-separated list of the suites above; LIGHTHOUSE=0;
 * CHROME_PATH. Synthetic data is generated into a temporary folder and removed afterwards.
 *
 * This machine is shared and noisy: compare medians and paired ratios, not single runs.
 */
import { rmSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { articleSuite } from './bench/article.mjs';
import { bytesSuite } from './bench/bytes.mjs';
import { cardsSuite } from './bench/cards.mjs';
import { lighthouseSuite } from './bench/lighthouse.mjs';
import { listSuite } from './bench/list.mjs';
import { mapSuite } from './bench/map.mjs';
import { snapshotSuite } from './bench/snapshot.mjs';
import { loaderScript, page } from './bench/pages.mjs';
import { report } from './bench/report.mjs';
import { caseStudyCounts, createSite, memberCounts } from './bench/site.mjs';
import { coldPage, conditions, networkPresets, progress } from './bench/util.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.RUNS ?? 9));
const KEY_RUNS = Math.min(RUNS, Math.max(1, Number(process.env.KEY_RUNS ?? 3)));
const suiteNames = ['article', 'list', 'map', 'bytes', 'snapshot', 'cards', 'lighthouse'];
const only = process.env.ONLY ? process.env.ONLY.split(',').map((s) => s.trim()) : suiteNames.filter((s) => s !== 'lighthouse' || process.env.LIGHTHOUSE !== '0');
for (const name of only) if (!suiteNames.includes(name)) throw new Error(`bench: ONLY names an unknown suite "${name}"; use ${suiteNames.join(', ')}`);

/**
 * Every synthetic snapshot is accepted by the provider: the page shows no notice in the
 * provider's shadow root, and the element renders all of the data.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {import('./bench/site.mjs').Site} site
 */
async function checkSynthetic(browser, base, site) {
  const sets = [
    ...caseStudyCounts.map((count) => ({ set: `${count} case studies`, src: site.caseStudySets[count], tag: 'ccin-case-study-list', event: 'ccin-case-study-list-load', key: 'count', count })),
    ...memberCounts.map((count) => ({ set: `${count} located members`, src: site.memberSets[count], tag: 'ccin-member-map', event: 'ccin-member-map-load', key: 'members', count })),
  ];
  const checks = [];
  for (const s of sets) {
    const url = base + (await site.page(`check-${s.tag}-${s.count}.html`, page({ mode: 'check', title: `check ${s.set}`, head: loaderScript, body: `<ccin-provider src="${s.src}"><${s.tag}></${s.tag}></ccin-provider>` })));
    const { page: tab, close } = await coldPage(browser, conditions.localhost);
    try {
      await tab.goto(url, { waitUntil: 'load' });
      const outcome = await tab.evaluate(
        (event, tag) =>
          new Promise((done) => {
            const provider = /** @type {HTMLElement} */ (document.querySelector('ccin-provider'));
            const notice = () => provider.shadowRoot?.querySelector('[part="notice"]')?.textContent?.trim();
            provider.addEventListener('ccin-data-error', (e) => done({ problem: `ccin-data-error: ${/** @type {CustomEvent} */ (e).detail.message}` }));
            document.addEventListener(event, (e) =>
              requestAnimationFrame(() => {
                const rendered = (document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0;
                done({ detail: /** @type {CustomEvent} */ (e).detail, notice: notice(), rendered });
              }),
            );
            setTimeout(() => done({ problem: `no ${event} within 20 s` }), 20_000);
          }),
        s.event,
        s.tag,
      );
      const o = /** @type {any} */ (outcome);
      const total = o.detail?.[s.key];
      const problem = o.problem ?? (o.notice ? `notice: ${o.notice}` : !o.rendered ? 'not rendered' : undefined);
      checks.push({ set: s.set, src: s.src, ok: !problem, problem, loaded: total });
    } finally {
      await close();
    }
  }
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) throw new Error(`bench: synthetic data refused: ${failed.map((c) => `${c.set} (${c.problem})`).join('; ')}`);
  return checks;
}

async function main() {
  for (const file of ['dist/ccin-elements.js', 'dist/chunks.json', 'dist/data/ccin-data.json']) {
    await access(resolve(root, file)).catch(() => {
      console.error(`bench: no ${file}; run \`npm run build\` first.`);
      process.exit(1);
    });
  }
  const started = Date.now();
  progress(`bench: ${only.join(', ')}; RUNS=${RUNS}`);
  const site = await createSite(root);
  // Interrupted (Ctrl+C): remove the synthetic data before puppeteer's own handler exits.
  const cleanUp = () => rmSync(site.dir, { recursive: true, force: true });
  process.once('SIGINT', cleanUp).once('SIGTERM', cleanUp);
  const server = await startStaticServer({ root: site.dir });
  /** @type {Record<string, any>} */
  const suites = {};
  /** @type {Record<string, number>} seconds each suite took */
  const seconds = {};
  /** @template T @param {string} name @param {() => Promise<T>} run */
  const timed = async (name, run) => {
    const start = Date.now();
    try {
      return await run();
    } finally {
      seconds[name] = Math.round((Date.now() - start) / 1000);
    }
  };
  let chromium = '';
  try {
    const browser = await launchChromium();
    try {
      chromium = await browser.version();
      if (only.some((s) => s === 'list' || s === 'map' || s === 'bytes')) suites.checks = await timed('checks', () => checkSynthetic(browser, server.url, site));
      if (only.includes('article')) suites.article = await timed('article', () => articleSuite(browser, server.url, site, RUNS));
      if (only.includes('list')) suites.list = await timed('list', () => listSuite(browser, server.url, site, RUNS));
      if (only.includes('map')) suites.map = await timed('map', () => mapSuite(browser, server.url, site, RUNS, KEY_RUNS));
      if (only.includes('bytes')) suites.bytes = await timed('bytes', () => bytesSuite(browser, server.url, site, RUNS));
      if (only.includes('snapshot')) suites.snapshot = await timed('snapshot', () => snapshotSuite(browser, server.url, site, RUNS));
      if (only.includes('cards')) suites.cards = await timed('cards', () => cardsSuite(browser, server.url, site, RUNS));
    } finally {
      await browser.close();
    }
    if (only.includes('lighthouse')) suites.lighthouse = await timed('lighthouse', () => lighthouseSuite(site)).catch((error) => ({ error: error instanceof Error ? error.message : String(error) }));
  } finally {
    await server.close();
    await site.remove();
  }

  const meta = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`,
    chromium,
    runs: RUNS,
    keyRuns: KEY_RUNS,
    network: networkPresets(),
    minutes: Math.round((Date.now() - started) / 6000) / 10,
    seconds,
  };
  const results = { meta, suites };
  console.log(report(results));
  await mkdir(resolve(root, 'bench-results'), { recursive: true });
  await writeFile(resolve(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, 1)}\n`);
  progress(`\nbench: ${meta.minutes} min; every run is in bench-results/latest.json`);
}

await main();
