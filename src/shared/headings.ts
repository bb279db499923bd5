import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from './warn.js';

/**
 * A heading-level attribute as a number: a whole number from 1 to 6, else the element's default
 * (with one console warning for a malformed value, so the author can fix it).
 */
export function headingLevel(tag: string, value: string | null | undefined, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (/^\s*[1-6]\s*$/.test(value)) return Number(value);
  warnOnce(`<${tag} heading-level="${value}"> is not a heading level from 1 to 6; using ${fallback}.`);
  return fallback;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  lang?: string;
  /** -1 for a heading that takes focus by script (after "Try again", after a choice). */
  tabindex?: number;
  /** An accessible name other than the text (a title with its subtitle reads "Title: Subtitle"). */
  label?: string;
}

/**
 * A heading of the given level, so that an element fits the outline of the page around it.
 * Levels beyond 6 (subheadings of an article whose title is an h6) use role="heading" with
 * aria-level. One template per tag: Lit cannot bind a tag name, and this avoids static-html.
 */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const { id = nothing, part = nothing, className = nothing, lang = nothing } = options;
  const tabindex = options.tabindex ?? nothing;
  const label = options.label ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${className} lang=${lang} aria-label=${label} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${className} lang=${lang} aria-label=${label} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${className} lang=${lang} aria-label=${label} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${className} lang=${lang} aria-label=${label} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${className} lang=${lang} aria-label=${label} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${className} lang=${lang} aria-label=${label} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<p role="heading" aria-level=${level} id=${id} part=${part} class=${className} lang=${lang} aria-label=${label} tabindex=${tabindex}
       >${content}</p>`;
  }
}
