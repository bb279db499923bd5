import { expect, fixture, html } from '@open-wc/testing';
import '../src/ccin-elements.js';
import { bundledData } from '../src/shared/data/bundled.js';
import { memberIdsOnMap } from './helpers/map.js';
import { until, shadowText } from './helpers/util.js';

describe('ccin-elements (smoke)', () => {
  it('defines all five elements', () => {
    for (const tag of ['ccin-provider', 'ccin-principle-badge', 'ccin-case-study', 'ccin-case-study-list', 'ccin-member-map']) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('renders a badge, a case study and the map from the data', async () => {
    const el = await fixture(html`<div>
      <ccin-principle-badge principle="co-production"></ccin-principle-badge>
      <ccin-case-study case-id="rochdale-cost-of-living-crisis"></ccin-case-study>
      <ccin-member-map></ccin-member-map>
    </div>`);
    const badge = el.querySelector('ccin-principle-badge')!;
    await until(() => shadowText(badge).includes('Co-production'), 'badge');
    const study = el.querySelector('ccin-case-study')!;
    await until(() => study.shadowRoot?.querySelector('h2'), 'case study title');
    expect(study.shadowRoot!.querySelector('h2')!.textContent).to.contain('Tackling the Cost of Living Crisis in Rochdale');
    const map = el.querySelector('ccin-member-map')!;
    const located = (await bundledData.members()).members.filter((member) => member.location).map((member) => member.id);
    // Below the article, the map lays out its markers once it comes near the viewport, as when a
    // reader scrolls to it (whether it was near before the article pushed it down is a race).
    map.scrollIntoView();
    await until(() => memberIdsOnMap(map).length, 'markers');
    expect(memberIdsOnMap(map).sort()).to.deep.equal(located.sort());
  });
});
