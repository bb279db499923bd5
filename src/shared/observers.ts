import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

/**
 * Whether the element is near the viewport (within `margin`), so that costly work (laying out
 * the map's markers) can wait until someone may see it. It observes while the element is in the
 * page, so an element moved before it was seen is still found; once near, it stays near.
 */
export class NearViewportController implements ReactiveController {
  near = typeof IntersectionObserver === 'undefined';
  #observer?: IntersectionObserver;

  readonly #host: Host;
  readonly #margin: string;

  constructor(host: Host, margin = '400px 0px') {
    this.#host = host;
    this.#margin = margin;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.#observer?.disconnect();
        this.#host.requestUpdate();
      },
      { rootMargin: this.#margin },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}

/**
 * The size of an element of the host's shadow root (found by `selector` after each update, as
 * it may be re-rendered), reported to `onResize` on every change while the host is in the page.
 */
export class SizeController implements ReactiveController {
  #observer?: ResizeObserver;
  #target?: Element;

  readonly #host: Host;
  readonly #selector: string;
  readonly #onResize: (box: DOMRectReadOnly) => void;

  constructor(host: Host, selector: string, onResize: (box: DOMRectReadOnly) => void) {
    this.#host = host;
    this.#selector = selector;
    this.#onResize = onResize;
    host.addController(this);
  }

  hostConnected(): void {
    this.#target = undefined;
    // Moved in the page (or into an iframe) after rendering: observe again at once, whether or not it updates.
    if (this.#host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const target = this.#host.renderRoot.querySelector(this.#selector) ?? undefined;
    if (target === this.#target) return;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = target;
    // The observer of the target's own window: one from another window (after the element moved
    // into an iframe) never settles, and the browser reports "ResizeObserver loop…" errors.
    const view = target?.ownerDocument.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!target || !view?.ResizeObserver) return; // on a server, or in a document without a window
    this.#observer = new view.ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      // In the next frame: what onResize changes must not resize the target while the observer
      // is still delivering.
      if (box?.width && box.height) view.requestAnimationFrame(() => this.#onResize(box));
    });
    this.#observer.observe(target);
    // Measured now too (a layout the coming paint needs anyway), so that what depends on the size
    // renders before that paint, not a frame later; the observer's first report then brings the
    // same size. clientWidth/Height: the untransformed box the observer reports (no padding here).
    const { clientWidth: width, clientHeight: height } = target;
    if (width && height) this.#onResize(new view.DOMRectReadOnly(0, 0, width, height));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = undefined;
  }
}
