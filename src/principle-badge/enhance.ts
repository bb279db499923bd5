/**
 * Links that become principle badges, for text whose editor keeps only ordinary links (CKEditor 5
 * on LocalGov Drupal). In a part of the page that opts in with `data-ccin-enhance`,
 *
 *   <a href="/our-co-operative-council#ccin-principle-co-production">Co-production</a>
 *
 * is shown as <ccin-principle-badge principle="co-production"> linking to the same address, with
 * the link inside as its fallback (what readers see until the badge is drawn). The variant and
 * size come from the fragment (`#ccin-principle-co-production&variant=icon&size=small`), else
 * from `data-ccin-variant` and `data-ccin-size` on the opted-in ancestor; the badge warns about
 * values it does not know. A link whose principle is not known stays a link, with one warning.
 *
 * The autoloader (dist/ccin-elements.js) finds such links, also those added later, and passes
 * them here. An app that imports the elements itself does the same:
 *
 *   import { enhanceableLinks, enhanceLinks } from 'ccin-elements/principle-badge';
 *   enhanceLinks(document.querySelectorAll(enhanceableLinks));
 */
import { bundledPrinciples, findPrinciple, principleIdList } from '../shared/data/principles.js';
import { warnOnce } from '../shared/warn.js';

/** The links to enhance. (The autoloader has a copy: it imports nothing.) */
export const enhanceableLinks = '[data-ccin-enhance] a[href*="#ccin-principle-"]';

export function enhanceLinks(links: Iterable<Element>): void {
  for (const link of links) {
    // Only links still in an opted-in region (the page may have moved or removed one since it was
    // found), never in an editor's editable DOM (which its editor would put back, and so on
    // forever), and not a badge's fallback: a link enhanced before, or written inside a badge.
    if (!link.matches(enhanceableLinks) || (link as HTMLElement).isContentEditable || link.closest('ccin-principle-badge')) continue;
    const href = link.getAttribute('href')!;
    // "#ccin-principle-<id>&variant=…&size=…", read as URL parameters (the id is the first name;
    // URLSearchParams decodes %-escapes, and never throws on broken ones).
    const options = new URLSearchParams(href.split('#ccin-principle-')[1]);
    const [id = ''] = options.keys();
    if (!findPrinciple(bundledPrinciples, id)) {
      warnOnce(`<a href="${href}"> stays a link: "${id}" is not a principle id (${principleIdList()}).`);
      continue;
    }
    const badge = Document.prototype.createElement.call(link.ownerDocument, 'ccin-principle-badge');
    badge.setAttribute('principle', id);
    badge.setAttribute('href', href);
    for (const name of ['variant', 'size']) {
      const value = options.get(name) ?? link.closest('[data-ccin-enhance]')!.getAttribute(`data-ccin-${name}`);
      if (value) badge.setAttribute(name, value);
    }
    link.replaceWith(badge);
    badge.append(link);
  }
}
