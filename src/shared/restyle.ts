import type { CSSResult } from 'lit';

/**
 * Gives a shadow root that moved into another document (an iframe) its styles again. Style
 * sheets cannot be shared across documents, and the browser drops them on the move, so they are
 * made anew in the new document's window. Loaded only when an element is moved like that.
 */
export function restyle(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  root.adoptedStyleSheets = styles.map((style) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(style.cssText);
    return sheet;
  });
}
