/**
 * The autoloader: one script for a council's page that loads each element's code only when its
 * tag is in the page, including tags added later (a CMS's AJAX view, a single-page app).
 * dist/ccin-elements.js is this module with Lit bundled, so the snippet councils paste,
 *
 *   <script type="module" src=".../dist/ccin-elements.js"></script>
 *
 * costs a page with one badge the badge's code and nothing else. (As Shoelace's autoloader:
 * one scan of the document, then a MutationObserver.) Elements inside the elements' own shadow
 * roots are imported by the element that renders them.
 *
 * DOM methods are called through their prototypes: a host page can shadow document's methods by
 * name (<img name="querySelectorAll">), and this script must work on other people's pages.
 */
const elementLoaders: Record<string, () => Promise<unknown>> = {
  'ccin-provider': () => import('./provider/provider.js'),
  'ccin-principle-badge': () => import('./principle-badge/principle-badge.js'),
  'ccin-case-study': () => import('./case-study/case-study.js'),
  'ccin-case-study-list': () => import('./case-study-list/case-study-list.js'),
  'ccin-member-map': () => import('./member-map/member-map.js'),
};

const tags = Object.keys(elementLoaders);
const undefinedSelector = tags.map((tag) => `${tag}:not(:defined)`).join(',');
const requested = new Map<string, Promise<unknown>>();

/** Loads the code of one element (once), and says so in the console if it cannot. */
export function loadElement(tag: string): Promise<unknown> {
  let pending = requested.get(tag);
  const load = elementLoaders[tag];
  if (!pending && load) {
    pending = load().catch((error: unknown) => {
      // The fallback content inside the element stays visible; a later scan may try again.
      requested.delete(tag);
      // console.warn rather than the library's warnOnce: this file imports nothing, so a page
      // with one element downloads no code that element does not need.
      console.warn(`ccin-elements: could not load <${tag}>: ${error instanceof Error ? error.message : String(error)}`);
    });
    requested.set(tag, pending);
  }
  return pending ?? Promise.resolve();
}

/** Loads the elements used in (and under) a node: the document, or part of it added later. */
export function discover(root: ParentNode | Element): void {
  const found = new Set<string>();
  if (root instanceof Element) {
    if (root.localName in elementLoaders && !customElements.get(root.localName)) found.add(root.localName);
  }
  const query = root instanceof Document ? Document.prototype.querySelectorAll : root instanceof DocumentFragment ? DocumentFragment.prototype.querySelectorAll : Element.prototype.querySelectorAll;
  for (const element of query.call(root, undefinedSelector)) found.add(element.localName);
  for (const tag of found) void loadElement(tag);
}

/** Set by the first autoloader on a page; a second copy (a theme's and a pasted snippet's) defers to it. */
interface ActiveAutoloader {
  version(): Promise<string>;
}
const activeKey = Symbol.for('ccin-elements.autoloader');
type AutoloaderRegistry = { [activeKey]?: ActiveAutoloader };

const ownVersion = () => import('./shared/version.js').then((module) => module.VERSION);

function start(): void {
  const registry = globalThis as AutoloaderRegistry;
  const active = registry[activeKey];
  if (active) {
    // Another copy of ccin-elements already loads the elements on this page. Its version is only
    // looked up now, in this rare case, so a page with one copy loads no extra code for it.
    void Promise.all([active.version(), ownVersion()]).then(([theirs, ours]) => {
      if (theirs !== ours) {
        console.warn(
          `ccin-elements: the page already has ccin-elements ${theirs}; this copy (${ours}) leaves the elements to it. ` +
            'Include the script once to avoid mixing versions.',
        );
      }
    });
    return;
  }
  registry[activeKey] = { version: ownVersion };
  discover(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(Document.prototype.querySelector.call(document, ':root') ?? document, { childList: true, subtree: true });
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') start();
