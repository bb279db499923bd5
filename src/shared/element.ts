import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { interfaceLangOf, nearestLang, onLangChange, type InterfaceLang } from './i18n/lang.js';
import { ccinSettingsContext, type CcinSettings } from './settings.js';
import { VERSION } from './version.js';

/**
 * What every ccin element shares: the settings of an enclosing <ccin-provider>, the interface
 * language, and its version for the registration helper. Elements that load data files extend
 * DataElement (shared/data-element.ts), so that the badge, which needs none, stays small.
 */
export class CcinElement extends LitElement {
  static readonly ccinVersion = VERSION;

  private readonly settingsConsumer = new ContextConsumer(this, {
    context: ccinSettingsContext,
    subscribe: true,
  });

  private stopWatchingLang?: () => void;

  protected get settings(): CcinSettings | undefined {
    return this.settingsConsumer.value;
  }

  /** "cy" when the nearest lang (or the provider's `lang`) is Welsh, else "en". */
  get interfaceLang(): InterfaceLang {
    return interfaceLangOf(this.settings?.lang ?? nearestLang(this));
  }

  /**
   * The `lang` for content from the sources, which is English only: set on content when the
   * interface is not English, so screen readers switch voice. Undefined otherwise, so the
   * attribute is left out.
   */
  protected get contentLang(): 'en' | undefined {
    return this.interfaceLang === 'en' ? undefined : 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLang = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
  }
}
