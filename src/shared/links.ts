import { html, nothing, type TemplateResult } from 'lit';
import { externalRel } from './safe-url.js';

/**
 * A link to a URL already checked by safeHref(): external links get rel="external noopener
 * noreferrer". The one way the elements draw a link.
 */
export function renderLink(
  href: string,
  content: unknown,
  options: { part?: string; className?: string; label?: string } = {},
): TemplateResult {
  return html`<a href=${href} rel=${externalRel(href) ?? nothing} part=${options.part ?? nothing} class=${options.className ?? nothing}
    aria-label=${options.label ?? nothing}>${content}</a>`;
}
