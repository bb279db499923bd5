import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../principle-badge/principle-badge.js';
import { DataError } from '../shared/data/load-json.js';
import type { Block, CaseStudy, CaseStudySummary, Contact, ListItem, Organisation } from '../shared/data/types.js';
import { DataElement } from '../shared/data-element.js';
import { commonMessages } from '../shared/i18n/common.js';
import { parseHeadingLevel, renderHeading } from '../shared/headings.js';
import { renderInline } from '../shared/rich-text/render.js';
import { fillUrlTemplate, isExternal, safeHref, telHref } from '../shared/safe-url.js';
import { failureStatus, loadingStatus, statusStyles } from '../shared/status.js';
import { focusRing, tokens, visuallyHidden } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { caseStudyStyles } from './case-study.styles.js';
import { caseStudyMessages } from './messages.js';
import { similarCaseStudies } from './suggest.js';

export type CaseStudyVariant = 'full' | 'card';

type LoadState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready-full'; study: CaseStudy }
  | { kind: 'ready-card'; summary: CaseStudySummary }
  | { kind: 'not-found'; id: string; suggestions: CaseStudySummary[] }
  | { kind: 'error'; message: string };

const emailPattern = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}$/i;
let instances = 0;

/**
 * A CCIN case study, from the bundled snapshot: the whole article, or a card for listing pages.
 *
 * The full article loads only its own data file (data/case-studies/<id>.json); cards load the
 * case-study index (one file for every card on the page). Files are fetched once per page and
 * shared by every element that needs them.
 *
 * @tagname ccin-case-study
 * @summary A CCIN case study as an article or a card.
 *
 * @attr case-id - The case study's id, for example "rochdale-cost-of-living-crisis". The ids are listed in docs/case-study-ids.html.
 * @attr variant - "full" (the whole case study, the default) or "card" (title, organisation, theme, standfirst and principles, with a link).
 * @attr heading-level - The level of the title's heading, 1 to 6 (default 2), so the article fits the page's outline. Subheadings are one level below.
 * @attr href - Where a card links to. May contain {id}, replaced by the case-study id. Without it, the provider's case-study-href template is used; without either, the card has no link.
 * @attr color-scheme - "auto" follows the reader's light or dark preference; by default the element is always light.
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
 * @csspart contacts - The contacts section.
 * @csspart links - The further links section.
 * @csspart source - The line naming the source document.
 * @csspart status - The loading, not-found and error messages.
 * @csspart retry - The "Try again" button.
 *
 * @cssproperty --ccin-accent - Accent colour: theme label, rules, quote bar. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-text - Text colour. Falls back to --color-text, then #0b0c0c.
 * @cssproperty --ccin-text-muted - Secondary text. Default #505a5f.
 * @cssproperty --ccin-link - Link colour. Falls back to --color-link, then the accent.
 * @cssproperty --ccin-focus - Focus background. Falls back to --color-focus, then #ffdd00.
 * @cssproperty --ccin-surface - Background of cards and panels. Default #ffffff.
 * @cssproperty --ccin-surface-muted - Background of the contacts panel. Default #f3f2f1.
 * @cssproperty --ccin-border-color - Borders. Falls back to --border-color, then #b1b4b6.
 * @cssproperty --ccin-spacing - Base spacing. Falls back to --spacing, then 1em.
 * @cssproperty --ccin-radius - Corner radius. Falls back to --border-radius, then 4px.
 * @cssproperty --ccin-font-family - Font. Falls back to --font-primary, else the page's font.
 * @cssproperty --ccin-heading-font-family - Font of headings. Default: the element's font.
 * @cssproperty --ccin-measure - Longest line of body text. Default 40em.
 */
export class CcinCaseStudy extends DataElement {
  static override styles = [tokens, focusRing, visuallyHidden, statusStyles, caseStudyStyles];

  @property({ attribute: 'case-id', reflect: true }) caseId = '';
  @property({ reflect: true }) variant: CaseStudyVariant = 'full';
  /** The attribute as written; see `level` for the value used. */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;
  @property() href?: string;
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: string;

  @state() private load: LoadState = { kind: 'idle' };

  private readonly uid = `ccin-cs-${++instances}`;
  private request = 0;

  private get t() {
    return caseStudyMessages[this.interfaceLang];
  }

  /** The title's heading level in use (2 unless a valid heading-level is given). */
  get level(): number {
    return parseHeadingLevel(this.headingLevel) ?? 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && this.headingLevel !== null && parseHeadingLevel(this.headingLevel) === undefined) {
      warnOnce(`<ccin-case-study heading-level="${this.headingLevel}"> is not a heading level from 1 to 6; using 2.`);
    }
    if (changed.has('variant') && this.variant !== 'full' && this.variant !== 'card') {
      warnOnce(`<ccin-case-study variant="${this.variant}"> is not a variant; use full or card.`);
    }
    // Load when the id or variant changes, or when a provider replaced its data (newer data
    // from its src) since this element loaded.
    if (changed.has('caseId') || changed.has('variant') || this.data !== this.loadedFrom) this.startLoading();
  }

  private get isCard(): boolean {
    return this.variant === 'card';
  }

  private startLoading(): void {
    const id = this.caseId.trim();
    const request = ++this.request;
    if (!id) {
      this.load = { kind: 'idle' };
      if (this.isConnected) {
        warnOnce('a <ccin-case-study> has no case-id attribute: it shows a message and its fallback content.');
        this.emitError('', 'missing-id');
      }
      return;
    }
    this.load = { kind: 'loading' };
    const data = this.data;
    this.loadedFrom = data;
    const pending = this.isCard
      ? data.caseStudyIndex().then((index) => {
          const summary = index.find((entry) => entry.id === id);
          if (!summary) throw new DataError(`no case study “${id}”`, 'not-found');
          return { kind: 'ready-card', summary } as const;
        })
      : data.caseStudy(id).then((study) => ({ kind: 'ready-full', study }) as const);
    pending.then(
      (ready) => {
        if (request !== this.request) return;
        this.load = ready;
        this.updateComplete.then(() =>
          this.emit('ccin-case-study-load', { id }),
        );
      },
      (error: unknown) => {
        if (request !== this.request) return;
        const reason: DataError['kind'] = error instanceof DataError ? error.kind : 'invalid';
        if (reason === 'not-found') {
          warnOnce(`<ccin-case-study case-id="${id}">: there is no case study with this id.`);
          this.load = { kind: 'not-found', id, suggestions: [] };
          this.suggestFor(id, request);
        } else {
          warnOnce(`<ccin-case-study case-id="${id}"> could not load its data: ${(error as Error).message}`);
          this.load = { kind: 'error', message: (error as Error).message };
        }
        this.emitError(id, reason);
      },
    );
  }

  /** Finds the case studies the author may have meant, for the not-found message. */
  private suggestFor(id: string, request: number): void {
    this.data.caseStudyIndex().then(
      (index) => {
        if (request === this.request) this.load = { kind: 'not-found', id, suggestions: similarCaseStudies(id, index) };
      },
      () => {},
    );
  }

  private emitError(id: string, reason: DataError['kind'] | 'missing-id'): void {
    this.emit('ccin-case-study-error', { id, reason });
  }

  /** Loads the case study again (the "Try again" button). */
  retry(): void {
    this.startLoading();
  }

  /** The data source the current state was loaded from (a provider may replace it). */
  private loadedFrom = this.data;

  protected override render() {
    const load = this.load;
    switch (load.kind) {
      case 'idle':
        return html`<div part="status" class="status notice" role="status"><p>${this.t.missingCaseId}</p></div>
          <slot></slot>`;
      case 'loading':
        return loadingStatus(this.t.loadingCaseStudy);
      case 'not-found':
        return html`<div part="status" class="status notice" role="status">
            <p>${this.t.caseStudyNotFound(html`<bdi>${load.id}</bdi>`)}</p>
            ${load.suggestions.length
              ? html`<p>${this.t.didYouMean}</p>
                  <ul class="suggestions">
                    ${load.suggestions.map((entry) => html`<li><code>${entry.id}</code> <span lang=${this.contentLang ?? nothing}>(${entry.title})</span></li>`)}
                  </ul>`
              : html`<p>${this.t.idListHint}</p>`}
          </div>
          <slot></slot>`;
      case 'error':
        return failureStatus(this.t.caseStudyLoadFailed, commonMessages[this.interfaceLang].retry, () => this.retry());
      case 'ready-card':
        return this.renderCard(load.summary);
      case 'ready-full':
        return this.renderFull(load.study);
    }
  }

  // ——— Full article ———

  private renderFull(study: CaseStudy): TemplateResult {
    const level = this.level;
    const titleId = `${this.uid}-title`;
    const lang = this.contentLang;
    return html`<article part="article" class="article" aria-labelledby=${titleId}>
      <header class="header">
        ${study.theme
          ? html`<p part="theme" class="theme"><span class="visually-hidden">${this.t.theme}: </span
              ><span lang=${lang ?? nothing}>${study.theme}</span></p>`
          : nothing}
        ${renderHeading(level, this.renderTitle(study), { id: titleId, part: 'title', className: 'title', lang })}
        ${this.renderOrganisations(study.organisations)}
        ${study.year !== null || study.status
          ? html`<p class="facts">
              ${study.year !== null ? html`<span>${this.t.yearLabel}: ${study.year}</span>` : nothing}
              ${study.status ? html`<span>${this.t.statusLabel}: <span lang=${lang ?? nothing}>${study.status}</span></span>` : nothing}
            </p>`
          : nothing}
      </header>
      ${study.summary
        ? html`<p part="summary" class="summary" lang=${lang ?? nothing}>${renderInline(study.summary)}</p>`
        : nothing}
      <div part="body" class="body" lang=${lang ?? nothing}>${study.body.map((block) => this.renderBlock(block, level + 1))}</div>
      ${this.renderPrinciples(study, level + 1)} ${this.renderContacts(study.contacts, level + 1)}
      ${this.renderLinks(study, level + 1)}
      <p part="source" class="source">${this.t.sourceLine(this.sourceDocuments(study))}</p>
    </article>`;
  }

  private renderTitle(study: CaseStudySummary | CaseStudy): TemplateResult {
    return study.subtitle
      ? html`<span class="title-main">${study.title}</span><span class="visually-hidden">: </span
          ><span class="subtitle">${study.subtitle}</span>`
      : html`${study.title}`;
  }

  private renderOrganisations(organisations: Organisation[]): TemplateResult | typeof nothing {
    const names = (role: Organisation['role']) => organisations.filter((o) => o.role === role).map((o) => o.name);
    const lead = names('lead');
    const partners = names('partner');
    const workingWith = names('working-with');
    const lang = this.contentLang ?? nothing;
    const group = (label: string, list: string[]) =>
      list.length
        ? html`<span class="org-group">${label} <span lang=${lang}>${list.join(', ')}</span></span>`
        : nothing;
    if (!organisations.length) return nothing;
    return html`<p part="organisations" class="organisations">
      ${group(this.t.by, lead)} ${group(this.t.workingWith, workingWith)} ${group(this.t.partners, partners)}
    </p>`;
  }

  private renderBlock(block: Block, level: number): TemplateResult {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${renderInline(block.text)}</p>`;
      case 'heading':
        return renderHeading(level, renderInline(block.text), { className: 'subheading' });
      case 'list':
        return this.renderList(block.items, block.ordered);
      case 'quote':
        return html`<blockquote class="quote">
          <p>${renderInline(block.text)}</p>
          ${block.attribution ? html`<p class="attribution">— ${renderInline(block.attribution)}</p>` : nothing}
        </blockquote>`;
    }
  }

  private renderList(items: ListItem[], ordered: boolean): TemplateResult {
    const content = items.map(
      (item) => html`<li>${renderInline(item.text)}${item.items?.length ? this.renderList(item.items, ordered) : nothing}</li>`,
    );
    return ordered ? html`<ol>${content}</ol>` : html`<ul>${content}</ul>`;
  }

  private renderPrinciples(study: CaseStudy, level: number): TemplateResult {
    const id = `${this.uid}-principles`;
    return html`<section part="principles" class="section principles" aria-labelledby=${id}>
      ${renderHeading(level, this.t.principlesHeading, { id, className: 'section-heading' })}
      ${study.principles.length
        ? html`<ul class="badges">
            ${study.principles.map((principle) => html`<li><ccin-principle-badge principle=${principle}></ccin-principle-badge></li>`)}
          </ul>`
        : html`<p class="not-stated">${this.t.principlesNotStated}</p>`}
    </section>`;
  }

  private renderContacts(contacts: Contact[], level: number): TemplateResult | typeof nothing {
    if (!contacts.length) return nothing;
    const id = `${this.uid}-contacts`;
    const lang = this.contentLang ?? nothing;
    return html`<section part="contacts" class="section contacts" aria-labelledby=${id}>
      ${renderHeading(level, this.t.contactsHeading, { id, className: 'section-heading' })}
      <div class="contact-list">
        ${contacts.map((contact) => {
          const tel = contact.phone ? telHref(contact.phone) : undefined;
          const email = contact.email && emailPattern.test(contact.email) ? contact.email : undefined;
          return html`<div class="contact">
            <p class="contact-name" lang=${lang}>${contact.name}</p>
            ${contact.role || contact.organisation
              ? html`<p class="contact-role" lang=${lang}>${[contact.role, contact.organisation].filter(Boolean).join(' – ')}</p>`
              : nothing}
            ${contact.email
              ? html`<p class="contact-line">
                  <span class="label">${this.t.emailLabel}:</span>
                  ${email ? html`<a href=${`mailto:${email}`}>${email}</a>` : contact.email}
                </p>`
              : nothing}
            ${contact.phone
              ? html`<p class="contact-line">
                  <span class="label">${this.t.phoneLabel}:</span>
                  ${tel ? html`<a href=${tel}>${contact.phone}</a>` : contact.phone}
                </p>`
              : nothing}
            ${(contact.web ?? []).map((web) => {
              const href = safeHref(web.url);
              return html`<p class="contact-line">
                <span class="label">${this.t.webLabel}:</span>
                ${href ? html`<a href=${href} rel=${isExternal(href) ? 'external noopener noreferrer' : nothing}>${web.text}</a>` : web.text}
              </p>`;
            })}
          </div>`;
        })}
      </div>
    </section>`;
  }

  private renderLinks(study: CaseStudy, level: number): TemplateResult | typeof nothing {
    const links = study.links;
    if (!links.length) return nothing;
    const id = `${this.uid}-links`;
    return html`<section part="links" class="section links" aria-labelledby=${id}>
      ${renderHeading(level, this.t.linksHeading, { id, className: 'section-heading' })}
      <ul lang=${this.contentLang ?? nothing}>
        ${links.map((link) => {
          // A link that is not http(s), mailto or tel keeps its text and loses its link.
          const href = safeHref(link.url);
          return html`<li>${href ? html`<a href=${href} rel=${isExternal(href) ? 'external noopener noreferrer' : nothing}>${link.text}</a>` : link.text}</li>`;
        })}
      </ul>
    </section>`;
  }

  private sourceDocuments(study: CaseStudy): string[] {
    return [...new Set(study.sources.map((source) => source.document).filter((d): d is string => !!d))];
  }

  // ——— Card ———

  private get cardHref(): string | undefined {
    const id = this.caseId.trim();
    if (this.href) return this.href.includes('{id}') ? fillUrlTemplate(this.href, id) : safeHref(this.href);
    return fillUrlTemplate(this.settings?.caseStudyHref, id);
  }

  private renderCard(summary: CaseStudySummary): TemplateResult {
    const lang = this.contentLang;
    const href = this.cardHref;
    const text = summary.summary ?? summary.excerpt;
    const title = this.renderTitle(summary);
    return html`<article part="card" class="card" aria-labelledby=${`${this.uid}-title`}>
      ${summary.theme
        ? html`<p part="theme" class="theme"><span class="visually-hidden">${this.t.theme}: </span
            ><span lang=${lang ?? nothing}>${summary.theme}</span></p>`
        : nothing}
      ${renderHeading(
        this.level,
        href ? html`<a class="card-link" href=${href} rel=${isExternal(href) ? 'external noopener noreferrer' : nothing}>${title}</a>` : title,
        { id: `${this.uid}-title`, part: 'title', className: 'title', lang },
      )}
      ${this.renderOrganisations(summary.organisations)}
      ${text ? html`<p part="summary" class="summary" lang=${lang ?? nothing}>${renderInline(text)}</p>` : nothing}
      ${summary.principles.length
        ? html`<ul class="badges" aria-label=${this.t.principlesHeading}>
            ${summary.principles.map(
              (principle) => html`<li><ccin-principle-badge principle=${principle} size="small"></ccin-principle-badge></li>`,
            )}
          </ul>`
        : nothing}
    </article>`;
  }
}
