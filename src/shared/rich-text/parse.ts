/**
 * The inline text of the data keeps the sources' emphasis and links in a small Markdown subset:
 * **bold**, *italic*, [text](url) and backslash escapes (\*). This parser turns it into a tree;
 * render.ts turns the tree into Lit templates, so content is always text and never HTML.
 * Markers that are not closed are kept as literal text.
 *
 * The grammar is that of a scanner which, at each opener, tries to parse the inner run up to
 * its closer and keeps the opener as literal text if the run does not close. Done naively that
 * re-scans the rest of the text once per unclosed opener, which is exponential ("[" × 40 never
 * ends). But where a run with a given closer ends depends only on where it starts, not on who
 * asks, so one backward pass (scanEnds) computes it for every position and every closer, and one
 * forward pass with an explicit stack builds the tree. Both passes are O(n).
 */
export type InlineNode =
  | string
  | { kind: 'strong' | 'em'; children: InlineNode[] }
  | { kind: 'link'; url: string; children: InlineNode[] };

/**
 * Strong, em and link nodes nest at most this deep; markup nested deeper is kept as literal
 * text (escapes still apply). This bounds the recursion of anything that walks the tree.
 */
const MAX_DEPTH = 8;
const NONE = -1;

const BACKSLASH = 0x5c;
const STAR = 0x2a;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const PAREN_OPEN = 0x28;
const PAREN_CLOSE = 0x29;
const UNDERSCORE = 0x5f;

const isEscapable = (code: number) =>
  code === STAR ||
  code === BRACKET_OPEN ||
  code === BRACKET_CLOSE ||
  code === PAREN_OPEN ||
  code === PAREN_CLOSE ||
  code === BACKSLASH ||
  code === UNDERSCORE;

/** The characters at which the forward pass may do something else than copy text. */
const isSpecial = (code: number) => code === BACKSLASH || code === STAR || code === BRACKET_OPEN;

/**
 * For every position p (0..n), where a run starting at p ends, just after its closer, or NONE if
 * it reaches the end of the text unclosed: `strong` for a run closed by **, `em` by *, `label`
 * by ]. `closeParen[p]` is where the "(" at p is closed, just at its ")": the matching one, so
 * that a URL may hold balanced parentheses (https://en.wikipedia.org/wiki/Rochdale_(borough)), else
 * the first ")" after p, else NONE. The strong, em and label entries depend only on entries to
 * their right, so a single backward pass fills them all (after one forward pass for parentheses).
 */
interface Ends {
  strong: Int32Array;
  em: Int32Array;
  label: Int32Array;
  closeParen: Int32Array;
}

function scanEnds(text: string): Ends {
  const size = text.length + 1;
  // One buffer for the four tables; every entry below n is written by the loop.
  const buffer = new Int32Array(4 * size);
  const strong = buffer.subarray(0, size);
  const em = buffer.subarray(size, 2 * size);
  const label = buffer.subarray(2 * size, 3 * size);
  const closeParen = buffer.subarray(3 * size);
  const n = text.length;
  strong[n] = em[n] = label[n] = closeParen[n] = NONE;
  const ends: Ends = { strong, em, label, closeParen };
  matchParentheses(text, closeParen);
  for (let p = n - 1; p >= 0; p--) {
    const code = text.charCodeAt(p);
    // `next`: where a run that does not close at p goes on after the token at p.
    let next = p + 1;
    let strongHere = NONE;
    let emHere = NONE;
    let labelHere = NONE;
    if (code === BACKSLASH && isEscapable(text.charCodeAt(p + 1))) {
      next = p + 2;
    } else if (code === STAR && text.charCodeAt(p + 1) === STAR) {
      strongHere = p + 2;
      const end = strongAt(ends, p);
      next = end !== NONE ? end : p + 2;
    } else if (code === STAR) {
      emHere = p + 1;
      const end = emAt(ends, p);
      next = end !== NONE ? end : p + 1;
    } else if (code === BRACKET_CLOSE) {
      labelHere = p + 1;
    } else if (code === BRACKET_OPEN) {
      const end = linkAt(ends, text, p);
      next = end !== NONE ? end : p + 1;
    }
    strong[p] = strongHere !== NONE ? strongHere : strong[next]!;
    em[p] = emHere !== NONE ? emHere : em[next]!;
    label[p] = labelHere !== NONE ? labelHere : label[next]!;
  }
  return ends;
}

/** Fills `closeParen` (see Ends): one pass with a stack of open "(" and one backward for the first ")". */
function matchParentheses(text: string, closeParen: Int32Array): void {
  const n = text.length;
  let firstClose = NONE;
  for (let p = n - 1; p >= 0; p--) {
    if (text.charCodeAt(p) === PAREN_CLOSE) firstClose = p;
    closeParen[p] = firstClose;
  }
  const open: number[] = [];
  for (let p = 0; p < n; p++) {
    const code = text.charCodeAt(p);
    if (code === BACKSLASH && isEscapable(text.charCodeAt(p + 1))) p++;
    else if (code === PAREN_OPEN) open.push(p);
    else if (code === PAREN_CLOSE && open.length) closeParen[open.pop()!] = p;
  }
}

/** The end of **bold** opening at p, or NONE if it does not close or is empty (**** is literal). */
function strongAt(ends: Ends, p: number): number {
  const end = ends.strong[p + 2]!;
  return end === p + 4 ? NONE : end;
}

/** The end of *italic* opening at p, or NONE (never empty: ** at p is bold). */
function emAt(ends: Ends, p: number): number {
  return ends.em[p + 1]!;
}

/**
 * The end of the link opening with "[" at p, just after its ")", or NONE: its label closes at
 * ends.label[p + 1], "(" follows, and a ")" comes after.
 */
function linkAt(ends: Ends, text: string, p: number): number {
  const labelEnd = ends.label[p + 1]!;
  if (labelEnd === NONE || text.charCodeAt(labelEnd) !== PAREN_OPEN) return NONE;
  const close = ends.closeParen[labelEnd]!;
  return close === NONE ? NONE : close + 1;
}

type MarkupNode = Exclude<InlineNode, string>;

/**
 * The forward pass. With `tree` false it builds no nodes: all text goes to depth 0 and the
 * result is at most one string, the plain text.
 */
function build(text: string, tree: boolean): InlineNode[] {
  const ends = scanEnds(text);
  const root: InlineNode[] = [];
  // The open runs by depth (0 is the whole text): where each one's content stops (its closer
  // starts) and where the enclosing run goes on after it.
  const stops = [text.length];
  const resumes = [text.length];
  // Up to MAX_DEPTH, each open run builds a node; runs nested deeper stay literal text, added
  // to the run at MAX_DEPTH. `lists` holds each depth's children, `pending` its unflushed text.
  const building: MarkupNode[] = [];
  const lists: InlineNode[][] = [root];
  const pending = [''];
  const flush = (depth: number) => {
    if (pending[depth]) lists[depth]!.push(pending[depth]!);
    pending[depth] = '';
  };
  let depth = 0;
  let i = 0;
  // text.slice(from, i) is literal text not yet added to pending (copied in one slice).
  let from = 0;
  for (;;) {
    if (i >= stops[depth]!) {
      if (depth === 0) break;
      const resume = resumes[depth]!;
      // A literal run's closer (and a link's "(url)") simply stays in the slice.
      if (depth <= MAX_DEPTH) {
        if (tree) {
          pending[depth] += text.slice(from, i);
          flush(depth);
          flush(depth - 1);
          lists[depth - 1]!.push(building[depth]!);
        } else {
          pending[0] += text.slice(from, i);
        }
        from = resume;
      }
      depth--;
      i = resume;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === BACKSLASH && isEscapable(text.charCodeAt(i + 1))) {
      pending[tree ? Math.min(depth, MAX_DEPTH) : 0] += text.slice(from, i);
      from = i + 1;
      i += 2;
      continue;
    }
    if (code === BACKSLASH || !isSpecial(code)) {
      i++;
      while (i < stops[depth]! && !isSpecial(text.charCodeAt(i))) i++;
      continue;
    }
    const length = code === STAR && text.charCodeAt(i + 1) === STAR ? 2 : 1;
    let stop = NONE;
    let resume = NONE;
    if (length === 2) {
      resume = strongAt(ends, i);
      stop = resume - 2;
    } else if (code === STAR) {
      resume = emAt(ends, i);
      stop = resume - 1;
    } else {
      resume = linkAt(ends, text, i);
      stop = ends.label[i + 1]! - 1;
    }
    i += length;
    if (resume === NONE) continue;
    depth++;
    stops[depth] = stop;
    resumes[depth] = resume;
    if (depth > MAX_DEPTH) continue;
    pending[tree ? depth - 1 : 0] += text.slice(from, i - length);
    from = i;
    if (!tree) continue;
    const children: InlineNode[] = [];
    building[depth] =
      code === BRACKET_OPEN
        ? { kind: 'link', url: text.slice(stop + 2, resume - 1).trim(), children }
        : { kind: length === 2 ? 'strong' : 'em', children };
    lists[depth] = children;
    pending[depth] = '';
  }
  pending[0] += text.slice(from, i);
  flush(0);
  return root;
}

export function parseInline(text: string): InlineNode[] {
  return build(text, true);
}

/**
 * The plain text of inline markup, for accessible names, search and titles. It walks the text,
 * not a tree, so it needs no recursion.
 */
export function plainText(text: string): string {
  return build(text, false).join('');
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
