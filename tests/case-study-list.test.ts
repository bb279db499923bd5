import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/case-study-list/case-study-list.js';
import '../src/provider/provider.js';
import type { CcinCaseStudyList } from '../src/case-study-list/case-study-list.js';
import { bundledData } from '../src/shared/data/bundled.js';
import type { CaseStudySummary } from '../src/shared/data/types.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { captureWarnings, until } from './helpers/util.js';

let index: CaseStudySummary[];
before(async () => {
  index = await bundledData.caseStudyIndex();
});

async function list(markup: ReturnType<typeof html>): Promise<CcinCaseStudyList> {
  const root = await fixture<HTMLElement>(markup);
  const el = (root.matches('ccin-case-study-list') ? root : root.querySelector('ccin-case-study-list')!) as CcinCaseStudyList;
  await until(() => el.shadowRoot?.querySelector('[part="count"]'), 'list rendered');
  return el;
}

const shownIds = (el: CcinCaseStudyList) =>
  [...el.shadowRoot!.querySelectorAll('[part="results"] ccin-case-study')].map((c) => c.getAttribute('case-id')!);

describe('<ccin-case-study-list>', () => {
  it('shows every case study as a card, and counts them', async () => {
    const el = await list(html`<ccin-case-study-list></ccin-case-study-list>`);
    expect(shownIds(el)).to.deep.equal(index.map((s) => s.id));
    expect(shownIds(el).length).to.equal(55);
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('55 case studies');
    const cards = [...el.shadowRoot!.querySelectorAll('ccin-case-study')];
    expect(cards.every((c) => c.getAttribute('variant') === 'card' && c.getAttribute('heading-level') === '3')).to.equal(true);
    // The cards render from the index the list loaded (no other data file).
    await until(() => cards.every((c) => c.shadowRoot?.querySelector('[part="title"]')), 'cards rendered');
  });

  it('gives exactly the matching case studies for each preset filter', async () => {
    const byTheme = await list(html`<ccin-case-study-list theme="Poverty"></ccin-case-study-list>`);
    expect(shownIds(byTheme)).to.deep.equal(index.filter((s) => s.theme === 'Poverty').map((s) => s.id));
    expect(shownIds(byTheme).length).to.equal(6);

    const byPrinciple = await list(html`<ccin-case-study-list principle="co-production"></ccin-case-study-list>`);
    expect(shownIds(byPrinciple)).to.deep.equal(index.filter((s) => s.principles.includes('co-production')).map((s) => s.id));
    expect(shownIds(byPrinciple).sort()).to.deep.equal(['co-operation-at-the-grassroots', 'hackney-supporting-residents-in-financial-crisis', 'sunderland-southwick-partnership']);

    const byMember = await list(html`<ccin-case-study-list organisation="birmingham-city-council"></ccin-case-study-list>`);
    expect(shownIds(byMember).sort()).to.deep.equal([
      'active-wellbeing-society-share-shacks',
      'birmingham-community-economic-development-plans',
      'trueman-change-birmingham-focus-groups',
    ]);
    const byName = await list(html`<ccin-case-study-list organisation="Hounslow Partnership"></ccin-case-study-list>`);
    expect(shownIds(byName)).to.deep.equal(['beartas-hounslow-partnership-communications']);

    const affiliates = await list(html`<ccin-case-study-list tier="affiliate"></ccin-case-study-list>`);
    expect(shownIds(affiliates).length).to.equal(16);
    const associates = await list(html`<ccin-case-study-list tier="associate"></ccin-case-study-list>`);
    expect(shownIds(associates)).to.deep.equal(['burntwood-warmer-welcome']);

    const combined = await list(html`<ccin-case-study-list theme="Community" tier="member"></ccin-case-study-list>`);
    expect(shownIds(combined)).to.deep.equal(
      index.filter((s) => s.theme === 'Community' && s.organisations.some((o) => o.role === 'lead' && o.tier === 'member')).map((s) => s.id),
    );
  });

  it('searches titles and standfirsts as the reader types, and announces the count', async () => {
    const el = await list(html`<ccin-case-study-list></ccin-case-study-list>`);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const events: number[] = [];
    el.addEventListener('ccin-filter-change', (e) => events.push((e as CustomEvent).detail.count));
    search.focus();
    await sendKeys({ type: 'warm spaces' });
    await el.updateComplete;
    const expected = index
      .filter((s) => `${s.title} ${s.summary ?? s.excerpt ?? ''}`.toLowerCase().includes('warm') && `${s.title} ${s.summary ?? s.excerpt ?? ''}`.toLowerCase().includes('spaces'))
      .map((s) => s.id);
    expect(expected.length).to.be.greaterThan(0);
    expect(shownIds(el)).to.deep.equal(expected);
    const count = el.shadowRoot!.querySelector('[part="count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent).to.equal(`${expected.length} of 55 case studies`);
    await until(() => events.length, 'filter event');
    expect(events[events.length - 1]).to.equal(expected.length);
  });

  it('is operable with the keyboard: choose a filter with the arrow keys, clear them with a button', async () => {
    const el = await list(html`<ccin-case-study-list></ccin-case-study-list>`);
    const theme = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="theme"]')!;
    theme.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const first = [...theme.options][1]!.value;
    expect(theme.value).to.equal(first);
    expect(el.theme).to.equal(first);
    expect(shownIds(el)).to.deep.equal(index.filter((s) => s.theme === first).map((s) => s.id));
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('.filters .button')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(55);
  });

  it('explains an empty result and offers to clear the filters', async () => {
    const warnings = captureWarnings();
    try {
      const el = await list(html`<ccin-case-study-list theme="Housing" principle="innovation"></ccin-case-study-list>`);
      expect(shownIds(el)).to.deep.equal([]);
      const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
      expect(empty.textContent).to.contain('No case study matches these filters.').and.contain('Try fewer filters');
      empty.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(shownIds(el).length).to.equal(55);

      const typo = await list(html`<ccin-case-study-list theme="Povrety"></ccin-case-study-list>`);
      expect(shownIds(typo)).to.deep.equal([]);
      expect(typo.shadowRoot!.querySelector<HTMLSelectElement>('select[name="theme"]')!.selectedOptions[0]!.textContent).to.equal('Povrety (not in the data)');
      expect(warnings.messages.some((m) => m.includes('theme="Povrety"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('links cards through its href or a provider’s URL template', async () => {
    const el = await list(html`<ccin-case-study-list theme="Housing" href="/case-studies/{id}"></ccin-case-study-list>`);
    const card = el.shadowRoot!.querySelector('ccin-case-study')!;
    const link = await until(() => card.shadowRoot?.querySelector<HTMLAnchorElement>('[part="title"] a'), 'card link');
    expect(link.href).to.equal(new URL('/case-studies/liverpool-community-led-housing', location.href).href);

    const provided = await list(html`<ccin-provider case-study-href="https://council.example/cs/{id}"><ccin-case-study-list theme="Housing"></ccin-case-study-list></ccin-provider>`);
    const providedCard = provided.shadowRoot!.querySelector('ccin-case-study')!;
    const providedLink = await until(() => providedCard.shadowRoot?.querySelector<HTMLAnchorElement>('[part="title"] a'), 'provided link');
    expect(providedLink.href).to.equal('https://council.example/cs/liverpool-community-led-housing');
  });

  it('loads only the case-study index, not the case studies', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await list(html`<ccin-case-study-list theme="Jobs"></ccin-case-study-list>`);
    const card = el.shadowRoot!.querySelector('ccin-case-study')!;
    await until(() => card.shadowRoot?.querySelector('[part="title"]'), 'card');
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.includes('/data/'));
    expect(fetched.filter((path) => path.includes('/case-studies/'))).to.deep.equal([]);
  });

  it('passes axe (WCAG 2.2 AA) with results and when empty', async () => {
    const el = await list(html`<main><ccin-case-study-list theme="Finance"></ccin-case-study-list></main>`);
    await until(() => [...el.shadowRoot!.querySelectorAll('ccin-case-study')].every((c) => c.shadowRoot?.querySelector('[part="title"]')), 'cards');
    await expectNoAxeViolations(el);
    el.search = 'nothing matches this';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
