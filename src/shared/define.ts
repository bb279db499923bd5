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
      warnOnce(`the page already has ccin-elements ${existing.ccinVersion ?? '(an unknown version)'}; this copy (${VERSION}) leaves the elements to it. Include the script once.`);
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Another script may have defined the tag between the check and here, or the class may
    // already be registered under another name. Neither is worth breaking the page for.
    warnOnce(`could not define <${tag}>: ${(error as Error).message}`);
  }
}
