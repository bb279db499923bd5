/**
 * Helpers of the hostile-input suite (tests/hostile/): what a page's recorder
 * (tests/pages/recorder.js) and watcher (tests/pages/hostile/watch.js) saw, the state each
 * element is in, and searches through shadow roots.
 */

export interface Recorder {
  warnings: string[];
  errors: string[];
  violations: string[];
}

export interface LongTask {
  name: string;
  duration: number;
  startTime: number;
}

export interface WatchedEvent {
  type: string;
  target: string;
  detail: string;
  time: number;
}

/** A long animation frame (over 50 ms) and the scripts that ran in it. */
export interface LongFrame {
  startTime: number;
  duration: number;
  scripts: { source: string; invoker: string; startTime: number; duration: number }[];
}

export interface Watch {
  /** null when the browser has no Long Tasks API. */
  longTasks: LongTask[] | null;
  /** Empty when the browser has no Long Animation Frames API. */
  frames: LongFrame[];
  events: WatchedEvent[];
}

export const recorder = (frame: HTMLIFrameElement): Recorder => {
  const value = (frame.contentWindow as unknown as { __ccin?: Recorder }).__ccin;
  if (!value) throw new Error(`the page ${frame.src} has no recorder (tests/pages/recorder.js)`);
  return value;
};

export const watch = (frame: HTMLIFrameElement): Watch => {
  const value = (frame.contentWindow as unknown as { __ccinWatch?: Watch }).__ccinWatch;
  if (!value) throw new Error(`the page ${frame.src} has no watcher (tests/pages/hostile/watch.js)`);
  return value;
};

/** Long tasks of the page itself (not of the test page that holds its iframe), over `limit` ms, that end after `from` (ms since the page's start). */
export function blockingTasks(frame: HTMLIFrameElement, limit = 200, from = 0): LongTask[] {
  const tasks = watch(frame).longTasks;
  if (tasks === null) throw new Error('this browser has no Long Tasks API');
  return tasks.filter((task) => task.duration > limit && task.startTime + task.duration > from && !task.name.endsWith('-ancestor'));
}

/**
 * querySelectorAll through the prototypes, as on a page whose markup shadows document's methods
 * (<img name="querySelectorAll">). Works on nodes of other same-origin windows (iframes).
 */
export function queryAll(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const query =
    root.nodeType === Node.DOCUMENT_NODE
      ? Document.prototype.querySelectorAll
      : root.nodeType === Node.DOCUMENT_FRAGMENT_NODE
        ? DocumentFragment.prototype.querySelectorAll
        : Element.prototype.querySelectorAll;
  return [...query.call(root, selector)];
}

/** getElementById through the prototype (see queryAll). */
export const byId = (doc: Document, id: string): HTMLElement | null => Document.prototype.getElementById.call(doc, id);

/** Every element matching `selector` in a root and in the shadow roots under it, at any depth. */
export function deepQueryAll(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const found: Element[] = [];
  const roots: (Document | ShadowRoot | Element)[] = [root];
  while (roots.length) {
    const current = roots.pop()!;
    found.push(...queryAll(current, selector));
    if (current.nodeType === Node.ELEMENT_NODE && (current as Element).shadowRoot) roots.push((current as Element).shadowRoot!);
    for (const element of queryAll(current, '*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return found;
}

/** The text of an element's shadow root and of every shadow root inside it (whitespace collapsed). */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const roots: ShadowRoot[] = element.shadowRoot ? [element.shadowRoot] : [];
  while (roots.length) {
    const root = roots.shift()!;
    parts.push(root.textContent ?? '');
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) roots.push(inner.shadowRoot);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** What the reader sees of an element: its content, a notice (a failure or "no such id"), or still loading. */
export type ElementState = 'content' | 'notice' | 'loading' | 'nothing';

const loadingStatement = /^(Loading the statement…|…)$/;

export function elementState(element: Element): ElementState {
  const root = element.shadowRoot;
  if (!root) return 'nothing';
  if (root.querySelector('[part~="status"].notice, [part~="status"]:not(.loading)')) return 'notice';
  if (root.querySelector('.loading')) return 'loading';
  switch (element.localName) {
    case 'ccin-case-study':
      return root.querySelector('[part="title"]') ? 'content' : 'nothing';
    case 'ccin-case-study-list':
      return root.querySelector('[part="count"]') ? 'content' : 'nothing';
    case 'ccin-member-map':
      // The map view draws its outline at once and its markers when it comes near the viewport.
      return root.querySelector('[part="map"], [part="list"]') ? 'content' : 'nothing';
    case 'ccin-principle-badge': {
      const statement = root.querySelector('[part="statement"] .statement-text');
      if (!statement) return root.querySelector('[part~="badge"]') && element.getAttribute('variant') !== 'full' ? 'content' : 'nothing';
      const text = (statement.textContent ?? '').trim();
      return !text || loadingStatement.test(text) ? 'loading' : 'content';
    }
    default:
      return root.childNodes.length ? 'content' : 'nothing';
  }
}

/** Element states as "id: state" lines, for failure messages. */
export const describeStates = (elements: Element[]): string => elements.map((e) => `${e.id || e.localName}: ${elementState(e)}`).join(', ');

/** Attributes anywhere under an element's shadow root whose value has NaN or Infinity in it (an SVG drawn from bad numbers). */
export function badNumberAttributes(element: Element): string[] {
  const bad: string[] = [];
  for (const node of deepQueryAll(element, '*')) {
    for (const attribute of node.attributes) {
      if (/NaN|Infinity/.test(attribute.value)) bad.push(`<${node.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
    }
  }
  return bad;
}

/** Text that only a bug shows: a stringified object or function, or a bad number. */
export const junkText = /\[object |\bundefined\b|\bNaN\b|\bInfinity\b|native code|function \w*\(/;

/** Links whose address is not http(s), mailto or tel, anywhere under an element. */
export function unsafeLinks(element: Element): string[] {
  return deepQueryAll(element, 'a[href], area[href], [xlink\\:href]')
    .map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '')
    .filter((href) => {
      try {
        return !['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(href, location.href).protocol);
      } catch {
        return true;
      }
    });
}

/** Whether an element is rendered and takes space (checked in its own window). */
export function visibleIn(frame: HTMLIFrameElement, element: Element | null): boolean {
  if (!element) return false;
  const style = frame.contentWindow!.getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return style.visibility === 'visible' && style.display !== 'none' && box.width > 0 && box.height > 0;
}

/** The origins of everything a page requested. */
export const requestOrigins = (frame: HTMLIFrameElement): string[] => [
  ...new Set(frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin)),
];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the page of the snapshot tests once, untimed, with valid data: the dev server's first
 * answer for each file (its transform, its caches) is not the library's time, and a fresh run's
 * first page has been seen taking over 2 s for that reason alone.
 */
export async function warmUp(): Promise<void> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/tests/pages/hostile/provided.html?src=%2Ftests%2Fhostile%2Fsnapshot%2Funchanged.json&members=1';
  document.body.append(frame);
  await loaded;
  const done = () => (frame.contentWindow as unknown as { __ccinWatch?: Watch }).__ccinWatch?.events.some((e) => e.type.startsWith('ccin-data-'));
  for (let waited = 0; waited < 10_000 && !done(); waited += 50) await sleep(50);
  frame.remove();
}

/** The bundled data's texts the test pages show. */
export const bundled = {
  studyTitle: 'Tackling the Cost of Living Crisis in Rochdale',
  cardTitle: 'Working Collaboratively to Support Residents in Financial Crisis',
  statement: 'As a membership organisation we will make this statement of our principles operational by:',
  memberName: 'Rochdale Council',
};
