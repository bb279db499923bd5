import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/member-map/member-map.js';
import { nearestInDirection, type CcinMemberMap } from '../src/member-map/member-map.component.js';
import { bundledData } from '../src/shared/data/bundled.js';
import type { Member } from '../src/shared/data/types.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { openPage, requested } from './helpers/pages.js';
import { captureWarnings, until } from './helpers/util.js';

let members: Member[];
before(async () => {
  members = (await bundledData.members()).members;
});

/** Renders a map (alone or inside a wrapper) and waits for its markers or list. */
async function memberMap(markup: ReturnType<typeof html>): Promise<CcinMemberMap> {
  const root = await fixture<HTMLElement>(markup);
  const el = (root.matches('ccin-member-map') ? root : root.querySelector('ccin-member-map')!) as CcinMemberMap;
  await until(() => el.shadowRoot?.querySelector('.marker, .list-view'), 'map rendered');
  // The first layout assumes the map is 400 px wide; wait for the one at its drawn size.
  await until(() => {
    const hit = el.shadowRoot!.querySelector('.hit');
    return !hit || Math.abs(hit.getBoundingClientRect().width - 24) < 0.6;
  }, 'markers 24 px across');
  await el.updateComplete;
  return el;
}

const markers = (el: CcinMemberMap) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.marker')];

function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
}

describe('<ccin-member-map>', () => {
  it('has a marker for every member and associate with a place, named by its name', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    const located = members.filter((m) => m.location);
    expect(located.length).to.equal(62);
    const all = markers(el);
    expect(all.length).to.equal(62);
    for (const member of located) {
      const marker = el.shadowRoot!.querySelector(`.marker[data-member="${member.id}"]`);
      expect(marker, member.name).to.exist;
      expect(marker!.getAttribute('role')).to.equal('button');
      expect(marker!.getAttribute('aria-label')).to.equal(`${member.name}, ${member.tier}`);
    }
    // Members and associates differ in shape, not only colour.
    expect(el.shadowRoot!.querySelector('.marker.member .shape')!.tagName).to.equal('circle');
    expect(el.shadowRoot!.querySelector('.marker.associate .shape')!.tagName).to.equal('rect');
    // The map has a name and a summary.
    const map = el.shadowRoot!.querySelector('svg.map')!;
    const name = el.shadowRoot!.getElementById(map.getAttribute('aria-labelledby')!)!;
    expect(name.textContent).to.equal('Map of the CCIN members and associates');
    const summary = el.shadowRoot!.getElementById(map.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(summary.textContent).to.contain('62 members and associates are on the map');
  });

  for (const width of [320, 400, 1000]) {
    it(`keeps every marker separate at ${width} px: no two 24 px hit areas overlap`, async () => {
      const el = await memberMap(html`<div style="width: ${width}px"><ccin-member-map></ccin-member-map></div>`);
      const hits = markers(el).map((marker) => marker.querySelector('.hit')!);
      const boxes = hits.map((hit) => hit.getBoundingClientRect());
      for (const box of boxes) {
        expect(box.width).to.be.closeTo(24, 0.6);
        expect(box.height).to.be.closeTo(24, 0.6);
      }
      let closest = Infinity;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const distance = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
          closest = Math.min(closest, distance);
        }
      }
      expect(closest).to.be.at.least(24);
      // Telford and Wrekin Council and Great Dawley Town Council share one point: both visible.
      const telford = centre(el.shadowRoot!.querySelector('[data-member="telford-and-wrekin-council"] .hit')!);
      const dawley = centre(el.shadowRoot!.querySelector('[data-member="great-dawley-town-council"] .hit')!);
      expect(Math.hypot(telford[0] - dawley[0], telford[1] - dawley[1])).to.be.at.least(24);
    });
  }

  it('is one tab stop; arrows move to the nearest member that way; Enter selects and fires ccin-member-select; Escape closes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Before</button><ccin-member-map></ccin-member-map><button id="after">After</button></div>`);
    const el = wrapper.querySelector<CcinMemberMap>('ccin-member-map')!;
    await until(() => el.shadowRoot?.querySelector('.marker'), 'markers');
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      stops.push(active ? `${active.tagName}.${active.getAttribute('class') ?? ''}` : String(document.activeElement?.id));
    }
    // The Map and List buttons, then the map.
    expect(stops.slice(0, 2)).to.deep.equal(['BUTTON.', 'BUTTON.']);
    const first = el.shadowRoot!.activeElement as SVGGElement;
    expect(first.classList.contains('marker'), stops.join(' → ')).to.equal(true);

    await sendKeys({ press: 'ArrowRight' });
    const second = el.shadowRoot!.activeElement as SVGGElement;
    expect(second.classList.contains('marker')).to.equal(true);
    expect(second).to.not.equal(first);
    expect(centre(second)[0]).to.be.greaterThan(centre(first)[0]);
    expect(second.getAttribute('tabindex')).to.equal('0');
    expect(first.getAttribute('tabindex')).to.equal('-1');

    const events: { id: string; name: string }[] = [];
    el.addEventListener('ccin-member-select', (e) => events.push((e as CustomEvent).detail));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const id = second.dataset.member!;
    const member = members.find((m) => m.id === id)!;
    expect(events).to.deep.equal([{ id, name: member.name }]);
    const details = el.shadowRoot!.querySelector('[part="details"]')!;
    expect(details.querySelector('.details-heading')!.textContent).to.equal(member.name);
    expect(details.textContent).to.contain(member.tier === 'member' ? 'Member' : 'Associate');
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain(`${member.name},`);
    expect(second.getAttribute('aria-pressed')).to.equal('true');

    second.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(second);

    // One tab stop: Tab leaves the markers for the next control, not the next marker.
    await sendKeys({ press: 'Tab' });
    const next = el.shadowRoot!.activeElement ?? document.activeElement;
    expect(next?.classList.contains('marker') ?? false).to.equal(false);
  });

  it('lets the keyboard reach every member on the map', async () => {
    const el = await memberMap(html`<div style="width: 600px"><ccin-member-map></ccin-member-map></div>`);
    const points = markers(el).map((marker) => {
      const [x, y] = centre(marker);
      return { id: marker.dataset.member!, x, y, px: x, py: y };
    });
    // The arrow-key graph, with the same rule the element uses, reaches every marker from the first.
    const seen = new Set([points[0]!.id]);
    const queue = [points[0]!];
    while (queue.length) {
      const current = queue.shift()!;
      for (const direction of [[1, 0], [-1, 0], [0, 1], [0, -1]] as [number, number][]) {
        const next = nearestInDirection(current, points, direction);
        if (next && !seen.has(next.id)) {
          seen.add(next.id);
          queue.push(next);
        }
      }
    }
    expect(seen.size).to.equal(points.length);

    // And real key presses follow it: walk down then right from the first marker.
    markers(el)[0]!.focus();
    const visited = new Set<string>();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'End', 'Home']) {
      await sendKeys({ press: key });
      visited.add((el.shadowRoot!.activeElement as SVGGElement).dataset.member!);
    }
    expect(visited.size).to.be.greaterThan(4);
  });

  it('selects with a click too, and shows the member’s case studies as links from case-study-href', async () => {
    const el = await memberMap(html`<ccin-member-map case-study-href="/case-studies/{id}"></ccin-member-map>`);
    const rochdale = el.shadowRoot!.querySelector<SVGGElement>('[data-member="rochdale-council"]')!;
    rochdale.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="details"] a')];
    expect(links.map((a) => a.href).sort()).to.deep.equal([
      new URL('/case-studies/rochdale-cost-of-living-crisis', location.href).href,
      new URL('/case-studies/rochdale-good-help', location.href).href,
    ].sort());
    const facts = [...el.shadowRoot!.querySelectorAll('[part="details"] .facts > div')].map((row) => [
      row.querySelector('dt')!.textContent,
      [...row.querySelector('dd')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
    ]);
    expect(facts).to.deep.equal([
      ['Membership', 'Member'],
      ['Kind', 'Council'],
      ['Accreditation markers', '1'],
    ]);
  });

  it('shows a member’s case studies as cards when there is no URL template', async () => {
    const el = await memberMap(html`<ccin-member-map selected="burntwood-town-council"></ccin-member-map>`);
    const cards = [...el.shadowRoot!.querySelectorAll('[part="details"] ccin-case-study')];
    expect(cards.map((c) => c.getAttribute('case-id')).sort()).to.deep.equal(['burntwood-warmer-welcome', 'co-operation-at-the-grassroots']);
    expect(cards.every((c) => c.getAttribute('variant') === 'card')).to.equal(true);
  });

  it('lists every member, associate and affiliate by tier in the list view, sortable by name', async () => {
    const el = await memberMap(html`<ccin-member-map view="list"></ccin-member-map>`);
    const names = [...el.shadowRoot!.querySelectorAll('.member-name')].map((n) => n.textContent);
    expect(names.length).to.equal(111);
    expect(new Set(names)).to.deep.equal(new Set(members.map((m) => m.name)));
    const groups = [...el.shadowRoot!.querySelectorAll('.tier-group')].map((g) => [
      g.querySelector('.group-heading')!.textContent,
      g.querySelectorAll('.member-entry').length,
    ]);
    expect(groups).to.deep.equal([
      ['Members (41)', 41],
      ['Associates (22)', 22],
      ['Affiliates (48)', 48],
    ]);
    const firstMember = () => el.shadowRoot!.querySelector('.tier-group .member-name')!.textContent;
    expect(firstMember()).to.equal('Barking & Dagenham Council');
    const sort = el.shadowRoot!.querySelector<HTMLButtonElement>('.sort')!;
    sort.click();
    await el.updateComplete;
    expect(sort.getAttribute('aria-pressed')).to.equal('true');
    expect(firstMember()).to.equal('Worthing Council');
  });

  it('switches views with its own control, and says so with ccin-view-change', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    const views: string[] = [];
    el.addEventListener('ccin-view-change', (e) => views.push((e as CustomEvent).detail.view));
    const [mapButton, listButton] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view-switch"] button')];
    expect(mapButton!.getAttribute('aria-pressed')).to.equal('true');
    listButton!.click();
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(el.shadowRoot!.querySelector('svg.map')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.member-entry').length).to.equal(111);
    mapButton!.click();
    await el.updateComplete;
    expect(views).to.deep.equal(['list', 'map']);
  });

  it('filters tiers and highlights one member, in the map and in the list', async () => {
    const el = await memberMap(html`<ccin-member-map tiers="associate" highlight="burntwood-town-council"></ccin-member-map>`);
    expect(markers(el).length).to.equal(21);
    expect(markers(el).every((m) => m.classList.contains('associate'))).to.equal(true);
    const highlighted = el.shadowRoot!.querySelector('.marker.highlighted')!;
    expect(highlighted.getAttribute('data-member')).to.equal('burntwood-town-council');
    expect(highlighted.getAttribute('aria-label')).to.equal('Burntwood Town Council, associate, highlighted');
    expect(highlighted.querySelector('.halo')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('Highlighted: Burntwood Town Council');
    // Affiliates are not shown; the one associate without a place is listed beside the map.
    expect(el.shadowRoot!.querySelector('.not-on-map')!.textContent).to.contain('Midcounties Gloucester & Swindon Coop Party Council');
    expect(el.shadowRoot!.querySelector('.not-on-map')!.textContent).to.not.contain('Affiliates');

    el.view = 'list';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.member-entry').length).to.equal(22);
    expect(el.shadowRoot!.querySelector('.member-entry.highlighted .member-name')!.textContent).to.equal('Burntwood Town Council');

    const warnings = captureWarnings();
    try {
      el.tiers = 'members, affiliates';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.member-entry').length).to.equal(89);
      el.tiers = 'everyone';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.member-entry').length).to.equal(111);
      expect(warnings.messages.some((m) => m.includes('unknown tier(s) everyone'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('passes axe (WCAG 2.2 AA) in the map view, with details open, and in the list view', async () => {
    const el = await memberMap(html`<main><ccin-member-map highlight="rochdale-council" selected="rochdale-council" case-study-href="/cs/{id}"></ccin-member-map></main>`);
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.exist;
    await expectNoAxeViolations(el);
    el.view = 'list';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('fits 320 px and never shows text below 12 px', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 12px"><ccin-member-map highlight="oldham-council" selected="oldham-council"></ccin-member-map></div>`);
      const el = wrapper.querySelector<CcinMemberMap>('ccin-member-map')!;
      await until(() => el.shadowRoot?.querySelector('.marker'), 'markers');
      for (const view of ['map', 'list'] as const) {
        el.view = view;
        await el.updateComplete;
        expect(el.scrollWidth, view).to.be.at.most(320);
        const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('p, li, button, h2, h3, dt, dd, span, figcaption')].filter(
          (node) => node.textContent!.trim() && node.getClientRects().length && !node.closest('.visually-hidden') && !node.classList.contains('visually-hidden'),
        );
        expect(texts.length).to.be.greaterThan(10);
        for (const node of texts) expect(parseFloat(getComputedStyle(node).fontSize), node.textContent!.slice(0, 30)).to.be.at.least(12);
      }
      const svg = el.shadowRoot!.querySelector('svg.map');
      expect(svg).to.equal(null); // list view now
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows the credits the location sources require', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    const credits = el.shadowRoot!.querySelector('[part="credits"]')!.textContent!;
    expect(credits).to.contain('Office for National Statistics').and.contain('Open Government Licence v3.0');
    expect(credits).to.contain('GeoNames (CC BY 4.0)').and.contain('Natural Earth');
  });

  it('lays out its markers only when it comes near the viewport', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 4000px"></div><ccin-member-map></ccin-member-map></div>`);
    const el = wrapper.querySelector<CcinMemberMap>('ccin-member-map')!;
    await until(() => el.shadowRoot?.querySelector('svg.map'), 'map frame');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(markers(el).length).to.equal(0);
    // The organisations without a place are listed already; only the layout waits.
    expect(el.shadowRoot!.querySelectorAll('.not-on-map li').length).to.equal(49);
    el.scrollIntoView();
    await until(() => markers(el).length === 62, 'markers after scrolling');
    window.scrollTo(0, 0);
  });

  it('makes no request beyond the library’s own files', async () => {
    const frame = await openPage('/tests/pages/map-only.html');
    const map = frame.contentDocument!.querySelector('ccin-member-map')!;
    await until(() => map.shadowRoot?.querySelector('.marker'), 'map in page');
    const files = requested(frame);
    const own = files.every((path) => path.startsWith('/dist/') || path.startsWith('/__web-dev-server'));
    expect(own, files.join('\n')).to.equal(true);
    // The members come as a module of the library (the map's data chunk), nothing else.
    const data = files.filter((path) => path.includes('/data/'));
    expect(data.length, data.join('\n')).to.equal(1);
    expect(data[0]).to.match(/^\/dist\/chunks\/data\/members-[\w-]+\.js$/);
    const origins = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
    expect(new Set(origins)).to.deep.equal(new Set([location.origin]));
  });
});
