// @ts-check
/**
 * Lighthouse 12 (the last version that runs on Node 20) on the demo page, as `npm start` serves
 * it (gzip, the strict Content-Security-Policy), in the project's Chromium: performance,
 * accessibility and best practices, default mobile settings (simulated throttling). About 40 s;
 * LIGHTHOUSE=0 skips it.
 */
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../lib/chromium.mjs';
import { startStaticServer } from '../lib/static-server.mjs';
import { strictCsp } from '../lib/csp.mjs';
import { median, progress } from './util.mjs';

const categories = ['performance', 'accessibility', 'best-practices'];

/** Audits that cost points, for the docs. @param {any} lhr */
const auditsBelow = (lhr) =>
  Object.values(lhr.audits)
    .filter((/** @type {any} */ a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((/** @type {any} */ a) => `${a.id}: ${a.displayValue ?? a.score}`)
    .slice(0, 12);

/**
 * @param {import('./site.mjs').Site} site
 * @param {number} runs
 */
export async function lighthouseSuite(site, runs = 3) {
  progress('lighthouse: demo page');
  const { default: lighthouse } = await import('lighthouse');
  const server = await startStaticServer({ root: site.dir, headers: { 'Content-Security-Policy': strictCsp } });
  // A browser of its own: Lighthouse drives it through its DevTools port.
  const browser = await launchChromium();
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    /** @type {Record<string, number[]>} */
    const scores = Object.fromEntries(categories.map((c) => [c, []]));
    /** @type {string[]} */
    let failing = [];
    /** @type {Record<string, number[]>} */
    const metrics = { fcp: [], lcp: [], tbt: [] };
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.url}/demo/`, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      for (const c of categories) scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
      metrics.fcp.push(lhr.audits['first-contentful-paint'].numericValue ?? NaN);
      metrics.lcp.push(lhr.audits['largest-contentful-paint'].numericValue ?? NaN);
      metrics.tbt.push(lhr.audits['total-blocking-time'].numericValue ?? NaN);
      if (run === 0) failing = auditsBelow(lhr);
    }
    return {
      version: JSON.parse(await readFile(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version,
      performance: median(scores.performance),
      accessibility: median(scores.accessibility),
      bestPractices: median(scores['best-practices']),
      simulatedMs: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Math.round(median(v))])),
      runs: scores,
      failing,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
