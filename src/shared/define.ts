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
      warnOnce(`${existing.ccinVersion ?? 'another version'} is already on the page; this copy (${VERSION}) leaves the elements to it. Include the script once.`);
    }
    return;
  }
  // Content rendered on a server (ccin-elements/server, dist/html/) is in the element's shadow
  // root before its code runs. Lit's hydration support goes first, so that the element takes the
  // content over instead of rendering it again (shared/hydrate.ts; loaded only on such pages).
  if (prerendered(tag)) {
    const define = () => register(tag, element);
    void import('./hydrate.js').then(define, define);
    return;
  }
  register(tag, element);
}

function prerendered(tag: string): boolean {
  if (typeof Document === 'undefined') return false;
  return [...Document.prototype.querySelectorAll.call(document, tag)].some((found) => found.shadowRoot !== null);
}

function register(tag: string, element: VersionedElement): void {
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Another script may have defined the tag between the check and here, or the class may
    // already be registered under another name. Neither is worth breaking the page for.
    warnOnce(`could not define <${tag}>: ${(error as Error).message}`);
  }
}
