import { Parser, type DefaultTreeAdapterMap, type Token } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ElementNode = DefaultTreeAdapterMap['element'];

/** Why markup cannot be rendered: shown to whoever runs the command, which then exits with 1. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}

export const elementTags = ['ccin-provider', 'ccin-principle-badge', 'ccin-case-study', 'ccin-case-study-list', 'ccin-member-map'] as const;
export type ElementTag = (typeof elementTags)[number];

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose end tag HTML lets an author leave out (<p>, <li>, table rows…). */
const optionalEndTag = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'rb', 'rt', 'rtc', 'rp', 'optgroup', 'option', 'colgroup', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

/** A ccin element of the markup, with its attributes and the ccin elements around it. */
export interface FoundElement {
  tag: ElementTag;
  attributes: Map<string, string>;
  /** Its providers, nearest first. */
  providers: FoundElement[];
}

/**
 * Reads markup for a server render, strictly: HTML that a browser would have to repair
 * (unclosed tags, stray end tags, attributes without a closing quote), a ccin tag that is not
 * one of the five, or a ccin element without its end tag is refused, so that a render never
 * writes out HTML that is only partly what the author meant.
 */
export function readMarkup(markup: string): FoundElement[] {
  const problems: string[] = [];
  // parse5's parseFragment(), also noting every end tag: parse5 reports only the tokenizer's
  // errors, not the tree builder's, so end tags that close nothing and elements left open
  // (which a browser repairs silently) are found below by comparing the two.
  const parser = Parser.getFragmentParser<DefaultTreeAdapterMap>(null, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => problems.push(`${error.code} at line ${error.startLine}, column ${error.startCol}`),
  });
  const endTags: Token.TagToken[] = [];
  const onEndTag = parser.onEndTag.bind(parser);
  parser.onEndTag = (token) => {
    endTags.push(token);
    onEndTag(token);
  };
  parser.tokenizer.write(markup, true);
  const fragment = parser.getFragment();
  if (problems.length) throw new RenderError(`the markup is not well-formed HTML: ${problems.slice(0, 3).join('; ')}`);
  const closed = new Set<number>();
  const found: FoundElement[] = [];
  // An explicit stack, not recursion: the markup comes from outside.
  const stack: { node: Node; providers: FoundElement[] }[] = [{ node: fragment as unknown as Node, providers: [] }];
  while (stack.length) {
    const { node, providers } = stack.pop()!;
    let inner = providers;
    if ('tagName' in node && node.tagName.startsWith('ccin-')) {
      const element = node as ElementNode;
      if (!(elementTags as readonly string[]).includes(element.tagName)) {
        throw new RenderError(`<${element.tagName}> is not a ccin element; the elements are ${elementTags.map((t) => `<${t}>`).join(', ')}`);
      }
      if (!element.sourceCodeLocation?.endTag) throw new RenderError(`<${element.tagName}> has no end tag: write <${element.tagName} …></${element.tagName}>`);
      const item: FoundElement = { tag: element.tagName as ElementTag, attributes: new Map(element.attrs.map((a) => [a.name, a.value])), providers };
      found.push(item);
      if (item.tag === 'ccin-provider') inner = [item, ...providers];
    }
    if ('tagName' in node) {
      const { tagName, sourceCodeLocation: location, namespaceURI } = node as ElementNode;
      if (location?.endTag) closed.add(location.endTag.startOffset);
      else if (location?.startTag && !voidElements.has(tagName) && !optionalEndTag.has(tagName)) {
        // In SVG and MathML, <path/> is complete; in HTML a "/>" closes nothing.
        const selfClosing = namespaceURI !== 'http://www.w3.org/1999/xhtml' && markup.slice(location.startTag.endOffset - 2, location.startTag.endOffset) === '/>';
        if (!selfClosing) problems.push(`<${tagName}> at line ${location.startTag.startLine}, column ${location.startTag.startCol} has no end tag`);
      }
    }
    const children = 'content' in node ? (node as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, providers: inner });
  }
  for (const token of endTags) {
    if (token.location && !closed.has(token.location.startOffset)) problems.push(`</${token.tagName}> at line ${token.location.startLine}, column ${token.location.startCol} closes no element`);
  }
  if (problems.length) throw new RenderError(`the markup is not well-formed HTML: ${problems.slice(0, 3).join('; ')}`);
  if (!found.length) throw new RenderError(`the markup has no ccin element to render (${elementTags.map((t) => `<${t}>`).join(', ')})`);
  return found;
}
