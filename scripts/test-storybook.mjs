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
 *   en, cy  texts that must be visible in that language only;
 *   once    texts that must be shown exactly once as the whole text of an element (a title, a
 *           name), so that content drawn twice is caught.
 *
 * Every element in a story must also be defined and have rendered something visible. A view
 * passes once all this holds and nothing is loading (no request in flight, no Lit update
 * pending); if it does not within 10 s, the view fails with what was missing.
 *
 * A story with the parameter `prerendered: true` (stories/prerendered.ts) shows a file of the
 * build's dist/html/ that its elements hydrate. For it, the script also checks that hydration
 * kept the server's DOM (hydrationProblems in scripts/storybook/hydration.mjs): every element of
 * the file hydrated (no `defer-hydration` left); its shadow root still holds the nodes the browser
 * built from the file before the element's code ran (noted by stories/prerendered.ts) and no other
 * (the map's markers and its "On the map" list excepted, which it regroups for the size it is shown
 * at), with exactly one stylesheet, the file's <link>, loaded from dist/styles/<tag>.css. Nothing
 * may be logged to the console, warnings included. Then each element of the file must respond to a
 * change (startChanges, in the same module): a case study shows another case-id's title, a full
 * badge its statement, a label or icon badge another principle, the list a second page of cards
 * after "Show more", the map its list view. What a change must show comes from the build's data
 * (dist/data/).
 *
 * The browser and the server are the project's own (scripts/lib/chromium.mjs and
 * scripts/lib/static-server.mjs). STORYBOOK_TEST_PAGES sets how many stories are open at once
 * (default 3); STORYBOOK_TEST_FILTER (a substring of the story id) checks only some stories.
 * The checks that run in a story's page are in scripts/storybook/: storyProblems (what a story
 * shows) in story-problems.mjs, the pre-rendered stories' in hydration.mjs.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { ccinTags, changeProblems, hydrationProblems, startChanges } from './storybook/hydration.mjs';
import { storyProblems } from './storybook/story-problems.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(root, 'storybook-static');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const langs = /** @type {const} */ (['en', 'cy']);
const settleTimeout = 10_000;
const pages = Math.max(1, Number(process.env.STORYBOOK_TEST_PAGES) || 3);
const started = performance.now();

/** @typedef {{ id: string, title: string, name: string, type: string }} IndexEntry */
/** @typedef {import('./storybook/story-problems.mjs').Expectation} Expectation */
/** @typedef {import('./storybook/hydration.mjs').ChangeData} ChangeData */

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

/** @type {ChangeData} */
const changeData = await (async () => {
  const json = async (/** @type {string} */ path) => JSON.parse(await readFile(resolve(root, 'dist/data', path), 'utf8'));
  try {
    /** @type {{ id: string, title: string, subtitle?: string | null }[]} */
    const index = await json('case-study-index.json');
    /** @type {{ principles: { id: string, name: string, statement: string }[] }} */
    const snapshot = await json('ccin-snapshot.json');
    /** @type {{ members: unknown[] }} */
    const members = await json('members.json');
    return {
      // A title as the elements show it: the subtitle after the title.
      studies: index.map((study) => ({ id: study.id, title: study.subtitle ? `${study.title} ${study.subtitle}` : study.title })),
      principles: snapshot.principles.map(({ id, name, statement }) => ({ id, name, statement })),
      members: members.members.length,
      // The list's cards per page ("Show more" adds as many): README, <ccin-case-study-list>.
      pageSize: 24,
    };
  } catch (error) {
    console.error(`test:storybook: cannot read the build's data (dist/data): ${error instanceof Error ? error.message : String(error)}. Run \`npm run build-storybook\` first.`);
    process.exit(1);
  }
})();

const server = await startStaticServer({ root: staticDir });
const browser = await launchChromium();

/** @type {{ order: number, label: string, problems: string[] }[]} */
const failures = [];
let checked = 0;

/**
 * Opens one story in one language and checks it.
 * @param {import('puppeteer-core').Page} page
 * @param {{ problems: string[], warnings: string[], inFlight: Set<unknown> }} watch
 * @param {IndexEntry} story
 * @param {'en' | 'cy'} lang
 */
async function checkView(page, watch, story, lang) {
  watch.problems = [];
  watch.warnings = [];
  watch.inFlight.clear();
  // a11y.manual: the a11y addon's own axe run (for the Storybook panel) is skipped; this script runs axe itself.
  const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=lang:${lang};a11y.manual:!true`;
  await page.goto(url, { waitUntil: 'load' });
  /** @type {string[]} */
  const setup = [];
  /** @type {{ expect: Expectation, prerendered: boolean }} */
  const { expect: expectation, prerendered } = await page
    .waitForFunction(
      () => {
        const story = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.story;
        return story ? { expect: story.parameters?.expect ?? {}, prerendered: story.parameters?.prerendered === true } : undefined;
      },
      { timeout: settleTimeout, polling: 50 },
    )
    .then((handle) => handle.jsonValue())
    .catch((/** @type {unknown} */ error) => {
      setup.push(`could not read the story's parameters: ${error instanceof Error ? error.message : String(error)}`);
      return { expect: {}, prerendered: false };
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
  // Hydration, checked before axe's run and the changes touch the page (also when the story does
  // not show what it should: content drawn again beside the server's shows twice).
  const rendered = !last.some((problem) => problem.startsWith('the story ') || problem.startsWith('Storybook '));
  if (prerendered && rendered) problems.push(...(await page.evaluate(hydrationProblems, ccinTags)));

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

  // Then a pre-rendered story's elements must respond to a change, as a page's would.
  if (prerendered && !last.length) {
    const unchanged = await page.evaluate(startChanges, changeData);
    problems.push(...unchanged.map((problem) => `change: ${problem}`));
    const changeDeadline = Date.now() + settleTimeout;
    let settled = 0;
    for (;;) {
      const pending = await page.evaluate(changeProblems, ccinTags);
      settled = !pending.length && !watch.inFlight.size ? settled + 1 : 0;
      if (settled >= 3) break;
      if (Date.now() > changeDeadline) {
        problems.push(...(pending.length ? pending : [`${watch.inFlight.size} request(s) still in flight after the change`]).map((problem) => `change: ${problem}`));
        break;
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    // A pre-rendered story logs no warning either (a hydration mismatch, a warning of the library).
    problems.push(...watch.warnings);
  }
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
    const watch = { problems: /** @type {string[]} */ ([]), warnings: /** @type {string[]} */ ([]), inFlight: new Set() };
    page.on('console', (message) => {
      if (message.type() === 'warn') watch.warnings.push(`console warning: ${message.text()}`);
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
  `test:storybook: ${stories.length} stories, each in English and Welsh (${checked} views): each shows what it should, no console errors, no axe violations (${wcagTags.join(', ')}); the pre-rendered ones hydrated, kept the server's DOM and responded to a change; ${seconds}.`,
);
console.log(`${checked} passed, 0 failed`);
