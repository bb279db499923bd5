/**
 * What the tests of links that become principle badges (tests/enhance/) share: the record the
 * test pages keep of warnings, errors and CSP violations, the links they hold, and waiting for
 * badges to render.
 */
import { until } from './util.js';

interface Recorder {
  warnings: string[];
  errors: string[];
  violations: string[];
}
export const recorder = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { __ccin: Recorder }).__ccin;

export const principleLink = (id: string) => `/our-co-operative-council#ccin-principle-${id}`;
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Badge = HTMLElement & { principle?: string };

/** The badge's own link (in its shadow root), once it has rendered one. */
export const badgeLink = (badge: Element) => badge.shadowRoot?.querySelector<HTMLAnchorElement>('a[part~="badge"]') ?? null;

/** Waits for `count` badges under `root` that have rendered their face. */
export async function renderedBadges(root: ParentNode, count: number, what = 'badges'): Promise<Badge[]> {
  let found = 0;
  try {
    return await until(() => {
      const badges = [...root.querySelectorAll<Badge>('ccin-principle-badge')];
      found = badges.filter((b) => b.shadowRoot?.querySelector('[part~="badge"]')).length;
      return badges.length === count && found === count && badges;
    }, `${count} rendered ${what}`);
  } catch (error) {
    const all = root.querySelectorAll('ccin-principle-badge').length;
    throw new Error(`${(error as Error).message} (found ${all}, ${found} rendered)`);
  }
}
