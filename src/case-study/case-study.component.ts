import { html, nothing, type TemplateResult } from 'lit';
import { DataError, errorMessage } from '../shared/data/errors.js';
import type { CaseStudy, CaseStudySummary } from '../shared/data/types.js';
import { DataElement } from '../shared/data-element.js';
import { commonMessages } from '../shared/i18n/common.js';
import { headingLevel } from '../shared/headings.js';
import { resolveHref } from '../shared/safe-url.js';
import { failureStatus, loadingStatus, noticeStatus, statusStyles } from '../shared/status.js';
import { panelStyles, panelTokens, visuallyHidden } from '../shared/panel.styles.js';
import { focusRing, tokens } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { renderArticle, type RenderContext } from './article.js';
import { renderCard } from './card.js';
import { labelStyles } from '../principle-badge/label.js';
import { caseStudyStyles } from './case-study.styles.js';
import { caseStudyMessages } from './messages.js';

export type CaseStudyVariant = 'full' | 'card';


let instances = 0;

/**
 * A CCIN case study, from the bundled snapshot: the whole article, or a card for listing pages.
 *
 * The full article loads only its own data; a card uses the summary it is given (the list and
 * the map give their cards theirs) or looks itself up in the case-study index. Data is loaded
 * once per page and shared by every element that needs it.
 *
 * @tagname ccin-case-study
 * @summary A CCIN case study as an article or a card.
 *
 * @attr case-id - The case study's id, for example "rochdale-cost-of-living-crisis". The ids are listed in docs/case-study-ids.html.
 * @attr variant - "full" (the whole case study, the default) or "card" (title, organisation, theme, standfirst and principles, with a link).
 * @attr heading-level - The level of the title's heading, 1 to 6 (default 2), so the article fits the page's outline. Subheadings are one level below.
 * @attr href - Where a card links to. May contain {id}, replaced by the case-study id. Without it, the provider's case-study-href template is used; without either, the card has no link.
 * @attr color-scheme - "light" or "dark" to fix the colours, "auto" to follow the reader's setting; by default the element follows the page's color-scheme (light unless the page declares dark).
 *
 * @fires {CustomEvent<{ id: string }>} ccin-case-study-load - When the case study has been rendered.
 * @fires {CustomEvent<{ id: string; reason: 'not-found' | 'network' | 'invalid' | 'missing-id' }>} ccin-case-study-error - When it could not be (unknown id, or the data failed to load).
 *
 * @slot - Fallback content, such as a link to the case study on the CCIN website: shown before the script runs, when JavaScript is off, and under the message when the case study cannot be shown.
 *
 * @csspart article - The article (full variant).
 * @csspart card - The card (card variant).
 * @csspart theme - The theme label.
 * @csspart title - The title heading.
 * @csspart organisations - The line naming the organisations.
 * @csspart summary - The standfirst.
 * @csspart body - The body text.
 * @csspart principles - The principles section.
 * @csspart badge - A principle's badge (in the principles section, and on a card), with the parts of `<ccin-principle-badge>`: a link when the provider has a principle-href.
 * @csspart icon - A principle badge's icon.
 * @csspart name - A principle badge's name.
 * @csspart contacts - The contacts section.
 * @csspart links - The further links section.
 * @csspart pictures - The captions of the booklet's pictures (which are not shown).
 * @csspart source - The line naming the source document.
 * @csspart status - The loading, not-found and error messages.
 * @csspart retry - The "Try again" button.
 *
 * @cssproperty --ccin-accent - Accent colour: theme label, rules, quote bar. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-text - Text colour. Falls back to --color-text, then #0b0c0c.
 * @cssproperty --ccin-text-muted - Secondary text. Default #505a5f.
 * @cssproperty --ccin-link - Link colour. Falls back to --color-link, then the accent.
 * @cssproperty --ccin-focus - Focus background. Falls back to --color-focus, then #ffdd00.
 * @cssproperty --ccin-surface - Background of the element and its cards. Default #ffffff.
 * @cssproperty --ccin-surface-muted - Background of the contacts panel. Default #f3f2f1.
 * @cssproperty --ccin-border-color - Borders. Falls back to --border-color, then #b1b4b6.
 * @cssproperty --ccin-spacing - Base spacing. Falls back to --spacing, then 1em.
 * @cssproperty --ccin-radius - Corner radius. Falls back to --border-radius, then 4px.
 * @cssproperty --ccin-font-family - Font. Falls back to --font-primary, else the page's font.
 * @cssproperty --ccin-heading-font-family - Font of headings. Default: the element's font.
 * @cssproperty --ccin-measure - Longest line of body text. Default 40em.
 * @cssproperty --ccin-dark-surface - Background in the dark colour scheme. Default #161819 (and --ccin-dark-text, --ccin-dark-accent, --ccin-dark-link, …).
 */
export class CcinCaseStudy extends DataElement {
  static override messageTables = [caseStudyMessages, commonMessages];
  static override styles = [tokens, panelTokens, panelStyles, focusRing, visuallyHidden, statusStyles, labelStyles, caseStudyStyles];

  static override properties = {
    caseId: { attribute: 'case-id', reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    href: {},
    colorScheme: { attribute: 'color-scheme', reflect: true },
    summary: { attribute: false },
  };

  /** The case study's id. */
  caseId = '';
  /** "full" or "card". */
  variant: CaseStudyVariant = 'full';
  /** The heading-level attribute as written; see `level` for the level used. */
  headingLevel: string | null = null;
  /** Where a card links to ({id} is replaced by the case-study id). */
  href?: string;
  /** "light", "dark" or "auto"; unset follows the page. */
  colorScheme?: 'light' | 'dark' | 'auto';
  /** A card's index entry, when the page already has it (the list and the map pass theirs): the card renders at once. */
  summary?: CaseStudySummary;

  readonly #uid = `ccin-cs-${++instances}`;

  readonly #content = this.loader({
    args: () => {
      const id = this.caseId.trim();
      if (!id) return new DataError('no case-id attribute', 'missing-id');
      const given = this.#isCard && this.summary?.id === id ? this.summary : undefined;
      return [this.data, id, this.#isCard, given] as const;
    },
    // The data source's own promise, not one made from it: the same for every element that asks,
    // so data loaded before (by another element, or before a server render) renders at once.
    task: ([data, id, card, given]): CaseStudy | CaseStudySummary | Promise<CaseStudy | CaseStudySummary> =>
      given ?? (card ? data.caseStudySummary(id) : data.caseStudy(id)),
    focusAfterRetry: '[part~="title"] a, [part~="title"]',
    onComplete: (_content, [, id]) => this.emit('ccin-case-study-load', { id }),
    onError: (error) => {
      // Isolated (U+2068…U+2069), so that an id with right-to-left characters cannot reorder the rest of the line.
      const id = `\u2068${this.caseId.trim()}\u2069`;
      if (error.kind === 'missing-id') warnOnce('a <ccin-case-study> has no case-id attribute: it shows a message and its fallback content.');
      else if (error.kind === 'not-found') warnOnce(`<ccin-case-study case-id="${id}">: there is no case study with this id.`);
      else warnOnce(`<ccin-case-study case-id="${id}"> could not load its data: ${error.message}`);
      this.emit('ccin-case-study-error', { id: this.caseId.trim(), reason: error.kind });
    },
  });

  /** For an id that does not exist: the ids the author probably meant. */
  readonly #suggestions = this.loader({
    args: () => (this.#content.state.status === 'error' && this.#content.state.error.kind === 'not-found' ? ([this.data, this.caseId.trim()] as const) : undefined),
    // Only for a wrong id: the code that compares ids is loaded then, not with every case study.
    task: ([data, id]) => Promise.all([import('./suggest.js'), data.caseStudyIndex()]).then(([{ similarCaseStudies }, index]) => similarCaseStudies(id, index)),
  });

  get #t() {
    return caseStudyMessages.get(this.interfaceLang);
  }

  get #isCard(): boolean {
    return this.variant === 'card';
  }

  /** The title's heading level in use (2 unless a valid heading-level is given). */
  get level(): number {
    return headingLevel('ccin-case-study', this.headingLevel, 2);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('variant') && this.variant !== 'full' && this.variant !== 'card') {
      warnOnce(`<ccin-case-study variant="${this.variant}"> is not a variant; use full or card.`);
    }
    super.willUpdate(changed);
  }

  /** Loads the case study again (the "Try again" button). */
  retry(): void {
    this.#content.retry();
  }

  protected override render() {
    const state = this.#content.state;
    if (state.status === 'complete') {
      const ctx: RenderContext = {
        t: this.#t,
        level: this.level,
        uid: this.#uid,
        lang: this.contentLang,
        settings: this.settings,
      };
      const content = state.value;
      // A whole case study has a body; an index entry (a card's) has not.
      return 'body' in content
        ? renderArticle(content, ctx)
        : renderCard(content, resolveHref(this.href, this.settings?.caseStudyHref, content.id), ctx);
    }
    if (state.status === 'error') return this.#renderError(state.error);
    return loadingStatus(this.#t.loadingCaseStudy);
  }

  #renderError(error: DataError): TemplateResult {
    const t = this.#t;
    if (error.kind === 'missing-id') return noticeStatus(html`<p>${t.missingCaseId}</p>`);
    if (error.kind === 'not-found') {
      const suggestions = this.#suggestions.value ?? [];
      return noticeStatus(
        html`<p>${t.caseStudyNotFound(html`<bdi>${this.caseId.trim()}</bdi>`)}</p>`,
        suggestions.length
          ? html`<p>${t.didYouMean}</p>
              <ul class="suggestions">
                ${suggestions.map((entry) => html`<li><code>${entry.id}</code> <span lang=${this.contentLang ?? nothing}>(${entry.title})</span></li>`)}
              </ul>`
          : html`<p>${t.idListHint}</p>`,
      );
    }
    const common = commonMessages.get(this.interfaceLang);
    return failureStatus({ message: t.caseStudyLoadFailed, retry: common.retry, details: common.technicalDetails }, errorMessage(error), () => this.retry());
  }
}
