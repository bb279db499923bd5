import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ccin-elements.js';
import { bundledData } from '../../src/shared/data/bundled.js';
import type { CaseStudy } from '../../src/shared/data/types.js';
import { colourModes, defaultColours, describeNode, index, loadData, members, rendered, shadowRoots, studies, unseen } from '../helpers/a11y.js';
import { backgroundOf, contrast, flatParent, over, parseColour } from '../helpers/colour.js';
import { emulateMediaFeatures } from '../helpers/util.js';

/**
 * Issue 15, what axe cannot see (see tests/helpers/a11y.ts): with the keyboard, every control Tab
 * reaches shows where focus is (2.4.7, 2.4.11), in the default colours and in forced colours, light
 * and dark: case studies, the list, the map and its list view, and badges.
 */

// ——— Focus ———

const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';

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

before(loadData);

describe('accessibility that axe cannot see (issue 15)', () => {
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
