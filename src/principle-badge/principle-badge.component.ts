import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledPrinciples, findPrinciple, loadBundledStatement } from '../shared/data/principles.js';
import type { PrincipleId, PrincipleName, PrincipleStatement } from '../shared/data/types.js';
import { CcinElement } from '../shared/element.js';
import { fillUrlTemplate, isExternal, safeHref } from '../shared/safe-url.js';
import { focusRing, tokens, visuallyHidden } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { principleIcons, unknownIcon } from './icons.js';
import { badgeMessages } from './messages.js';
import { badgeStyles } from './principle-badge.styles.js';

export type BadgeVariant = 'icon' | 'label' | 'full';
export type BadgeSize = 'small' | 'medium' | 'large';

const variants: readonly BadgeVariant[] = ['icon', 'label', 'full'];
const sizes: readonly BadgeSize[] = ['small', 'medium', 'large'];

let statementIds = 0;

/**
 * One of the ten CCIN co-operative principles as a badge that sits in running text, in a case
 * study or on a card.
 *
 * @tagname ccin-principle-badge
 * @summary A CCIN principle as an inline badge: icon, name, and on request its statement.
 *
 * @attr principle - The principle's id: social-partnership, democratic-engagement, co-production, enterprise-and-social-economy, learning, maximising-social-value, walking-the-talk, community-leadership, new-models, innovation.
 * @attr variant - "label" (icon and name, the default), "icon" (icon only, with the name as its accessible name and a tooltip on hover and focus) or "full" (icon, name and a button that shows the full statement).
 * @attr size - "small", "medium" (the default) or "large", relative to the surrounding text.
 * @attr href - Makes the badge a link, for example to the council's own page about the principle. Only http(s) and relative URLs are used. Without it, the provider's principle-href template is used if there is one.
 * @attr expanded - In the "full" variant, whether the statement is shown.
 *
 * @fires {CustomEvent<{ principle: string; expanded: boolean }>} ccin-principle-toggle - When the statement of a "full" badge is shown or hidden.
 *
 * @slot - Fallback text: shown before the script runs, and shown instead of a name when the principle id is not known.
 *
 * @csspart badge - The badge itself (a link when it has an href).
 * @csspart icon - The principle's icon.
 * @csspart name - The principle's name.
 * @csspart tooltip - The tooltip of the "icon" variant.
 * @csspart toggle - The button that shows and hides the statement ("full" variant).
 * @csspart statement - The principle's statement ("full" variant).
 *
 * @cssproperty --ccin-accent - Colour of the badge's icon, text and border. Falls back to LocalGov Drupal's --color-accent, then #00664f.
 * @cssproperty --ccin-surface - Background of the badge. Default #ffffff.
 * @cssproperty --ccin-text - Colour of the statement and the tooltip. Falls back to --color-text, then #0b0c0c.
 * @cssproperty --ccin-link - Colour of a badge that is a link. Falls back to --color-link, then the accent.
 * @cssproperty --ccin-focus - Focus background. Falls back to --color-focus, then #ffdd00.
 * @cssproperty --ccin-focus-text - Text colour on focus. Default #0b0c0c.
 * @cssproperty --ccin-radius - Corner radius. Falls back to --border-radius, then 4px.
 * @cssproperty --ccin-font-family - Font. Falls back to --font-primary, else the surrounding text's font.
 */
export class CcinPrincipleBadge extends CcinElement {
  static override styles = [tokens, focusRing, visuallyHidden, badgeStyles];

  /** A principle id; '' (or an unknown id, with a console warning) shows the fallback text. */
  @property({ reflect: true }) principle: PrincipleId | '' = '';
  @property({ reflect: true }) variant: BadgeVariant = 'label';
  @property({ reflect: true }) size: BadgeSize = 'medium';
  @property() href?: string;
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The tooltip was closed with Escape; it stays closed until focus or the pointer leave. */
  @state() private tooltipDismissed = false;

  /** The statement of a "full" badge, loaded (once per principle) when it first renders. */
  @state() private statement?: PrincipleStatement;
  private statementFor?: string;

  private readonly statementId = `ccin-statement-${++statementIds}`;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.variant === 'icon' && !this.tooltipDismissed) {
        this.tooltipDismissed = true;
      }
    });
    const reset = () => (this.tooltipDismissed = false);
    this.addEventListener('focusout', reset);
    this.addEventListener('mouseleave', reset);
  }

  private get principles(): readonly PrincipleName[] {
    return this.settings?.data.principles ?? bundledPrinciples;
  }

  private get t() {
    return badgeMessages[this.interfaceLang];
  }

  /** The principle shown, or undefined when the id is not known. */
  get principleData(): PrincipleName | undefined {
    return findPrinciple(this.principles, this.principle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && !variants.includes(this.variant)) {
      warnOnce(`<ccin-principle-badge variant="${this.variant}"> is not a variant; use icon, label or full.`);
    }
    if (changed.has('size') && !sizes.includes(this.size)) {
      warnOnce(`<ccin-principle-badge size="${this.size}"> is not a size; use small, medium or large.`);
    }
    this.loadStatement();
  }

  /** A "full" badge loads its statement (a small chunk, or the provider's data) before it is asked for. */
  private loadStatement(): void {
    const principle = this.principleData;
    const source = this.settings?.data;
    const key = principle && this.effectiveVariant === 'full' ? `${principle.id}|${source ? 'provider' : 'bundled'}` : undefined;
    if (!principle || !key || key === this.statementFor) return;
    this.statementFor = key;
    this.statement = undefined;
    (source ? source.principleStatement(principle.id) : loadBundledStatement(principle.id)).then(
      (statement) => {
        if (this.statementFor === key) this.statement = statement;
      },
      (error: unknown) => warnOnce(`could not load the statement of “${principle.id}”: ${(error as Error).message}`),
    );
  }

  private get effectiveVariant(): BadgeVariant {
    return variants.includes(this.variant) ? this.variant : 'label';
  }

  private get effectiveSize(): BadgeSize {
    return sizes.includes(this.size) ? this.size : 'medium';
  }

  private get link(): string | undefined {
    if (this.href) return safeHref(this.href);
    return this.principleData ? fillUrlTemplate(this.settings?.principleHref, this.principleData.id) : undefined;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.emit('ccin-principle-toggle', { principle: this.principleData?.id ?? this.principle, expanded: this.expanded });
  }

  protected override render() {
    const principle = this.principleData;
    if (!principle) return this.renderUnknown();
    const variant = this.effectiveVariant;
    const icon = html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${principleIcons[principle.id]}
    </svg>`;
    const name = html`<span part="name" class="name" lang=${this.contentLang ?? nothing}>${principle.name}</span>`;
    const classes = `badge variant-${variant} size-${this.effectiveSize}`;

    if (variant === 'icon') {
      const tooltip = html`<span part="tooltip" class="tooltip ${this.tooltipDismissed ? 'dismissed' : ''}" aria-hidden="true"
        lang=${this.contentLang ?? nothing}>${principle.name}</span>`;
      const href = this.link;
      return href
        ? html`<a part="badge" class=${classes} href=${href} aria-label=${principle.name}
              rel=${isExternal(href) ? 'external noopener noreferrer' : nothing}>${icon}</a>${tooltip}`
        : html`<span part="badge" class=${classes} role="img" aria-label=${principle.name} tabindex="0">${icon}</span>${tooltip}`;
    }

    const href = this.link;
    const face = href
      ? html`<a part="badge" class=${classes} href=${href} rel=${isExternal(href) ? 'external noopener noreferrer' : nothing}
          >${icon}${name}</a>`
      : html`<span part="badge" class=${classes}>${icon}${name}</span>`;

    if (variant === 'label') return face;

    return html`<span class="full-layout">
      ${face}
      <button part="toggle" class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls=${this.statementId} aria-label=${this.t.statementToggleLabel(principle.name, this.expanded)}
        @click=${this.toggle}>${this.expanded ? this.t.hideStatement : this.t.showStatement}</button>
      <span part="statement" class="statement" id=${this.statementId} ?hidden=${!this.expanded}
        lang=${this.contentLang ?? nothing}>
        <span class="statement-text">${this.statement?.statement ?? '…'}</span>
        ${this.statement?.points
          ? html`<span class="points" role="list">
              ${this.statement.points.map(
                (point) => html`<span class="point" role="listitem"><strong>${point.label}:</strong> ${point.text}</span>`,
              )}
            </span>`
          : nothing}
      </span>
    </span>`;
  }

  private renderUnknown() {
    warnOnce(
      `<ccin-principle-badge principle="${this.principle}">: no principle has this id. ` +
        `Valid ids: ${this.principles.map((p) => p.id).join(', ')}.`,
    );
    return html`<span part="badge" class="badge variant-label unknown size-${this.effectiveSize}">
      <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${unknownIcon}</svg>
      <span part="name" class="name"><slot>${this.t.unknownPrinciple}</slot></span>
    </span>`;
  }
}
