import { css, html, nothing, type TemplateResult } from 'lit';
import type { PrincipleName } from '../shared/data/types.js';
import { externalRel } from '../shared/safe-url.js';
import { principleIcons, unknownIcon } from './icons.js';

export type BadgeSize = 'small' | 'medium' | 'large';

export const renderPrincipleIcon = (principle: PrincipleName | undefined): TemplateResult =>
  html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${principle ? principleIcons[principle.id] : unknownIcon}></path></svg>`;

/**
 * A principle's icon and name: the "label" badge, and the face of a "full" one. `<ccin-principle-badge>`
 * draws it in its own shadow root; a case study and its card draw it in theirs, so that an
 * article's badges add no element, shadow root or stylesheet of their own
 * (docs/performance-prerendered.md).
 * Its parts are the badge element's (badge, icon, name) wherever it is drawn. Its arguments are
 * positional rather than an options object: it is in every page's shared chunk, and property
 * names survive minification (the badge budget has no room for them).
 *
 * @param principle the principle; undefined for an id that names none (a dashed badge)
 * @param name what the badge says: the principle's name, or for an unknown id a fallback
 * @param href a safe URL (already checked): the badge is a link to it
 * @param lang the name's lang attribute (content in English on a Welsh page)
 * @param variant the class of the variant drawn: "label", or "full" for a full badge's face
 */
export function renderPrincipleLabel(
  principle: PrincipleName | undefined,
  name: unknown,
  size: BadgeSize,
  href?: string,
  lang?: string,
  variant: 'label' | 'full' = 'label',
): TemplateResult {
  const classes = `badge variant-${variant}${principle ? '' : ' unknown'} size-${size}`;
  const face = html`${renderPrincipleIcon(principle)}<span part="name" class="name" lang=${lang ?? nothing}>${name}</span>`;
  return href
    ? html`<a part="badge" class=${classes} href=${href} rel=${externalRel(href) ?? nothing}>${face}</a>`
    : html`<span part="badge" class=${classes}>${face}</span>`;
}

/**
 * The label badge's styles, for any shadow root that draws one (with the shared tokens). Its
 * class names (badge, size-*, icon, name, unknown) are kept out of the case study's own.
 */
export const labelStyles = css`
  /* Inline (a span or a link): the badge is text among text. It inherits the font, sits on the
     baseline, and breaks between words like the words around it. */
  .badge {
    padding: 0.05em 0.35em 0.1em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background-color: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    text-decoration: none;
    /* A long name that wraps is open at the break (box-decoration-break: slice, the default):
       Chromium does not make room for cloned padding and border when it breaks the line, so
       with clone they stuck out past a narrow column (1.1 px at 320 px). */
  }
  .size-small {
    font-size: 0.875em;
  }
  .size-large {
    font-size: 1.25em;
  }

  a.badge {
    color: var(--_link);
  }
  a.badge .name {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a.badge:hover .name {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a.badge:focus-visible {
    border-color: var(--_focus-text);
  }
  a.badge:focus-visible .name {
    text-decoration: none;
  }

  .icon {
    width: 1.2em;
    height: 1.2em;
    /* Centres the icon on the x-height, so it neither raises nor lowers the line. */
    vertical-align: -0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    overflow: visible;
  }
  .name {
    margin-inline-start: 0.25em;
  }

  .unknown {
    border-style: dashed;
    color: var(--_text);
    font-weight: normal;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    a.badge {
      border-color: LinkText;
    }
  }
`;
