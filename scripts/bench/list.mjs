// @ts-check
/**
 * The case-study list at 55 (real), 550 and 2,200 case studies, through a provider with a split
 * snapshot: search keystroke → results rendered. A word is typed letter by letter into the
 * list's search box ("council"), the box is cleared (one Backspace over the selected text) and a
 * second word typed ("housing"): 15 keystrokes, each timed from its keydown (the event's
 * timestamp) to the frame after the list's `ccin-filter-change` (which the list fires once it has
 * rendered the results), waiting for each before the next.
 */
import { caseStudyCounts } from './site.mjs';
import { conditions, coldPage, mark, progress, summary } from './util.mjs';
import { loaderScript, page } from './pages.mjs';

export const listConditions = [conditions.localhost, conditions.cpu4];
export const words = ['council', 'housing'];

/** @param {import('puppeteer-core').Page} tab */
async function typeWords(tab) {
  const input = await tab.evaluateHandle(() => document.querySelector('ccin-case-study-list')?.shadowRoot?.querySelector('input[type="search"]'));
  const box = /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (input);
  await box.focus();
  let expected = 0;
  const press = async (/** @type {import('puppeteer-core').KeyInput} */ key) => {
    await tab.keyboard.press(key);
    expected++;
    await tab.waitForFunction((n) => window['__bench'].keys.length >= n || window['__bench'].error, { polling: 'raf', timeout: 30_000 }, expected);
  };
  for (const [i, word] of words.entries()) {
    if (i > 0) {
      await box.evaluate((el) => el.select());
      await press('Backspace');
    }
    for (const letter of word) await press(/** @type {import('puppeteer-core').KeyInput} */ (letter));
  }
  const { keys, error } = await tab.evaluate(() => ({ keys: window['__bench'].keys, error: window['__bench'].error }));
  if (error) throw new Error(error);
  await input.dispose();
  return /** @type {{ ms: number, count: number, search: string }[]} */ (keys);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {import('./site.mjs').Site} site
 * @param {number} runs
 */
export async function listSuite(browser, base, site, runs) {
  const rows = [];
  for (const count of caseStudyCounts) {
    const url =
      base +
      (await site.page(
        `list-${count}.html`,
        page({ mode: 'list', title: `list, ${count} case studies`, attrs: { count }, head: loaderScript, body: `<ccin-provider src="${site.caseStudySets[count]}"><ccin-case-study-list></ccin-case-study-list></ccin-provider>` }),
      ));
    for (const condition of listConditions) {
      progress(`list: ${count} case studies, ${condition.label}`);
      /** @type {number[]} */
      const keystrokes = [];
      /** @type {number[]} */
      const perRun = [];
      /** @type {number[]} */
      const ready = [];
      /** @type {Record<string, number>} */
      let matches = {};
      let bundledFirst = 0;
      for (let run = 0; run < runs; run++) {
        const { page: tab, close } = await coldPage(browser, condition);
        try {
          await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
          ready.push(await mark(tab, 'ready'));
          const { bundled } = await tab.evaluate(() => ({ bundled: window['__bench'].bundledIndex }));
          if (bundled) bundledFirst++;
          const keys = await typeWords(tab);
          keystrokes.push(...keys.map((k) => k.ms));
          perRun.push(summary(keys.map((k) => k.ms)).median);
          matches = Object.fromEntries(keys.map((k) => [k.search, k.count]));
        } finally {
          await close();
        }
      }
      rows.push({
        caseStudies: count,
        condition: condition.id,
        label: condition.label,
        keystroke: summary(keystrokes),
        runMedians: summary(perRun),
        navToReady: summary(ready),
        matches,
        bundledFirst,
      });
    }
  }
  return { counts: caseStudyCounts, words, rows };
}
