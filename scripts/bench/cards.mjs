// @ts-check
/**
 * 55 case-study cards on one page (every case study, through dist/ccin-elements.js): navigation
 * → the frame after the last card's `ccin-case-study-load`, and the JS heap in use then (after a
 * forced garbage collection, so it is what the page keeps, not what it has not yet freed).
 */
import { conditions, coldPage, mark, progress, summary } from './util.mjs';
import { loaderScript, page } from './pages.mjs';

export const cardsConditions = [conditions.localhost, conditions.cpu4, conditions.fast4g];

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {import('./site.mjs').Site} site
 * @param {number} runs
 */
export async function cardsSuite(browser, base, site, runs) {
  const body = site.index.map((/** @type {any} */ s) => `<ccin-case-study variant="card" case-id="${s.id}"></ccin-case-study>`).join('\n');
  const url = base + (await site.page('cards.html', page({ mode: 'cards', title: `${site.index.length} cards`, head: loaderScript, body })));
  const rows = [];
  for (const condition of cardsConditions) {
    progress(`cards: ${condition.label}`);
    /** @type {number[]} */
    const rendered = [];
    /** @type {number[]} */
    const heap = [];
    for (let run = 0; run < runs; run++) {
      const { page: tab, close } = await coldPage(browser, condition);
      try {
        await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
        rendered.push(await mark(tab, 'painted'));
        const count = await tab.evaluate(() => document.querySelectorAll('ccin-case-study').length);
        if (count !== site.index.length) throw new Error(`cards: expected ${site.index.length} cards, found ${count}`);
        const cdp = await tab.createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.detach();
        heap.push((await tab.metrics()).JSHeapUsedSize ?? NaN);
      } finally {
        await close();
      }
    }
    rows.push({ condition: condition.id, label: condition.label, cards: site.index.length, navToRendered: summary(rendered), heapBytes: summary(heap, 0) });
  }
  return { rows };
}
