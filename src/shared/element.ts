import { adoptStyles, LitElement, type CSSResult, type PropertyValues } from 'lit';
import type { CcinEventMap } from '../generated/events.js';
import { interfaceLangOf, nearestLang, onLangChange, type InterfaceLang } from './i18n/lang.js';
import type { MessageTable } from './i18n/localize.js';
import { ccinSettingsContext, type CcinSettings } from './settings.js';
import { VERSION } from './version.js';

/** Made outside the class so that the manifest takes each element's events from its @fires JSDoc. */
function composedEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/**
 * A request for the settings of the nearest <ccin-provider>, in the context protocol of the
 * Web Components Community Group that @lit/context implements: the provider's ContextProvider
 * answers it, at once and again whenever its settings change. (@lit/context's ContextConsumer
 * would do the same, with more than the badge, which every page loads, needs.)
 */
const requestSettings = (contextTarget: Element, callback: (value: CcinSettings | undefined, unsubscribe?: () => void) => void) =>
  contextTarget.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: ccinSettingsContext, subscribe: true, contextTarget, callback }));

/**
 * The interface language of a server render (shared on the server by every element of one
 * render: there the elements have no ancestors to take a lang from). Set by server/render.ts.
 */
let serverLanguage: InterfaceLang | undefined;
export function setServerLanguage(lang: InterfaceLang | undefined): void {
  serverLanguage = lang;
}

/**
 * What every ccin element shares: the settings of an enclosing <ccin-provider>, the interface
 * language, and its version for the registration helper. Elements that load data files extend
 * DataElement (shared/data-element.ts), so that the badge, which needs none, stays small.
 */
export class CcinElement extends LitElement {
  static readonly ccinVersion = VERSION;

  /** The message tables the element renders with: on a Welsh page, it waits for their Welsh. */
  static messageTables: readonly MessageTable<unknown>[] = [];

  #settings?: CcinSettings;
  #unsubscribe?: () => void;
  #stopWatchingLang?: () => void;

  /**
   * True for an element whose content was rendered on a server (its shadow root came with the
   * page, as declarative shadow DOM): its first update hydrates that content instead of
   * rendering anew, so it must render exactly what the server did (see DataElement).
   */
  protected readonly prerendered = typeof document !== 'undefined' && this.shadowRoot !== null;

  protected get settings(): CcinSettings | undefined {
    return this.#settings;
  }

  #requestSettings(): void {
    requestSettings(this, (value, unsubscribe) => {
      // A new unsubscribe means another provider (the element moved): leave the old one.
      if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
      this.#unsubscribe = unsubscribe;
      this.#settings = value;
      this.requestUpdate();
    });
  }

  /**
   * "cy" when the nearest lang attribute (on the element, a provider or the page) is Welsh,
   * else "en". A provider's lang works like any ancestor's: the nearest one wins.
   */
  get interfaceLang(): InterfaceLang {
    return this.#langDuringUpdate ?? this.#langOfPlace();
  }

  /** The language, found once per update: templates ask for it (through their message tables)
   * hundreds of times in one render, and each lookup would walk the ancestors again. */
  #langDuringUpdate?: InterfaceLang;

  /** The interface language of the element's place in the page (its nearest lang, else the server's). */
  #langOfPlace(): InterfaceLang {
    return interfaceLangOf(nearestLang(this) ?? serverLanguage);
  }

  /**
   * Code or strings the next render needs that are loaded on demand (a "full" badge's code):
   * the update waits for them, so the element never renders half and then shifts.
   */
  protected renderReady(): Promise<unknown> | undefined {
    return undefined;
  }

  /** Before each update: on a Welsh page the Welsh strings (a small module, loaded once), and renderReady(). */
  protected override async scheduleUpdate(): Promise<void> {
    const lang = this.#langOfPlace();
    const loading = [...(this.constructor as typeof CcinElement).messageTables.map((table) => table.ready(lang)), this.renderReady()].filter(Boolean);
    if (loading.length) await Promise.all(loading).catch(() => {});
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    this.#langDuringUpdate = this.#langOfPlace();
    try {
      super.update(changed);
    } finally {
      this.#langDuringUpdate = undefined;
    }
  }

  /**
   * The `lang` for content from the sources, which is English only: set on content when the
   * interface is not English, so screen readers switch voice. Undefined otherwise, so the
   * attribute is left out.
   */
  protected get contentLang(): 'en' | undefined {
    return this.interfaceLang === 'en' ? undefined : 'en';
  }

  /**
   * Fires one of the events the element documents (its @fires JSDoc, from which CcinEventMap is
   * generated), bubbling and composed so that a page can listen on any ancestor.
   */
  protected emit<K extends keyof CcinEventMap>(type: K, detail: CcinEventMap[K]['detail']): void {
    this.dispatchEvent(composedEvent(type, detail));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatchingLang = onLangChange(() => this.requestUpdate());
    this.#requestSettings();
    // A <ccin-provider> around this element that is not defined yet (its script loads after
    // this one) cannot answer the request made on connecting: ask again once it is.
    if (!this.#unsubscribe && this.closest?.('ccin-provider:not(:defined)')) {
      void customElements.whenDefined('ccin-provider').then(() => {
        if (!this.#unsubscribe && this.isConnected) this.#requestSettings();
      });
    }
  }

  #extraStyles: CSSResult[] = [];

  /** Styles added after the element's own (the "full" badge's, which come with its code). */
  protected addStyles(styles: CSSResult): void {
    this.#extraStyles.push(styles);
    // On a server (no ShadowRoot) the stylesheet a pre-rendered element links to has them already.
    if (typeof ShadowRoot === 'function' && this.renderRoot instanceof ShadowRoot) adoptStyles(this.renderRoot, this.#styles());
  }

  #styles(): CSSResult[] {
    return [...(this.constructor as typeof LitElement).elementStyles, ...this.#extraStyles] as CSSResult[];
  }

  /** Moved into another document (an iframe): its styles are made again there (shared/restyle.ts). */
  adoptedCallback(): void {
    const root = this.renderRoot;
    if (root instanceof ShadowRoot) void import('./restyle.js').then(({ restyle }) => restyle(root, this.#styles()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingLang?.();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#settings = undefined;
  }
}
