import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledData } from '../shared/data/bundled.js';
import type { CcinDataSource } from '../shared/data/data-source.js';
import { SnapshotDataSource } from '../shared/data/snapshot-source.js';
import { DataError, loadJson } from '../shared/data/load-json.js';
import { validateSnapshot, ValidationError } from '../shared/data/validate.js';
import { CcinElement } from '../shared/element.js';
import { ccinSettingsContext, type CcinSettings } from '../shared/settings.js';
import { safeHref } from '../shared/safe-url.js';
import { tokens } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { providerMessages } from './messages.js';

/**
 * Gives every ccin element inside it shared settings, through Lit context: where the data
 * comes from, and URL templates for links. Elements work without a provider (bundled data,
 * no links); use one to link cards, the map and badges to your own pages, or to load newer data
 * that CCIN publishes.
 *
 * @tagname ccin-provider
 * @summary Shared settings for the ccin elements inside it: data source and link templates.
 *
 * @attr src - URL of a newer snapshot (ccin-snapshot.json). Fetched only when set, and validated before use; if it cannot be loaded or is not valid, the bundled data is kept and a notice says why.
 * @attr case-study-href - URL template for case-study links, with {id} for the case-study id, for example "/case-studies/{id}". Used by cards, the map and the case-study list.
 * @attr principle-href - URL template for principle links, with {id} for the principle id. Used by badges without their own href.
 *
 * @fires {CustomEvent<{ src: string; caseStudies: number }>} ccin-data-load - When the data at src has been loaded and validated.
 * @fires {CustomEvent<{ src: string; reason: 'network' | 'not-found' | 'invalid'; message: string }>} ccin-data-error - When the data at src could not be used and the bundled data is kept.
 *
 * @slot - The elements (and anything else) the settings apply to.
 *
 * @csspart notice - The notice shown when the data at src could not be used.
 *
 * @cssproperty --ccin-accent - Colour of the notice's border. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-surface-muted - Background of the notice. Default #f3f2f1.
 */
export class CcinProvider extends CcinElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      .notice {
        margin: 0 0 1em;
        padding: 0.75em 1em;
        border-inline-start: 5px solid var(--_accent);
        background-color: var(--_surface-muted);
        color: var(--_text);
      }
      @media (forced-colors: active) {
        .notice {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  @property() src?: string;
  @property({ attribute: 'case-study-href' }) caseStudyHref?: string;
  @property({ attribute: 'principle-href' }) principleHref?: string;

  /** Why the data at src could not be used, shown in the notice. */
  @state() private fallbackReason?: DataError['kind'];

  private data: CcinDataSource = bundledData;
  private request = 0;
  private readonly provider = new ContextProvider(this, { context: ccinSettingsContext, initialValue: this.settingsValue() });

  private settingsValue(): CcinSettings {
    return {
      data: this.data,
      ...(this.caseStudyHref ? { caseStudyHref: this.caseStudyHref } : {}),
      ...(this.principleHref ? { principleHref: this.principleHref } : {}),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.loadSource();
    if (changed.has('caseStudyHref') || changed.has('principleHref')) this.provider.setValue(this.settingsValue());
  }

  private loadSource(): void {
    const request = ++this.request;
    const src = this.src?.trim();
    this.fallbackReason = undefined;
    if (!src) {
      this.useData(bundledData);
      return;
    }
    const href = safeHref(src);
    if (!href || /^(mailto|tel):/i.test(href)) {
      this.fail(src, new DataError(`“${src}” is not an http(s) URL`, 'invalid'));
      return;
    }
    // Resolved against the page's location, which (unlike document.baseURI) a host page cannot shadow.
    const url = new URL(href, globalThis.location?.href);
    loadJson(url)
      .then((value) => validateSnapshot(value))
      .then(
        (snapshot) => {
          if (request !== this.request) return;
          this.useData(new SnapshotDataSource(snapshot));
          this.emit('ccin-data-load', { src: url.href, caseStudies: snapshot.caseStudies.length });
        },
        (error: unknown) => {
          if (request !== this.request) return;
          const reason =
            error instanceof DataError ? error : new DataError(error instanceof ValidationError ? `not valid: ${error.message}` : String(error), 'invalid');
          this.fail(url.href, reason);
        },
      );
  }

  private useData(data: CcinDataSource): void {
    if (this.data === data) return;
    this.data = data;
    this.provider.setValue(this.settingsValue());
  }

  private fail(src: string, error: DataError): void {
    warnOnce(`<ccin-provider src="${src}">: ${error.message}. Showing the bundled data instead.`);
    this.useData(bundledData);
    this.fallbackReason = error.kind;
    this.emit('ccin-data-error', { src, reason: error.kind, message: error.message });
  }

  protected override render() {
    const t = providerMessages[this.interfaceLang];
    return html`${this.fallbackReason
        ? html`<p part="notice" class="notice" role="status">${t.fallbackNotice} (${t.reasons[this.fallbackReason]})</p>`
        : nothing}<slot></slot>`;
  }
}
