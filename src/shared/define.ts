import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** A custom element class that says which version of ccin-elements defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly ccinVersion?: string;
}

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Councils include the script twice (from the theme and from a pasted snippet), sometimes in
 * two versions. Redefining a tag throws in the browser, so a second copy does nothing; if the
 * versions differ it says so once in the console. It never throws.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== element && existing.ccinVersion !== VERSION) {
      // One warning per page, not one per element: the message is the same for every tag.
      warnOnce(`${existing.ccinVersion ?? 'another version'} is already on the page; this copy (${VERSION}) stands aside. Include the script once.`);
    }
    return;
  }
  // Content rendered on a server (ccin-elements/server, dist/html/) is in the elements' shadow
  // roots before their code runs. Lit's hydration support goes first, so that they take the
  // content over instead of rendering it again (shared/hydrate.ts, loaded only on such pages).
  // Every element registered after it waits too: the elements inside pre-rendered content (a
  // card's badges, a list's cards) must not render before their parent hydrates.
  if (hydration === undefined) hydration = prerendered() ? import('./hydrate.js').catch(() => undefined) : null;
  if (hydration) void hydration.then(() => register(tag, element));
  else register(tag, element);
}

/** Lit's hydration support on its way (a page with pre-rendered content), or null (a page without). */
let hydration: Promise<unknown> | null | undefined;

/**
 * Whether a ccin element whose code has not run yet already has its content (a declarative
 * shadow root). Asked once, at the first registration, when the page's own elements are all there.
 */
function prerendered(): boolean {
  if (typeof Document === 'undefined') return false;
  const undefinedElements = Document.prototype.querySelectorAll.call(document, ':not(:defined)');
  return [...undefinedElements].some((found) => found.localName.startsWith('ccin-') && found.shadowRoot !== null);
}

function register(tag: string, element: VersionedElement): void {
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Another script may have defined the tag between the check and here, or the class may
    // already be registered under another name. Neither is worth breaking the page for.
    warnOnce(`could not define <${tag}>: ${error}`);
  }
}
