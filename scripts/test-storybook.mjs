#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:storybook`: opens every story of the static Storybook build (storybook-static/,
 * from `npm run build-storybook`) in the system Chromium and fails if any story logs a console
 * error, throws, fails a request, has an axe violation (WCAG 2.2 AA tags), or does not reach the
 * state it is meant to show. It checks each story in English and in Welsh (the toolbar's
 * language), and prints the counts.
 *
 * What a story is meant to show comes from its `expect` parameter (see .storybook/preview.ts):
 *
 *   state   "content" (the default): every element has rendered its content, none is still
 *           "Loading…" or shows a failure or a notice; "loading", "failure" (a message with
 *           "Try again") or "notice" (a message that retrying cannot help): at least one element
 *           shows that state, and none shows a failure unless that is the state.
 *   text    texts that must be visible (in the elements' shadow roots too), in either language;
 *   en, cy  texts that must be visible in that language only.
 *
 * Every element in a story must also be defined and have rendered something visible. A view
 * passes once all this holds and nothing is loading (no request in flight, no Lit update
 * pending); if it does not within 10 s, the view fails with what was missing.
 *
 * The browser and the server are the project's own (scripts/lib/chromium.mjs and
 * scripts/lib/static-server.mjs). STORYBOOK_TEST_PAGES sets how many stories are open at once
 * (default 3); STORYBOOK_TEST_FILTER (a substring of the story id) checks only some stories.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(root, 'storybook-static');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const langs = /** @type {const} */ (['en', 'cy']);
const settleTimeout = 10_000;
const pages = Math.max(1, Number(process.env.STORYBOOK_TEST_PAGES) || 3);
const started = performance.now();

/** @typedef {{ id: string, title: string, name: string, type: string }} IndexEntry */
/** @typedef {{ state?: 'content' | 'loading' | 'failure' | 'notice', text?: string[], en?: string[], cy?: string[] }} Expectation */

/** @type {{ entries: Record<string, IndexEntry> }} */
let index;
try {
  index = JSON.parse(await readFile(resolve(staticDir, 'index.json'), 'utf8'));
} catch {
  console.error('test:storybook: no storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(1);
}
const filter = process.env.STORYBOOK_TEST_FILTER ?? '';
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
if (!stories.length) {
  console.error(`test:storybook: no stories${filter ? ` match "${filter}"` : ' in the build'}.`);
  process.exit(1);
}
const axeSource = await readFile(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs in the page: whether the story shows what it should. Returns undefined when it does, else
 * what is missing. Walks shadow roots, as the elements render there.
 * @param {Expectation} expectation
 * @param {string} lang
 */
function storyProblems(expectation, lang) {
  const body = document.body.classList;
  if (body.contains('sb-show-errordisplay')) {
    const message = document.querySelector('.sb-errordisplay')?.textContent?.replace(/\s+/g, ' ').trim();
    return { final: true, problems: [`the story failed to render: ${message?.slice(0, 300) ?? 'no message'}`] };
  }
  if (body.contains('sb-show-nopreview')) return { final: true, problems: ['Storybook shows "No Preview" (the story was not found)'] };
  const storyRoot = document.querySelector('#storybook-root');
  if (!body.contains('sb-show-main') || !storyRoot) return { problems: ['the story has not rendered'] };

  /**
   * Whether an element is shown. A slot (and anything else with display: contents) has no box
   * of its own: its fallback text is shown if its parent is.
   * @param {Element} element
   * @returns {boolean}
   */
  const visible = (element) => {
    if (getComputedStyle(element).display !== 'contents') return element.checkVisibility({ visibilityProperty: true });
    const parent = element.parentElement ?? /** @type {ShadowRoot} */ (element.getRootNode()).host;
    return !!parent && visible(parent);
  };
  /** @type {HTMLElement[]} */
  const elements = [];
  /** @type {string[]} */
  const texts = [];
  let lastParent = /** @type {Node | null} */ (null);
  /** @param {Node} node */
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const parent = child.parentElement;
        if (!parent || parent.closest('style, script, template') || !visible(parent)) continue;
        texts.push(parent === lastParent ? child.textContent ?? '' : ` ${child.textContent ?? ''}`);
        lastParent = parent;
      } else if (child instanceof Element) {
        if (child.localName.startsWith('ccin-')) elements.push(/** @type {HTMLElement} */ (child));
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(storyRoot);
  const visibleText = texts.join('').replace(/\s+/g, ' ');

  /** @type {string[]} */
  const problems = [];
  if (!elements.length) problems.push('the story has no ccin element');
  let pending = 0;
  const states = { loading: 0, failure: 0, notice: 0 };
  for (const element of elements) {
    const name = `<${element.localName}>`;
    if (!customElements.get(element.localName)) {
      problems.push(`${name} is not defined`);
      continue;
    }
    const lit = /** @type {HTMLElement & { isUpdatePending?: boolean, hasUpdated?: boolean }} */ (element);
    if (lit.isUpdatePending || !lit.hasUpdated) pending++;
    const shadow = element.shadowRoot;
    if (!shadow) {
      problems.push(`${name} has no shadow root`);
      continue;
    }
    for (const status of shadow.querySelectorAll('[part~="status"]')) {
      if (!visible(status)) continue;
      if (status.classList.contains('loading')) states.loading++;
      else if (status.querySelector('[part~="retry"]')) states.failure++;
      else states.notice++;
    }
    // The provider renders only its slot: what it holds is checked as elements of its own.
    if (element.localName === 'ccin-provider') continue;
    const box = element.getBoundingClientRect();
    const rendered = [...shadow.children].some((child) => child.localName !== 'style' && child.localName !== 'link');
    if (!rendered || !box.width || !box.height) problems.push(`${name} rendered nothing visible`);
  }
  if (pending) problems.push(`${pending} element(s) still updating`);

  const state = expectation.state ?? 'content';
  const describe = () =>
    Object.entries(states)
      .filter(([, count]) => count)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ') || 'content only';
  if (state === 'content' && (states.loading || states.failure || states.notice)) {
    problems.push(`expected content, found ${describe()}${states.loading ? ' (stays on "Loading…"?)' : ''}`);
  }
  if (state !== 'content' && !states[state]) problems.push(`expected the ${state} state, found ${describe()}`);
  if (state !== 'failure' && states.failure) problems.push(`an element shows a failure (${describe()})`);

  const folded = visibleText.toLowerCase();
  for (const text of [...(expectation.text ?? []), ...(expectation[/** @type {'en' | 'cy'} */ (lang)] ?? [])]) {
    if (!folded.includes(text.replace(/\s+/g, ' ').toLowerCase())) problems.push(`expected text not shown: "${text}"`);
  }
  if (!visibleText.trim() && !elements.some((element) => element.shadowRoot?.querySelector('svg'))) problems.push('the story shows nothing');
  return { problems };
}

const server = await startStaticServer({ root: staticDir });
const browser = await launchChromium();

/** @type {{ order: number, label: string, problems: string[] }[]} */
const failures = [];
let checked = 0;

/**
 * Opens one story in one language and checks it.
 * @param {import('puppeteer-core').Page} page
 * @param {{ problems: string[], inFlight: Set<unknown> }} watch
 * @param {IndexEntry} story
 * @param {'en' | 'cy'} lang
 */
async function checkView(page, watch, story, lang) {
  watch.problems = [];
  watch.inFlight.clear();
  // a11y.manual: the a11y addon's own axe run (for the Storybook panel) is skipped; this script runs axe itself.
  const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=lang:${lang};a11y.manual:!true`;
  await page.goto(url, { waitUntil: 'load' });
  /** @type {string[]} */
  const setup = [];
  /** @type {Expectation} */
  const expectation = await page
    .waitForFunction(
      () => {
        const story = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.story;
        return story ? { expect: story.parameters?.expect ?? {} } : undefined;
      },
      { timeout: settleTimeout, polling: 50 },
    )
    .then((handle) => handle.jsonValue())
    .then((found) => found.expect)
    .catch((/** @type {unknown} */ error) => {
      setup.push(`could not read the story's parameters: ${error instanceof Error ? error.message : String(error)}`);
      return {};
    });

  // Poll until the story shows what it should, three times in a row with nothing in flight.
  const deadline = Date.now() + settleTimeout;
  let stable = 0;
  /** @type {string[]} */
  let last = ['the story has not rendered'];
  for (;;) {
    const result = await page.evaluate(storyProblems, expectation, lang);
    last = result.problems;
    if (result.final) break;
    const busy = watch.inFlight.size > 0;
    stable = !last.length && !busy ? stable + 1 : 0;
    if (stable >= 3) break;
    if (Date.now() > deadline) {
      if (busy && !last.length) last = [`${watch.inFlight.size} request(s) still in flight`];
      break;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  const problems = [...setup, ...last];

  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = /** @type {any} */ (window).axe;
    const results = await axe.run(document.querySelector('#storybook-root') ?? document.body, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (/** @type {any} */ v) =>
        `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((/** @type {any} */ node) => node.target.join(' '))
          .join('; ')}`,
    );
  }, wcagTags);
  for (const violation of violations) problems.push(`axe: ${violation}`);
  problems.push(...watch.problems);
  return problems;
}

try {
  const views = stories.flatMap((story, i) => langs.map((lang, j) => ({ order: i * langs.length + j, story, lang })));
  let next = 0;
  const worker = async () => {
    // A context of its own opens a window of its own: tabs of one window are hidden, bar the
    // front one, and a hidden page runs no animation frames or observers, which the elements use.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    const watch = { problems: /** @type {string[]} */ ([]), inFlight: new Set() };
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // "Failed to load resource" says which resource only in its location.
      const where = message.location()?.url;
      // The browser asks for /favicon.ico on its own (Storybook's icon is an SVG): not the story's.
      if (where === `${server.url}/favicon.ico`) return;
      watch.problems.push(`console error: ${message.text()}${where && !message.text().includes(where) ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
    page.on('request', (request) => watch.inFlight.add(request));
    page.on('requestfinished', (request) => watch.inFlight.delete(request));
    page.on('requestfailed', (request) => {
      watch.inFlight.delete(request);
      watch.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'no reason'})`);
    });
    while (next < views.length) {
      const { order, story, lang } = views[next++];
      let problems;
      try {
        problems = await checkView(page, watch, story, lang);
      } catch (error) {
        problems = [`the check failed: ${error instanceof Error ? error.message : String(error)}`];
      }
      checked++;
      if (problems.length) failures.push({ order, label: `${story.title} / ${story.name} [${lang}]`, problems });
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: Math.min(pages, views.length) }, worker));
} finally {
  await browser.close();
  await server.close();
}

const seconds = `${((performance.now() - started) / 1000).toFixed(1)} s`;
if (failures.length) {
  failures.sort((a, b) => a.order - b.order);
  console.error(
    `test:storybook: ${failures.length} of ${checked} story views have problems:\n  ${failures.map((f) => `${f.label}\n    ${f.problems.join('\n    ')}`).join('\n  ')}`,
  );
  console.log(`test:storybook: ${checked} views in ${seconds}`);
  console.log(`${checked - failures.length} passed, ${failures.length} failed`);
  process.exit(1);
}
console.log(
  `test:storybook: ${stories.length} stories, each in English and Welsh (${checked} views): each shows what it should, no console errors, no axe violations (${wcagTags.join(', ')}); ${seconds}.`,
);
console.log(`${checked} passed, 0 failed`);
