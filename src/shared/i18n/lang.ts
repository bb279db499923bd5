import { documentRoot } from '../dom.js';

/**
 * Which interface language an element uses: the nearest `lang` attribute on the element or
 * its ancestors (crossing shadow roots, so a provider or page sets it for everything inside),
 * unless a provider overrides it. "cy" and "cy-GB" give Welsh; everything else English.
 */
export type InterfaceLang = 'en' | 'cy';

export function interfaceLangOf(code: string | null | undefined): InterfaceLang {
  return code && /^cy(-|$)/i.test(code.trim()) ? 'cy' : 'en';
}

/**
 * The nearest lang attribute, walking up through shadow roots to the document. (Written without
 * Element or ShadowRoot, which a server has not got.)
 */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    const candidate = node as Partial<Element>;
    if (candidate.hasAttribute?.('lang')) return candidate.getAttribute!('lang');
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

/**
 * One MutationObserver for the whole page (made by the first element, kept for the page's life)
 * tells every connected element when a lang attribute changes anywhere in the light DOM, so
 * switching the page's language re-renders the interface without each element watching its
 * ancestors.
 */
const listeners = new Set<() => void>();
let observing = false;

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  // (No MutationObserver, nor document, on a server.)
  if (!observing && typeof MutationObserver !== 'undefined') {
    observing = true;
    new MutationObserver(() => listeners.forEach((notify) => notify())).observe(documentRoot()!, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => listeners.delete(listener);
}
