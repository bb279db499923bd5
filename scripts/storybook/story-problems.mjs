// @ts-check
/**
 * For scripts/test-storybook.mjs: the check, run in a story's page, of whether the story shows
 * what its `expect` parameter says it should (the state, the texts, the texts shown once; see
 * the script's header and .storybook/preview.ts). The function is passed to page.evaluate(), so
 * it uses nothing from outside itself.
 */

/** @typedef {{ state?: 'content' | 'loading' | 'failure' | 'notice', text?: string[], en?: string[], cy?: string[], once?: string[] }} Expectation */

/**
 * Runs in the page: whether the story shows what it should. Returns undefined when it does, else
 * what is missing. Walks shadow roots, as the elements render there.
 * @param {Expectation} expectation
 * @param {string} lang
 */
export function storyProblems(expectation, lang) {
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
