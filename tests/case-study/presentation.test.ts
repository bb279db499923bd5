import { expect, fixture, html } from '@open-wc/testing';
import '../../src/case-study/case-study.js';
import type { CcinCaseStudy } from '../../src/case-study/case-study.js';
import { bundledData } from '../../src/shared/data/bundled.js';
import type { CaseStudy, CaseStudySummary } from '../../src/shared/data/types.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { caseStudy } from '../helpers/case-study.js';
import { emulateMediaFeatures, emulateMediaType, until } from '../helpers/util.js';

/**
 * <ccin-case-study>: how it reads. axe (WCAG 2.2 AA) on a sample that includes the longest case
 * study, full and as a card; a 320 px column and container queries for wider ones; print; the
 * page's color-scheme and the reader's preference.
 */

let index: CaseStudySummary[];
before(async () => {
  index = await bundledData.caseStudyIndex();
});

describe('<ccin-case-study>', () => {
  it('passes axe (WCAG 2.2 AA) on a sample that includes the longest case study, full and card', async () => {
    const studies = await Promise.all(index.map((entry) => bundledData.caseStudy(entry.id)));
    const size = (s: CaseStudy) => JSON.stringify(s.body).length;
    const longest = studies.reduce((a, b) => (size(a) >= size(b) ? a : b));
    const sample = [longest.id, 'trafford-community-collective', 'hackney-supporting-residents-in-financial-crisis', 'active-wellbeing-society-share-shacks', 'co-operation-at-the-grassroots', 'sunderland-southwick-partnership'];
    for (const id of sample) {
      const el = await caseStudy(html`<main><ccin-case-study case-id=${id}></ccin-case-study></main>`);
      await expectNoAxeViolations(el);
      const card = await caseStudy(html`<main><ccin-case-study case-id=${id} variant="card" href="/cs/{id}"></ccin-case-study></main>`);
      await expectNoAxeViolations(card);
    }
  });

  it('fits a 320 px column without sideways scrolling, and uses container queries for wider ones', async () => {
    const narrow = await fixture<HTMLElement>(html`<div style="width: 320px"><ccin-case-study case-id="salford-women-have-their-say"></ccin-case-study></div>`);
    const el = narrow.querySelector<CcinCaseStudy>('ccin-case-study')!;
    await until(() => el.shadowRoot!.querySelector('[part="title"]'), 'narrow');
    const article = el.shadowRoot!.querySelector<HTMLElement>('[part="article"]')!;
    expect(article.scrollWidth).to.be.at.most(320);
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('p, a, li, h2, h3')) {
      expect(node.getBoundingClientRect().right, node.textContent!.slice(0, 30)).to.be.at.most(narrow.getBoundingClientRect().right + 1);
    }
    const narrowTitle = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part="title"]')!).fontSize);
    const wide = await fixture<HTMLElement>(html`<div style="width: 900px"><ccin-case-study case-id="salford-women-have-their-say"></ccin-case-study></div>`);
    const wideEl = wide.querySelector<CcinCaseStudy>('ccin-case-study')!;
    await until(() => wideEl.shadowRoot!.querySelector('[part="title"]'), 'wide');
    const wideTitle = parseFloat(getComputedStyle(wideEl.shadowRoot!.querySelector('[part="title"]')!).fontSize);
    expect(wideTitle).to.be.greaterThan(narrowTitle);
    // Readable line length: the body stays within 40em however wide the page.
    const body = wideEl.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
    expect(body.getBoundingClientRect().width).to.be.at.most(40 * parseFloat(getComputedStyle(body).fontSize) + 1);
  });

  it('prints link targets and contacts', async () => {
    const el = await caseStudy(html`<ccin-case-study case-id="lewisham-high-street-headcount"></ccin-case-study>`);
    await emulateMediaType('print');
    try {
      const link = el.shadowRoot!.querySelector('[part="body"] a[href^="https:"]')!;
      expect(getComputedStyle(link, '::after').content).to.contain('https://lewisham.gov.uk/highstreetsstudy');
      const contact = el.shadowRoot!.querySelector<HTMLElement>('[part="contacts"]')!;
      expect(getComputedStyle(contact).display).to.not.equal('none');
      expect(contact.textContent).to.contain('john.bennett1@lewisham.gov.uk');
    } finally {
      await emulateMediaType(null);
    }
  });

  it('follows the page’s color-scheme, or the reader’s preference with color-scheme="auto"', async () => {
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    try {
      // A page that declares nothing stays light, whatever the reader's setting…
      const plain = await caseStudy(html`<ccin-case-study case-id="torbay-better-masterplans"></ccin-case-study>`);
      expect(getComputedStyle(plain.shadowRoot!.querySelector('[part="title"]')!).color).to.equal('rgb(11, 12, 12)');
      expect(getComputedStyle(plain).backgroundColor).to.equal('rgb(255, 255, 255)');
      // …"auto" follows the reader…
      const auto = await caseStudy(html`<ccin-case-study case-id="torbay-better-masterplans" color-scheme="auto"></ccin-case-study>`);
      expect(getComputedStyle(auto.shadowRoot!.querySelector('[part="title"]')!).color).to.equal('rgb(243, 242, 241)');
      expect(getComputedStyle(auto).backgroundColor).to.equal('rgb(22, 24, 25)');
      await expectNoAxeViolations(auto);
      // …and a page that declares color-scheme: dark gets the dark colours with no attribute.
      const dark = await caseStudy(html`<div style="color-scheme: dark"><ccin-case-study case-id="torbay-better-masterplans"></ccin-case-study></div>`);
      const inDark = dark.querySelector('ccin-case-study')!;
      expect(getComputedStyle(inDark).backgroundColor).to.equal('rgb(22, 24, 25)');
      await expectNoAxeViolations(dark);
    } finally {
      await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }
  });

});
