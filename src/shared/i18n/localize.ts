import type { InterfaceLang } from './lang.js';

/**
 * An element's interface strings. English is in the element's code; Welsh is a module of its
 * own, loaded only on a Welsh page (a page in English downloads no Welsh, and the reverse costs
 * one small file). Elements wait for it before they render (shared/element.ts), so a Welsh page
 * never shows English first. Each element keeps its own table, so a page that uses one element
 * does not download the others' strings.
 */
export class MessageTable<T> {
  #cy?: T;
  #loading?: Promise<void>;

  constructor(
    readonly en: T,
    private readonly loadWelsh: () => Promise<T>,
  ) {}

  /** The strings in a language; English until the Welsh have loaded. */
  get(lang: InterfaceLang): T {
    return lang === 'cy' && this.#cy ? this.#cy : this.en;
  }

  /** Loads a language if it is not loaded yet; undefined when there is nothing to wait for. */
  ready(lang: InterfaceLang): Promise<void> | undefined {
    if (lang !== 'cy' || this.#cy) return undefined;
    this.#loading ??= this.loadWelsh().then(
      (cy) => void (this.#cy = cy),
      () => void (this.#loading = undefined), // offline: English this time, Welsh on the next update
    );
    return this.#loading;
  }
}
