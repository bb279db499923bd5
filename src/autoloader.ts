/**
 * The autoloader: one script for a council's page that loads each element's code only when its
 * tag is in the page, including tags added later (a CMS's AJAX view, a single-page app).
 * dist/ccin-elements.js is this module with Lit bundled, so the snippet councils paste,
 *
 *   <script type="module" src=".../dist/ccin-elements.js"></script>
 *
 * costs a page with one badge the badge's code and nothing else. (As Shoelace's autoloader:
 * one scan of the document, then a MutationObserver.) Elements inside the elements' own shadow
 * roots are imported by the element that renders them; an app that renders ccin tags into shadow
 * roots of its own can call discover() on them.
 *
 * Pre-rendered elements (ccin-elements/server, dist/html/) are readable before any code runs:
 * their code is loaded once the page has painted, so that it does not hold up the first paint,
 * and each element's registration loads Lit's hydration support first (shared/define.ts).
 *
 * This file imports nothing, so that no code of the elements comes with it. DOM methods are
 * called through their prototypes: a host page can shadow document's methods by name
 * (<img name="querySelectorAll">), and this script must work on other people's pages.
 */
const elementLoaders: Record<string, () => Promise<unknown>> = {
  'ccin-provider': () => import('./provider/provider.js'),
  'ccin-principle-badge': () => import('./principle-badge/principle-badge.js'),
  'ccin-case-study': () => import('./case-study/case-study.js'),
  'ccin-case-study-list': () => import('./case-study-list/case-study-list.js'),
  'ccin-member-map': () => import('./member-map/member-map.js'),
};

const undefinedTags = Object.keys(elementLoaders)
  .map((tag) => `${tag}:not(:defined)`)
  .join();
const enhanceable = '[data-ccin-enhance] a[href*="#ccin-principle-"]';
const requested = new Set<string>();

const warnNotLoaded = (tag: string) => (error: unknown) => console.warn(`ccin-elements: could not load <${tag}>: ${error}`);

/** Loads the elements used in (and under) a node: the document, a part of it added later, or a shadow root. */
export function discover(root: Document | DocumentFragment | Element): void {
  const { prototype } = root instanceof Document ? Document : root instanceof DocumentFragment ? DocumentFragment : Element;
  const select = (selector: string) => {
    const found = [...prototype.querySelectorAll.call(root, selector)];
    if (root instanceof Element && Element.prototype.matches.call(root, selector)) found.push(root);
    return found;
  };
  const found = select(undefinedTags);
  // Links that the page wants shown as principle badges (principle-badge/enhance.ts has this selector too).
  const links = select(enhanceable);
  if (links.length) import('./principle-badge/principle-badge.js').then(({ enhanceLinks }) => enhanceLinks(links), warnNotLoaded('ccin-principle-badge'));
  for (const element of found) {
    const tag = element.localName;
    if (requested.has(tag)) continue;
    requested.add(tag);
    // A pre-rendered element (a declarative shadow root) is readable before its code runs; its code
    // waits for the page's first paint, which it would otherwise hold up
    // (docs/performance-prerendered.md).
    Promise.resolve(element.shadowRoot && (painted ??= firstPaint()))
      .then(elementLoaders[tag])
      .catch((error: unknown) => {
        // The fallback content inside the element stays visible; a later scan may try again.
        requested.delete(tag);
        warnNotLoaded(tag)(error);
      });
  }
}

let painted: Promise<unknown> | undefined;

/**
 * Resolves once the page has painted (buffered: also if it already has), or after 1 s (a page
 * hidden until its scripts run does not paint; a browser without paint timing ignores the observer).
 */
const firstPaint = () =>
  new Promise((resolve) => {
    new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 1000);
  });

/**
 * This copy's version. A literal rather than an import of shared/version.ts, which the elements
 * import too: sharing it would split it into a chunk of its own that every page would download.
 * tests/bundle.test.ts keeps it equal to package.json's version.
 */
export const autoloaderVersion = '0.2.0';

/** Set by the first autoloader on a page; a second copy (a theme's and a pasted snippet's) defers to it. */
const activeKey = Symbol.for('ccin-elements.autoloader');

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const registry = globalThis as { [activeKey]?: string };
  const active = registry[activeKey];
  if (active) {
    // Another copy of ccin-elements already loads the elements on this page.
    if (active !== autoloaderVersion) {
      console.warn(`ccin-elements: ${active} is already on the page; this copy (${autoloaderVersion}) stands aside.`);
    }
  } else {
    registry[activeKey] = autoloaderVersion;
    discover(document);
    new MutationObserver((mutations) => {
      for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
    }).observe(document, { childList: true, subtree: true });
  }
}
