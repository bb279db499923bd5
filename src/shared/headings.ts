import { html, nothing, type TemplateResult } from 'lit';

/**
 * Reads a heading-level attribute: a whole number from 1 to 6, or undefined when it is
 * missing or malformed (the caller then uses its default and warns).
 */
export function parseHeadingLevel(value: string | null): number | undefined {
  if (value === null || !/^\s*[1-6]\s*$/.test(value)) return undefined;
  return Number(value);
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  lang?: string;
}

/**
 * A heading of the given level, so that an element fits the outline of the page around it.
 * Levels beyond 6 (subheadings of an article whose title is an h6) use role="heading" with
 * aria-level. One template per tag: Lit cannot bind a tag name, and this avoids static-html.
 */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const cls = options.className ?? nothing;
  const lang = options.lang ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} lang=${lang}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} lang=${lang}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${cls} lang=${lang}>${content}</h6>`;
    default:
      return html`<p role="heading" aria-level=${level} id=${id} part=${part} class=${cls} lang=${lang}>${content}</p>`;
  }
}
