// @ts-check
/**
 * What the consumer test looks for in a page: helpers installed before the page's own scripts,
 * and the checks a fixture's page lists (fixtures.mjs), each waiting for what it expects.
 */
import { caseId } from './fixtures.mjs';
import { textKey } from './expectations.mjs';
import { fail } from './report.mjs';

/** @typedef {import('./fixtures.mjs').PageCheck} PageCheck */
/** @typedef {import('./expectations.mjs').Expected} Expected */

export const WAIT_MS = 15_000; // the longest wait for anything in a page

/** Runs in every page before its scripts (CDP-injected, so the page's CSP does not apply). */
export function installPageHelpers() {
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
export async function waitFor(page, what, predicate, explain, arg) {
  try {
    await page.waitForFunction(predicate, { timeout: WAIT_MS, polling: 100 }, arg);
  } catch (error) {
    const state = await page.evaluate(explain, arg).catch(() => /** @type {Error} */ (error).message);
    fail(`${what}: not after ${WAIT_MS / 1000} s; ${state}`);
  }
}

/**
 * The paragraphs of the case study's [part="body"] are the data's, in order (the title is checked
 * first, so the content is there). Fails with the first difference.
 * @param {import('puppeteer-core').Page} page @param {Expected} expected
 */
export async function checkParagraphs(page, expected) {
  const shown = await page.evaluate((caseId) => {
    const body = document.querySelector(`ccin-case-study[case-id="${caseId}"]`)?.shadowRoot?.querySelector('[part="body"]');
    return [...(body?.children ?? [])].filter((child) => child.localName === 'p' && !child.matches('[role="heading"]')).map((p) => p.textContent ?? '');
  }, caseId);
  if (shown.length !== expected.paragraphs.length) fail(`${shown.length} paragraphs in [part="body"], the data has ${expected.paragraphs.length}`);
  const wrong = shown.findIndex((text, i) => textKey(text) !== expected.paragraphs[i]);
  if (wrong >= 0) fail(`paragraph ${wrong + 1} differs from the data: “${shown[wrong].slice(0, 80)}…”`);
  return `title and ${shown.length} paragraphs`;
}

/** @type {Record<PageCheck, [string, (page: import('puppeteer-core').Page, expected: Expected) => Promise<string>]>} */
export const pageChecks = {
  caseStudy: ['the case study shows its title and every paragraph', async (page, expected) => {
    await waitFor(page, `title “${expected.title}”`, ({ caseId, title }) => document.querySelector(`ccin-case-study[case-id="${caseId}"]`)
      ?.shadowRoot?.querySelector('[part="title"]')?.textContent?.replace(/\s+/g, ' ').includes(title),
    ({ caseId }) => /** @type {any} */ (window).__ccin.shows(document.querySelector(`ccin-case-study[case-id="${caseId}"]`)), { caseId, title: expected.title });
    return checkParagraphs(page, expected);
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
  liveCaseId: ['after hydration, another case-id shows that case study', async (page, expected) => {
    // Pre-rendered content passes the checks above before any code runs: this one needs the element itself.
    await waitFor(page, `<ccin-case-study case-id="${caseId}"> defined and hydrated`, (caseId) => customElements.get('ccin-case-study')
      && /** @type {any} */ (document.querySelector(`ccin-case-study[case-id="${caseId}"]`))?.hasUpdated,
    (caseId) => /** @type {any} */ (window).__ccin.shows(document.querySelector(`ccin-case-study[case-id="${caseId}"]`)), caseId);
    const [otherId, indexTitle] = Object.entries(expected.titles).find(([id]) => id !== caseId) ?? fail('the index lists no other case study');
    const title = indexTitle.replace(/\s+/g, ' ').trim();
    await page.evaluate((caseId, otherId) => document.querySelector(`ccin-case-study[case-id="${caseId}"]`)?.setAttribute('case-id', otherId), caseId, otherId);
    // A title with a subtitle reads "Title Subtitle".
    await waitFor(page, `case-id="${otherId}" to show “${title}”`, ({ otherId, title }) => document.querySelector(`ccin-case-study[case-id="${otherId}"]`)
      ?.shadowRoot?.querySelector('[part="title"]')?.textContent?.replace(/\s+/g, ' ').trim().startsWith(title),
    ({ otherId }) => {
      const element = document.querySelector(`ccin-case-study[case-id="${otherId}"]`) ?? document.querySelector('ccin-case-study');
      return `${element ? `its case-id is “${element.getAttribute('case-id')}”; ` : ''}${/** @type {any} */ (window).__ccin.shows(element)}`;
    }, { otherId, title });
    return `case-id="${otherId}": “${title}”`;
  }],
};
