import { html, type TemplateResult } from 'lit';
import { renderLink } from '../links.js';
import { safeHref } from '../safe-url.js';
import { parseInline, type InlineNode } from './parse.js';

// Recursive, but parseInline nests nodes at most 8 deep (deeper markup stays text), so the
// recursion is bounded whatever the input.
function renderNodes(nodes: InlineNode[]): (TemplateResult | string)[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    const children = renderNodes(node.children);
    if (node.kind !== 'link') return node.kind === 'strong' ? html`<strong>${children}</strong>` : html`<em>${children}</em>`;
    const href = safeHref(node.url);
    // A link to anything but http(s), mailto or tel keeps its text and loses its link.
    return href ? renderLink(href, children) : html`${children}`;
  });
}

/** Inline text of the data as Lit templates: emphasis and safe links, everything else text. */
export function renderInline(text: string): (TemplateResult | string)[] {
  return renderNodes(parseInline(text));
}
