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

/** The nearest lang attribute, walking up through shadow roots to the document. */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * One MutationObserver for the whole page tells every connected element when a lang
 * attribute changes anywhere in the light DOM, so switching the page's language re-renders
 * the interface without each element watching its ancestors.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    const root = documentRoot();
    if (root) observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
