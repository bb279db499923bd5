/**
 * Pre-rendered HTML (issue 17) as a council's page holds it: a file of dist/html/ included where
 * the element goes (its stylesheet prefix rewritten to where dist/ is served), then the script,
 * on a page sent with the strict CSP and a report-uri (tests/prerendered/routes.mjs). Pages open
 * in iframes: sandboxed without allow-scripts, JavaScript is off; otherwise the autoloader runs
 * and the elements hydrate. Expected text comes from the data files in dist/data/.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseStudy, CaseStudySummary, Member, Principle } from '../src/shared/data/types.js';
import { plainText } from '../src/shared/rich-text/parse.js';
import { openPage } from './helpers/pages.js';
import { until } from './helpers/util.js';

interface LayoutShift {
  value: number;
  startTime: number;
  hadRecentInput: boolean;
  sources: string[];
}
/** What the page's own scripts record (tests/pages/recorder.js, tests/prerendered/observe.js). */
interface PageWindow extends Window {
  __ccin: { warnings: string[]; errors: string[]; violations: string[] };
  __layoutShifts: LayoutShift[];
  __serverNodes: Map<Element, Element[]>;
  __regroupable: Set<Element>;
}
interface Reactive extends HTMLElement {
  updateComplete: Promise<unknown>;
  hasUpdated: boolean;
}

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return (await response.json()) as T;
};
const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** A title as the elements show it: the subtitle on a line of its own, after a space. */
const shownTitle = (study: { title: string; subtitle?: string | null }) => (study.subtitle ? `${study.title} ${study.subtitle}` : study.title);
const win = (frame: HTMLIFrameElement) => frame.contentWindow as unknown as PageWindow;

let runs = 0;
/** A page's address, unique to this test run so that its CSP reports can be told apart. */
const pageUrl = (file: string) => `/tests/pages/prerendered/${file}.html?run=${Date.now().toString(36)}-${++runs}`;
const withoutScript = (file: string) => openPage(pageUrl(file), { sandbox: 'allow-same-origin' });
const withScript = (file: string) => openPage(pageUrl(file));

/** Waits until an asynchronous condition holds (tests/helpers/util.ts's until() takes synchronous ones). */
async function eventually(condition: () => Promise<boolean>, message: string, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The CSP reports the test server has received from a page. */
async function reportsOf(frame: HTMLIFrameElement): Promise<string[]> {
  const { reports } = await json<{ reports: { documentUri: string; directive: string; blocked: string }[] }>('/tests/csp-report');
  const url = new URL(frame.src, location.href).href;
  return reports.filter((report) => report.documentUri === url).map((report) => `${report.directive} ${report.blocked}`);
}

/**
 * No CSP report from the page. Reports are sent asynchronously, so a control page that violates
 * the policy is opened after it (with script or without, as the page was): once the control
 * page's report has arrived, the page's would have too. If reporting stopped working, this fails.
 */
async function expectNoCspReports(frame: HTMLIFrameElement): Promise<void> {
  const control = await openPage(pageUrl('control'), frame.hasAttribute('sandbox') ? { sandbox: frame.getAttribute('sandbox')! } : {});
  await eventually(async () => (await reportsOf(control)).length > 0, 'the control page’s CSP report');
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await reportsOf(frame)).to.deep.equal([]);
  control.remove();
}

/** A shadow root's stylesheet link, once its stylesheet has loaded. */
const stylesheetOf = (root: ShadowRoot) => until(() => root.querySelector('link[rel="stylesheet"]') && (root.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.sheet?.cssRules.length ?? 0) > 0 && root.querySelector<HTMLLinkElement>('link')!, 'the shadow root’s stylesheet');

/** The page's CLS so far: the sum of its layout shifts that did not follow input. */
const cls = (frame: HTMLIFrameElement) => win(frame).__layoutShifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);

const animationFrames = async (frame: HTMLIFrameElement, count = 2) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
};

/**
 * Waits for the element to hydrate: defined, its first update complete, and so for every
 * pre-rendered element inside it (badges, cards), then two animation frames. Returns how long
 * that took after the page's load event.
 */
async function hydrated(frame: HTMLIFrameElement, selector: string): Promise<{ host: Reactive; ms: number }> {
  const start = performance.now();
  const page = win(frame);
  const host = frame.contentDocument!.querySelector<Reactive>(selector)!;
  await until(() => page.customElements.get(host.localName), `<${host.localName}> defined`, 10000);
  await until(() => host.hasUpdated, `<${host.localName}> updated`, 10000);
  await host.updateComplete;
  for (const element of page.__serverNodes.keys()) {
    const nested = element as Reactive;
    await until(() => nested.hasUpdated, `<${nested.localName}> inside hydrated`, 10000);
    await nested.updateComplete;
  }
  const ms = performance.now() - start;
  await animationFrames(frame);
  return { host, ms };
}

const describeNode = (host: Element, node: Element) => `<${host.localName}> <${node.localName} class="${node.getAttribute('class') ?? ''}">`;

/**
 * How hydration treated the nodes the browser built from each declarative shadow root: those
 * no longer in it (`replaced`), and nodes in it that the HTML did not have (`added`). The nodes
 * of the map's markers, and of its text list of them, are counted apart (`markers`): the map
 * regroups its markers for the size it is drawn at.
 */
function serverNodesAfter(frame: HTMLIFrameElement) {
  const page = win(frame);
  const result = { replaced: [] as string[], added: [] as string[], markers: { kept: 0, replaced: 0 } };
  for (const [host, nodes] of page.__serverNodes) {
    const before = new Set(nodes);
    for (const node of nodes) {
      const kept = node.isConnected && node.getRootNode() === host.shadowRoot;
      if (page.__regroupable.has(node)) result.markers[kept ? 'kept' : 'replaced']++;
      else if (!kept) result.replaced.push(describeNode(host, node));
    }
    for (const node of host.shadowRoot!.querySelectorAll('*')) {
      if (!before.has(node) && !node.closest('g.markers, details.on-map')) result.added.push(describeNode(host, node));
    }
  }
  return result;
}

let index: CaseStudySummary[];
let members: Member[];
let principles: Principle[];
/** A case study whose paragraphs have inline markup (emphasis, links), and one that shows principles (as nested badges). */
let withMarkup: CaseStudy;
let withBadges: CaseStudy;

before(async () => {
  index = await json<CaseStudySummary[]>('/dist/data/case-study-index.json');
  members = (await json<{ members: Member[] }>('/dist/data/members.json')).members;
  principles = (await json<{ principles: Principle[] }>('/dist/data/ccin-snapshot.json')).principles;
  const studies = await Promise.all(index.map(({ id }) => json<CaseStudy>(`/dist/data/case-studies/${id}.json`)));
  withMarkup = studies.find((study) => study.body.some((block) => block.type === 'paragraph' && plainText(block.text) !== block.text))!;
  withBadges = studies.find((study) => study.principles.length > 0)!;
  expect(withMarkup, 'a case study with inline markup in a paragraph').to.not.equal(undefined);
  expect(withBadges, 'a case study that shows principles').to.not.equal(undefined);
});

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('pre-rendered HTML on a page with a strict CSP', () => {
  describe('the test pages', () => {
    it('report a CSP violation to the server, with JavaScript off and on (the control page’s inline style)', async () => {
      for (const sandbox of ['allow-same-origin', undefined]) {
        const frame = await openPage(pageUrl('control'), sandbox ? { sandbox } : {});
        await eventually(async () => (await reportsOf(frame)).length > 0, 'a report');
        expect(await reportsOf(frame)).to.deep.equal(['style-src-attr inline']);
        // The policy is enforced: the inline colour is not applied.
        expect(getComputedStyle(frame.contentDocument!.getElementById('inline')!).color).to.not.equal('rgb(255, 0, 0)');
      }
    });

    it('observe layout shifts (the control page moves its content once it has painted)', async () => {
      const frame = await openPage(pageUrl('control'));
      await until(() => frame.contentDocument!.getElementById('shifter'), 'the inserted block');
      await animationFrames(frame, 3);
      expect(cls(frame)).to.be.greaterThan(0);
    });
  });

  describe('with JavaScript off', () => {
    it('shows a whole case study, styled, from its declarative shadow root: its title and every paragraph', async () => {
      for (const study of new Set([withMarkup, withBadges])) {
        const frame = await withoutScript(`case-studies/${study.id}`);
        const host = frame.contentDocument!.querySelector('ccin-case-study')!;
        expect(frame.contentWindow!.customElements.get('ccin-case-study'), 'no script ran').to.equal(undefined);
        const root = host.shadowRoot!;
        expect(root, 'a shadow root parsed from the HTML').to.not.equal(null);
        await stylesheetOf(root);
        expect(collapse(root.querySelector('[part~="title"]')!.textContent)).to.equal(shownTitle(study));
        const shown = [...root.querySelectorAll('[part~="body"] > p')].map((p) => collapse(p.textContent));
        const paragraphs = study.body.flatMap((block) => (block.type === 'paragraph' ? [collapse(plainText(block.text))] : []));
        expect(shown, study.id).to.deep.equal(paragraphs);
        if (study.summary) expect(collapse(root.querySelector('[part~="summary"]')!.textContent)).to.equal(collapse(plainText(study.summary)));
        // Styled by its stylesheet: a block host (unknown elements are inline), a large title, "Theme:" for screen readers only.
        expect(getComputedStyle(host).display).to.equal('block');
        const title = root.querySelector('[part~="title"]')!;
        expect(parseFloat(getComputedStyle(title).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(host).fontSize) * 1.4);
        const hidden = root.querySelector('.visually-hidden');
        if (hidden) expect([hidden.getBoundingClientRect().width, getComputedStyle(hidden).position]).to.deep.equal([1, 'absolute']);
        // The whole article is laid out, down to its last line (nothing hidden or cut off).
        const empty = [...root.querySelectorAll('[part~="body"] > *, [part~="source"]')].filter((block) => block.getBoundingClientRect().height === 0);
        expect(empty.map((block) => block.outerHTML.slice(0, 80))).to.deep.equal([]);
        await expectNoCspReports(frame);
      }
    });

    it('shows the case study’s principles as badges, and the list’s cards with their titles, in title order', async () => {
      const frame = await withoutScript(`case-studies/${withBadges.id}`);
      const study = frame.contentDocument!.querySelector('ccin-case-study')!.shadowRoot!;
      await stylesheetOf(study);
      const badges = [...study.querySelectorAll<HTMLElement>('[part~="principles"] [part~="badge"]')];
      expect(badges.map((badge) => collapse(badge.textContent))).to.deep.equal(withBadges.principles.map((id) => principles.find((p) => p.id === id)!.name));
      // Styled by the article's own stylesheet (no element or stylesheet of their own): a border, and an icon the size of the text.
      expect(study.querySelectorAll('ccin-principle-badge, link').length).to.equal(1);
      expect(getComputedStyle(badges[0]!).borderTopStyle).to.equal('solid');
      expect(badges[0]!.querySelector('svg')!.getBoundingClientRect().width).to.be.within(8, 40);

      const list = await withoutScript('case-study-list');
      const root = list.contentDocument!.querySelector('ccin-case-study-list')!.shadowRoot!;
      await stylesheetOf(root);
      const cards = [...root.querySelectorAll('ccin-case-study')];
      expect(cards.length).to.be.greaterThan(0);
      const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
      const byTitle = [...index].sort((a, b) => collator.compare(a.title, b.title));
      expect(cards.map((card) => collapse(card.shadowRoot?.querySelector('[part~="title"]')?.textContent))).to.deep.equal(byTitle.slice(0, cards.length).map(shownTitle));
      for (const card of cards) {
        await stylesheetOf(card.shadowRoot!);
        expect(getComputedStyle(card).display, 'a card is styled').to.equal('block');
        expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      // The count says how many of all the case studies are shown; any others are a "Show more" away.
      const count = collapse(root.querySelector('[part~="count"]')!.textContent);
      expect(count).to.contain(String(cards.length)).and.to.contain(String(index.length));
      expect(!!root.querySelector('[part~="more"]')).to.equal(cards.length < index.length);
      await expectNoCspReports(list);
    });

    it('shows every principle’s badge with its name, styled', async () => {
      for (const principle of principles) {
        const frame = await withoutScript(`principle-badges/${principle.id}`);
        const badge = frame.contentDocument!.querySelector('ccin-principle-badge')!;
        await stylesheetOf(badge.shadowRoot!);
        expect(collapse(badge.shadowRoot!.textContent)).to.equal(principle.name);
        const icon = badge.shadowRoot!.querySelector('svg')!;
        // Styled: the icon is the size of the text around it, not an SVG's default 300 × 150.
        expect(icon.getBoundingClientRect().width).to.be.within(8, 40);
        if (principle === principles[0]) await expectNoCspReports(frame);
      }
      const full = await withoutScript(`principle-badges/${principles[0]!.id}-full`);
      expect(collapse(full.contentDocument!.querySelector('ccin-principle-badge')!.shadowRoot!.textContent)).to.contain(principles[0]!.name);
    });

    it('names every member with a place on the map, in a list that opens without script', async () => {
      const frame = await withoutScript('member-map');
      const host = frame.contentDocument!.querySelector('ccin-member-map')!;
      const root = host.shadowRoot!;
      await stylesheetOf(root);
      expect(getComputedStyle(host).display, 'styled').to.equal('block');
      expect(root.querySelector('svg.map')!.getBoundingClientRect().width, 'the map is drawn at the width of the page').to.be.greaterThan(500);
      const located = members.filter((member) => member.location);
      expect(located.length).to.be.greaterThan(0);
      const details = root.querySelector<HTMLDetailsElement>('details.on-map')!;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.click();
      expect(details.open, 'opened by its summary, with no script').to.equal(true);
      const items = [...details.querySelectorAll('li')].map((li) => collapse(li.textContent));
      const named = (member: Member) =>
        items.some((item) => item === `${member.name} (${member.location!.areaName})` || item.endsWith(`: ${member.name}`) || item.endsWith(`, ${member.name}`) || item.includes(`: ${member.name}, `) || item.includes(`, ${member.name}, `));
      expect(located.filter((member) => !named(member)).map((member) => member.name)).to.deep.equal([]);
      expect(collapse(details.querySelector('summary')!.textContent)).to.contain(`(${located.length})`);
      const list = details.querySelector('ul')!;
      expect(list.getBoundingClientRect().height, 'the list is shown').to.be.greaterThan(located.length);
      // The organisations without a place are listed too.
      const elsewhere = collapse(root.querySelector('details.not-on-map')?.textContent);
      for (const member of members.filter((m) => !m.location)) expect(elsewhere).to.contain(member.name);
      await expectNoCspReports(frame);
    });
  });

  describe('with the script', () => {
    const files = () => [
      { file: `case-studies/${withBadges.id}`, selector: 'ccin-case-study' },
      { file: `case-study-cards/${withBadges.id}`, selector: 'ccin-case-study' },
      { file: 'case-study-list', selector: 'ccin-case-study-list' },
      { file: 'member-map', selector: 'ccin-member-map' },
      { file: `principle-badges/${principles[0]!.id}`, selector: 'ccin-principle-badge' },
      { file: `principle-badges/${principles[0]!.id}-icon`, selector: 'ccin-principle-badge' },
      { file: `principle-badges/${principles[0]!.id}-full`, selector: 'ccin-principle-badge' },
    ];
    const kinds = ['a case study with badges', 'a card with badges', 'the list', 'the map', 'a label badge', 'an icon badge', 'a full badge'];

    kinds.forEach((kind, i) => {
      it(`hydrates ${kind} without a layout shift, a console error or warning, or a CSP violation, keeping the server’s nodes`, async () => {
        const { file, selector } = files()[i]!;
        const frame = await withScript(file);
        const { host, ms } = await hydrated(frame, selector);
        if (selector === 'ccin-member-map') {
          // The map measures the size it is drawn at and may regroup its markers for it.
          await until(() => {
            const hit = host.shadowRoot!.querySelector('.hit');
            return !hit || Math.abs(hit.getBoundingClientRect().width - 24) < 0.6;
          }, 'markers 24 px across');
          await animationFrames(frame);
        }
        const shifts = win(frame).__layoutShifts;
        const nodes = serverNodesAfter(frame);
        console.log(`${file}: hydrated ${Math.round(ms)} ms after load; CLS ${cls(frame)}; ${win(frame).__serverNodes.size} pre-rendered element(s); markers' nodes kept ${nodes.markers.kept}, redrawn ${nodes.markers.replaced}`);
        expect(shifts, JSON.stringify(shifts)).to.deep.equal([]);
        expect(cls(frame)).to.equal(0);
        // Hydrated, not drawn again: every node the browser built from the HTML is still there,
        // and none was drawn beside them (the map's markers excepted).
        expect(nodes.replaced, 'server nodes replaced').to.deep.equal([]);
        expect(nodes.added, 'nodes added').to.deep.equal([]);
        for (const [element] of win(frame).__serverNodes) expect(element.hasAttribute('defer-hydration'), `<${element.localName}> hydrated`).to.equal(false);
        if (selector === 'ccin-member-map') {
          const shown = [...host.shadowRoot!.querySelectorAll('[part~="marker"]')].flatMap((marker) => (marker.getAttribute('data-members') ?? marker.getAttribute('data-member')!).split(' '));
          expect(shown.sort(), 'every member with a place has a marker').to.deep.equal(members.filter((m) => m.location).map((m) => m.id).sort());
        }
        expect(win(frame).__ccin).to.deep.equal({ warnings: [], errors: [], violations: [] });
        await expectNoCspReports(frame);
      });
    });

    it('renders afresh, once and correctly, on a page the file was not rendered for: inside a provider with links, on a Welsh page', async () => {
      // dist/html/ files are rendered in English without a provider. Inside a provider with URL
      // templates the card's title becomes a link, and on a Welsh page the interface is Welsh:
      // hydrating would throw or keep the server's words, so the element renders again.
      const withProvider = await openPage(`${pageUrl(`case-study-cards/${withBadges.id}`)}&provider`);
      const card = await until(() => withProvider.contentDocument!.querySelector('ccin-case-study'), 'card');
      const link = await until(() => card.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="title"] a'), 'the title linked through the provider', 10000);
      expect(new URL(link.href).pathname).to.equal(`/case-studies/${withBadges.id}`);
      expect(card.shadowRoot!.querySelectorAll('[part~="title"]').length, 'one title').to.equal(1);
      await until(() => card.shadowRoot?.querySelector('a[part~="badge"]'), 'the badge linked through the provider');
      expect(win(withProvider).__ccin.errors).to.deep.equal([]);

      const welsh = await openPage(`${pageUrl(`case-studies/${withBadges.id}`)}&lang=cy`);
      const study = await until(() => welsh.contentDocument!.querySelector('ccin-case-study'), 'case study');
      await until(() => study.shadowRoot?.querySelector('[part~="principles"]')?.textContent?.includes('Egwyddorion cydweithredol'), 'the Welsh interface');
      expect(study.shadowRoot!.querySelectorAll('[part~="title"]').length, 'one title').to.equal(1);
      expect(win(welsh).__ccin.errors).to.deep.equal([]);
    });

    it('keeps the title a case study was served with, and then follows a changed case-id', async () => {
      const frame = await withScript(`case-studies/${withBadges.id}`);
      const { host } = await hydrated(frame, 'ccin-case-study');
      const title = host.shadowRoot!.querySelector('[part~="title"]')!;
      expect(win(frame).__serverNodes.get(host)).to.include(title);
      expect(collapse(title.textContent)).to.equal(shownTitle(withBadges));
      expect(host.shadowRoot!.querySelectorAll('[part~="title"]').length).to.equal(1);

      const other = index.find((study) => study.id !== withBadges.id && study.title !== withBadges.title)!;
      host.setAttribute('case-id', other.id);
      await until(() => collapse(host.shadowRoot!.querySelector('[part~="title"]')?.textContent) === shownTitle(other), 'the other case study’s title', 10000);
      await host.updateComplete;
      expect(host.shadowRoot!.querySelectorAll('[part~="title"]').length).to.equal(1);
      const study = await json<CaseStudy>(`/dist/data/case-studies/${other.id}.json`);
      const paragraphs = study.body.flatMap((block) => (block.type === 'paragraph' ? [collapse(plainText(block.text))] : []));
      expect([...host.shadowRoot!.querySelectorAll('[part~="body"] > p')].map((p) => collapse(p.textContent))).to.deep.equal(paragraphs);
      expect(win(frame).__ccin).to.deep.equal({ warnings: [], errors: [], violations: [] });
    });

    it('makes the map keyboard-operable: one tab stop, arrows move, Enter opens a member’s details or a group’s list', async () => {
      const frame = await withScript('member-map');
      const { host } = await hydrated(frame, 'ccin-member-map');
      const root = host.shadowRoot!;
      await until(() => {
        const hit = root.querySelector('.hit');
        return hit && Math.abs(hit.getBoundingClientRect().width - 24) < 0.6;
      }, 'markers 24 px across');
      const markers = () => [...root.querySelectorAll<SVGGElement>('[part~="marker"]')];
      const stops = markers().filter((marker) => marker.getAttribute('tabindex') === '0');
      expect(stops.length).to.equal(1);
      frame.focus();
      frame.contentWindow!.focus();
      stops[0]!.focus();
      expect(root.activeElement).to.equal(stops[0]);
      // ArrowRight, or another arrow if no marker lies to the right of the first.
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        await sendKeys({ press: key });
        if (root.activeElement !== stops[0]) break;
      }
      const marker = root.activeElement as SVGGElement;
      expect(marker).to.not.equal(stops[0]);
      expect(markers()).to.include(marker);
      expect(markers().filter((m) => m.getAttribute('tabindex') === '0')).to.deep.equal([marker]);

      await sendKeys({ press: 'Enter' });
      const details = await until(() => root.querySelector<HTMLElement>('[part~="details"]'), 'the details panel');
      const ids = (marker.dataset.members ?? marker.dataset.member!).split(' ');
      const names = ids.map((id) => members.find((member) => member.id === id)!.name);
      if (ids.length === 1) {
        expect(collapse(details.querySelector('.details-heading')!.textContent)).to.equal(names[0]);
        expect(marker.getAttribute('aria-pressed')).to.equal('true');
      } else {
        const choices = [...details.querySelectorAll<HTMLButtonElement>('.choices button')];
        expect(choices.map((button) => collapse(button.textContent))).to.have.members(names);
        expect(marker.getAttribute('aria-expanded')).to.equal('true');
      }
      expect(details.getBoundingClientRect().height, 'the panel is shown').to.be.greaterThan(0);
      await sendKeys({ press: 'Escape' });
      await until(() => !root.querySelector('[part~="details"]'), 'the details closed');
      expect(win(frame).__ccin).to.deep.equal({ warnings: [], errors: [], violations: [] });
    });
  });
});
