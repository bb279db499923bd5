import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/case-study-list/case-study-list.js';
import '../src/provider/provider.js';
import type { CcinCaseStudyList } from '../src/case-study-list/case-study-list.js';
import { bundledData } from '../src/shared/data/bundled.js';
import type { CaseStudySummary } from '../src/shared/data/types.js';
import { counting, failsOnce, withSettings } from './fixtures/data-sources.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { captureWarnings, until } from './helpers/util.js';

let index: CaseStudySummary[];
before(async () => {
  index = await bundledData.caseStudyIndex();
});

const pageSize = 24;
const byTitle = (a: CaseStudySummary, b: CaseStudySummary) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base', numeric: true });
/** The ids a list should show first: the matching case studies by title, one page of them. */
const firstPage = (matching: CaseStudySummary[]) => [...matching].sort(byTitle).slice(0, pageSize).map((s) => s.id);

async function list(markup: ReturnType<typeof html>): Promise<CcinCaseStudyList> {
  const root = await fixture<HTMLElement>(markup);
  const el = (root.matches('ccin-case-study-list') ? root : root.querySelector('ccin-case-study-list')!) as CcinCaseStudyList;
  await until(() => el.shadowRoot?.querySelector('[part="count"]'), 'list rendered');
  return el;
}

const cards = (el: CcinCaseStudyList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="results"] ccin-case-study')];
const shownIds = (el: CcinCaseStudyList) => cards(el).map((c) => c.getAttribute('case-id')!);
const count = (el: CcinCaseStudyList) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<ccin-case-study-list>', () => {
  it('shows the first page of cards by title, at once, and "Show more" reaches every case study', async () => {
    const el = await list(html`<ccin-case-study-list></ccin-case-study-list>`);
    expect(shownIds(el)).to.deep.equal(firstPage(index));
    expect(cards(el).length).to.be.at.most(pageSize);
    expect(count(el)).to.equal(`Showing ${pageSize} of ${index.length} case studies`);
    expect(cards(el).every((c) => c.getAttribute('variant') === 'card' && c.getAttribute('heading-level') === '3')).to.equal(true);
    // Cards are given their summary: none shows a loading state, not even for a moment.
    await Promise.all(cards(el).map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(cards(el).every((c) => c.shadowRoot!.querySelector('[part="title"]') && !c.shadowRoot!.querySelector('.loading'))).to.equal(true);

    // Show more, until everything is shown; focus goes to the first new card.
    while (el.shadowRoot!.querySelector('[part="more"]')) {
      const before = cards(el).length;
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => cards(el).length > before, 'more cards');
      const firstNew = cards(el)[before]!;
      await until(() => firstNew.shadowRoot?.activeElement, 'focus on the first new card');
      expect(firstNew.shadowRoot!.activeElement!.closest('[part~="title"]')).to.exist;
    }
    expect(new Set(shownIds(el))).to.deep.equal(new Set(index.map((s) => s.id)));
    expect(count(el)).to.equal(`${index.length} case studies`);
  });

  it('asks the data for the index once for all its cards, and fires its load event', async () => {
    const data = counting();
    const loads: number[] = [];
    const host = withSettings({ data }, html`<ccin-case-study-list></ccin-case-study-list>`);
    host.addEventListener('ccin-case-study-list-load', (e) => loads.push(e.detail.count));
    document.body.append(host);
    try {
      const el = host.querySelector<CcinCaseStudyList>('ccin-case-study-list')!;
      await until(() => cards(el).length && cards(el).every((c) => c.shadowRoot?.querySelector('[part="title"]')), 'cards');
      expect(data.calls).to.deep.equal({ caseStudy: 0, caseStudyIndex: 1, caseStudySummary: 0, members: 0 });
      expect(loads).to.deep.equal([index.length]);
      // Moved in the page, it neither loads again nor shows "Loading".
      document.body.prepend(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
      expect(data.calls.caseStudyIndex).to.equal(1);
      el.remove();
    } finally {
      host.remove();
    }
  });

  it('gives exactly the matching case studies for each preset filter', async () => {
    const matches = async (markup: ReturnType<typeof html>, predicate: (s: CaseStudySummary) => boolean) => {
      const el = await list(markup);
      expect(shownIds(el)).to.deep.equal(firstPage(index.filter(predicate)));
      expect(shownIds(el).length).to.be.greaterThan(0);
    };
    await matches(html`<ccin-case-study-list theme="Poverty"></ccin-case-study-list>`, (s) => s.theme === 'Poverty');
    await matches(html`<ccin-case-study-list principle="co-production"></ccin-case-study-list>`, (s) => s.principles.includes('co-production'));
    await matches(html`<ccin-case-study-list organisation="birmingham-city-council"></ccin-case-study-list>`, (s) =>
      s.organisations.some((o) => o.memberId === 'birmingham-city-council'),
    );
    await matches(html`<ccin-case-study-list organisation="Hounslow Partnership"></ccin-case-study-list>`, (s) =>
      s.organisations.some((o) => o.name === 'Hounslow Partnership'),
    );
    await matches(html`<ccin-case-study-list tier="affiliate"></ccin-case-study-list>`, (s) => s.organisations.some((o) => o.role === 'lead' && o.tier === 'affiliate'));
    await matches(html`<ccin-case-study-list theme="Community" tier="member"></ccin-case-study-list>`, (s) =>
      s.theme === 'Community' && s.organisations.some((o) => o.role === 'lead' && o.tier === 'member'),
    );
  });

  it('says that only case studies with recorded principles can match a principle', async () => {
    const el = await list(html`<ccin-case-study-list></ccin-case-study-list>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="principle"]')!;
    const hint = el.shadowRoot!.getElementById(select.getAttribute('aria-describedby')!)!;
    const recorded = index.filter((s) => s.principles.length).length;
    expect(hint.textContent).to.equal(`Only the ${recorded} of ${index.length} case studies whose sources name their principles can match a principle.`);
  });

  it('sorts by title or by lead organisation', async () => {
    const el = await list(html`<ccin-case-study-list sort="organisation"></ccin-case-study-list>`);
    const lead = (s: CaseStudySummary) => s.organisations.find((o) => o.role === 'lead')!.name;
    const expected = [...index].sort((a, b) => lead(a).localeCompare(lead(b), 'en-GB', { sensitivity: 'base', numeric: true }) || byTitle(a, b));
    expect(shownIds(el)).to.deep.equal(expected.slice(0, pageSize).map((s) => s.id));
    const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="sort"]')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(firstPage(index));
  });

  it('searches as the reader types, keeps the cards that stay, and announces the count', async () => {
    const el = await list(html`<ccin-case-study-list></ccin-case-study-list>`);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const events: number[] = [];
    el.addEventListener('ccin-filter-change', (e) => events.push(e.detail.count));
    const text = (s: CaseStudySummary) => `${s.title} ${s.subtitle ?? ''} ${s.summary ?? s.excerpt ?? ''}`.toLowerCase();
    const council = index.filter((s) => text(s).includes('council'));
    search.focus();
    await sendKeys({ type: 'council' });
    await el.updateComplete;
    const kept = new Map(cards(el).map((card) => [card.getAttribute('case-id'), card]));
    await sendKeys({ type: ' warm' });
    await el.updateComplete;
    const expected = council.filter((s) => text(s).includes('warm'));
    expect(expected.length).to.be.greaterThan(0);
    expect(shownIds(el)).to.deep.equal(firstPage(expected));
    // Keyed by id: a card that was already shown is the same element, not re-pointed at another case study.
    for (const card of cards(el)) if (kept.has(card.getAttribute('case-id'))) expect(kept.get(card.getAttribute('case-id'))).to.equal(card);
    const status = el.shadowRoot!.querySelector('[part="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(count(el)).to.equal(`${expected.length} of ${index.length} case studies`);
    await until(() => events.at(-1) === expected.length, 'filter event');
  });

  it('is operable with the keyboard: choose a filter with the arrow keys, clear them with a button', async () => {
    const el = await list(html`<ccin-case-study-list></ccin-case-study-list>`);
    const theme = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="theme"]')!;
    theme.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const first = [...theme.options][1]!.value;
    expect(el.theme).to.equal(first);
    expect(shownIds(el)).to.deep.equal(firstPage(index.filter((s) => s.theme === first)));
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('.filters .clear')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(firstPage(index));
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('select'));
  });

  it('explains an empty result, offers to clear the filters, and warns about unknown presets', async () => {
    const warnings = captureWarnings();
    try {
      const el = await list(html`<ccin-case-study-list theme="Housing" principle="innovation"></ccin-case-study-list>`);
      expect(shownIds(el)).to.deep.equal([]);
      const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
      expect(empty.textContent).to.contain('No case study matches these filters.').and.contain('Try fewer filters');
      empty.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(firstPage(index));

      const typo = await list(html`<ccin-case-study-list theme="Povrety" organisation="no-such-council"></ccin-case-study-list>`);
      expect(shownIds(typo)).to.deep.equal([]);
      expect(typo.shadowRoot!.querySelector<HTMLSelectElement>('select[name="theme"]')!.selectedOptions[0]!.textContent).to.equal('Povrety (not in the data)');
      await until(() => warnings.messages.some((m) => m.includes('organisation="no-such-council"')), 'organisation warning');
      expect(warnings.messages.filter((m) => m.includes('theme="Povrety"')).length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('links cards through its href or a provider’s URL template', async () => {
    const housing = index.filter((s) => s.theme === 'Housing').sort(byTitle)[0]!;
    const el = await list(html`<ccin-case-study-list theme="Housing" href="/case-studies/{id}"></ccin-case-study-list>`);
    const link = await until(() => cards(el)[0]!.shadowRoot?.querySelector<HTMLAnchorElement>('[part="title"] a'), 'card link');
    expect(link.href).to.equal(new URL(`/case-studies/${housing.id}`, location.href).href);

    const provided = await list(html`<ccin-provider case-study-href="https://council.example/cs/{id}"><ccin-case-study-list theme="Housing"></ccin-case-study-list></ccin-provider>`);
    const providedLink = await until(() => cards(provided)[0]!.shadowRoot?.querySelector<HTMLAnchorElement>('[part="title"] a'), 'provided link');
    expect(providedLink.href).to.equal(`https://council.example/cs/${housing.id}`);
  });

  it('keeps focus in the list after "Try again", and fires its error event', async () => {
    const data = failsOnce();
    const errors: string[] = [];
    const host = withSettings({ data }, html`<ccin-case-study-list></ccin-case-study-list>`);
    host.addEventListener('ccin-case-study-list-error', (e) => errors.push(e.detail.reason));
    document.body.append(host);
    const warnings = captureWarnings();
    try {
      const el = host.querySelector<CcinCaseStudyList>('ccin-case-study-list')!;
      const retry = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]'), 'retry');
      expect(errors).to.deep.equal(['network']);
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('[part="results"]'), 'loaded after retry');
      await until(() => el.shadowRoot!.activeElement, 'focus');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="count"]'));
    } finally {
      warnings.restore();
      host.remove();
    }
  });

  it('passes axe (WCAG 2.2 AA) with results and when empty', async () => {
    const el = await list(html`<main><ccin-case-study-list theme="Finance"></ccin-case-study-list></main>`);
    await until(() => cards(el).every((c) => c.shadowRoot?.querySelector('[part="title"]')), 'cards');
    await expectNoAxeViolations(el);
    el.search = 'nothing matches this';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
