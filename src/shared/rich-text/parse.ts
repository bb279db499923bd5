/**
 * The inline text of the data keeps the sources' emphasis and links in a small Markdown subset:
 * **bold**, *italic*, [text](url) and backslash escapes (\*). This parser turns it into a tree;
 * render.ts turns the tree into Lit templates, so content is always text and never HTML.
 * Markers that are not closed are kept as literal text.
 */
export type InlineNode =
  | string
  | { kind: 'strong' | 'em'; children: InlineNode[] }
  | { kind: 'link'; url: string; children: InlineNode[] };

interface ParseResult {
  nodes: InlineNode[];
  end: number;
  closed: boolean;
}

const escapable = new Set(['*', '[', ']', '(', ')', '\\', '_']);

function parseRun(text: string, start: number, closer: '**' | '*' | ']' | null): ParseResult {
  const nodes: InlineNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push(buffer);
    buffer = '';
  };
  let i = start;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && escapable.has(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (closer === '**' && text.startsWith('**', i)) {
      flush();
      return { nodes, end: i + 2, closed: true };
    }
    if (text.startsWith('**', i)) {
      const inner = parseRun(text, i + 2, '**');
      if (inner.closed && inner.nodes.length) {
        flush();
        nodes.push({ kind: 'strong', children: inner.nodes });
        i = inner.end;
      } else {
        buffer += '**';
        i += 2;
      }
      continue;
    }
    if (closer === '*' && char === '*') {
      flush();
      return { nodes, end: i + 1, closed: true };
    }
    if (char === '*') {
      const inner = parseRun(text, i + 1, '*');
      if (inner.closed && inner.nodes.length) {
        flush();
        nodes.push({ kind: 'em', children: inner.nodes });
        i = inner.end;
      } else {
        buffer += '*';
        i += 1;
      }
      continue;
    }
    if (closer === ']' && char === ']') {
      flush();
      return { nodes, end: i + 1, closed: true };
    }
    if (char === '[') {
      const label = parseRun(text, i + 1, ']');
      const close = label.closed && text[label.end] === '(' ? text.indexOf(')', label.end) : -1;
      if (close > label.end) {
        flush();
        nodes.push({ kind: 'link', url: text.slice(label.end + 1, close).trim(), children: label.nodes });
        i = close + 1;
      } else {
        buffer += '[';
        i += 1;
      }
      continue;
    }
    buffer += char;
    i += 1;
  }
  flush();
  return { nodes, end: i, closed: false };
}

export function parseInline(text: string): InlineNode[] {
  return parseRun(text, 0, null).nodes;
}

/** The plain text of inline markup, for accessible names, search and titles. */
export function plainText(text: string): string {
  const flatten = (nodes: InlineNode[]): string =>
    nodes.map((node) => (typeof node === 'string' ? node : flatten(node.children))).join('');
  return flatten(parseInline(text));
}

/**
 * Markup problems in a string (used by `npm run data:check`): markers left open or unmatched,
 * so that the data never shows a stray ** or [ to a reader. An asterisk may reach the reader
 * only where the text escapes it (\*).
 */
export function inlineProblems(text: string): string[] {
  const problems: string[] = [];
  const literal = plainText(text);
  const escaped = (text.match(/\\\*/g) ?? []).length;
  const shown = (literal.match(/\*/g) ?? []).length;
  if (shown > escaped) problems.push(/\*\*/.test(literal) ? 'an unclosed ** (bold)' : 'an unclosed * (italic)');
  if (/\]\(/.test(literal)) problems.push('a malformed link');
  return problems;
}
