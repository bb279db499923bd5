#!/usr/bin/env node
/**
 * `npm run bench` (not part of `npm test`): how fast the elements are on a page, in headless
 * Chromium (the system's), against a local server, each figure the median of RUNS runs with a
 * cold cache. Run `npm run build` first. Prints a table; writes bench-results/latest.json.
 *
 *   - a case study: navigation to its text rendered, for the element and for the same article
 *     pasted as static HTML (the fastest possible embed), and their ratio;
 *   - 55 case-study cards on one page: time until all are rendered, and the JS heap used;
 *   - the member map: time until all members are placed, and from a key press to the
 *     selection shown;
 *   - Lighthouse scores of the demo page (lighthouse 12, the last to run on Node 20).
 *
 * This machine is shared and noisy: compare medians and ratios, not single runs.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { staticImports } from './lib/imports.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS ?? 9);
const KEY_PRESSES = 15;
const CASE_ID = 'rochdale-cost-of-living-crisis';
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// ——— Pages ———

/** Classic script loaded first on every bench page: records when the thing measured is on screen. */
const measureScript = `
window.__bench = {};
const mark = (name) => requestAnimationFrame(() => requestAnimationFrame(() => (window.__bench[name] = performance.now())));
const mode = document.documentElement.dataset.bench;
if (mode === 'static') document.addEventListener('DOMContentLoaded', () => mark('rendered'));
if (mode === 'element' || mode === 'cards') {
  let expected = null, done = 0;
  document.addEventListener('ccin-case-study-load', () => {
    expected ??= document.querySelectorAll('ccin-case-study').length;
    if (++done === expected) mark('rendered');
  });
}
if (mode === 'map') {
  const check = () => {
    const map = document.querySelector('ccin-member-map');
    const hit = map?.shadowRoot?.querySelector('.hit');
    const count = map?.shadowRoot?.querySelectorAll('.marker').length ?? 0;
    if (count === 62 && hit && Math.abs(hit.getBoundingClientRect().width - 24) < 0.6) window.__bench.rendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  document.addEventListener('keydown', () => (window.__bench.keydown = performance.now()), true);
  document.addEventListener('ccin-member-select', (event) => {
    const map = event.composedPath()[0];
    map.updateComplete.then(() => requestAnimationFrame(() => (window.__bench.shown = performance.now())));
  });
}
`;

const page = (mode, head, body) => `<!doctype html>
<html lang="en" data-bench="${mode}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${mode}</title>
<script src="/bench/measure.js"></script>
${head}
</head>
<body><main>${body}</main></body>
</html>`;

async function staticArticle(browser, base) {
  // The same article, as the element renders it, pasted into the page as plain HTML and CSS.
  const tab = await browser.newPage();
  await tab.goto(`${base}/bench/element.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__bench?.rendered);
  const { markup, css } = await tab.evaluate(() => {
    const el = document.querySelector('ccin-case-study');
    const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    return { markup: el.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, ''), css: css.replaceAll(':host', '.ccin-host') };
  });
  await tab.close();
  return { markup: `<div class="ccin-host">${markup}</div>`, css };
}

// ——— Server ———

async function benchServer(routes) {
  const dist = resolve(root, 'dist');
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (routes.has(path)) {
      const [type, body] = routes.get(path);
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      response.end(body);
      return;
    }
    const file = resolve(dist, normalize(path.replace(/^\/dist\//, '')));
    if (!path.startsWith('/dist/') || !file.startsWith(dist + sep)) return void response.writeHead(404).end();
    try {
      await stat(file);
    } catch {
      return void response.writeHead(404).end();
    }
    const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, done));
  return server;
}

// ——— Runs ———

async function timeNavigation(browser, url, key = 'rendered') {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction((k) => window.__bench?.[k], { timeout: 30000 }, key);
  const value = await tab.evaluate((k) => window.__bench[k], key);
  return { value, tab, context };
}

async function main() {
  await stat(resolve(root, 'dist/ccin-elements.js')).catch(() => {
    console.error('bench: no dist/ — run `npm run build` first.');
    process.exit(1);
  });
  const routes = new Map();
  routes.set('/bench/measure.js', ['text/javascript', measureScript]);
  routes.set('/bench/element.html', ['text/html', page('element', '<script type="module" src="/dist/elements/case-study.js"></script>', `<ccin-case-study case-id="${CASE_ID}"></ccin-case-study>`)]);
  // The same, with the preload hints the embed-code builder adds to its snippet: the chunks the
  // entry imports and the case study's data file, fetched in parallel from the start.
  const chunks = [...(await staticImports(resolve(root, 'dist'), 'elements/case-study.js'))].slice(1);
  const hints = [
    ...chunks.map((file) => `<link rel="modulepreload" href="/dist/${file}">`),
    `<link rel="preload" as="fetch" crossorigin="anonymous" href="/dist/data/case-studies/${CASE_ID}.json">`,
  ].join('\n');
  routes.set('/bench/element-preload.html', ['text/html', page('element', `${hints}\n<script type="module" src="/dist/elements/case-study.js"></script>`, `<ccin-case-study case-id="${CASE_ID}"></ccin-case-study>`)]);
  const index = JSON.parse(await readFile(resolve(root, 'dist/data/case-study-index.json'), 'utf8'));
  routes.set('/bench/cards.html', ['text/html', page('cards', '<script type="module" src="/dist/ccin-elements.js"></script>',
    index.map((s) => `<ccin-case-study variant="card" case-id="${s.id}"></ccin-case-study>`).join('\n'))]);
  routes.set('/bench/map.html', ['text/html', page('map', '<script type="module" src="/dist/elements/member-map.js"></script>', '<ccin-member-map></ccin-member-map>')]);

  const server = await benchServer(routes);
  const base = `http://localhost:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
  const results = {};
  try {
    const { markup, css } = await staticArticle(browser, base);
    routes.set('/bench/article.css', ['text/css', css]);
    routes.set('/bench/static.html', ['text/html', page('static', '<link rel="stylesheet" href="/bench/article.css">', markup)]);

    const measure = async (label, fn) => {
      const values = [];
      for (let run = 0; run < RUNS; run++) values.push(await fn());
      results[label] = { median: median(values), runs: values.map((v) => Math.round(v * 10) / 10) };
      process.stdout.write('.');
    };

    // The element and the static page alternate, run by run, so that the machine's noise
    // falls on both alike; the ratio is taken per pair, then its median.
    const element = [];
    const preloaded = [];
    const fixed = [];
    const ratios = [];
    const preloadRatios = [];
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? ['static', 'element', 'element-preload'] : ['element-preload', 'element', 'static'];
      const times = {};
      for (const kind of order) {
        const { value, context } = await timeNavigation(browser, `${base}/bench/${kind}.html`);
        await context.close();
        times[kind] = value;
      }
      element.push(times.element);
      preloaded.push(times['element-preload']);
      fixed.push(times.static);
      ratios.push(times.element / times.static);
      preloadRatios.push(times['element-preload'] / times.static);
    }
    results.caseStudyPreloaded = { median: median(preloaded), runs: preloaded.map((v) => Math.round(v * 10) / 10) };
    results.caseStudyPreloadRatio = { median: median(preloadRatios), runs: preloadRatios.map((v) => Math.round(v * 100) / 100) };
    results.caseStudyElement = { median: median(element), runs: element.map((v) => Math.round(v * 10) / 10) };
    results.caseStudyStatic = { median: median(fixed), runs: fixed.map((v) => Math.round(v * 10) / 10) };
    results.caseStudyRatio = { median: median(ratios), runs: ratios.map((v) => Math.round(v * 100) / 100) };
    process.stdout.write('..');
    const heaps = [];
    await measure('cards55', async () => {
      const { value, tab, context } = await timeNavigation(browser, `${base}/bench/cards.html`);
      const count = await tab.evaluate(() => document.querySelectorAll('ccin-case-study').length);
      if (count !== 55) throw new Error(`expected 55 cards, found ${count}`);
      heaps.push((await tab.metrics()).JSHeapUsedSize);
      await context.close();
      return value;
    });
    results.cards55Heap = { median: median(heaps), runs: heaps };
    const latencies = [];
    await measure('mapRendered', async () => {
      const { value, tab, context } = await timeNavigation(browser, `${base}/bench/map.html`);
      // Key presses on the rendered map: Enter selects, Escape closes; time keydown → shown.
      await tab.evaluate(() => document.querySelector('ccin-member-map').shadowRoot.querySelector('.marker[tabindex="0"]').focus());
      for (let i = 0; i < KEY_PRESSES; i++) {
        await tab.evaluate(() => {
          window.__bench.shown = undefined;
        });
        await tab.keyboard.press('Enter');
        await tab.waitForFunction(() => window.__bench.shown);
        latencies.push(await tab.evaluate(() => window.__bench.shown - window.__bench.keydown));
        await tab.keyboard.press('Escape');
        await tab.keyboard.press('ArrowRight');
      }
      await context.close();
      return value;
    });
    results.keyToSelection = { median: median(latencies), runs: latencies.map((v) => Math.round(v * 10) / 10) };
  } finally {
    await browser.close();
    server.close();
  }

  results.lighthouse = await runLighthouse().catch((error) => ({ error: error.message }));
  console.log('\n');
  report(results);
  await mkdir(resolve(root, 'bench-results'), { recursive: true });
  await writeFile(
    resolve(root, 'bench-results/latest.json'),
    JSON.stringify({ date: new Date().toISOString(), machine: machine(), runs: RUNS, results }, null, 2),
  );
}

async function runLighthouse() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const port = 8095;
  const server = await startServer(port);
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...chromeArgs] });
  try {
    const scores = { performance: [], accessibility: [], 'best-practices': [] };
    let failing = [];
    for (let run = 0; run < 3; run++) {
      const result = await lighthouse(`http://localhost:${port}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(scores),
      });
      for (const key of Object.keys(scores)) scores[key].push(Math.round(result.lhr.categories[key].score * 100));
      if (run === 0) failing = auditsBelow(result.lhr);
    }
    return {
      performance: median(scores.performance),
      accessibility: median(scores.accessibility),
      bestPractices: median(scores['best-practices']),
      runs: scores,
      failing,
    };
  } finally {
    await chrome.kill();
    server.close();
  }
}

/** Lighthouse audits that cost points, for the docs. */
function auditsBelow(lhr) {
  return Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id}: ${audit.displayValue ?? audit.score}`)
    .slice(0, 12);
}

function machine() {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

function report(r) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const ratio = r.caseStudyRatio.median;
  const rows = [
    ['Case study, element: navigation → text rendered', ms(r.caseStudyElement.median), ''],
    ['Case study, static HTML: navigation → text rendered', ms(r.caseStudyStatic.median), ''],
    ['Ratio element / static (median of paired runs)', ratio.toFixed(2), 'goal ≤ 1.5'],
    ['Case study, element with the builder’s preload hints', ms(r.caseStudyPreloaded.median), ''],
    ['Ratio element with preload hints / static', r.caseStudyPreloadRatio.median.toFixed(2), 'goal ≤ 1.5'],
    ['55 cards: navigation → all rendered', ms(r.cards55.median), ''],
    ['55 cards: JS heap used', `${(r.cards55Heap.median / 2 ** 20).toFixed(1)} MiB`, ''],
    ['Map: navigation → all members placed', ms(r.mapRendered.median), ''],
    ['Map: key press → selection shown', ms(r.keyToSelection.median), 'goal < 50 ms'],
  ];
  if (r.lighthouse.error) rows.push(['Lighthouse (demo page)', `failed: ${r.lighthouse.error}`, '']);
  else {
    rows.push(['Lighthouse performance (demo page)', String(r.lighthouse.performance), 'goal ≥ 95']);
    rows.push(['Lighthouse accessibility', String(r.lighthouse.accessibility), 'goal 100']);
    rows.push(['Lighthouse best practices', String(r.lighthouse.bestPractices), 'goal 100']);
  }
  console.log(`bench: medians of ${RUNS} runs (key presses: ${KEY_PRESSES} per run; Lighthouse: 3 runs), ${machine()}\n`);
  console.log('| measure | median | goal |\n| --- | --- | --- |');
  for (const [label, value, goal] of rows) console.log(`| ${label} | ${value} | ${goal} |`);
  if (r.lighthouse.failing?.length) console.log(`\nLighthouse audits below full marks (first run): ${r.lighthouse.failing.join('; ')}`);
}

await main();
