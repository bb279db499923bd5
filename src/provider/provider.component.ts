import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { bundledData } from '../shared/data/bundled.js';
import type { CcinDataSource } from '../shared/data/data-source.js';
import { DataError, type DataErrorKind } from '../shared/data/errors.js';
import { RemoteDataSource } from '../shared/data/remote-source.js';
import { DataElement } from '../shared/data-element.js';
import { ccinSettingsContext, type CcinSettings } from '../shared/settings.js';
import { safeHref } from '../shared/safe-url.js';
import { panelTokens } from '../shared/panel.styles.js';
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
 * @attr src - URL of newer data: a whole snapshot (ccin-snapshot.json) or a split one (ccin-data.json, with one file per case study, so a page fetches only what it shows). Fetched only when set, with limits (8 MB, 20 s), and checked completely before use; while it loads the elements inside wait for it; if it cannot be used, they show the bundled data and a notice says why.
 * @attr case-study-href - URL template for case-study links, with {id} for the case-study id, for example "/case-studies/{id}". Used by cards, the map and the case-study list.
 * @attr principle-href - URL template for principle links, with {id} for the principle id. Used by badges without their own href.
 * @attr timeout - How long, in milliseconds, each file of src may take before the bundled data is shown instead (default 20000).
 *
 * @fires {CustomEvent<{ src: string; caseStudies: number | null }>} ccin-data-load - When the data at src has been loaded and checked; `caseStudies` is their number for a whole snapshot, null for a split one (whose files load as they are needed).
 * @fires {CustomEvent<{ src: string; reason: 'network' | 'not-found' | 'invalid' | 'missing-id'; message: string }>} ccin-data-error - When the data at src could not be used and the bundled data is shown instead.
 *
 * @slot - The elements (and anything else) the settings apply to.
 *
 * @csspart notice - The notice shown when the data at src could not be used.
 *
 * @cssproperty --ccin-accent - Colour of the notice's border. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-surface-muted - Background of the notice. Default #f3f2f1.
 */
export class CcinProvider extends DataElement {
  static override messageTables = [providerMessages];
  static override styles = [
    tokens,
    panelTokens,
    css`
      :host {
        display: block;
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

  static override properties = {
    src: {},
    caseStudyHref: { attribute: 'case-study-href' },
    principleHref: { attribute: 'principle-href' },
    timeout: { type: Number },
  };

  /** URL of newer data (a whole or a split snapshot). */
  src?: string;
  /** URL template for case-study links ({id}). */
  caseStudyHref?: string;
  /** URL template for principle links ({id}). */
  principleHref?: string;
  /** Milliseconds each file of src may take (default 20000). */
  timeout?: number;

  /** The data the elements inside use: the bundled data, or that of src (which falls back to it). */
  #source: CcinDataSource = bundledData;
  readonly #provider = new ContextProvider(this, { context: ccinSettingsContext, initialValue: this.#settingsValue() });

  /** Loading src: started when src changes; the notice and the events follow its state. */
  readonly #remote = this.loader({
    args: () => (this.#source instanceof RemoteDataSource ? ([this.#source] as const) : this.#srcProblem),
    task: ([source]) => source.ready,
    onComplete: (kind, [source]) => {
      // The elements re-render with the new principles; their own loads were waiting already.
      this.#provider.setValue(this.#settingsValue(), true);
      this.emit('ccin-data-load', { src: source.url.href, caseStudies: kind.kind === 'snapshot' ? kind.caseStudies : null });
    },
    onError: (error, args) => {
      const src = args?.[0].url.href ?? this.src ?? '';
      warnOnce(`<ccin-provider src="${src}">: ${error.message}. Showing the bundled data instead.`);
      this.emit('ccin-data-error', { src, reason: error.kind, message: error.message });
    },
  });

  /** A src that cannot be fetched at all (not http(s)), else undefined. */
  #srcProblem?: DataError;

  #settingsValue(): CcinSettings {
    return {
      data: this.#source,
      ...(this.caseStudyHref ? { caseStudyHref: this.caseStudyHref } : {}),
      ...(this.principleHref ? { principleHref: this.principleHref } : {}),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) this.#useSrc();
    if (changed.has('src') || changed.has('timeout') || changed.has('caseStudyHref') || changed.has('principleHref')) this.#provider.setValue(this.#settingsValue());
    super.willUpdate(changed);
  }

  /** Points the elements at the data of src (or back at the bundled data). */
  #useSrc(): void {
    const src = this.src?.trim();
    this.#srcProblem = undefined;
    this.#source = bundledData;
    if (!src) return;
    const href = safeHref(src);
    if (!href || /^(mailto|tel):/i.test(href)) {
      this.#srcProblem = new DataError(`“${src}” is not an http(s) URL`, 'invalid');
      return;
    }
    // Resolved against the page's location, which (unlike document.baseURI) a host page cannot shadow.
    const timeoutMs = this.timeout !== undefined && Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : undefined;
    if (this.timeout !== undefined && timeoutMs === undefined) warnOnce(`<ccin-provider timeout="${this.timeout}">: not a number of milliseconds; using 20000.`);
    this.#source = new RemoteDataSource(new URL(href, globalThis.location?.href), timeoutMs ? { timeoutMs } : {});
  }

  protected override render() {
    const state = this.#remote.state;
    const t = providerMessages.get(this.interfaceLang);
    const reason: DataErrorKind | undefined = state.status === 'error' ? state.error.kind : undefined;
    return html`${reason
        ? html`<p part="notice" class="notice" role="status">${t.fallbackNotice} (${t.reasons[reason]})</p>`
        : nothing}<slot></slot>`;
  }
}
