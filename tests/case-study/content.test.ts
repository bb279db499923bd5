import { expect, html } from '@open-wc/testing';
import '../../src/case-study/case-study.js';
import type { CcinCaseStudy } from '../../src/case-study/case-study.js';
import { bundledData } from '../../src/shared/data/bundled.js';
import { bundledPrinciples } from '../../src/shared/data/principles.js';
import { plainText } from '../../src/shared/rich-text/parse.js';
import type { Block, CaseStudySummary, ListItem } from '../../src/shared/data/types.js';
import { caseStudy, collapse, mount } from '../helpers/case-study.js';
import { captureErrors, captureWarnings, shadowText, until } from '../helpers/util.js';

/**
 * <ccin-case-study>: what it shows. Every case study of the snapshot, title and whole body; the
 * parts of one (theme, organisations, standfirst, lists, quotes, principles as badges, contacts,
 * links, source); heading levels; the card variant and its links, from an href or a provider's
 * URL template. Its states and hostile input are in states.test.ts; axe, narrow and wide
 * columns, print and colour schemes in presentation.test.ts.
 */

const flatten = (items: ListItem[]): string[] => items.flatMap((i) => [i.text, ...flatten(i.items ?? [])]);
const blockTexts = (block: Block): string[] =>
  block.type === 'list' ? flatten(block.items) : block.type === 'quote' ? [block.text, block.attribution ?? ''] : [block.text];

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
    // Lists are indented: an item starts to the right of the paragraphs, a nested one further.
    const left = (selector: string) => nested.shadowRoot!.querySelector(selector)!.getBoundingClientRect().left;
    expect(left('[part="body"] > ul > li')).to.be.greaterThan(left('[part="body"] > p') + 10);
    expect(left('[part="body"] li > ul > li')).to.be.greaterThan(left('[part="body"] > ul > li') + 10);
    const linked = await caseStudy(html`<ccin-case-study case-id="south-tyneside-pledge"></ccin-case-study>`);
    const linksSection = linked.shadowRoot!.querySelector('[part="links"]')!;
    expect(linksSection.querySelector('li')!.getBoundingClientRect().left).to.be.greaterThan(linksSection.querySelector('h3, h4')!.getBoundingClientRect().left + 10);
  });

  it('shows the stated principles as badges, drawn in its own shadow root', async () => {
    const el = await caseStudy(html`<ccin-case-study case-id="hackney-supporting-residents-in-financial-crisis"></ccin-case-study>`);
    const root = el.shadowRoot!;
    const badges = [...root.querySelectorAll<HTMLElement>('[part~="principles"] li > [part~="badge"]')];
    const idOf = (badge: Element) => bundledPrinciples.find((p) => p.name === collapse(badge.textContent))?.id;
    // Hackney's section headings name nine principles ("Engagement and co-production" names
    // co-production only: Democratic Engagement is not recorded, and a note says why).
    expect(badges.map(idOf)).to.deep.equal([
      'social-partnership',
      'co-production',
      'enterprise-and-social-economy',
      'learning',
      'maximising-social-value',
      'walking-the-talk',
      'community-leadership',
      'innovation',
    ]);
    // No nested elements: each badge is an icon and a name, styled as a badge (a border, an
    // icon the size of the text), and not a link without a provider's principle-href.
    expect(root.querySelectorAll('ccin-principle-badge').length).to.equal(0);
    const first = badges[0]!;
    expect(first.localName).to.equal('span');
    expect(getComputedStyle(first).borderTopStyle).to.equal('solid');
    expect(first.querySelector('[part~="icon"]')!.getBoundingClientRect().width).to.be.within(8, 40);
    expect(collapse(first.querySelector('[part~="name"]')!.textContent)).to.equal('Social Partnership');
  });

  it('links its badges to the principles’ pages from a provider’s URL template, on the article and on a card', async () => {
    const template = 'https://council.example/principles/{id}';
    const article = mount({ data: bundledData, principleHref: template }, html`<ccin-case-study case-id="rochdale-cost-of-living-crisis"></ccin-case-study>`);
    const study = await until(() => article.querySelector('ccin-case-study')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="principles"] a[part~="badge"]'), 'a linked badge');
    expect(study.href).to.equal('https://council.example/principles/learning');
    expect(study.rel).to.contain('noopener');
    article.remove();

    const card = mount({ data: bundledData, principleHref: template, caseStudyHref: '/case-studies/{id}' }, html`<ccin-case-study variant="card" case-id="rochdale-cost-of-living-crisis"></ccin-case-study>`);
    const badge = await until(() => card.querySelector('ccin-case-study')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="badge"]'), 'a linked badge on the card');
    // The title's link covers the card; the badge is drawn above it, so a click on it reaches it.
    badge.scrollIntoView({ block: 'center' });
    const box = badge.getBoundingClientRect();
    const hit = card.querySelector('ccin-case-study')!.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit?.closest('a')?.getAttribute('href'), 'the link under the badge’s centre').to.equal('https://council.example/principles/learning');
    card.remove();
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
    const badges = [...root.querySelectorAll('[part~="badge"]')];
    expect(badges.length).to.equal(4);
    expect(badges.every((b) => b.classList.contains('size-small'))).to.equal(true);
    // Small: smaller than the card's text.
    expect(parseFloat(getComputedStyle(badges[0]!).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(root.querySelector('[part="summary"]')!).fontSize));

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

});
