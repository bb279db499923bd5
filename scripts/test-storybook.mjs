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
 * kept the server's DOM (hydrationProblems below): every element of the file hydrated (no
 * `defer-hydration` left); its shadow root still holds the nodes the browser built from the file
 * before the element's code ran (noted by stories/prerendered.ts) and no other (the map's markers
 * and its "On the map" list excepted, which it regroups for the size it is shown at), with
 * exactly one stylesheet, the file's <link>, loaded from dist/styles/<tag>.css. Nothing may be
 * logged to the console, warnings included. Then each element of the file must respond to a
 * change (startChanges below): a case study shows another case-id's title, a full badge its
 * statement, a label or icon badge another principle, the list a second page of cards after
 * "Show more", the map its list view. What a change must show comes from the build's data
 * (dist/data/).
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
/** @typedef {{ state?: 'content' | 'loading' | 'failure' | 'notice', text?: string[], en?: string[], cy?: string[], once?: string[] }} Expectation */
/**
 * What the changes of the pre-rendered stories must show, from the build's data.
 * @typedef {{ studies: { id: string, title: string }[], principles: { id: string, name: string, statement: string }[], members: number, pageSize: number }} ChangeData
 */

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
  /** Every element, in shadow roots too (for `once`). */
  /** @type {Element[]} */
  const all = [];
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
        all.push(child);
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
  /** @param {string | null} text */
  const collapse = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  for (const text of expectation.once ?? []) {
    const wanted = collapse(text);
    // The innermost visible elements whose whole text it is (a heading, not the article around it).
    const count = all.filter(
      (element) =>
        collapse(element.textContent) === wanted && ![...element.children].some((child) => collapse(child.textContent) === wanted) && !element.closest('style, script') && visible(element),
    ).length;
    if (count !== 1) problems.push(count ? `expected text shown ${count} times, not once: "${text}"` : `expected text not shown once as an element's whole text: "${text}"`);
  }
  if (!visibleText.trim() && !elements.some((element) => element.shadowRoot?.querySelector('svg'))) problems.push('the story shows nothing');
  return { problems };
}

const ccinTags = 'ccin-provider, ccin-principle-badge, ccin-case-study, ccin-case-study-list, ccin-member-map';

/**
 * Runs in the page of a pre-rendered story, once it has rendered: whether hydration kept what
 * the server sent. Returns what is wrong. The elements of the file are those in the story's
 * `.prerendered` containers (stories/prerendered.ts) and in their shadow roots (a card's badges,
 * a list's cards); a <ccin-provider> around a container is the story's own.
 * @param {string} tags
 */
function hydrationProblems(tags) {
  /** @type {WeakMap<Element, { nodes: Element[], markerNodes: Element[], beforeUpdate: boolean }> | undefined} */
  const records = /** @type {any} */ (window).__ccinServerRender;
  if (!records) return ['no record of the server-rendered nodes (window.__ccinServerRender, stories/prerendered.ts)'];
  const containers = [...(document.querySelector('#storybook-root')?.querySelectorAll('.prerendered') ?? [])];
  if (!containers.length) return ['the story shows no pre-rendered file (no .prerendered container)'];
  /** @type {string[]} */
  const problems = [];
  /** @param {Element} node */
  const describe = (node) => `<${node.localName}${node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : ''}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}>`;
  /** @param {string[]} list */
  const some = (list) => `${list.slice(0, 3).join(', ')}${list.length > 3 ? ` and ${list.length - 3} more` : ''}`;
  /** @type {Element[]} */
  const elements = [];
  /** @type {ParentNode[]} */
  const roots = [...containers];
  while (roots.length) {
    for (const element of /** @type {ParentNode} */ (roots.pop()).querySelectorAll(tags)) {
      elements.push(element);
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  /** What is wrong, and with which elements (a list's 24 cards may share a problem). @type {Map<string, string[]>} */
  const found = new Map();
  /** @param {string} name @param {string} problem */
  const note = (name, problem) => found.set(problem, [...(found.get(problem) ?? []), name]);
  for (const element of elements) {
    const key = element.getAttribute('case-id') ?? element.getAttribute('principle');
    const name = `<${element.localName}${key ? ` ${key}` : ''}>`;
    const record = records.get(element);
    const shadow = element.shadowRoot;
    if (!record || !shadow) {
      note(name, 'no server-rendered shadow root noted before its code ran');
      continue;
    }
    if (!record.beforeUpdate) note(name, 'had updated before its server-rendered nodes were noted');
    if (element.hasAttribute('defer-hydration')) note(name, 'still has defer-hydration: it never hydrated');
    if (!(/** @type {any} */ (element).hasUpdated)) note(name, 'has not updated (hydrated)');
    // Exactly one stylesheet, the file's <link>, pointing where Storybook serves dist/styles, and loaded.
    const links = [...shadow.querySelectorAll('link[rel~="stylesheet"], style')];
    const expected = `/dist/styles/${element.localName}.css`;
    if (links.length !== 1 || links[0].localName !== 'link') note(name, `${links.length} stylesheets in its shadow root (${links.map(describe).join(', ')}), not the file's one <link>`);
    for (const link of links) {
      if (!(link instanceof HTMLLinkElement)) continue;
      if (!record.nodes.includes(link)) note(name, 'its stylesheet <link> is not the one from the file');
      if (new URL(link.href).pathname !== expected) note(name, `its stylesheet is ${link.getAttribute('href')}, not ${expected}`);
      else if (!link.sheet?.cssRules.length) note(name, `its stylesheet ${link.getAttribute('href')} did not load`);
    }
    // Hydrated, not drawn again: the nodes built from the file are still in the shadow root, and
    // there is none beside them (the map's markers and their list excepted: it regroups them for
    // the size it is shown at).
    const markers = new Set(record.markerNodes);
    const before = new Set(record.nodes);
    const replaced = record.nodes.filter((node) => !markers.has(node) && !(node.isConnected && node.getRootNode() === shadow)).map(describe);
    const added = [...shadow.querySelectorAll('*')].filter((node) => !before.has(node) && !node.closest('g.markers, details.on-map li')).map(describe);
    if (replaced.length) note(name, `${replaced.length} of the ${record.nodes.length} server-rendered nodes were replaced: ${some(replaced)}`);
    if (added.length) note(name, `${added.length} node(s) drawn besides the server's: ${some(added)}`);
  }
  for (const [problem, names] of found) problems.push(`${some(names)}: ${problem}`);
  return problems;
}

/**
 * Runs in the page of a pre-rendered story, after hydrationProblems: changes each element of the
 * file (those at its top level) as a reader or a page would, and leaves in the page what the
 * change must show (window.__ccinChanges, for changeProblems). Returns what could not be changed.
 * @param {ChangeData} data
 */
function startChanges(data) {
  /** @param {Node | null | undefined} node */
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  /** @type {{ label: string, problem: () => string | undefined }[]} */
  const changes = [];
  /** @type {string[]} */
  const problems = [];
  const containers = [...(document.querySelector('#storybook-root')?.querySelectorAll('.prerendered') ?? [])];
  for (const element of containers.flatMap((container) => [...container.children])) {
    const shadow = element.shadowRoot;
    if (!shadow) continue;
    if (element.localName === 'ccin-case-study') {
      const current = element.getAttribute('case-id');
      const title = text(shadow.querySelector('[part~="title"]'));
      const other = data.studies.find((study) => study.id !== current && study.title !== title);
      if (!other) {
        problems.push('no other case study in the data to change to');
        continue;
      }
      element.setAttribute('case-id', other.id);
      // A card in a provider with a case-study-href links to it.
      const template = element.getAttribute('variant') === 'card' && !element.hasAttribute('href') ? element.closest('ccin-provider')?.getAttribute('case-study-href') : undefined;
      const href = template?.replaceAll('{id}', other.id);
      changes.push({
        label: `<ccin-case-study case-id="${other.id}"> (set after hydration)`,
        problem: () => {
          const titles = [...shadow.querySelectorAll('[part~="title"]')];
          if (titles.length !== 1) return `${titles.length} titles shown, not 1`;
          if (text(titles[0]) !== other.title) return `shows the title "${text(titles[0])}", not "${other.title}"`;
          if (href && !shadow.querySelector(`a[href="${CSS.escape(href)}"]`)) return `no link to ${href} (the provider's case-study-href)`;
          return undefined;
        },
      });
    } else if (element.localName === 'ccin-principle-badge' && element.getAttribute('variant') === 'full') {
      const principle = data.principles.find((p) => p.id === element.getAttribute('principle'));
      const toggle = /** @type {HTMLButtonElement | null} */ (shadow.querySelector('[part~="toggle"]'));
      if (!principle || !toggle) {
        problems.push(`<ccin-principle-badge ${element.getAttribute('principle')}>: ${principle ? 'no toggle button' : 'not a principle of the data'}`);
        continue;
      }
      toggle.click();
      const statement = principle.statement.replace(/\s+/g, ' ').trim();
      changes.push({
        label: `<ccin-principle-badge ${principle.id} variant="full">, its button clicked`,
        problem: () => {
          if (toggle.getAttribute('aria-expanded') !== 'true') return `its button is aria-expanded="${toggle.getAttribute('aria-expanded')}", not "true"`;
          const shown = shadow.querySelector('[part~="statement"]');
          if (!shown?.checkVisibility()) return 'its statement is not shown';
          if (!text(shown).includes(statement)) return `its statement does not read "${statement}"`;
          return undefined;
        },
      });
    } else if (element.localName === 'ccin-principle-badge') {
      const current = element.getAttribute('principle');
      const other = data.principles.find((p) => p.id !== current);
      if (!other) continue;
      element.setAttribute('principle', other.id);
      changes.push({
        label: `<ccin-principle-badge principle="${other.id}" variant="${element.getAttribute('variant')}"> (set after hydration)`,
        problem: () => {
          // An icon badge's name is its accessible name and its tooltip.
          const named = [text(shadow), ...[...shadow.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label') ?? '')].join(' ');
          return named.includes(other.name) ? undefined : `does not name "${other.name}"`;
        },
      });
    } else if (element.localName === 'ccin-case-study-list') {
      const cards = () => [...shadow.querySelectorAll('ccin-case-study')];
      const more = /** @type {HTMLButtonElement | null} */ (shadow.querySelector('[part~="more"]'));
      const shown = cards().length;
      if (!more) {
        if (shown < data.studies.length) problems.push(`<ccin-case-study-list> shows ${shown} of ${data.studies.length} cards and no "Show more"`);
        continue;
      }
      more.click();
      const expected = Math.min(shown + data.pageSize, data.studies.length);
      changes.push({
        label: '<ccin-case-study-list>, "Show more" clicked',
        problem: () => {
          const now = cards();
          if (now.length !== expected) return `shows ${now.length} cards, not ${expected}`;
          const titles = now.map((card) => text(card.shadowRoot?.querySelector('[part~="title"]')));
          const missing = titles.findIndex((title) => !title);
          if (missing !== -1) return `card ${missing + 1} shows no title`;
          if (new Set(titles).size !== titles.length) return 'a card is shown twice';
          return undefined;
        },
      });
    } else if (element.localName === 'ccin-member-map') {
      const buttons = [...shadow.querySelectorAll('[part~="view-switch"] button')];
      const list = /** @type {HTMLButtonElement | undefined} */ (buttons.find((button) => button.getAttribute('aria-pressed') === 'false'));
      if (buttons.length !== 2 || !list) {
        problems.push(`<ccin-member-map>: ${buttons.length} view buttons, none not pressed`);
        continue;
      }
      list.click();
      changes.push({
        label: '<ccin-member-map>, its List button clicked',
        problem: () => {
          if (element.getAttribute('view') !== 'list') return `view="${element.getAttribute('view')}", not "list"`;
          if (list.getAttribute('aria-pressed') !== 'true') return 'the List button is not pressed';
          const entries = shadow.querySelectorAll('[part~="list"] .member-entry').length;
          return entries === data.members ? undefined : `lists ${entries} organisations, not ${data.members}`;
        },
      });
    }
  }
  /** @type {any} */ (window).__ccinChanges = changes;
  if (!changes.length && !problems.length) problems.push('no element of the file to change');
  return problems;
}

/**
 * Runs in the page: what the changes of startChanges do not show yet, and whether an element is
 * still updating.
 * @param {string} tags
 */
function changeProblems(tags) {
  /** @type {{ label: string, problem: () => string | undefined }[]} */
  const changes = /** @type {any} */ (window).__ccinChanges ?? [];
  const problems = changes.flatMap(({ label, problem }) => {
    const found = problem();
    return found ? [`${label}: ${found}`] : [];
  });
  let pending = 0;
  /** @type {ParentNode[]} */
  const roots = [...(document.querySelector('#storybook-root')?.querySelectorAll('.prerendered') ?? [])];
  while (roots.length) {
    for (const element of /** @type {ParentNode} */ (roots.pop()).querySelectorAll(tags)) {
      const lit = /** @type {any} */ (element);
      if (lit.isUpdatePending || !lit.hasUpdated) pending++;
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  if (pending) problems.push(`${pending} element(s) still updating after the change`);
  return problems;
}

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
