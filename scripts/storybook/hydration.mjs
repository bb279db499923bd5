// @ts-check
/**
 * For scripts/test-storybook.mjs: the checks of a pre-rendered story (stories/prerendered.ts),
 * run in its page: that hydration kept the server's DOM (hydrationProblems), then that each
 * element of the file responds to a change (startChanges, then changeProblems until it shows).
 * The functions are passed to page.evaluate(), so they use nothing from outside themselves.
 */

/**
 * What the changes of the pre-rendered stories must show, from the build's data.
 * @typedef {{ studies: { id: string, title: string }[], principles: { id: string, name: string, statement: string }[], members: number, pageSize: number }} ChangeData
 */

export const ccinTags = 'ccin-provider, ccin-principle-badge, ccin-case-study, ccin-case-study-list, ccin-member-map';

/**
 * Runs in the page of a pre-rendered story, once it has rendered: whether hydration kept what
 * the server sent. Returns what is wrong. The elements of the file are those in the story's
 * `.prerendered` containers (stories/prerendered.ts) and in their shadow roots (a card's badges,
 * a list's cards); a <ccin-provider> around a container is the story's own.
 * @param {string} tags
 */
export function hydrationProblems(tags) {
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
export function startChanges(data) {
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
export function changeProblems(tags) {
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
