import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/case-study/case-study.js';
import type { CcinCaseStudy } from '../src/case-study/case-study.js';
import { bundledData } from '../src/shared/data/bundled.js';
import { SnapshotDataSource } from '../src/shared/data/snapshot-source.js';
import { bundledPrinciples } from '../src/shared/data/principles.js';
import { plainText } from '../src/shared/rich-text/parse.js';
import type { Block, CaseStudy, CaseStudySummary, ListItem, Snapshot } from '../src/shared/data/types.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { failsOnce, heldBack, withSettings } from './fixtures/data-sources.js';
import { captureErrors, captureWarnings, emulateMediaFeatures, emulateMediaType, shadowText, until } from './helpers/util.js';

const loaded = (el: CcinCaseStudy) =>
  new Promise<void>((resolve, reject) => {
    el.addEventListener('ccin-case-study-load', () => resolve(), { once: true });
    el.addEventListener('ccin-case-study-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))), { once: true });
  });

/** Mounts a template with its own data source, as a provider would give it. */
function mount(settings: Parameters<typeof withSettings>[0], template: ReturnType<typeof html>): HTMLElement {
  const host = withSettings(settings, template);
  document.body.append(host);
  return host;
}

/** Renders the markup and waits until its case study (the root, or one inside) has rendered. */
async function caseStudy(markup: ReturnType<typeof html>): Promise<CcinCaseStudy> {
  const root = await fixture<HTMLElement>(markup);
  const el = (root.matches('ccin-case-study') ? root : root.querySelector('ccin-case-study')!) as CcinCaseStudy;
  await until(() => el.shadowRoot?.querySelector('article, [part="status"]:not(.loading)'), 'case study rendered');
  await el.updateComplete;
  return root as CcinCaseStudy;
}

const flatten = (items: ListItem[]): string[] => items.flatMap((i) => [i.text, ...flatten(i.items ?? [])]);
const blockTexts = (block: Block): string[] =>
  block.type === 'list' ? flatten(block.items) : block.type === 'quote' ? [block.text, block.attribution ?? ''] : [block.text];
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

let index: CaseStudySummary[];
before(async () => {
  index = await bundledData.caseStudyIndex();
});

describe('<ccin-case-study>', () => {
  it('renders every case study of the snapshot: its title and its whole body, without errors', async () => {
    const errors = captureErrors();
    try {
      for (const entry of index) {
        const el = await caseStudy(html`<ccin-case-study case-id=${entry.id}></ccin-case-study>`);
        const study = await bundledData.caseStudy(entry.id);
        const title = el.shadowRoot!.querySelector('h2')!;
        // The subtitle sits on its own line; the accessible name joins them with a colon (no stray space).
        expect(collapse(title.textContent!), entry.id).to.equal(study.subtitle ? `${study.title} ${study.subtitle}` : study.title);
        expect(title.getAttribute('aria-label') ?? collapse(title.textContent!), entry.id).to.equal(study.subtitle ? `${study.title}: ${study.subtitle}` : study.title);
        const rendered = collapse(el.shadowRoot!.querySelector('[part="body"]')!.textContent!);
        for (const block of study.body) {
          for (const text of blockTexts(block)) {
            expect(rendered.includes(collapse(plainText(text))), `${entry.id}: “${text.slice(0, 60)}”`).to.equal(true);
          }
        }
        if (study.summary) expect(collapse(shadowText(el))).to.contain(collapse(plainText(study.summary)));
        for (const contact of study.contacts) expect(shadowText(el), entry.id).to.contain(contact.name);
        el.remove();
      }
      expect(errors.messages).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('renders the parts of a case study: theme, organisations, standfirst, lists, quotes, principles, contacts, links, source', async () => {
    const el = await caseStudy(html`<ccin-case-study case-id="south-tyneside-pledge"></ccin-case-study>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="theme"]')!.textContent).to.contain('Social Partnership');
    expect(collapse(root.querySelector('[part="organisations"]')!.textContent!)).to.equal('By South Tyneside Council');
    expect(root.querySelector('[part="summary"]')!.textContent).to.contain('The South Tyneside Pledge is a South Tyneside Partnership-led');
    // What is true: principles are not recorded for this case study, and why.
    expect(collapse(root.querySelector('[part="principles"]')!.textContent!)).to.contain(
      'Not recorded. The booklet shows each case study’s principles as icons, which were lost when it was turned into text.',
    );
    const contact = root.querySelector('[part="contacts"]')!;
    expect(contact.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal('mailto:rory.sherwood-parkin@southtyneside.gov.uk');
    expect(contact.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).to.equal('tel:07812514191');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part="links"] a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'South Tyneside Pledge overview',
      'Case studies',
      'Ways the Council and partner are supporting Pledgees',
    ]);
    expect(links.every((a) => a.rel.includes('noopener'))).to.equal(true);
    expect(root.querySelector('[part="source"]')!.textContent).to.equal(
      "From Co-operative Case Studies 2023, Co-operative Councils' Innovation Network",
    );

    const quotes = await caseStudy(html`<ccin-case-study case-id="active-wellbeing-society-share-shacks"></ccin-case-study>`);
    const blockquotes = quotes.shadowRoot!.querySelectorAll('blockquote');
    expect(blockquotes.length).to.equal(2);
    expect(blockquotes[0]!.querySelector('.attribution')!.textContent).to.equal('— Natasha, Share Shack visitor');
    expect(blockquotes[0]!.querySelector('em, p')!.textContent).to.contain('I started coming here every week');

    const nested = await caseStudy(html`<ccin-case-study case-id="sunderland-social-prescribing"></ccin-case-study>`);
    expect(nested.shadowRoot!.querySelectorAll('[part="body"] li > ul > li').length).to.equal(8);
    expect(nested.shadowRoot!.querySelector('[part="body"] strong')!.textContent).to.equal('identity');
  });

  it('shows the stated principles as badges', async () => {
    const el = await caseStudy(html`<ccin-case-study case-id="hackney-supporting-residents-in-financial-crisis"></ccin-case-study>`);
    const badges = [...el.shadowRoot!.querySelectorAll('[part="principles"] ccin-principle-badge')];
    // Hackney's section headings name nine principles ("Engagement and co-production" names
    // co-production only: Democratic Engagement is not recorded, and a note says why).
    expect(badges.map((b) => b.getAttribute('principle'))).to.deep.equal([
      'social-partnership',
      'co-production',
      'enterprise-and-social-economy',
      'learning',
      'maximising-social-value',
      'walking-the-talk',
      'community-leadership',
      'innovation',
    ]);
    await (badges[0] as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(badges[0]!)).to.equal('Social Partnership');
  });

  for (const level of [2, 3, 4]) {
    it(`uses heading level ${level} for the title and ${level + 1} below it`, async () => {
      const el = await caseStudy(html`<ccin-case-study case-id="hackney-supporting-residents-in-financial-crisis" heading-level=${level}></ccin-case-study>`);
      const root = el.shadowRoot!;
      const title = root.querySelector('[part="title"]')!;
      expect(title.tagName).to.equal(`H${level}`);
      const subheadings = [...root.querySelectorAll('.subheading, .section-heading')];
      expect(subheadings.length).to.be.greaterThan(5);
      for (const heading of subheadings) expect(heading.tagName).to.equal(`H${level + 1}`);
      expect(root.querySelectorAll(`h${level}`).length).to.equal(1);
    });
  }

  it('uses role="heading" with aria-level 7 below an h6 title, and level 2 for a malformed heading-level', async () => {
    const six = await caseStudy(html`<ccin-case-study case-id="stroud-low-carbon-heating" heading-level="6"></ccin-case-study>`);
    expect(six.shadowRoot!.querySelector('[part="title"]')!.tagName).to.equal('H6');
    expect(six.shadowRoot!.querySelector('.subheading')!.getAttribute('aria-level')).to.equal('7');
    const warnings = captureWarnings();
    try {
      const bad = await caseStudy(html`<ccin-case-study case-id="stroud-low-carbon-heating" heading-level="banana"></ccin-case-study>`);
      expect(bad.shadowRoot!.querySelector('[part="title"]')!.tagName).to.equal('H2');
      expect(warnings.messages.some((m) => m.includes('heading-level="banana"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('renders a card: theme, title link, organisation, standfirst and small badges', async () => {
    const el = await caseStudy(html`<ccin-case-study variant="card" case-id="rochdale-cost-of-living-crisis" href="/case-studies/{id}"></ccin-case-study>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="card"]')).to.exist;
    expect(root.querySelector('[part="body"]')).to.equal(null);
    expect(root.querySelector('[part="theme"]')!.textContent).to.contain('Poverty');
    const link = root.querySelector<HTMLAnchorElement>('[part="title"] a')!;
    expect(link.href).to.equal(new URL('/case-studies/rochdale-cost-of-living-crisis', location.href).href);
    expect(link.textContent).to.equal('Tackling the Cost of Living Crisis in Rochdale');
    expect(collapse(root.querySelector('[part="organisations"]')!.textContent!)).to.equal('By Rochdale Council');
    expect(root.querySelector('[part="summary"]')!.textContent).to.contain('When the cost-of-living crisis started to bite');
    const badges = [...root.querySelectorAll('ccin-principle-badge')];
    expect(badges.length).to.equal(4);
    expect(badges.every((b) => b.getAttribute('size') === 'small')).to.equal(true);

    // A card with no standfirst in the source shows the first paragraph instead.
    const wigan = await caseStudy(html`<ccin-case-study variant="card" case-id="wigan-care-to-join-us"></ccin-case-study>`);
    expect(wigan.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('Adult Social Care has long struggled');
    expect(wigan.shadowRoot!.querySelector('[part="title"] a')).to.equal(null);
  });

  it('builds card links from a provider’s URL template', async () => {
    const host = mount(
      { data: bundledData, caseStudyHref: 'https://council.example/case-studies/{id}' },
      html`<ccin-case-study variant="card" case-id="burntwood-warmer-welcome"></ccin-case-study>`,
    );
    try {
      const el = host.querySelector<CcinCaseStudy>('ccin-case-study')!;
      await until(() => el.shadowRoot!.querySelector('[part="title"] a'), 'card link');
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal(
        'https://council.example/case-studies/burntwood-warmer-welcome',
      );
    } finally {
      host.remove();
    }
  });

  it('says when a case study does not exist, names the id (isolated), and suggests the ids meant', async () => {
    const warnings = captureWarnings();
    try {
      const el = await caseStudy(html`<ccin-case-study case-id="rochdale-no-such-thing"><a href="https://councils.coop">On the CCIN website</a></ccin-case-study>`);
      const status = el.shadowRoot!.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.replace(/\s+/g, ' ')).to.contain('There is no case study with the id “rochdale-no-such-thing”.');
      // The id is isolated from the sentence, so a right-to-left override in it cannot flip the message.
      expect(status.querySelector('bdi')!.textContent).to.equal('rochdale-no-such-thing');
      expect(status.textContent).to.contain('Every id is listed in docs/case-study-ids.html');
      // The fallback content shows under the message.
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('On the CCIN website');
      expect(warnings.messages.filter((m) => m.includes('rochdale-no-such-thing')).length).to.equal(1);

      const typo = await caseStudy(html`<ccin-case-study case-id="rochdale-cost-of-living-crisiss"></ccin-case-study>`);
      await until(() => typo.shadowRoot!.querySelector('.suggestions li'), 'suggestions');
      const suggested = [...typo.shadowRoot!.querySelectorAll('.suggestions code')].map((code) => code.textContent);
      expect(suggested[0]).to.equal('rochdale-cost-of-living-crisis');
      expect(shadowText(typo)).to.contain('Did you mean one of these?');
    } finally {
      warnings.restore();
    }
  });

  it('shows a failure message with a Try again button that loads the case study again', async () => {
    const flaky = failsOnce();
    const warnings = captureWarnings();
    const host = mount({ data: flaky }, html`<ccin-case-study case-id="cardiff-planning-pioneers"></ccin-case-study>`);
    try {
      const el = host.querySelector<CcinCaseStudy>('ccin-case-study')!;
      const retry = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]'), 'retry button');
      expect(shadowText(el)).to.contain('The case study could not be loaded.');
      expect(warnings.messages.some((m) => m.includes('could not load its data: the network is unavailable'))).to.equal(true);
      // The technical reason is there for whoever maintains the page, behind a disclosure.
      expect(el.shadowRoot!.querySelector('[part="status"] details')!.textContent).to.contain('the network is unavailable');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('[part="title"]'), 'loaded after retry');
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Planning Pioneers');
      expect(flaky.attempts.get('caseStudy')).to.equal(2);
      // Focus did not drop to the page: it is on the title that replaced the button.
      await until(() => el.shadowRoot!.activeElement, 'focus in the element');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="title"]'));
    } finally {
      warnings.restore();
      host.remove();
    }
  });

  it('reserves space and announces loading politely while the data is on its way', async () => {
    const slow = heldBack();
    const host = mount({ data: slow }, html`<ccin-case-study case-id="bury-co-producing-boroughwide-inclusion"></ccin-case-study>`);
    try {
      const el = host.querySelector<CcinCaseStudy>('ccin-case-study')!;
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('Loading case study…');
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(12 * fontSize);
      slow.release();
      await until(() => el.shadowRoot!.querySelector('[part="title"]'), 'loaded');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(12 * fontSize);
    } finally {
      host.remove();
    }
  });

  it('re-renders when case-id changes', async () => {
    const el = await caseStudy(html`<ccin-case-study case-id="liverpool-good-help-hub"></ccin-case-study>`);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain("Liverpool's Good Help Hub");
    const done = loaded(el);
    el.setAttribute('case-id', 'liverpool-community-led-housing');
    await done;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Community Led Housing in Liverpool');
  });

  it('keeps hostile attribute values as text', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await caseStudy(html`<ccin-case-study case-id=${hostile} heading-level="2><img src=x>"></ccin-case-study>`);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(shadowText(el)).to.contain(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  it('keeps hostile strings of a snapshot as text, and drops links that are not http(s), mailto or tel', async () => {
    const evil = '<img src=x onerror="window.__pwned=2"><script>window.__pwned=2</script>';
    const study: CaseStudy = {
      id: 'hostile',
      title: `Title ${evil}`,
      subtitle: `Sub ${evil}`,
      theme: `<b>Theme</b>`,
      organisations: [{ name: `Org ${evil}`, role: 'lead', memberId: null }],
      summary: `Summary ${evil} [bad](javascript:alert(1)) [ok](https://example.org/ok)`,
      body: [
        { type: 'paragraph', text: `Para ${evil} **bold <i>x</i>** [data](data:text/html,<script>alert(1)</script>) [mail](mailto:a@b.example)` },
        { type: 'heading', text: `<h1>Head</h1>` },
        { type: 'list', ordered: false, items: [{ text: `Item ${evil}`, items: [{ text: '[vb](vbscript:msgbox)' }] }] },
        { type: 'quote', text: `Quote ${evil}`, attribution: `<em>Someone</em>` },
      ],
      contacts: [{ name: `Name ${evil}`, email: '"><script>x</script>@example.org', phone: 'javascript:alert(1)', web: [{ text: 'web', url: 'javascript:alert(1)' }] }],
      links: [{ text: 'bad link', url: 'javascript:alert(1)' }, { text: 'good link', url: 'https://example.org/' }],
      principles: ['co-production'],
      principlesBasis: { basis: 'not-stated' },
      year: null,
      sources: [{ file: 'test', document: `Doc ${evil}` }],
      captions: [],
      repairs: [],
      notes: [],
    };
    const snapshot = {
      caseStudies: [study],
      principles: bundledPrinciples.map((p) => ({ ...p, statement: `Statement of ${p.name}` })),
      values: {},
      members: [],
      fundedProjects: [],
      network: { name: 'n' },
      meta: {},
    } as unknown as Snapshot;
    const data = new SnapshotDataSource(snapshot);
    const host = mount({ data }, html`<ccin-case-study case-id="hostile"></ccin-case-study>`);
    try {
      const el = host.querySelector<CcinCaseStudy>('ccin-case-study')!;
      await until(() => el.shadowRoot!.querySelector('[part="title"]'), 'hostile case study');
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, i, b, h1')).to.equal(null);
      expect(shadowText(el)).to.contain(evil);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://example.org/ok', 'mailto:a@b.example', 'https://example.org/']);
      for (const text of ['bad', 'data', 'vb', 'web', 'bad link']) expect(shadowText(el)).to.contain(text);
    } finally {
      host.remove();
    }
  });

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

  it('says when it has no case-id, and shows its fallback', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CcinCaseStudy>(html`<ccin-case-study><a href="https://councils.coop">CCIN</a></ccin-case-study>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements().length).to.equal(1);
      expect(shadowText(el)).to.equal('No case study chosen: give this element a case-id attribute.');
      expect(warnings.messages.some((m) => m.includes('has no case-id attribute'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});
