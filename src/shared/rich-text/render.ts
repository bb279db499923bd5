import { html, nothing, type TemplateResult } from 'lit';
import { isExternal, safeHref } from '../safe-url.js';
import { parseInline, type InlineNode } from './parse.js';

function renderNodes(nodes: InlineNode[]): (TemplateResult | string)[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    const children = renderNodes(node.children);
    if (node.kind !== 'link') return node.kind === 'strong' ? html`<strong>${children}</strong>` : html`<em>${children}</em>`;
    const href = safeHref(node.url);
    // A link to anything but http(s), mailto or tel keeps its text and loses its link.
    if (!href) return html`${children}`;
    return html`<a href=${href} rel=${isExternal(href) ? 'external noopener noreferrer' : nothing}>${children}</a>`;
  });
}

/** Inline text of the data as Lit templates: emphasis and safe links, everything else text. */
export function renderInline(text: string): (TemplateResult | string)[] {
  return renderNodes(parseInline(text));
}
