import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/ccin-elements.js';
import { bundledData } from '../src/shared/data/bundled.js';
import type { CcinDataSource } from '../src/shared/data/data-source.js';
import { DataError } from '../src/shared/data/errors.js';
import type { CaseStudy, CaseStudySummary, Member } from '../src/shared/data/types.js';
import { dataSource, failsOnce, withSettings } from './fixtures/data-sources.js';
import { wcagTags } from './helpers/axe.js';
import { memberMap } from './helpers/map.js';
import { openPage } from './helpers/pages.js';
import { captureWarnings, emulateMediaFeatures, until } from './helpers/util.js';

/**
 * The acceptance tests of issue 15 that axe cannot see: what a reader experiences at 320 px and
 * with WCAG's text spacing (1.4.10, 1.4.12), in forced colours (1.4.11), after "Try again"
 * (2.4.3), on a dark council theme (1.4.3), at 400 % zoom (2.5.8), and with the keyboard (2.4.7).
 * Every list of case studies and members comes from the data.
 */

// ——— Colours ———

type RGBA = [number, number, number, number];

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
probe.canvas.width = probe.canvas.height = 1;

/** A computed colour (rgb(), or oklch(), color() and the like, through a canvas) as sRGB 0–255 and alpha 0–1. */
function parseColour(value: string): RGBA {
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+%?))?\)$/.exec(value.trim());
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  if (value === 'transparent' || value === 'none' || !value) return [0, 0, 0, 0];
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` drawn over an opaque `bottom`. */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours, the first drawn over the second. */
function contrast(foreground: RGBA, background: RGBA): number {
  const [a, b] = [luminance(over(foreground, background)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const hex = (c: RGBA) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}${c[3] < 1 ? ` (alpha ${c[3].toFixed(2)})` : ''}`;

/** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
function flatParent(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
}

/** What is painted behind an element: its own and its ancestors' backgrounds, through shadow roots, down to the canvas. */
function backgroundOf(element: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  const doc = element.ownerDocument;
  let base: RGBA = [255, 255, 255, 1];
  if (!layers.length || layers.at(-1)![3] < 1) {
    // The canvas: Canvas of the root's colour scheme.
    const canvas = doc.createElement('span');
    canvas.style.color = 'Canvas';
    doc.documentElement.append(canvas);
    base = parseColour(getComputedStyle(canvas).color);
    canvas.remove();
  }
  return layers.reduceRight((below, layer) => over(layer, below), base);
}

/** The opacity an element is drawn with (its own and its ancestors'). */
function opacityOf(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = flatParent(node)) opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}

// ——— Trees ———

/** Every shadow root under a node (the elements', and the badges' and cards' inside them). */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : []));
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Waits until every element under `root`, nested ones too, has rendered its data (no loading state left). */
async function settled(root: ParentNode, what: string, timeout = 10000, { maps = true } = {}): Promise<void> {
  // A map draws its markers once it is near the viewport and has measured itself.
  const drawn = (map: Element) => !maps || map.shadowRoot!.querySelector('.list-view') || Math.abs((map.shadowRoot!.querySelector('.hit')?.getBoundingClientRect().width ?? 0) - 24) < 0.6;
  const waiting = () =>
    [...root.querySelectorAll('*'), ...shadowRoots(root).flatMap((r) => [...r.querySelectorAll('*')])]
      .filter((e) => e.localName.startsWith('ccin-'))
      .filter((e) => !e.shadowRoot || !e.shadowRoot.childElementCount || e.shadowRoot.querySelector('.loading') || (e.localName === 'ccin-member-map' && !drawn(e)));
  try {
    await until(() => !waiting().length, what, timeout);
  } catch (error) {
    const names = waiting().map((e) => `<${e.localName}${e.getAttribute('case-id') ? ` case-id="${e.getAttribute('case-id')}"` : ''}>${e.shadowRoot ? '' : ' (not upgraded)'}`);
    throw new Error(`${(error as Error).message}: still waiting for ${names.join(', ')}`);
  }
  await Promise.all(shadowRoots(root).map((r) => (r.host as Updatable).updateComplete));
}

/** Hidden from everyone, or visually hidden (text for screen readers only). */
function unseen(element: Element): boolean {
  if (element.closest('.visually-hidden')) return true;
  return !element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

const describeNode = (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host;
  const label = host?.getAttribute('case-id') ?? host?.getAttribute('principle') ?? host?.localName ?? 'page';
  const text = element.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${label} <${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> “${text}”`;
};

// ——— Reflow and text spacing (1.4.10, 1.4.12) ———

/** WCAG 1.4.12's text spacing, as the usual bookmarklet applies it, for shadow roots. */
const textSpacing = new CSSStyleSheet();
textSpacing.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`);

function applyTextSpacing(root: ParentNode): void {
  for (const shadow of shadowRoots(root)) {
    if (!shadow.adoptedStyleSheets.includes(textSpacing)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, textSpacing];
  }
}

/**
 * What makes a reader scroll sideways or lose text in a column: any element or line of text
 * inside the elements' shadow roots that reaches beyond the column's edges, an element that
 * scrolls sideways, and text cut off by overflow hidden.
 */
function reflowFailures(column: HTMLElement): string[] {
  const box = column.getBoundingClientRect();
  const failures: string[] = [];
  for (const host of column.querySelectorAll<HTMLElement>('*')) {
    if (host.localName.startsWith('ccin-') && host.scrollWidth > host.clientWidth + 1) failures.push(`${describeNode(host)}: scrollWidth ${host.scrollWidth} > ${host.clientWidth}`);
  }
  for (const root of shadowRoots(column)) {
    for (const element of root.querySelectorAll('*')) {
      if (unseen(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
        failures.push(`${describeNode(element)}: ${rect.left.toFixed(1)}–${rect.right.toFixed(1)} px, beyond the ${box.left.toFixed(1)}–${box.right.toFixed(1)} px column`);
      }
      const style = getComputedStyle(element);
      const clips = (value: string) => value !== 'visible';
      if (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) failures.push(`${describeNode(element)}: overflow-x ${style.overflowX}, scrollWidth ${element.scrollWidth} > ${element.clientWidth}`);
      if (clips(style.overflowY) && style.display !== 'inline' && element.scrollHeight > element.clientHeight + 1) failures.push(`${describeNode(element)}: overflow-y ${style.overflowY}, text cut off (scrollHeight ${element.scrollHeight} > ${element.clientHeight})`);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!text.textContent!.trim() || !parent || unseen(parent)) continue;
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) {
        if (rect.width && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
          failures.push(`${describeNode(parent)}: text “${text.textContent!.trim().slice(0, 30)}” at ${Math.round(rect.left)}–${Math.round(rect.right)} px, beyond the column`);
          break;
        }
      }
    }
  }
  return [...new Set(failures)];
}

/** Checks a column as it is, then with WCAG's text spacing applied inside every shadow root. */
async function expectReflow(column: HTMLElement): Promise<void> {
  expect(column.getBoundingClientRect().width).to.equal(320);
  expect(reflowFailures(column), 'at 320 px').to.deep.equal([]);
  applyTextSpacing(column);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // The spacing applies: a paragraph's letters are 0.12em apart.
  const paragraph = shadowRoots(column).map((r) => r.querySelector('p')).find(Boolean)!;
  expect(parseFloat(getComputedStyle(paragraph).letterSpacing)).to.be.closeTo(0.12 * parseFloat(getComputedStyle(paragraph).fontSize), 0.05);
  expect(reflowFailures(column), 'at 320 px with WCAG text spacing').to.deep.equal([]);
}

// ——— Colour modes ———

const defaultColours = [
  { name: 'forced-colors', value: 'none' },
  { name: 'prefers-color-scheme', value: 'light' },
];
const colourModes = [
  { name: 'default colours', forced: false, features: defaultColours },
  { name: 'forced colours, light', forced: true, features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'light' }] },
  { name: 'forced colours, dark', forced: true, features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }] },
];

// ——— Targets (2.5.8) ———

const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
const targetSelector = 'a[href], button, input, select, textarea, summary, [role="button"]';

/** A target's box: a link whose ::after covers its card (the card pattern) is as big as the card. */
function targetBox(target: Element): DOMRect {
  const after = getComputedStyle(target, '::after');
  if (after.content !== 'none' && after.position === 'absolute') {
    for (let node = target.parentElement; node; node = node.parentElement) {
      if (getComputedStyle(node).position !== 'static') return node.getBoundingClientRect();
    }
  }
  return target.getBoundingClientRect();
}

/** A link in a line of text (WCAG 2.5.8's inline exception): inline, with text around it in its block. */
function inLineOfText(target: Element): boolean {
  if (getComputedStyle(target).display !== 'inline') return false;
  let block = target.parentElement;
  while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
  if (!block) return false;
  const own = [...block.querySelectorAll(targetSelector)].reduce((length, t) => length + t.textContent!.trim().length, 0);
  return block.textContent!.replace(/\s+/g, ' ').trim().length > own + 1;
}

/**
 * WCAG 2.5.8 for the controls in some shadow roots (the map's markers are checked on their own):
 * each is 24 × 24 px, or a 24 px circle on its centre touches no other target (nor another
 * small target's circle), or it is a link in a line of text.
 */
function targetFailures(roots: ShadowRoot[]): string[] {
  const targets = roots
    .flatMap((r) => [...r.querySelectorAll(targetSelector)])
    .filter((t) => !unseen(t) && !t.closest('.marker'))
    .map((element) => {
      const box = targetBox(element);
      return { element, box, x: box.left + box.width / 2, y: box.top + box.height / 2, small: box.width < 24 - 0.5 || box.height < 24 - 0.5 };
    });
  const failures: string[] = [];
  for (const target of targets) {
    if (!target.small || inLineOfText(target.element)) continue;
    const distanceTo = (box: DOMRect) => Math.hypot(Math.max(box.left - target.x, 0, target.x - box.right), Math.max(box.top - target.y, 0, target.y - box.bottom));
    const near = targets.find((other) => other !== target && (distanceTo(other.box) < 12 - 0.01 || (other.small && Math.hypot(other.x - target.x, other.y - target.y) < 24 - 0.01)));
    if (near) {
      failures.push(
        `${describeNode(target.element)}: ${target.box.width.toFixed(1)} × ${target.box.height.toFixed(1)} px; its 24 px circle reaches ${describeNode(near.element)} ` +
          `(${distanceTo(near.box).toFixed(1)} px from its centre to that target, ${Math.hypot(near.x - target.x, near.y - target.y).toFixed(1)} px between centres)`,
      );
    }
  }
  return failures;
}

// ——— Focus ———

/** The focused element, inside shadow roots. */
function deepActive(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * What a focus indicator may change: for the element and everything inside it (an SVG marker's
 * ring). Inside an SVG only fill and stroke are drawn (Chromium draws no outline, shadow or
 * background on a <g>).
 */
function paint(element: Element): Record<string, string>[] {
  return [element, ...element.querySelectorAll('*')].slice(0, 40).map((node): Record<string, string> => {
    const s = getComputedStyle(node);
    if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) return { fill: s.fill, stroke: s.stroke === 'none' || parseFloat(s.strokeWidth) < 1 ? 'none' : s.stroke };
    const side = (name: 'Top' | 'Right' | 'Bottom' | 'Left') => (s[`border${name}Style`] === 'none' || parseFloat(s[`border${name}Width`]) < 1 ? 'none' : s[`border${name}Color`]);
    return {
      outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 1 ? 'none' : s.outlineColor,
      boxShadow: s.boxShadow,
      background: s.backgroundColor,
      borderTop: side('Top'),
      borderRight: side('Right'),
      borderBottom: side('Bottom'),
      borderLeft: side('Left'),
      fill: s.fill,
      stroke: s.stroke === 'none' || parseFloat(s.strokeWidth) < 1 ? 'none' : s.stroke,
    };
  });
}

const colourPattern = /(?:rgba?|oklch|oklab|lab|lch|hsla?|color)\([^)]*\)/g;
const coloursIn = (value: string) => (value === 'none' ? [] : (value.match(colourPattern) ?? [value]).map(parseColour).filter((c) => c[3] > 0));

/**
 * How focus shows, as the reader sees it: each part that focus drew or changed (an outline, a
 * shadow, a border, a ring, a background) in a colour of at least 3:1 against what is behind it
 * and, if the part was there before, against its colour before. Empty if nothing visible changed.
 */
function focusIndicators(element: Element, unfocused: Record<string, string>[], focused: Record<string, string>[]): string[] {
  const found: string[] = [];
  focused.forEach((after, i) => {
    const before = unfocused[i]!;
    const node = i === 0 ? element : element.querySelectorAll('*')[i - 1]!;
    const behind = backgroundOf(flatParent(node) ?? node);
    for (const [property, value] of Object.entries(after)) {
      if (value === before[property]) continue;
      if (property === 'background') {
        if (contrast(parseColour(value), over(parseColour(before[property]!), behind)) >= 3) found.push(`background ${value}`);
        continue;
      }
      const was = coloursIn(before[property]!);
      const stands = coloursIn(value).some((colour) => contrast(colour, behind) >= 3 && was.every((old) => contrast(colour, over(old, behind)) >= 3));
      if (stands) found.push(`${property} ${value}`);
    }
  });
  return found;
}

interface TabStop {
  element: Element;
  name: string;
  focused: Record<string, string>[];
  problems: string[];
}

/**
 * Tabs from the wrapper's .before button to its .after button, as a keyboard user does. At each
 * stop: the focused control is drawn, in view, and not covered by anything at its centre; then,
 * once focus has left, how each stop looks unfocused, to tell what focus changed.
 */
async function tabThrough(wrapper: HTMLElement): Promise<TabStop[]> {
  const [before, after] = [wrapper.querySelector<HTMLButtonElement>('.before')!, wrapper.querySelector<HTMLButtonElement>('.after')!];
  before.focus();
  const stops: TabStop[] = [];
  for (let i = 0; i < 200; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || active === after) break;
    if (active === document.body) throw new Error(`focus dropped to <body> after ${stops.length} stops`);
    const rect = active.getBoundingClientRect();
    const problems: string[] = [];
    if (unseen(active) || rect.width < 2 || rect.height < 2) problems.push(`invisible (${rect.width}×${rect.height} px)`);
    // The middle of its first line (a link may wrap).
    const first = active.getClientRects()[0] ?? rect;
    const [x, y] = [first.left + first.width / 2, first.top + first.height / 2];
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) problems.push(`out of view at ${Math.round(x)}, ${Math.round(y)}`);
    else {
      let hit: Element | null = document.elementFromPoint(x, y);
      while (hit?.shadowRoot?.elementFromPoint(x, y) && hit.shadowRoot.elementFromPoint(x, y) !== hit) hit = hit.shadowRoot.elementFromPoint(x, y);
      const inside = (node: Element | null): boolean => !!node && (node === active || inside(flatParent(node)));
      if (!inside(hit)) problems.push(`covered by ${hit ? describeNode(hit) : 'nothing'} at its centre`);
    }
    stops.push({ element: active, name: describeNode(active), focused: paint(active), problems });
  }
  expect(deepActive(), 'Tab reached the button after the element').to.equal(after);
  for (const stop of stops) {
    if (!stop.element.isConnected) {
      stop.problems.push('removed from the page after focus left it');
      continue;
    }
    const indicators = focusIndicators(stop.element, paint(stop.element), stop.focused);
    if (!indicators.length) stop.problems.push('no visible focus indicator');
  }
  return stops;
}

const problemsOf = (stops: TabStop[]) => stops.filter((s) => s.problems.length).map((s) => `${s.name}: ${s.problems.join('; ')}`);

// ——— Data ———

let index: CaseStudySummary[];
let studies: CaseStudy[];
let members: Member[];
before(async () => {
  index = await bundledData.caseStudyIndex();
  studies = await Promise.all(index.map((entry) => bundledData.caseStudy(entry.id)));
  members = (await bundledData.members()).members;
});

/** Renders markup in the page and waits for every element in it, nested ones too. */
async function rendered(markup: ReturnType<typeof html>, what: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(markup);
  await settled(root, what);
  return root;
}

/**
 * Fails the first `times` times each kind of data is asked for, then works; every answer takes
 * `delay` ms, as over a network (so that the loading state shows in between).
 */
function failsTimes(times: number, delay: number): CcinDataSource & { attempts: Map<string, number> } {
  const attempts = new Map<string, number>();
  const failing = <A extends unknown[], T>(name: string, real: (...args: A) => Promise<T>) => (...args: A) => {
    const count = (attempts.get(name) ?? 0) + 1;
    attempts.set(name, count);
    return new Promise<T>((resolve, reject) =>
      setTimeout(() => (count <= times ? reject(new DataError('the network is unavailable (example)', 'network')) : real(...args).then(resolve, reject)), delay),
    );
  };
  return Object.assign(
    dataSource({
      caseStudy: failing('caseStudy', (id: string) => bundledData.caseStudy(id)),
      caseStudyIndex: failing('caseStudyIndex', () => bundledData.caseStudyIndex()),
      members: failing('members', () => bundledData.members()),
    }),
    { attempts },
  );
}

/**
 * Watches where focus is while something happens: every focus change and every render of the
 * element, and every 10 ms. Returns the moments focus was on <body>.
 */
function watchFocus(element: HTMLElement): { drops: string[]; stop: () => void } {
  const drops: string[] = [];
  const check = (when: string) => {
    if ((document.activeElement === document.body || document.activeElement === null) && !drops.includes(when)) drops.push(when);
  };
  const observer = new MutationObserver(() => check('after a render'));
  observer.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true });
  const onFocusOut = () => queueMicrotask(() => check('after focusout'));
  document.addEventListener('focusout', onFocusOut, true);
  element.shadowRoot!.addEventListener('focusout', onFocusOut, true);
  const timer = setInterval(() => check('while waiting'), 10);
  return {
    drops,
    stop: () => {
      observer.disconnect();
      document.removeEventListener('focusout', onFocusOut, true);
      element.shadowRoot!.removeEventListener('focusout', onFocusOut, true);
      clearInterval(timer);
    },
  };
}

/** Runs axe in another document (an iframe's) and returns its violations. */
async function axeIn(frame: HTMLIFrameElement): Promise<{ id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[]> {
  const win = frame.contentWindow as Window & { axe?: { run(context: Document, options: object): Promise<{ violations: never[] }> } };
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(frame.contentDocument!, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  return results.violations;
}

/**
 * Every piece of text the elements draw, against what is behind it: its colour (with any
 * opacity) on the nearest painted background, walking up through shadow roots; SVG text by its
 * fill, on the shape under it. Returns each piece below 4.5:1.
 */
function textContrastFailures(doc: Document): { failures: string[]; checked: number } {
  const failures: string[] = [];
  let checked = 0;
  for (const root of shadowRoots(doc)) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!text.textContent!.trim() || !parent || unseen(parent) || parent.closest('option, style')) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      let colour: RGBA;
      let behind: RGBA;
      if (parent.namespaceURI === 'http://www.w3.org/2000/svg') {
        colour = parseColour(getComputedStyle(parent).fill);
        // A marker's count, and the key's, sit on the shape drawn before them.
        const shape = parent.previousElementSibling;
        behind = shape ? over(parseColour(getComputedStyle(shape).fill), backgroundOf(parent)) : backgroundOf(parent);
      } else {
        colour = parseColour(getComputedStyle(parent).color);
        behind = backgroundOf(parent);
      }
      colour = [colour[0], colour[1], colour[2], colour[3] * opacityOf(parent)];
      checked++;
      const ratio = contrast(colour, behind);
      if (ratio < 4.5) failures.push(`${describeNode(parent)}: ${hex(colour)} on ${hex(behind)} is ${ratio.toFixed(2)}:1`);
    }
  }
  return { failures: [...new Set(failures)], checked };
}

describe('accessibility that axe cannot see (issue 15)', () => {
  describe('reflow at 320 px and WCAG text spacing (1.4.10, 1.4.12)', () => {
    it('every case study, full: no sideways scrolling, nothing beyond the column, no text cut off', async () => {
      const column = await rendered(
        html`<div style="width: 320px">${index.map((entry) => html`<ccin-case-study case-id=${entry.id}></ccin-case-study>`)}</div>`,
        'every case study',
      );
      const titles = shadowRoots(column).map((r) => r.querySelector('[part="title"]')).filter(Boolean);
      expect(titles.length).to.equal(index.length);
      await expectReflow(column);
    });

    it('every case study as a card: the same', async () => {
      const column = await rendered(
        html`<div style="width: 320px">${index.map((entry) => html`<ccin-case-study variant="card" case-id=${entry.id} href="/case-studies/{id}"></ccin-case-study>`)}</div>`,
        'every card',
      );
      expect(shadowRoots(column).filter((r) => r.querySelector('[part="card"]')).length).to.equal(index.length);
      await expectReflow(column);
    });

    it('the list, its first page of cards: the same', async () => {
      const column = await rendered(html`<div style="width: 320px"><ccin-case-study-list href="/case-studies/{id}"></ccin-case-study-list></div>`, 'the list');
      const list = column.querySelector('ccin-case-study-list')!;
      const cards = list.shadowRoot!.querySelectorAll('ccin-case-study');
      // 24: the list's page size (a page of cards, then "Show more").
      expect(cards.length).to.equal(Math.min(index.length, 24));
      await expectReflow(column);
    });

    it('the map’s list view, every organisation: the same', async () => {
      const column = await rendered(html`<div style="width: 320px"><ccin-member-map view="list"></ccin-member-map></div>`, 'the map’s list');
      const names = [...column.querySelector('ccin-member-map')!.shadowRoot!.querySelectorAll('.member-name')].map((n) => n.textContent);
      expect(new Set(names)).to.deep.equal(new Set(members.map((m) => m.name)));
      await expectReflow(column);
    });
  });

  describe('forced colours (1.4.11)', () => {
    afterEach(() => emulateMediaFeatures(defaultColours));

    for (const mode of colourModes) {
      it(`${mode.name}: every kind of marker stands out 3:1 from what is behind it, drawn as the key shows it`, async () => {
        await emulateMediaFeatures(mode.features);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(mode.forced);
        const located = members.filter((m) => m.location);
        const highlight = located.find((m) => m.tier === 'member')!;
        const el = await memberMap(html`<ccin-member-map highlight=${highlight.id}></ccin-member-map>`);
        const root = el.shadowRoot!;
        // Select a member of a group (so that a single member, a group and the selection all show).
        const group = root.querySelector<SVGGElement>('.marker.group:not(.highlighted)')!;
        el.selected = group.dataset.members!.split(' ')[0]!;
        await el.updateComplete;
        // What a marker may stand on: the map's background, Great Britain, Ireland.
        const page = backgroundOf(root.querySelector('svg.map')!);
        const behind = {
          'the map’s background': page,
          'Great Britain': over(parseColour(getComputedStyle(root.querySelector('.land:not(.other)')!).fill), page),
          Ireland: over(parseColour(getComputedStyle(root.querySelector('.land.other')!).fill), page),
        };
        const kinds = [
          { kind: 'member', marker: '.marker.member:not(.selected, .highlighted) .shape', key: '.key.member', paint: 'fill' },
          { kind: 'associate', marker: '.marker.associate:not(.selected, .highlighted) .shape', key: '.key.associate', paint: 'fill' },
          { kind: 'group', marker: '.marker.group:not(.selected, .highlighted) .shape', key: '.key.group', paint: 'fill' },
          { kind: 'highlighted (halo)', marker: '.marker.highlighted .halo', key: '.key.halo', paint: 'stroke' },
          { kind: 'selected (ring)', marker: '.marker.selected .shape', key: undefined, paint: 'stroke' },
        ] as const;
        // The data has members, associates and crowded places (groups) on the map.
        expect(located.some((m) => m.tier === 'associate')).to.equal(true);
        const failures: string[] = [];
        for (const { kind, marker, key, paint } of kinds) {
          const shape = root.querySelector<SVGElement>(marker);
          expect(shape, kind).to.not.equal(null);
          const style = getComputedStyle(shape!);
          const colour = parseColour(paint === 'fill' ? style.fill : style.stroke);
          if (paint === 'stroke') expect(parseFloat(style.strokeWidth), `${kind}: stroke width`).to.be.at.least(2);
          for (const [where, background] of Object.entries(behind)) {
            const ratio = contrast(colour, background);
            if (ratio < 3) failures.push(`${kind} marker: ${hex(colour)} on ${where} ${hex(background)} is ${ratio.toFixed(2)}:1`);
          }
          if (!key) continue;
          const swatch = root.querySelector<SVGElement>(`[part="legend"] ${key}`)!;
          expect(swatch, `${kind}: in the key`).to.not.equal(null);
          const keyStyle = getComputedStyle(swatch);
          const drawn = (s: CSSStyleDeclaration, e: Element) => ({ shape: e.localName, rotated: /rotate\(45\)/.test(e.getAttribute('transform') ?? ''), fill: s.fill, stroke: s.stroke, dashes: s.strokeDasharray });
          const [onMap, inKey] = [JSON.stringify(drawn(style, shape!)), JSON.stringify(drawn(keyStyle, swatch))];
          if (onMap !== inKey) failures.push(`${kind} marker is drawn ${onMap}, its swatch in the key ${inKey}`);
        }
        // A group's count reads on its shape, on the map and in the key.
        for (const [count, shape] of [['.marker.group .count', '.marker.group .shape'], ['.key-count', '.key.group']]) {
          const ratio = contrast(parseColour(getComputedStyle(root.querySelector(count)!).fill), over(parseColour(getComputedStyle(root.querySelector(shape)!).fill), page));
          if (ratio < 4.5) failures.push(`${count}: ${ratio.toFixed(2)}:1 on its shape`);
        }
        // The selected ring is not the colour of an unselected marker's edge.
        const ring = getComputedStyle(root.querySelector('.marker.selected .shape')!).stroke;
        expect(ring).to.not.equal(getComputedStyle(root.querySelector('.marker.group:not(.selected) .shape')!).stroke);
        expect(failures).to.deep.equal([]);
      });

      it(`${mode.name}: a badge keeps its border, 3:1 against the page, in every variant`, async () => {
        await emulateMediaFeatures(mode.features);
        const ids = bundledData.principles.map((p) => p.id);
        const paragraph = await rendered(
          html`<p>
            Text with <ccin-principle-badge principle=${ids[0]!}></ccin-principle-badge>, <ccin-principle-badge principle=${ids[1]!} href="/principles/{id}"></ccin-principle-badge>,
            <ccin-principle-badge principle=${ids[2]!} variant="icon"></ccin-principle-badge>, <ccin-principle-badge principle=${ids[3]!} variant="icon" href="/principles/{id}"></ccin-principle-badge>
            and <ccin-principle-badge principle=${ids[4]!} variant="full"></ccin-principle-badge>.
          </p>`,
          'badges',
        );
        const failures: string[] = [];
        const page = backgroundOf(paragraph);
        for (const badge of paragraph.querySelectorAll('ccin-principle-badge')) {
          const face = badge.shadowRoot!.querySelector('[part~="badge"]')!;
          const style = getComputedStyle(face);
          for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
            const [width, kind, colour] = [parseFloat(style[`border${side}Width`]), style[`border${side}Style`], parseColour(style[`border${side}Color`])];
            if (kind === 'none' || width < 1 || contrast(colour, page) < 3) {
              failures.push(`${badge.getAttribute('variant') ?? 'label'} badge${badge.hasAttribute('href') ? ' (link)' : ''}: ${side.toLowerCase()} border ${width}px ${kind} ${hex(colour)} on ${hex(page)}, ${contrast(colour, page).toFixed(2)}:1`);
            }
          }
        }
        expect(failures).to.deep.equal([]);
      });
    }
  });

  describe('focus after "Try again" (2.4.3)', () => {
    /** Presses Enter on "Try again" and watches focus until the element has rendered the outcome. */
    async function tryAgain(element: HTMLElement, outcome: () => unknown): Promise<string[]> {
      const retry = await until(() => element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry"]'), 'the retry button');
      retry.focus();
      const watch = watchFocus(element);
      try {
        await sendKeys({ press: 'Enter' });
        await until(outcome, 'the outcome of "Try again"');
        await (element as Updatable).updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        watch.stop();
      }
      return watch.drops;
    }

    const cases = [
      { tag: 'ccin-member-map', kind: 'members', markup: html`<ccin-member-map></ccin-member-map>`, afterSuccess: '[part~="view-switch"] button' },
      { tag: 'ccin-case-study', kind: 'caseStudy', markup: html`<ccin-case-study case-id=${'cardiff-planning-pioneers'}></ccin-case-study>`, afterSuccess: '[part~="title"]' },
      { tag: 'ccin-case-study-list', kind: 'caseStudyIndex', markup: html`<ccin-case-study-list></ccin-case-study-list>`, afterSuccess: '[part~="count"]' },
    ] as const;
    const sources = [
      { outcome: 'works', data: () => failsOnce(), how: 'at once' },
      { outcome: 'works', data: () => failsTimes(1, 100), how: 'after 100 ms' },
      { outcome: 'fails', data: () => failsTimes(2, 100), how: 'after 100 ms' },
    ] as const;
    for (const { tag, kind, markup, afterSuccess } of cases) {
      for (const { outcome, data, how } of sources) {
        const works = outcome === 'works';
        it(`<${tag}>: ${works ? 'after a retry that works' : 'after a retry that fails again'} (answered ${how}), focus is ${works ? 'on what replaced the message' : 'on "Try again" again'}, never on <body>`, async () => {
          const warnings = captureWarnings();
          const source = data();
          const host = withSettings({ data: source }, markup);
          document.body.append(host);
          try {
            const el = host.querySelector<HTMLElement>(tag)!;
            const drops = await tryAgain(el, () =>
              source.attempts.get(kind) === 2 && el.shadowRoot!.querySelector(works ? afterSuccess : '[part~="retry"]') && !el.shadowRoot!.querySelector('.loading'),
            );
            expect(drops, 'moments focus was on <body>').to.deep.equal([]);
            expect(document.activeElement).to.equal(el);
            const focused = el.shadowRoot!.activeElement!;
            expect(focused, 'focused').to.equal(el.shadowRoot!.querySelector(works ? afterSuccess : '[part~="retry"]'));
            if (!works) expect(focused.matches(':focus-visible'), 'the focus on "Try again" shows').to.equal(true);
          } finally {
            warnings.restore();
            host.remove();
          }
        });
      }
    }
  });

  describe('on a dark council theme (1.4.3)', () => {
    for (const { page, declared } of [
      { page: 'a11y-dark-theme.html', declared: false },
      { page: 'a11y-dark-theme-declared.html', declared: true },
    ]) {
      it(`${declared ? 'that declares color-scheme: dark' : 'that declares no colour scheme'}: every text 4.5:1 on what is behind it, and axe finds no contrast failure`, async function () {
        this.timeout(30000);
        const frame = await openPage(`/tests/pages/${page}`);
        try {
          const doc = frame.contentDocument!;
          expect(getComputedStyle(doc.documentElement).colorScheme).to.equal(declared ? 'dark' : 'normal');
          // A dark theme: light text on a dark page.
          expect(contrast(parseColour(getComputedStyle(doc.body).color), backgroundOf(doc.body))).to.be.above(7);
          expect(luminance(backgroundOf(doc.body))).to.be.below(0.05);
          await settled(doc.body, 'every element in the page', 20000, { maps: false });
          // The map draws its markers when it comes near the viewport: scroll to it once the rest has loaded.
          doc.querySelector('ccin-member-map')!.scrollIntoView();
          await settled(doc.body, 'the map’s markers');
          const full = doc.querySelector('ccin-principle-badge[variant="full"]')!;
          full.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
          await until(() => !full.shadowRoot!.querySelector<HTMLElement>('[part~="statement"]')!.hidden && full.shadowRoot!.querySelector('.points'), 'the statement');
          await until(() => doc.querySelector('ccin-provider')!.shadowRoot!.querySelector('[part~="notice"]'), 'the provider’s notice');

          const { failures, checked } = textContrastFailures(doc);
          // Every kind of element was checked.
          const hosts = new Set(shadowRoots(doc).filter((r) => r.textContent!.trim()).map((r) => r.host.localName));
          expect([...hosts].sort()).to.deep.equal(['ccin-case-study', 'ccin-case-study-list', 'ccin-member-map', 'ccin-principle-badge', 'ccin-provider']);
          expect(checked).to.be.above(100);
          expect(failures).to.deep.equal([]);

          const violations = await axeIn(frame);
          const report = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
          expect(violations.filter((v) => v.id === 'color-contrast').length, report).to.equal(0);
          expect(violations.length, report).to.equal(0);
        } finally {
          frame.remove();
        }
      });
    }
  });

  describe('targets at 400 % zoom: a 320 × 256 px viewport (2.5.8)', () => {
    /** The page of 1280 × 1024 px at 400 %, in an iframe, with `markup` in its body. */
    async function zoomed(markup: string): Promise<HTMLIFrameElement> {
      const frame = await openPage('/tests/pages/a11y-elements.html');
      frame.style.width = '320px';
      frame.style.height = '256px';
      frame.style.border = '0';
      const win = frame.contentWindow!;
      await until(() => win.innerWidth === 320 && win.innerHeight === 256 && win.customElements.get('ccin-member-map'), 'a 320 × 256 px page with the elements');
      frame.contentDocument!.body.innerHTML = markup;
      return frame;
    }

    it('the map’s markers are 24 px across, apart and inside the page, or the map hands over to its list', async function () {
      this.timeout(30000);
      const frame = await zoomed('<ccin-member-map></ccin-member-map>');
      try {
        const map = frame.contentDocument!.querySelector('ccin-member-map')!;
        await settled(frame.contentDocument!.body, 'the map', 20000);
        if (map.shadowRoot!.querySelector('.list-view')) {
          const names = [...map.shadowRoot!.querySelectorAll('.member-name')].map((n) => n.textContent);
          expect(new Set(names)).to.deep.equal(new Set(members.map((m) => m.name)));
          return;
        }
        const svg = map.shadowRoot!.querySelector('svg.map')!;
        svg.scrollIntoView({ block: 'start' });
        await until(() => {
          const hit = map.shadowRoot!.querySelector('.hit');
          return hit && Math.abs(hit.getBoundingClientRect().width - 24) < 0.6;
        }, 'markers 24 px across');
        const markers = [...map.shadowRoot!.querySelectorAll<SVGGElement>('.marker')];
        const ids = markers.flatMap((m) => (m.dataset.members ?? m.dataset.member ?? '').split(' '));
        expect(ids.sort()).to.deep.equal(members.filter((m) => m.location).map((m) => m.id).sort());
        const svgBox = svg.getBoundingClientRect();
        expect(svgBox.bottom - svgBox.top, 'the whole map fits the viewport').to.be.at.most(256);
        const hits = markers.map((marker) => {
          const box = marker.querySelector('.hit')!.getBoundingClientRect();
          return { marker, name: marker.getAttribute('aria-label'), x: box.left + box.width / 2, y: box.top + box.height / 2, r: box.width / 2, box };
        });
        const failures: string[] = [];
        for (const [i, a] of hits.entries()) {
          if (a.r * 2 < 24 - 0.6) failures.push(`${a.name}: ${(a.r * 2).toFixed(1)} px across`);
          if (a.box.left < -0.5 || a.box.right > 320.5) failures.push(`${a.name}: ${a.box.left.toFixed(1)}–${a.box.right.toFixed(1)} px, outside the page`);
          for (const b of hits.slice(i + 1)) {
            const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
            if (gap < -0.5) failures.push(`${a.name} and ${b.name} overlap by ${(-gap).toFixed(1)} px`);
          }
          // What a tap at the marker's centre, and at the edge of its 24 px, reaches: this marker.
          for (const [dx, dy] of [[0, 0], [11, 0], [-11, 0], [0, 11], [0, -11]]) {
            const reached = map.shadowRoot!.elementFromPoint(a.x + dx!, a.y + dy!)?.closest('.marker');
            if (reached !== a.marker) {
              failures.push(`${a.name}: a tap ${dx}, ${dy} px from its centre reaches ${reached?.getAttribute('aria-label') ?? 'nothing'}`);
              break;
            }
          }
        }
        expect(failures).to.deep.equal([]);
        // The map's other controls, too.
        expect(targetFailures([map.shadowRoot!])).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('every case study’s links and buttons, full and as cards, are 24 × 24 px, or 24 px apart, or in a line of text', async function () {
      this.timeout(30000);
      const frame = await zoomed(
        index.map((entry) => `<ccin-case-study case-id="${entry.id}"></ccin-case-study><ccin-case-study variant="card" case-id="${entry.id}" href="/case-studies/{id}"></ccin-case-study>`).join(''),
      );
      try {
        const doc = frame.contentDocument!;
        await settled(doc.body, 'every case study', 20000);
        const roots = shadowRoots(doc);
        expect(roots.filter((r) => r.querySelector('[part="article"]')).length).to.equal(index.length);
        expect(roots.filter((r) => r.querySelector('[part="card"] a')).length).to.equal(index.length);
        expect(targetFailures(roots)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });

  for (const mode of colourModes) {
    describe(`keyboard: every control Tab reaches shows where focus is (2.4.7, 2.4.11), ${mode.name}`, () => {
      before(() => emulateMediaFeatures(mode.features));
      after(() => emulateMediaFeatures(defaultColours));

      /** Renders `content` between two buttons, tabs through it, and checks every stop. */
      async function expectVisibleFocus(content: ReturnType<typeof html>, what: string): Promise<TabStop[]> {
        const wrapper = await rendered(html`<div><button class="before">Before</button>${content}<button class="after">After</button></div>`, what);
        // What the keyboard should reach: every control the elements draw, visible, in the tab order.
        const expected = shadowRoots(wrapper).flatMap((r) => [...r.querySelectorAll<HTMLElement>(focusable)].filter((e) => e.tabIndex >= 0 && !unseen(e)));
        const stops = await tabThrough(wrapper);
        expect(problemsOf(stops), what).to.deep.equal([]);
        expect(stops.map((s) => s.name), 'every control, once').to.have.members(expected.map(describeNode));
        return stops;
      }

      it('a case study, full, and cards with and without a link', async () => {
        // The case study with the most links and contacts.
        const controls = (study: CaseStudy) => study.links.length + study.contacts.length;
        const withLinks = studies.reduce((a, b) => (controls(b) > controls(a) ? b : a)).id;
        await expectVisibleFocus(
          html`<ccin-case-study case-id=${withLinks}></ccin-case-study>
            <ccin-case-study variant="card" case-id=${index[1]!.id} href="/case-studies/{id}"></ccin-case-study>
            <ccin-case-study variant="card" case-id=${index[2]!.id}></ccin-case-study>`,
          'case studies',
        );
      });

      it('the list: its filters and its first page of cards', async () => {
        const stops = await expectVisibleFocus(html`<ccin-case-study-list href="/case-studies/{id}"></ccin-case-study-list>`, 'the list');
        // A card's link on each card of the first page (24 cards).
        expect(stops.filter((s) => s.element.closest('[part~="card"]')).length).to.equal(Math.min(24, index.length));
      });

      it('the map with a member’s details open, and its list view', async () => {
        const member = members.find((m) => m.location && m.caseStudies.length)!;
        const stops = await expectVisibleFocus(html`<ccin-member-map selected=${member.id} case-study-href="/case-studies/{id}"></ccin-member-map>`, 'the map');
        expect(stops.filter((s) => s.element.matches('.marker')).length, 'one tab stop on the map').to.equal(1);
        await expectVisibleFocus(html`<ccin-member-map view="list" case-study-href="/case-studies/{id}"></ccin-member-map>`, 'the map’s list view');
      });

      it('badges: a link, an icon that is a link, a full badge and its statement', async () => {
        const ids = bundledData.principles.map((p) => p.id);
        await expectVisibleFocus(
          html`<p>
            <ccin-principle-badge principle=${ids[0]!} href="/principles/{id}"></ccin-principle-badge>
            <ccin-principle-badge principle=${ids[1]!} variant="icon" href="/principles/{id}"></ccin-principle-badge>
            <ccin-principle-badge principle=${ids[2]!} variant="full"></ccin-principle-badge>
            <ccin-principle-badge principle=${ids[3]!} variant="full" href="/principles/{id}"></ccin-principle-badge>
          </p>`,
          'badges',
        );
      });
    });
  }
});

