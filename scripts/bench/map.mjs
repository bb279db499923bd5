// @ts-check
/**
 * The member map at 62 (real), 620 and 1,240 located members, through a provider with a split
 * snapshot, beside a Leaflet peer showing the same points:
 *
 *   - data → placed: from the members file's last byte (Resource Timing responseEnd) to the frame
 *     after every located member is on a marker laid out at its drawn size (a `.hit` circle 24
 *     CSS px across). Includes checking the file against the schema, grouping and rendering.
 *   - navigation → placed, for the element and for Leaflet (circleMarkers, no tiles).
 *   - key → selection: Enter on a focused marker → the frame after the details panel rendered.
 *     Single-member markers are reached with ArrowRight. Where the map has none (the synthetic
 *     copies sit within a marker's width of their originals, so they share its marker), Enter
 *     opens a group and a second Enter on its first member selects that member; both timed.
 */
import { memberCounts } from './site.mjs';
import { conditions, coldPage, mark, progress, ratios, summary } from './util.mjs';
import { loaderScript, page } from './pages.mjs';

export const mapConditions = [conditions.localhost, conditions.cpu4];
const keyPresses = 15;

/** @param {import('puppeteer-core').Page} tab */
const mapState = (tab) =>
  tab.evaluate(() => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('ccin-member-map')?.shadowRoot);
    const active = root.activeElement;
    return {
      key: active?.getAttribute('data-key') ?? null,
      group: !!active?.hasAttribute('data-members'),
      details: !!root.querySelector('[part="details"]'),
      singles: root.querySelectorAll('[part~="marker"]:not([data-members])').length,
    };
  });

/** What the element's page showed (the measure script's own reading, pages.mjs): for a run that never placed its markers. */
const mapShows = () => {
  const B = window['__bench'];
  const { markers, members, width, fileListed } = B.mapShows();
  return `${markers} markers with ${members} members, hit ${width?.toFixed(1) ?? 'none'} px, load events ignored ${B.otherLoads ?? 0}, members file in Resource Timing: ${fileListed}, error: ${B.error ?? 'none'}`;
};

/**
 * Key presses on a placed map; returns the latencies by kind.
 * @param {import('puppeteer-core').Page} tab
 */
async function keyToSelection(tab) {
  await tab.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('ccin-member-map')?.shadowRoot?.querySelector('[part~="marker"][tabindex="0"]')).focus());
  let direction = 'ArrowRight';
  const hasSingles = (await mapState(tab)).singles > 0;
  /** @param {number} n */
  const keysDone = (n) => tab.waitForFunction((k) => window['__bench'].keys.length >= k || window['__bench'].error, { polling: 'raf' }, n);
  let expected = 0;
  for (let press = 0; press < keyPresses; press++) {
    // ArrowRight to the next marker (a single-member one, where the map has them).
    for (let step = 0; step < 60; step++) {
      const before = await mapState(tab);
      await tab.keyboard.press(/** @type {import('puppeteer-core').KeyInput} */ (direction));
      const after = await mapState(tab);
      if (after.key === before.key) direction = direction === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      else if (!hasSingles || !after.group) break;
    }
    const { group } = await mapState(tab);
    await tab.keyboard.press('Enter');
    await keysDone(++expected);
    if (group) {
      // The group's list has the focus on its first member: Enter selects it.
      await tab.waitForFunction(() => document.querySelector('ccin-member-map')?.shadowRoot?.activeElement?.matches('[part="details"] button'), { polling: 'raf' });
      await tab.keyboard.press('Enter');
      await keysDone(++expected);
    }
    await tab.keyboard.press('Escape');
    await tab.waitForFunction(() => !document.querySelector('ccin-member-map')?.shadowRoot?.querySelector('[part="details"]'), { polling: 'raf' });
    if (group) {
      // Escape from the member's details returns to its group's marker, which needs no second Escape.
      await tab.waitForFunction(() => document.querySelector('ccin-member-map')?.shadowRoot?.activeElement?.matches('[part~="marker"]'), { polling: 'raf', timeout: 5000 }).catch(() => {});
    }
  }
  const { keys, error } = await tab.evaluate(() => ({ keys: window['__bench'].keys, error: window['__bench'].error }));
  if (error) throw new Error(error);
  return /** @type {{ ms: number, kind: string }[]} */ (keys);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {import('./site.mjs').Site} site
 * @param {number} runs
 * @param {number} keyRuns runs (of `runs`) that also time key presses
 */
export async function mapSuite(browser, base, site, runs, keyRuns) {
  const rows = [];
  for (const count of memberCounts) {
    const elementUrl =
      base +
      (await site.page(
        `map-${count}.html`,
        page({ mode: 'map', title: `map, ${count} located members`, attrs: { located: count, 'members-file': site.membersFiles[count] }, head: loaderScript, body: `<ccin-provider src="${site.memberSets[count]}"><ccin-member-map></ccin-member-map></ccin-provider>` }),
      ));
    const leafletUrl =
      base +
      (await site.page(
        `leaflet-${count}.html`,
        page({
          mode: 'leaflet',
          title: `Leaflet, ${count} located members`,
          attrs: { members: site.membersFiles[count] },
          head: '<link rel="stylesheet" href="/leaflet/leaflet.css">\n<script src="/leaflet/leaflet.js" defer></script>\n<script src="/bench/leaflet-page.js" defer></script>',
          body: '<div id="map" class="leaflet-map"></div>',
        }),
      ));
    for (const condition of mapConditions) {
      progress(`map: ${count} located members, ${condition.label}`);
      const element = { dataToPlaced: /** @type {number[]} */ ([]), navToPlaced: /** @type {number[]} */ ([]), markers: 0, bundledFirst: 0, timedOut: /** @type {string[]} */ ([]) };
      const leaflet = { navToPlaced: /** @type {number[]} */ ([]), dataToPlaced: /** @type {number[]} */ ([]), markers: 0 };
      /** @type {Record<string, number[]>} */
      const keys = {};
      /** Runs whose element never placed its markers: Leaflet's run beside it is left out too, so the pairs stay pairs. */
      const skipped = new Set();
      for (let run = 0; run < runs; run++) {
        for (const which of run % 2 ? ['leaflet', 'element'] : ['element', 'leaflet']) {
          const { page: tab, close } = await coldPage(browser, condition);
          try {
            await tab.goto(which === 'element' ? elementUrl : leafletUrl, { waitUntil: 'load', timeout: 60_000 });
            const placed = await mark(tab, 'placed', 20_000).catch(async (/** @type {Error} */ error) => {
              // A run that never placed its markers is reported with what the page showed, not dropped silently.
              if (which !== 'element' || error.name !== 'TimeoutError') throw error;
              element.timedOut.push(await tab.evaluate(mapShows).catch(() => 'the page could not be read'));
              skipped.add(run);
              progress(`map: a run timed out: ${element.timedOut.at(-1)}`);
              return undefined;
            });
            if (placed === undefined) continue;
            const { dataAt, markers, bundled } = await tab.evaluate(() => ({ dataAt: window['__bench'].dataAt, markers: window['__bench'].markers, bundled: window['__bench'].bundledMembers }));
            if (which === 'element' && bundled) element.bundledFirst++;
            const into = which === 'element' ? element : leaflet;
            into.navToPlaced.push(placed);
            into.dataToPlaced.push(placed - dataAt);
            into.markers = markers;
            if (which === 'element' && run < keyRuns) {
              for (const { ms, kind } of await keyToSelection(tab)) (keys[kind] ??= []).push(ms);
            }
          } finally {
            await close();
          }
        }
      }
      leaflet.navToPlaced = leaflet.navToPlaced.filter((_, run) => !skipped.has(run));
      leaflet.dataToPlaced = leaflet.dataToPlaced.filter((_, run) => !skipped.has(run));
      rows.push({
        located: count,
        condition: condition.id,
        label: condition.label,
        markers: element.markers,
        bundledFirst: element.bundledFirst,
        timedOut: element.timedOut,
        dataToPlaced: summary(element.dataToPlaced),
        navToPlaced: summary(element.navToPlaced),
        leaflet: { markers: leaflet.markers, navToPlaced: summary(leaflet.navToPlaced), dataToPlaced: summary(leaflet.dataToPlaced) },
        elementToLeaflet: ratios(element.navToPlaced, leaflet.navToPlaced),
        keyToSelection: Object.fromEntries(Object.entries(keys).map(([kind, values]) => [kind, summary(values)])),
      });
    }
  }
  return { counts: memberCounts, rows };
}
