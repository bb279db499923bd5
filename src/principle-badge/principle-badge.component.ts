import { html, nothing, type PropertyValues } from 'lit';
import { bundledPrinciples, findPrinciple, principleIdList } from '../shared/data/principles.js';
import type { PrincipleId, PrincipleName } from '../shared/data/types.js';
import { CcinElement } from '../shared/element.js';
import { externalRel, resolveHref } from '../shared/safe-url.js';
import { focusRing, tokens } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { renderPrincipleIcon, renderPrincipleLabel, type BadgeSize } from './label.js';
import { badgeMessages } from './messages.js';
import { badgeStyles } from './principle-badge.styles.js';

export type BadgeVariant = 'icon' | 'label' | 'full';
export type { BadgeSize };

const variants: readonly BadgeVariant[] = ['icon', 'label', 'full'];
const sizes: readonly BadgeSize[] = ['small', 'medium', 'large'];

/** The code of the "full" variant (toggle and statement), loaded by the first full badge. */
let fullVariant: typeof import('./full.js') | undefined;
let fullFailed = false;
/** Loads the "full" variant's code (done by the first full badge, or before a server render). */
export const loadFullVariant = () =>
  import('./full.js').then(
    (module) => void (fullVariant = module),
    (error: unknown) => {
      fullFailed = true;
      warnOnce(`could not load the code of "full" badges: ${error}`);
    },
  );

/**
 * One of the ten CCIN co-operative principles as a badge that sits in running text, in a case
 * study or on a card.
 *
 * @tagname ccin-principle-badge
 * @summary A CCIN principle as an inline badge: icon, name, and on request its statement.
 *
 * @attr principle - The principle's id: social-partnership, democratic-engagement, co-production, enterprise-and-social-economy, learning, maximising-social-value, walking-the-talk, community-leadership, new-models, innovation.
 * @attr variant - "label" (icon and name, the default), "icon" (icon only, with the name as its accessible name and a tooltip on hover, and on focus when it is a link) or "full" (icon, name and a button that shows the full statement).
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
  static override messageTables = [badgeMessages];
  static override styles = [tokens, focusRing, badgeStyles];

  static override properties = {
    principle: { reflect: true },
    variant: { reflect: true },
    size: { reflect: true },
    href: {},
    expanded: { type: Boolean, reflect: true },
    tooltipDismissed: { state: true },
  };

  /** A principle id; '' (or an unknown id, with a console warning) shows the fallback text. */
  principle: PrincipleId | '' = '';
  /** "label", "icon" or "full". */
  variant: BadgeVariant = 'label';
  /** "small", "medium" or "large". */
  size: BadgeSize = 'medium';
  /** Where the badge links to. */
  href?: string;
  /** Whether a "full" badge shows its statement. */
  expanded = false;

  /** The tooltip was closed with Escape; it stays closed until focus or the pointer leave. */
  private tooltipDismissed = false;
  /** A "full" badge's statement and toggle, made when it first renders as full. */
  #full?: import('./full.js').FullVariant;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.variant === 'icon') this.tooltipDismissed = true;
    });
    for (const type of ['focusout', 'mouseleave']) this.addEventListener(type, () => (this.tooltipDismissed = false));
  }

  get #principles(): readonly PrincipleName[] {
    return this.settings?.data.principles ?? bundledPrinciples;
  }

  /** A "full" badge renders once its code (and on a Welsh page its strings) are there: no label first, then a shift. */
  protected override renderReady(): Promise<unknown> | undefined {
    if (this.variant !== 'full' || fullFailed) return undefined;
    const lang = this.interfaceLang;
    return fullVariant ? fullVariant.fullMessages.ready(lang) : loadFullVariant().then(() => fullVariant?.fullMessages.ready(lang));
  }

  /** The principle shown, or undefined when the id is not known. */
  get principleData(): PrincipleName | undefined {
    return findPrinciple(this.#principles, this.principle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const [name, allowed] of [['variant', variants], ['size', sizes]] as const) {
      if (changed.has(name) && !(allowed as readonly string[]).includes(this[name])) warnOnce(`<ccin-principle-badge ${name}="${this[name]}"> is not a ${name}; use ${allowed.join(', ')}.`);
    }
    const principle = this.principleData;
    if (!fullVariant || !principle || this.#effectiveVariant !== 'full') return;
    // The full variant's styles come with its code; each full badge adds them to its own once.
    if (!this.#full) {
      this.addStyles(fullVariant.fullStyles);
      this.#full = new fullVariant.FullVariant(() => this.requestUpdate());
    }
    // Loads its statement (a small chunk, or the provider's data) before it is asked for.
    this.#full.load(principle.id, this.settings?.data);
  }

  get #effectiveVariant(): BadgeVariant {
    return variants.includes(this.variant) ? this.variant : 'label';
  }

  #toggle(): void {
    this.expanded = !this.expanded;
    this.emit('ccin-principle-toggle', { principle: this.principleData?.id ?? this.principle, expanded: this.expanded });
  }

  protected override render() {
    const principle = this.principleData;
    const size = sizes.includes(this.size) ? this.size : 'medium';
    if (!principle) {
      warnOnce(`<ccin-principle-badge principle="${this.principle}">: no principle has this id. Valid ids: ${principleIdList(this.#principles)}.`);
      return renderPrincipleLabel(undefined, html`<slot>${badgeMessages.get(this.interfaceLang).unknownPrinciple}</slot>`, size);
    }
    const variant = this.#effectiveVariant;
    const href = resolveHref(this.href, this.settings?.principleHref, principle.id);

    if (variant === 'icon') {
      // A tooltip names the icon on hover. Only a link is a tab stop: a focusable icon that does
      // nothing would be a stop without an action; its name is its accessible name either way.
      const classes = `badge variant-icon size-${size}`;
      const icon = renderPrincipleIcon(principle);
      const tooltip = html`<span part="tooltip" class="tooltip ${this.tooltipDismissed ? 'dismissed' : ''}" aria-hidden="true" lang=${this.contentLang ?? nothing}>${principle.name}</span>`;
      return href
        ? html`<a part="badge" class=${classes} href=${href} rel=${externalRel(href) ?? nothing} aria-label=${principle.name}>${icon}</a>${tooltip}`
        : html`<span part="badge" class=${classes} role="img" aria-label=${principle.name}>${icon}</span>${tooltip}`;
    }

    const face = renderPrincipleLabel(principle, principle.name, size, href, this.contentLang, variant);
    // Without its code (offline), a full badge says that its statement cannot be shown.
    if (variant === 'label' || !this.#full) return variant === 'full' && fullFailed ? html`${face} <span class="unavailable">${badgeMessages.get(this.interfaceLang).statementUnavailable}</span>` : face;
    return this.#full.render(face, principle, {
      expanded: this.expanded,
      toggle: () => this.#toggle(),
      lang: this.interfaceLang,
      contentLang: this.contentLang,
      unavailable: badgeMessages.get(this.interfaceLang).statementUnavailable,
    });
  }
}
