import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/member-map/member-map.js';
import type { CcinMemberMap } from '../src/member-map/member-map.component.js';
import type { Member } from '../src/shared/data/types.js';
import type { CcinSettings } from '../src/shared/settings.js';
import { bundledMembers, markers, memberIdsOnMap } from './helpers/map.js';
import { counting, failsOnce, heldBack, withSettings } from './fixtures/data-sources.js';
import { captureWarnings, until } from './helpers/util.js';

// The map's loading life: drawn while its members load, moved in the page before or after, a
// source that fails once. (Its reading, keyboard and search are in member-map.test.ts.)

let members: Member[];
let located: Member[];
before(async () => ({ members, located } = await bundledMembers()));


/** A map in the page, its members from `data` (the caller removes `host`). */
function mapInPage(data: CcinSettings['data']) {
  const host = withSettings({ data }, html`<ccin-member-map></ccin-member-map>`);
  document.body.append(host);
  return { host, el: host.querySelector<CcinMemberMap>('ccin-member-map')! };
}

describe('<ccin-member-map> while and after it loads', () => {
  it('draws every located member when it was moved in the page before it was scrolled to', async () => {
    // Below the fold: the markers wait until the map comes near the viewport.
    const page = await fixture<HTMLElement>(html`<div><div style="height: 3000px"></div><ccin-member-map></ccin-member-map></div>`);
    const el = page.querySelector<CcinMemberMap>('ccin-member-map')!;
    await until(() => el.shadowRoot?.querySelector('svg.map'), 'map drawn, markers not yet');
    expect(memberIdsOnMap(el)).to.deep.equal([]);
    // Moved (as a CMS or an app moves content) while still out of sight, then scrolled to.
    const elsewhere = document.createElement('div');
    elsewhere.style.marginTop = '3000px';
    document.body.append(elsewhere);
    try {
      elsewhere.append(el);
      el.scrollIntoView();
      await until(() => memberIdsOnMap(el).length === located.filter((m) => m.tier !== 'affiliate').length, 'every located member drawn');
      expect(new Set(memberIdsOnMap(el))).to.deep.equal(new Set(located.filter((m) => m.tier !== 'affiliate').map((m) => m.id)));
    } finally {
      elsewhere.remove();
    }
  });

  it('draws its markers, at their drawn size, in the first frame after the members arrive', async () => {
    const data = heldBack();
    const { host, el } = mapInPage(data);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    try {
      // On screen and laid out while the data is on its way (as with a provider's file).
      await frame();
      await frame();
      const loaded = new Promise((resolve) => el.addEventListener('ccin-member-map-load', resolve, { once: true }));
      data.release();
      await loaded;
      await frame();
      const hit = el.shadowRoot!.querySelector('.marker .hit');
      expect(hit, 'a marker by the next frame').to.not.equal(null);
      expect(hit!.getBoundingClientRect().width).to.be.closeTo(24, 0.6);
    } finally {
      host.remove();
    }
  });

  it('draws the map while the members load (its land, its key, "Loading", a search box that takes typing), and it does not move when they come', async () => {
    const data = heldBack();
    const { host, el } = mapInPage(data);
    try {
      const map = await until(() => el.shadowRoot?.querySelector<SVGSVGElement>('svg.map'), 'the map while loading');
      await until(() => el.shadowRoot!.querySelector('[part~="land"]'), 'its land');
      const status = el.shadowRoot!.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('Loading…');
      expect(markers(el), 'no markers yet').to.have.length(0);
      const before = map.getBoundingClientRect();
      expect(before.height, 'drawn at its size').to.be.greaterThan(200);
      // The key is there already, with the numbered group most maps have, "Loading" under it.
      const legend = el.shadowRoot!.querySelector('[part="legend"]')!;
      expect(legend.textContent!.replace(/\s+/g, ' ')).to.contain('Key').and.contain('Member').and.contain('Associate').and.contain('the number says how many');
      expect(legend.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING, '"Loading" after the key').to.not.equal(0);
      const legendBefore = legend.getBoundingClientRect();
      // Typed before the members arrive: no "no match" yet; the suggestions come with them.
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      input.focus();
      await sendKeys({ type: 'Rochdale' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.querySelector('.search [role="status"]')!.textContent!.trim()).to.equal('');
      data.release();
      await until(() => markers(el).length > 0, 'markers');
      expect(el.shadowRoot!.querySelector('svg.map'), 'the same map, not drawn again').to.equal(map);
      const after = map.getBoundingClientRect();
      expect([after.x, after.y, after.width, after.height]).to.deep.equal([before.x, before.y, before.width, before.height]);
      const legendAfter = el.shadowRoot!.querySelector('[part="legend"]')!.getBoundingClientRect();
      expect([legendAfter.x, legendAfter.y], 'the key stays where it was').to.deep.equal([legendBefore.x, legendBefore.y]);
      expect(el.shadowRoot!.querySelector('[part="status"]'), 'no "Loading" once loaded').to.equal(null);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.querySelector('.search-options [role="option"]')!.textContent!.trim()).to.equal('Rochdale Council');
    } finally {
      host.remove();
    }
  });

  it('moved after loading, neither loads again nor shows "Loading"; fires its load event once', async () => {
    const data = counting();
    const loads: number[] = [];
    const host = withSettings({ data }, html`<ccin-member-map></ccin-member-map>`);
    host.addEventListener('ccin-member-map-load', (event) => loads.push(event.detail.members));
    document.body.append(host);
    const el = host.querySelector<CcinMemberMap>('ccin-member-map')!;
    try {
      await until(() => el.shadowRoot?.querySelector('.marker'), 'markers');
      expect(loads).to.deep.equal([members.length]);
      // Moved inside the same provider (a CMS rearranging a region).
      const region = document.createElement('section');
      host.append(region);
      region.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.loading'), 'no loading state').to.equal(null);
      expect(el.shadowRoot!.querySelector('.marker'), 'still drawn').to.not.equal(null);
      expect(data.calls.members).to.equal(1);
      expect(loads).to.have.length(1);
    } finally {
      host.remove();
    }
  });

  it('fires its error event when the members cannot be loaded, and its load event after "Try again"', async () => {
    const data = failsOnce();
    const events: string[] = [];
    const warnings = captureWarnings();
    const host = withSettings({ data }, html`<ccin-member-map></ccin-member-map>`);
    for (const type of ['ccin-member-map-load', 'ccin-member-map-error'] as const) {
      host.addEventListener(type, (event) => events.push(`${type} ${JSON.stringify(event.detail)}`));
    }
    document.body.append(host);
    try {
      const el = host.querySelector<CcinMemberMap>('ccin-member-map')!;
      const retry = await until(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry"], .retry, button'), 'retry button');
      expect(events).to.deep.equal(['ccin-member-map-error {"reason":"network"}']);
      retry.click();
      await until(() => el.shadowRoot!.querySelector('.marker'), 'markers after retry');
      expect(events).to.deep.equal(['ccin-member-map-error {"reason":"network"}', `ccin-member-map-load {"members":${members.length}}`]);
    } finally {
      warnings.restore();
      host.remove();
    }
  });
});
