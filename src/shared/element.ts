import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import type { CcinEventMap } from '../generated/events.js';
import { interfaceLangOf, nearestLang, onLangChange, type InterfaceLang } from './i18n/lang.js';
import { ccinSettingsContext, type CcinSettings } from './settings.js';
import { VERSION } from './version.js';

/** Made outside the class so that the manifest takes each element's events from its @fires JSDoc. */
function composedEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/**
 * What every ccin element shares: the settings of an enclosing <ccin-provider>, the interface
 * language, and its version for the registration helper. Elements that load data files extend
 * DataElement (shared/data-element.ts), so that the badge, which needs none, stays small.
 */
export class CcinElement extends LitElement {
  static readonly ccinVersion = VERSION;

  private settingsConsumer = this.consumeSettings();

  private consumeSettings() {
    return new ContextConsumer(this, { context: ccinSettingsContext, subscribe: true });
  }

  private stopWatchingLang?: () => void;

  protected get settings(): CcinSettings | undefined {
    return this.settingsConsumer.value;
  }

  /**
   * "cy" when the nearest lang attribute (on the element, a provider or the page) is Welsh,
   * else "en". A provider's lang works like any ancestor's: the nearest one wins.
   */
  get interfaceLang(): InterfaceLang {
    return this.langDuringUpdate ?? interfaceLangOf(nearestLang(this));
  }

  /** The language, found once per update: templates ask for it (through their message tables)
   * hundreds of times in one render, and each lookup would walk the ancestors again. */
  private langDuringUpdate?: InterfaceLang;

  protected override update(changed: PropertyValues): void {
    this.langDuringUpdate = interfaceLangOf(nearestLang(this));
    try {
      super.update(changed);
    } finally {
      this.langDuringUpdate = undefined;
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
    this.stopWatchingLang = onLangChange(() => this.requestUpdate());
    // A <ccin-provider> around this element that is not defined yet (its script loads after
    // this one) cannot answer the request made on connecting: ask again once it is.
    if (!this.settingsConsumer.value && this.closest('ccin-provider:not(:defined)')) {
      void customElements.whenDefined('ccin-provider').then(() => {
        if (this.settingsConsumer.value || !this.isConnected) return;
        this.removeController(this.settingsConsumer);
        this.settingsConsumer = this.consumeSettings();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
  }
}
