import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/member-map/member-map.js';
import type { CcinMemberMap } from '../src/member-map/member-map.component.js';
import { mapFit } from '../src/member-map/basemap.generated.js';
import { nearestInDirection } from '../src/member-map/keyboard.js';
import { project } from '../src/member-map/projection.js';
import type { Member } from '../src/shared/data/types.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { bundledMembers, markers, memberIdsOnMap, memberMap } from './helpers/map.js';
import { captureWarnings, until } from './helpers/util.js';

let members: Member[];
let located: Member[];
before(async () => ({ members, located } = await bundledMembers()));

const translation = (marker: Element) => /translate\(([-\d.]+) ([-\d.]+)\)/.exec(marker.getAttribute('transform')!)!.slice(1).map(Number) as [number, number];
const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
};
const membersOf = (marker: Element) => (marker.getAttribute('data-members') ?? marker.getAttribute('data-member')!).split(' ');
const placeOf = (member: Member) => project(member.location!.lon, member.location!.lat, mapFit);

describe('<ccin-member-map>', () => {
  it('shows every member and associate with a place once, each marker at a member’s own place', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    expect(memberIdsOnMap(el).sort()).to.deep.equal(located.map((m) => m.id).sort());
    for (const marker of markers(el)) {
      // A group is drawn where one of its members is (its key names that member).
      const anchorId = marker.dataset.key!.replace(/^group:/, '');
      expect(membersOf(marker)).to.include(anchorId);
      const [x, y] = placeOf(members.find((m) => m.id === anchorId)!);
      const [tx, ty] = translation(marker);
      expect(Math.hypot(tx - x, ty - y), anchorId).to.be.below(0.01);
    }
    const map = el.shadowRoot!.querySelector('svg.map')!;
    expect(el.shadowRoot!.getElementById(map.getAttribute('aria-labelledby')!)!.textContent).to.equal('Map of the CCIN members and associates');
    const summary = el.shadowRoot!.getElementById(map.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(summary.textContent).to.contain(`${located.length} members and associates are on the map`);
  });

  it('names every marker: a member by name and tier, a group by its size and place, shapes apart from colour', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    for (const marker of markers(el)) {
      const ids = membersOf(marker);
      const anchor = members.find((m) => m.id === marker.dataset.key!.replace(/^group:/, ''))!;
      const label = marker.getAttribute('aria-label');
      expect(marker.getAttribute('role')).to.equal('button');
      if (ids.length === 1) {
        expect(label).to.equal(`${anchor.name}, ${anchor.tier}`);
        expect(marker.getAttribute('aria-pressed')).to.equal('false');
      } else {
        expect(label).to.equal(`${ids.length} organisations near ${anchor.location!.areaName}`);
        expect(marker.getAttribute('aria-expanded')).to.equal('false');
        expect(marker.querySelector('.count')!.textContent).to.equal(String(ids.length));
      }
    }
    expect(el.shadowRoot!.querySelector('.marker.member .shape')?.tagName ?? 'circle').to.equal('circle');
    expect(el.shadowRoot!.querySelector('.marker.associate .shape')!.tagName).to.equal('rect');
  });

  for (const width of [320, 400, 1000]) {
    it(`keeps every marker 24 px across and 24 px apart at ${width} px`, async () => {
      const el = await memberMap(html`<div style="width: ${width}px"><ccin-member-map></ccin-member-map></div>`);
      const centres = markers(el).map((marker) => {
        const box = marker.querySelector('.hit')!.getBoundingClientRect();
        expect(box.width).to.be.closeTo(24, 0.6);
        return centre(marker.querySelector('.hit')!);
      });
      for (let i = 0; i < centres.length; i++) {
        for (let j = i + 1; j < centres.length; j++) {
          expect(Math.hypot(centres[i]![0] - centres[j]![0], centres[i]![1] - centres[j]![1])).to.be.at.least(24);
        }
      }
      expect(memberIdsOnMap(el).length).to.equal(located.length);
    });
  }

  it('draws no marker in the sea or on Ireland, and the highlighted member at its own place', async () => {
    const el = await memberMap(html`<ccin-member-map highlight="rochdale-council"></ccin-member-map>`);
    const [ireland, uk] = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.land')];
    // Every member's place is on the land of the United Kingdom, so wherever a marker is drawn, it is too.
    for (const member of located) {
      const [x, y] = placeOf(member);
      expect(uk!.isPointInFill(new DOMPoint(x, y)), `${member.name} on land`).to.equal(true);
      expect(ireland!.isPointInFill(new DOMPoint(x, y)), `${member.name} not on Ireland`).to.equal(false);
    }
    const highlighted = el.shadowRoot!.querySelector<SVGGElement>('.marker.highlighted')!;
    expect(membersOf(highlighted)).to.include('rochdale-council');
    const [x, y] = placeOf(members.find((m) => m.id === 'rochdale-council')!);
    const [tx, ty] = translation(highlighted);
    expect(Math.hypot(tx - x, ty - y)).to.be.below(0.01);
    expect(highlighted.getAttribute('aria-label')).to.contain('highlighted');
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Highlighted: Rochdale Council');
  });

  it('is one tab stop; arrows move to the nearest marker that way; Enter opens a member or a group; Escape goes back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Before</button><ccin-member-map></ccin-member-map></div>`);
    const el = wrapper.querySelector<CcinMemberMap>('ccin-member-map')!;
    await until(() => el.shadowRoot?.querySelector('.marker'), 'markers');
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    const tabStop = markers(el).find((m) => m.getAttribute('tabindex') === '0')!;
    tabStop.focus();
    const events: { id: string; name: string }[] = [];
    el.addEventListener('ccin-member-select', (e) => events.push(e.detail));

    // Walk the markers with the arrows until one is a single member, then one is a group.
    const seen: SVGGElement[] = [];
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'End', 'Home']) {
      await sendKeys({ press: key });
      seen.push(el.shadowRoot!.activeElement as SVGGElement);
    }
    expect(new Set(seen).size).to.be.greaterThan(3);
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.deep.equal([el.shadowRoot!.activeElement]);

    const single = markers(el).find((m) => !m.dataset.members)!;
    single.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const member = members.find((m) => m.id === single.dataset.member)!;
    expect(events).to.deep.equal([{ id: member.id, name: member.name }]);
    expect(el.shadowRoot!.querySelector('[part="details"] .details-heading')!.textContent).to.equal(member.name);
    expect(single.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(single);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);

    const group = markers(el).find((m) => m.dataset.members)!;
    group.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.closest('[part="details"]'), 'focus in the group’s list');
    expect(group.getAttribute('aria-expanded')).to.equal('true');
    const choices = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="details"] .choices button')];
    expect(choices.map((b) => b.dataset.member)).to.deep.equal(membersOf(group));
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.classList.contains('details-heading'), 'focus on the chosen member’s details');
    expect(events.at(-1)!.id).to.equal(choices[0]!.dataset.member);
    await sendKeys({ press: 'Escape' });
    await until(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector(`[data-key="${group.dataset.key}"]`), 'back on the group');
  });

  it('lets the keyboard reach every marker', async () => {
    const el = await memberMap(html`<div style="width: 600px"><ccin-member-map></ccin-member-map></div>`);
    const points = markers(el).map((marker) => {
      const [x, y] = centre(marker);
      return { key: marker.dataset.key!, x, y };
    });
    const seen = new Set([points[0]!.key]);
    const queue = [points[0]!];
    while (queue.length) {
      const current = queue.shift()!;
      for (const direction of [[1, 0], [-1, 0], [0, 1], [0, -1]] as [number, number][]) {
        const next = nearestInDirection(current, points, direction);
        if (next && !seen.has(next.key)) {
          seen.add(next.key);
          queue.push(next);
        }
      }
    }
    expect(seen.size).to.equal(points.length);
  });

  it('shows the name beside a hovered or focused marker, and the keyboard hint on focus, without drawing the markers again', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!.querySelector('g.markers')!, { subtree: true, childList: true, attributes: true, characterData: true });
    const label = () => el.shadowRoot!.querySelector('.label text');
    const marker = markers(el).find((m) => !m.dataset.members)!;
    const [x, y] = centre(marker);
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await until(() => label(), 'label on hover');
    const name = members.find((m) => m.id === marker.dataset.member)!.name;
    expect(label()!.textContent).to.equal(name);
    const box = label()!.getBoundingClientRect();
    const gap = Math.max(box.left - x, x - box.right, box.top - y, y - box.bottom, 0);
    expect(gap).to.be.below(40);
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => !label(), 'label gone');

    const hint = el.shadowRoot!.querySelector<HTMLElement>('.hint')!;
    expect(hint.hidden).to.equal(true);
    markers(el).find((m) => m.getAttribute('tabindex') === '0')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(label()!.textContent).to.not.equal('');
    expect(hint.hidden).to.equal(false);
    expect(hint.textContent).to.contain('Arrow keys');
    observer.disconnect();
    // Only the roving tab stop changed: no marker was rebuilt or redrawn.
    expect(changes.filter((c) => !(c.type === 'attributes' && c.attributeName === 'tabindex'))).to.deep.equal([]);
  });

  it('finds an organisation by typing: "Rochdale", ArrowDown, Enter selects Rochdale Council', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    const events: { id: string; name: string }[] = [];
    el.addEventListener('ccin-member-select', (e) => events.push(e.detail));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Find an organisation');
    input.focus();
    await sendKeys({ type: 'Rochdale' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.textContent!.trim()).to.equal('Rochdale Council');
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.classList.contains('details-heading'), 'focus on the details');
    expect(events).to.deep.equal([{ id: 'rochdale-council', name: 'Rochdale Council' }]);
    expect(el.selected).to.equal('rochdale-council');
    expect(el.shadowRoot!.querySelector('.marker.selected')!.getAttribute('data-members') ?? '').to.contain('rochdale-council');
  });

  it('keeps the organisations without a place behind a disclosure; choosing one brings its details into view, next in the tab order', async () => {
    const el = await memberMap(html`<ccin-member-map></ccin-member-map>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.not-on-map .disclosure')!;
    const notOnMap = members.filter((m) => !m.location);
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Not on the map (${notOnMap.length})`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(false);
    const affiliate = notOnMap.find((m) => m.tier === 'affiliate')!;
    const button = panel.querySelector<HTMLButtonElement>(`[data-member="${affiliate.id}"]`)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.classList.contains('details-heading'), 'focus on the details');
    const heading = el.shadowRoot!.activeElement!;
    expect(heading.textContent).to.equal(affiliate.name);
    const box = heading.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    expect(el.shadowRoot!.querySelector('[part="details"]')!.textContent).to.contain(affiliate.locationNote ?? '');
    await sendKeys({ press: 'Escape' });
    await until(() => el.shadowRoot!.activeElement === button, 'focus back on the list');
  });

  it('shows a member’s case studies as links from case-study-href, or as cards given their summary', async () => {
    const linked = await memberMap(html`<ccin-member-map case-study-href="/case-studies/{id}" selected="rochdale-council"></ccin-member-map>`);
    const rochdale = members.find((m) => m.id === 'rochdale-council')!;
    const links = [...linked.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="details"] a')];
    expect(links.map((a) => a.href).sort()).to.deep.equal(rochdale.caseStudies.map((s) => new URL(`/case-studies/${s.id}`, location.href).href).sort());

    const burntwood = members.find((m) => m.id === 'burntwood-town-council')!;
    const el = await memberMap(html`<ccin-member-map selected="burntwood-town-council"></ccin-member-map>`);
    const cards = await until(() => {
      const found = [...el.shadowRoot!.querySelectorAll('[part="details"] ccin-case-study')];
      return found.length && found.every((c) => c.shadowRoot?.querySelector('[part="title"]')) ? found : undefined;
    }, 'cards');
    expect(cards.map((c) => c.getAttribute('case-id')).sort()).to.deep.equal(burntwood.caseStudies.map((s) => s.id).sort());
  });

  it('lists every organisation by tier in the list view, in either order', async () => {
    const el = await memberMap(html`<ccin-member-map view="list"></ccin-member-map>`);
    const names = [...el.shadowRoot!.querySelectorAll('.member-name')].map((n) => n.textContent);
    expect(new Set(names)).to.deep.equal(new Set(members.map((m) => m.name)));
    const groups = [...el.shadowRoot!.querySelectorAll('.tier-group')].map((g) => g.querySelector('.group-heading')!.textContent);
    const tiers = ['member', 'associate', 'affiliate'] as const;
    const plural = { member: 'Members', associate: 'Associates', affiliate: 'Affiliates' };
    expect(groups).to.deep.equal(tiers.map((tier) => `${plural[tier]} (${members.filter((m) => m.tier === tier).length})`));
    const byName = members.filter((m) => m.tier === 'member').map((m) => m.name).sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true }));
    const firstMember = () => el.shadowRoot!.querySelector('.tier-group .member-name')!.textContent;
    expect(firstMember()).to.equal(byName[0]);
    const order = el.shadowRoot!.querySelector<HTMLSelectElement>('select.order')!;
    order.value = 'desc';
    order.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(firstMember()).to.equal(byName.at(-1));
  });

  it('warns once about an unknown highlight, selection or tier', async () => {
    const warnings = captureWarnings();
    try {
      await memberMap(html`<ccin-member-map highlight="nowhere-council" selected="no-one" tiers="everyone"></ccin-member-map>`);
      for (const text of ['highlight="nowhere-council"', 'selected="no-one"', 'unknown tier(s) everyone']) {
        expect(warnings.messages.filter((m) => m.includes(text)).length, text).to.equal(1);
      }
    } finally {
      warnings.restore();
    }
  });

  it('passes axe (WCAG 2.2 AA) with a group open, with details open, and in the list view', async () => {
    const el = await memberMap(html`<main><ccin-member-map highlight="rochdale-council" selected="rochdale-council" case-study-href="/cs/{id}"></ccin-member-map></main>`);
    await expectNoAxeViolations(el);
    const group = markers(el).find((m) => m.dataset.members)!;
    group.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await expectNoAxeViolations(el);
    el.view = 'list';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
