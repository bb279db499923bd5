import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../case-study/case-study.js';
import { errorMessage } from '../shared/data/errors.js';
import { findPrinciple } from '../shared/data/principles.js';
import type { CaseStudySummary, PrincipleId, Tier } from '../shared/data/types.js';
import { DataElement } from '../shared/data-element.js';
import { fold } from '../shared/fold.js';
import { headingLevel } from '../shared/headings.js';
import { commonMessages } from '../shared/i18n/common.js';
import { failureStatus, loadingStatus, statusStyles } from '../shared/status.js';
import { panelStyles, panelTokens, visuallyHidden } from '../shared/panel.styles.js';
import { focusRing, tokens } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { caseStudyListStyles } from './case-study-list.styles.js';
import { entriesOf, matching, organisationsOf, sorted, themesOf, type Entry, type Filters, type SortOrder } from './filtering.js';
import { listMessages } from './messages.js';

const tiers: readonly Tier[] = ['member', 'associate', 'affiliate'];
/** Cards per page: enough to scan, few enough that a keystroke re-renders quickly at any size. */
const pageSize = 24;
let instances = 0;

/**
 * Case studies as cards, with filters for theme, principle, organisation and membership tier,
 * a search over titles and standfirsts, and sorting. Attributes preset the filters, so a council
 * can embed "all case studies about poverty". It loads the case-study index (titles, themes,
 * principles, organisations, standfirsts), not the case studies' bodies, and shows the first 24
 * matches with a "Show more" button.
 *
 * @tagname ccin-case-study-list
 * @summary Filterable, searchable cards of the CCIN's case studies.
 *
 * @attr theme - Preset the theme filter, e.g. "Poverty" (as the booklet labels them).
 * @attr principle - Preset the principle filter, a principle id such as "co-production". Only case studies whose sources name their principles can match.
 * @attr organisation - Preset the organisation filter: a member id ("rochdale-council") or an organisation's name.
 * @attr tier - Preset the membership filter: "member", "associate" or "affiliate" (the tier of the lead organisation).
 * @attr search - Preset the search words.
 * @attr sort - "title" (the default) or "organisation" (the lead organisation, then the title).
 * @attr heading-level - Heading level of the cards' titles, 1 to 6 (default 3: the list usually sits under the page's h2).
 * @attr href - URL template for the cards' links, with {id} for the case-study id. Without it, the provider's case-study-href is used; without either, cards have no link.
 *
 * @fires {CustomEvent<{ count: number }>} ccin-case-study-list-load - When the list has loaded and rendered; `count` is the number of case studies in the data.
 * @fires {CustomEvent<{ reason: 'not-found' | 'network' | 'invalid' | 'missing-id' }>} ccin-case-study-list-error - When the case studies could not be loaded.
 * @fires {CustomEvent<{ theme: string; principle: string; organisation: string; tier: string; search: string; count: number }>} ccin-filter-change - When the filters change; `count` is the number of case studies that match.
 *
 * @slot - Fallback content (for example a link to the case studies on the CCIN website): shown before the script runs and when the list cannot be loaded.
 *
 * @csspart filters - The filter controls.
 * @csspart count - The number of case studies shown.
 * @csspart results - The list of cards.
 * @csspart more - The "Show more" button.
 * @csspart empty - The message when no case study matches.
 *
 * @cssproperty --ccin-accent - Accent colour. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-text - Text colour. Falls back to --color-text, then #0b0c0c.
 * @cssproperty --ccin-focus - Focus colour. Falls back to --color-focus, then #ffdd00.
 * @cssproperty --ccin-surface - Background. Default #ffffff.
 * @cssproperty --ccin-surface-muted - Background of the filters. Default #f3f2f1.
 * @cssproperty --ccin-border-strong - Border of the form controls. Default #505a5f.
 */
export class CcinCaseStudyList extends DataElement {
  static override messageTables = [listMessages, commonMessages];
  static override styles = [tokens, panelTokens, panelStyles, focusRing, visuallyHidden, statusStyles, caseStudyListStyles];

  static override properties = {
    theme: {},
    principle: {},
    organisation: {},
    tier: {},
    search: {},
    sort: {},
    headingLevel: { attribute: 'heading-level' },
    href: {},
    shownCount: { state: true },
  };

  theme = '';
  principle: PrincipleId | '' = '';
  organisation = '';
  tier = '';
  search = '';
  sort: SortOrder = 'title';
  headingLevel: string | null = null;
  href?: string;
  /** How many of the matching cards are shown ("Show more" adds a page). */
  private shownCount = pageSize;

  readonly #uid = `ccin-list-${++instances}`;
  /** Focus the card at this position after the next render ("Show more"). */
  #focusCard?: number;

  readonly #index = this.loader({
    args: () => [this.data] as const,
    task: ([data]) => data.caseStudyIndex(),
    focusAfterRetry: '[part~="count"]',
    onComplete: (index) => {
      this.#warnAboutPresets(index);
      this.emit('ccin-case-study-list-load', { count: index.length });
    },
    onError: (error) => {
      warnOnce(`<ccin-case-study-list> could not load the case-study index: ${error.message}`);
      this.emit('ccin-case-study-list-error', { reason: error.kind });
    },
  });

  get #t() {
    return listMessages.get(this.interfaceLang);
  }

  get #filters(): Filters {
    return { theme: this.theme, principle: this.principle, organisation: this.organisation, tier: this.tier, search: this.search };
  }

  /** Loads the index again (the "Try again" button). */
  retry(): void {
    this.#index.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // New filters start again at the first page.
    if (['theme', 'principle', 'organisation', 'tier', 'search', 'sort'].some((name) => (changed as Map<PropertyKey, unknown>).has(name))) this.shownCount = pageSize;
  }

  protected override updated(): void {
    if (this.#focusCard === undefined) return;
    const card = this.renderRoot.querySelectorAll('ccin-case-study')[this.#focusCard];
    this.#focusCard = undefined;
    void (card as HTMLElement & { updateComplete?: Promise<unknown> } | undefined)?.updateComplete?.then(() => {
      card?.shadowRoot?.querySelector<HTMLElement>('[part~="title"] a, [part~="title"]')?.focus();
    });
  }

  #warnAboutPresets(index: CaseStudySummary[]): void {
    const themes = themesOf(index);
    if (this.theme && !themes.some((t) => fold(t) === fold(this.theme))) {
      warnOnce(`<ccin-case-study-list theme="${this.theme}">: no case study has this theme. Themes: ${themes.join(', ')}.`);
    }
    if (this.principle && !findPrinciple(this.data.principles, this.principle)) {
      warnOnce(`<ccin-case-study-list principle="${this.principle}">: no principle has this id.`);
    }
    const organisations = organisationsOf(index);
    if (this.organisation && !organisations.some(([value, label]) => value === this.organisation.trim() || fold(label) === fold(this.organisation))) {
      warnOnce(`<ccin-case-study-list organisation="${this.organisation}">: no case study names this organisation (use a member id or a name).`);
    }
    if (this.tier && !tiers.includes(this.tier.trim().toLowerCase() as Tier)) {
      warnOnce(`<ccin-case-study-list tier="${this.tier}">: use member, associate or affiliate.`);
    }
    if (this.sort !== 'title' && this.sort !== 'organisation') warnOnce(`<ccin-case-study-list sort="${this.sort}">: use title or organisation.`);
  }

  #onFilter(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.name as keyof Filters | 'sort';
    if (name === 'sort') this.sort = control.value === 'organisation' ? 'organisation' : 'title';
    else if (name === 'principle') this.principle = control.value as PrincipleId | '';
    else this[name] = control.value;
    this.#announce();
  }

  #clearFilters(): void {
    this.theme = this.organisation = this.tier = this.search = '';
    this.principle = '';
    this.#announce();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus());
  }

  #showMore(): void {
    this.#focusCard = this.shownCount;
    this.shownCount += pageSize;
  }

  #announce(): void {
    void this.updateComplete.then(() => {
      const index = this.#index.value;
      if (!index) return;
      this.emit('ccin-filter-change', { ...this.#filters, count: matching(entriesOf(index), this.#filters).length });
    });
  }

  protected override render() {
    const state = this.#index.state;
    if (state.status === 'error') {
      const common = commonMessages.get(this.interfaceLang);
      return failureStatus({ message: this.#t.indexLoadFailed, retry: common.retry, details: common.technicalDetails }, errorMessage(state.error), () => this.retry());
    }
    if (state.status !== 'complete') return loadingStatus(this.#t.loading);
    const index = state.value;
    const found = sorted(matching(entriesOf(index), this.#filters), this.sort === 'organisation' ? 'organisation' : 'title');
    const shown = found.slice(0, this.shownCount);
    const level = headingLevel('ccin-case-study-list', this.headingLevel, 3);
    return html`${this.#renderFilters(index)}
      <p part="count" class="count" role="status" aria-live="polite" tabindex="-1">
        ${this.#t.resultsCount(shown.length, found.length, index.length)}
      </p>
      ${found.length ? this.#renderResults(shown, level) : this.#renderEmpty()}
      ${found.length > shown.length
        ? html`<button part="more" class="button more" type="button" @click=${this.#showMore}>
            ${this.#t.showMore(Math.min(pageSize, found.length - shown.length))}
          </button>`
        : nothing}`;
  }

  /** Keyed by id: a card that stays in the results keeps its element as the filters change. */
  #renderResults(shown: Entry[], level: number): TemplateResult {
    return html`<ul part="results" class="results">
      ${repeat(
        shown,
        (entry) => entry.summary.id,
        (entry) => html`<li>
          <ccin-case-study variant="card" case-id=${entry.summary.id} .summary=${entry.summary} heading-level=${level}
            href=${this.href || nothing}></ccin-case-study>
        </li>`,
      )}
    </ul>`;
  }

  #renderEmpty(): TemplateResult {
    return html`<div part="empty" class="empty notice">
      <p class="empty-title">${this.#t.noResults}</p>
      <p>${this.#t.noResultsHelp}</p>
      <button class="button primary" type="button" @click=${this.#clearFilters}>${this.#t.clearFilters}</button>
    </div>`;
  }

  #renderFilters(index: CaseStudySummary[]): TemplateResult {
    const t = this.#t;
    const id = (name: string) => `${this.#uid}-${name}`;
    const common = commonMessages.get(this.interfaceLang);
    const option = (value: string, label: string, selected: string, lang?: string) =>
      html`<option value=${value} ?selected=${fold(value) === fold(selected)} lang=${lang ?? nothing}>${label}</option>`;
    const unknown = (known: string[], value: string) =>
      value && !known.some((k) => fold(k) === fold(value)) ? html`<option value=${value} selected>${t.unknownValue(value)}</option>` : nothing;
    const themes = themesOf(index);
    const organisations = organisationsOf(index);
    const principles = this.data.principles;
    const recorded = index.filter((s) => s.principles.length).length;
    const contentLang = this.contentLang;
    const anyFilter = !!(this.theme || this.principle || this.organisation || this.tier || this.search);
    return html`<form part="filters" class="filters" @input=${this.#onFilter} @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${t.filtersLegend}</legend>
        <div class="fields">
          <div class="field">
            <label for=${id('theme')}>${t.filterTheme}</label>
            <select id=${id('theme')} name="theme">
              ${option('', t.filterAny, this.theme)} ${themes.map((theme) => option(theme, theme, this.theme, contentLang))} ${unknown(themes, this.theme)}
            </select>
          </div>
          <div class="field">
            <label for=${id('principle')}>${t.filterPrinciple}</label>
            <select id=${id('principle')} name="principle" aria-describedby=${id('principle-hint')}>
              ${option('', t.filterAny, this.principle)} ${principles.map((p) => option(p.id, p.name, this.principle, contentLang))}
              ${unknown(principles.map((p) => p.id), this.principle)}
            </select>
            <p id=${id('principle-hint')} class="hint">${t.principleHint(recorded, index.length)}</p>
          </div>
          <div class="field">
            <label for=${id('organisation')}>${t.filterOrganisation}</label>
            <select id=${id('organisation')} name="organisation">
              ${option('', t.filterAny, this.organisation)} ${organisations.map(([value, label]) => option(value, label, this.organisation, contentLang))}
              ${unknown(organisations.flatMap(([value, label]) => [value, label]), this.organisation)}
            </select>
          </div>
          <div class="field">
            <label for=${id('tier')}>${t.filterTier}</label>
            <select id=${id('tier')} name="tier">
              ${option('', t.filterAny, this.tier)} ${tiers.map((tier) => option(tier, common.tierName[tier], this.tier))} ${unknown([...tiers], this.tier)}
            </select>
          </div>
          <div class="field search">
            <label for=${id('search')}>${t.searchLabel}</label>
            <input id=${id('search')} name="search" type="search" .value=${this.search} autocomplete="off" spellcheck="false" />
          </div>
          <div class="field">
            <label for=${id('sort')}>${t.sortLabel}</label>
            <select id=${id('sort')} name="sort">
              ${option('title', t.sortTitle, this.sort)} ${option('organisation', t.sortOrganisation, this.sort)}
            </select>
          </div>
        </div>
        ${anyFilter ? html`<button class="button clear" type="button" @click=${this.#clearFilters}>${t.clearFilters}</button>` : nothing}
      </fieldset>
    </form>`;
  }
}
