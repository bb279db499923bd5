import { fixture, type html } from '@open-wc/testing';
import { bundledData } from '../../src/shared/data/bundled.js';
import type { CaseStudy, CaseStudySummary, Member } from '../../src/shared/data/types.js';
import { until } from './util.js';

/**
 * The acceptance tests of issue 15 that axe cannot see: what a reader experiences at 320 px and
 * with WCAG's text spacing (1.4.10, 1.4.12), in forced colours (1.4.11), after "Try again"
 * (2.4.3), on a dark council theme (1.4.3), at 400 % zoom (2.5.8), and with the keyboard (2.4.7).
 * Every list of case studies and members comes from the data.
 *
 * This module holds what the tests in tests/accessibility/ share: the elements' shadow roots,
 * waiting for them to render, the colour modes, and the data the lists come from.
 */

// ——— Trees ———

/** Every shadow root under a node (the elements', and the badges' and cards' inside them). */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : []));
}

export type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Waits until every element under `root`, nested ones too, has rendered its data (no loading state left). */
export async function settled(root: ParentNode, what: string, timeout = 10000, { maps = true } = {}): Promise<void> {
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
export function unseen(element: Element): boolean {
  if (element.closest('.visually-hidden')) return true;
  return !element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

export const describeNode = (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host;
  const label = host?.getAttribute('case-id') ?? host?.getAttribute('principle') ?? host?.localName ?? 'page';
  const text = element.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${label} <${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> “${text}”`;
};

// ——— Colour modes ———

export const defaultColours = [
  { name: 'forced-colors', value: 'none' },
  { name: 'prefers-color-scheme', value: 'light' },
];
export const colourModes = [
  { name: 'default colours', forced: false, features: defaultColours },
  { name: 'forced colours, light', forced: true, features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'light' }] },
  { name: 'forced colours, dark', forced: true, features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }] },
];

// ——— Data ———

export let index: CaseStudySummary[];
export let studies: CaseStudy[];
export let members: Member[];
/** Loads the data the tests derive their lists from: each test file that needs it calls this in a before() hook. */
export async function loadData(): Promise<void> {
  index = await bundledData.caseStudyIndex();
  studies = await Promise.all(index.map((entry) => bundledData.caseStudy(entry.id)));
  members = (await bundledData.members()).members;
}

/** Renders markup in the page and waits for every element in it, nested ones too. */
export async function rendered(markup: ReturnType<typeof html>, what: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(markup);
  await settled(root, what);
  return root;
}
