import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../case-study/case-study.js';
import { findPrinciple } from '../shared/data/principles.js';
import type { CaseStudySummary, PrincipleId, Tier } from '../shared/data/types.js';
import { DataElement } from '../shared/data-element.js';
import { commonMessages } from '../shared/i18n/common.js';
import { parseHeadingLevel } from '../shared/headings.js';
import { plainText } from '../shared/rich-text/parse.js';
import { failureStatus, loadingStatus, statusStyles } from '../shared/status.js';
import { focusRing, tokens, visuallyHidden } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { caseStudyListStyles } from './case-study-list.styles.js';
import { listMessages } from './messages.js';

type LoadState = { kind: 'loading' } | { kind: 'ready'; index: CaseStudySummary[] } | { kind: 'error' };

const tiers: readonly Tier[] = ['member', 'associate', 'affiliate'];
let instances = 0;

/** Lower case, accents and punctuation folded, for search and for matching presets. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Case studies as cards, with filters for theme, principle, organisation and membership tier,
 * and a search over titles and standfirsts. Attributes preset the filters, so a council can
 * embed "all case studies about poverty". It loads the case-study index (one file: titles,
 * themes, principles, organisations, standfirsts), not the case studies' bodies.
 *
 * @tagname ccin-case-study-list
 * @summary Filterable, searchable cards of the CCIN's case studies.
 *
 * @attr theme - Preset the theme filter, e.g. "Poverty" (as the booklet labels them).
 * @attr principle - Preset the principle filter, a principle id such as "co-production". Only case studies whose sources state their principles can match.
 * @attr organisation - Preset the organisation filter: a member id ("rochdale-council") or an organisation's name.
 * @attr tier - Preset the membership filter: "member", "associate" or "affiliate" (the tier of the lead organisation).
 * @attr search - Preset the search words.
 * @attr heading-level - Heading level of the cards' titles, 1 to 6 (default 3: the list usually sits under the page's h2).
 * @attr href - URL template for the cards' links, with {id} for the case-study id. Without it, the provider's case-study-href is used; without either, cards have no link.
 *
 * @fires {CustomEvent<{ theme: string; principle: string; organisation: string; tier: string; search: string; count: number }>} ccin-filter-change - When the filters change; `count` is the number of case studies shown.
 *
 * @slot - Fallback content (for example a link to the case studies on the CCIN website): shown before the script runs and when the list cannot be loaded.
 *
 * @csspart filters - The filter controls.
 * @csspart count - The number of case studies shown.
 * @csspart results - The list of cards.
 * @csspart empty - The message when no case study matches.
 *
 * @cssproperty --ccin-accent - Accent colour. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-text - Text colour. Falls back to --color-text, then #0b0c0c.
 * @cssproperty --ccin-focus - Focus colour. Falls back to --color-focus, then #ffdd00.
 * @cssproperty --ccin-surface-muted - Background of the filters. Default #f3f2f1.
 * @cssproperty --ccin-border-strong - Border of the form controls. Default #505a5f.
 */
export class CcinCaseStudyList extends DataElement {
  static override styles = [tokens, focusRing, visuallyHidden, statusStyles, caseStudyListStyles];

  @property() theme = '';
  @property() principle: PrincipleId | '' = '';
  @property() organisation = '';
  @property() tier = '';
  @property() search = '';
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;
  @property() href?: string;

  @state() private load: LoadState = { kind: 'loading' };

  private readonly uid = `ccin-list-${++instances}`;
  private loadedFrom = this.data;

  private get t() {
    return listMessages[this.interfaceLang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadIndex();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.data !== this.loadedFrom) this.loadIndex();
    if (changed.has('headingLevel') && this.headingLevel !== null && parseHeadingLevel(this.headingLevel) === undefined) {
      warnOnce(`<ccin-case-study-list heading-level="${this.headingLevel}"> is not a heading level from 1 to 6; using 3.`);
    }
  }

  private loadIndex(): void {
    const data = this.data;
    this.loadedFrom = data;
    this.load = { kind: 'loading' };
    data.caseStudyIndex().then(
      (index) => {
        if (data !== this.data) return;
        this.load = { kind: 'ready', index };
        this.warnAboutPresets(index);
      },
      (error: unknown) => {
        warnOnce(`<ccin-case-study-list> could not load the case-study index: ${(error as Error).message}`);
        if (data === this.data) this.load = { kind: 'error' };
      },
    );
  }

  /** Loads the index again (the "Try again" button). */
  retry(): void {
    this.loadIndex();
  }

  // ——— Filtering ———

  private themesOf(index: CaseStudySummary[]): string[] {
    return [...new Set(index.map((s) => s.theme).filter((t): t is string => !!t))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  }

  /** Organisations named by the case studies, as [value, label]: the member id where there is one. */
  private organisationsOf(index: CaseStudySummary[]): [string, string][] {
    const byValue = new Map<string, string>();
    for (const study of index) for (const org of study.organisations) byValue.set(org.memberId ?? org.name, org.name);
    return [...byValue.entries()].sort((a, b) => a[1].localeCompare(b[1], 'en-GB'));
  }

  private isShown(study: CaseStudySummary): boolean {
    if (this.theme && fold(study.theme ?? '') !== fold(this.theme)) return false;
    if (this.principle && !study.principles.includes(this.principle.trim().toLowerCase() as PrincipleId)) return false;
    if (this.organisation) {
      const wanted = fold(this.organisation);
      if (!study.organisations.some((o) => o.memberId === this.organisation.trim() || fold(o.name) === wanted)) return false;
    }
    if (this.tier && !study.organisations.some((o) => o.role === 'lead' && o.tier === this.tier.trim().toLowerCase())) return false;
    if (this.search.trim()) {
      const haystack = fold([study.title, study.subtitle ?? '', plainText(study.summary ?? study.excerpt ?? '')].join(' '));
      if (!fold(this.search).split(' ').every((word) => haystack.includes(word))) return false;
    }
    return true;
  }

  private warnAboutPresets(index: CaseStudySummary[]): void {
    if (this.theme && !this.themesOf(index).some((t) => fold(t) === fold(this.theme))) {
      warnOnce(`<ccin-case-study-list theme="${this.theme}">: no case study has this theme. Themes: ${this.themesOf(index).join(', ')}.`);
    }
    if (this.principle && !findPrinciple(this.data.principles, this.principle)) {
      warnOnce(`<ccin-case-study-list principle="${this.principle}">: no principle has this id.`);
    }
    if (this.tier && !tiers.includes(this.tier.trim().toLowerCase() as Tier)) {
      warnOnce(`<ccin-case-study-list tier="${this.tier}">: use member, associate or affiliate.`);
    }
  }

  private onFilter(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.name as 'theme' | 'principle' | 'organisation' | 'tier' | 'search';
    this[name] = control.value as never;
    this.announce();
  }

  private clearFilters(): void {
    this.theme = this.principle = this.organisation = this.tier = this.search = '';
    this.announce();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus());
  }

  private announce(): void {
    void this.updateComplete.then(() => {
      if (this.load.kind !== 'ready') return;
      const count = this.load.index.filter((s) => this.isShown(s)).length;
      const { theme, principle, organisation, tier, search } = this;
      this.emit('ccin-filter-change', { theme, principle, organisation, tier, search, count });
    });
  }

  // ——— Rendering ———

  protected override render() {
    const load = this.load;
    if (load.kind === 'loading') return loadingStatus(this.t.loading);
    if (load.kind === 'error') return failureStatus(this.t.indexLoadFailed, commonMessages[this.interfaceLang].retry, () => this.retry());
    const index = load.index;
    const shown = index.filter((study) => this.isShown(study));
    return html`${this.renderFilters(index)}
      <p part="count" class="count" role="status" aria-live="polite">${this.t.resultsCount(shown.length, index.length)}</p>
      ${shown.length
        ? html`<ul part="results" class="results">
            ${shown.map(
              (study) => html`<li>
                <ccin-case-study variant="card" case-id=${study.id} heading-level=${parseHeadingLevel(this.headingLevel) ?? 3}
                  href=${this.href || nothing}></ccin-case-study>
              </li>`,
            )}
          </ul>`
        : html`<div part="empty" class="empty">
            <p class="empty-title">${this.t.noResults}</p>
            <p>${this.t.noResultsHelp}</p>
            <button class="button" type="button" @click=${this.clearFilters}>${this.t.clearFilters}</button>
          </div>`}`;
  }

  private renderFilters(index: CaseStudySummary[]): TemplateResult {
    const id = (name: string) => `${this.uid}-${name}`;
    const common = commonMessages[this.interfaceLang];
    const option = (value: string, label: string, selected: string, lang?: string) =>
      html`<option value=${value} ?selected=${fold(value) === fold(selected)} lang=${lang ?? nothing}>${label}</option>`;
    const unknown = (known: string[], value: string) =>
      value && !known.some((k) => fold(k) === fold(value)) ? html`<option value=${value} selected>${this.t.unknownValue(value)}</option>` : nothing;
    const themes = this.themesOf(index);
    const organisations = this.organisationsOf(index);
    const contentLang = this.contentLang;
    const anyFilter = !!(this.theme || this.principle || this.organisation || this.tier || this.search);
    return html`<form part="filters" class="filters" @input=${this.onFilter} @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${this.t.filtersLegend}</legend>
        <div class="fields">
          <div class="field">
            <label for=${id('theme')}>${this.t.filterTheme}</label>
            <select id=${id('theme')} name="theme">
              ${option('', this.t.filterAny, this.theme)}
              ${themes.map((theme) => option(theme, theme, this.theme, contentLang))} ${unknown(themes, this.theme)}
            </select>
          </div>
          <div class="field">
            <label for=${id('principle')}>${this.t.filterPrinciple}</label>
            <select id=${id('principle')} name="principle">
              ${option('', this.t.filterAny, this.principle)}
              ${this.data.principles.map((p) => option(p.id, p.name, this.principle, contentLang))}
              ${unknown(this.data.principles.map((p) => p.id), this.principle)}
            </select>
          </div>
          <div class="field">
            <label for=${id('organisation')}>${this.t.filterOrganisation}</label>
            <select id=${id('organisation')} name="organisation">
              ${option('', this.t.filterAny, this.organisation)}
              ${organisations.map(([value, label]) => option(value, label, this.organisation, contentLang))}
              ${unknown(organisations.flatMap(([value, label]) => [value, label]), this.organisation)}
            </select>
          </div>
          <div class="field">
            <label for=${id('tier')}>${this.t.filterTier}</label>
            <select id=${id('tier')} name="tier">
              ${option('', this.t.filterAny, this.tier)} ${tiers.map((tier) => option(tier, common.tierName[tier], this.tier))}
              ${unknown([...tiers], this.tier)}
            </select>
          </div>
          <div class="field search">
            <label for=${id('search')}>${this.t.searchLabel}</label>
            <input id=${id('search')} name="search" type="search" .value=${this.search} autocomplete="off" spellcheck="false" />
          </div>
        </div>
        ${anyFilter ? html`<button class="button secondary" type="button" @click=${this.clearFilters}>${this.t.clearFilters}</button>` : nothing}
      </fieldset>
    </form>`;
  }
}
