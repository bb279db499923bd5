/**
 * Hydration of pre-rendered elements (HTML from ccin-elements/server or dist/html/, whose content
 * is in declarative shadow roots): the elements take over the content they find instead of
 * rendering it again, so nothing moves and nothing flashes.
 *
 * Each element's registration (shared/define.ts) loads this module first on a page that holds
 * pre-rendered content; an app that pre-renders imports it before the elements:
 *
 *   import 'ccin-elements/hydrate';
 *   import 'ccin-elements';
 */
import './hydrate-support.js';
import { LitElement, type PropertyValues } from 'lit';

(globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport?.({ LitElement });

/**
 * Lit hydrates on the assumption that the first render in the browser gives exactly what the
 * server rendered: it takes the values as they are and throws where the templates differ. The
 * server marks each ccin element with what it rendered for (`data-ccin-rendered`: the interface
 * language, and "provider" if a <ccin-provider>'s links or data applied; server/render.ts). When the
 * page differs (a file from dist/html/, rendered in English without a provider, placed on a
 * Welsh page or inside a provider that adds links), hydrating would leave the server's words or
 * throw, so the element renders afresh instead: its content is replaced once, correctly. A
 * mismatch nobody foresaw is handled the same way, with one console warning.
 */
type Hydratable = LitElement & {
  /** Lit's hydration flag (`_$needsHydration` before Lit's property mangling), set by lit-element-hydrate-support. */
  _$AG?: boolean;
  readonly interfaceLang?: string;
};

const hydratingUpdate = LitElement.prototype['update'] as (this: LitElement, changed: PropertyValues) => void;

/** Patched once: a second copy of this module (a second copy of the library) leaves it. */
const patched = Symbol.for('ccin-elements.hydrate-guard');
const prototype = LitElement.prototype as unknown as Record<symbol, boolean> & { update: (changed: PropertyValues) => void };
if (!prototype[patched]) {
  prototype[patched] = true;
  prototype.update = function (this: Hydratable, changed: PropertyValues): void {
    const rendered = this.getAttribute('data-ccin-rendered');
    if (this._$AG && rendered !== null && rendered !== renderedFor(this)) startAfresh(this);
    const hydrating = this._$AG === true;
    try {
      hydratingUpdate.call(this, changed);
    } catch (error) {
      if (!hydrating) throw error;
      console.warn(`ccin-elements: <${this.localName}> could not take over its pre-rendered content (${String(error)}); it renders it again.`);
      startAfresh(this);
      hydratingUpdate.call(this, changed);
    }
  };
}

/** What this element would render for now, in the form of the server's mark. */
function renderedFor(element: Hydratable): string {
  return `${element.interfaceLang ?? 'en'}${insideProvider(element) ? ' provider' : ''}`;
}

/**
 * Whether the nearest <ccin-provider> around the element (also across shadow roots: a card in a
 * list) changes what it renders: with links (URL templates) or other data (src).
 */
function insideProvider(element: Element): boolean {
  for (let node: Node | null = element.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if ((node as Element).localName === 'ccin-provider') return ['src', 'case-study-href', 'principle-href'].some((name) => (node as Element).hasAttribute(name));
  }
  return false;
}

/** Leaves the element to render into an empty shadow root (but for its stylesheet links), as if it had never been pre-rendered. */
function startAfresh(element: Hydratable): void {
  element._$AG = false;
  const root = element.renderRoot as ShadowRoot & { _$litPart$?: unknown };
  for (const node of [...root.childNodes]) if ((node as Element).localName !== 'link') node.remove();
  delete root._$litPart$;
  // Lit renders before renderOptions.renderBefore, set to the root's first child when it was made.
  (element as unknown as { renderOptions: { renderBefore?: ChildNode | null } }).renderOptions.renderBefore = null;
}
