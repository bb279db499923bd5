/**
 * The Welsh interface: on a lang="cy" page every interface string is Welsh, content from the
 * (English) sources is marked lang="en", and changing lang updates the elements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ccin-elements.js';
import * as listCy from '../src/case-study-list/messages.cy.js';
import { listMessages } from '../src/case-study-list/messages.js';
import * as caseStudyCy from '../src/case-study/messages.cy.js';
import { caseStudyMessages } from '../src/case-study/messages.js';
import * as mapCy from '../src/member-map/messages.cy.js';
import { mapMessages } from '../src/member-map/messages.js';
import * as badgeCy from '../src/principle-badge/messages.cy.js';
import { fullMessages } from '../src/principle-badge/full.js';
import { badgeMessages } from '../src/principle-badge/messages.js';
import * as providerCy from '../src/provider/messages.cy.js';
import { providerMessages } from '../src/provider/messages.js';
import * as commonCy from '../src/shared/i18n/common.cy.js';
import { commonMessages } from '../src/shared/i18n/common.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { captureWarnings, until } from './helpers/util.js';

/** Every fixed (non-function) string of a message table, flattened. */
function strings(table: object): string[] {
  return Object.values(table).flatMap((value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? strings(value) : [],
  );
}
/** Each element's English table, with its Welsh (a module of its own, loaded on Welsh pages). */
const tables: { en: object; cy: object }[] = [
  { en: badgeMessages.en, cy: badgeCy.cy },
  { en: fullMessages.en, cy: badgeCy.cyFull },
  { en: caseStudyMessages.en, cy: caseStudyCy.cy },
  { en: mapMessages.en, cy: mapCy.cy },
  { en: providerMessages.en, cy: providerCy.cy },
  { en: commonMessages.en, cy: commonCy.cy },
  { en: listMessages.en, cy: listCy.cy },
];
/** English interface strings that differ from their Welsh (so "Map" or "." do not count). */
const englishOnly = new Set(tables.flatMap((t) => strings(t.en)).filter((s) => s.length > 3 && !tables.some((u) => strings(u.cy).includes(s))));

/** Interface text: text in the shadow roots (nested too), outside any content marked lang="en". */
function interfaceText(root: Element): { text: string[]; labels: string[] } {
  const text: string[] = [];
  const labels: string[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const inEnglish = el.closest('[lang="en"]');
      for (const attr of ['aria-label'] as const) {
        const value = el.getAttribute(attr);
        if (value && !inEnglish) labels.push(value);
      }
      if (inEnglish || el.closest('.visually-hidden, style, script')) continue;
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) text.push(child.textContent!.trim());
      }
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return { text, labels };
}

async function allElements(lang: string) {
  const root = await fixture<HTMLElement>(html`<main lang=${lang}>
    <ccin-provider src="javascript:void(0)">
      <p><ccin-principle-badge principle="learning"></ccin-principle-badge>
        <ccin-principle-badge principle="innovation" variant="icon"></ccin-principle-badge>
        <ccin-principle-badge principle="walking-the-talk" variant="full" expanded></ccin-principle-badge>
        <ccin-principle-badge principle="unknown-one"></ccin-principle-badge></p>
      <ccin-case-study case-id="rochdale-cost-of-living-crisis"></ccin-case-study>
      <ccin-case-study case-id="hackney-supporting-residents-in-financial-crisis" variant="card"></ccin-case-study>
      <ccin-case-study case-id="no-such-case"></ccin-case-study>
      <ccin-member-map highlight="rochdale-council" selected="rochdale-council" case-study-href="/cs/{id}"></ccin-member-map>
      <ccin-member-map view="list" tiers="associate"></ccin-member-map>
      <ccin-case-study-list theme="Poverty"></ccin-case-study-list>
    </ccin-provider>
  </main>`);
  const provider = root.querySelector('ccin-provider')!;
  await until(() => provider.shadowRoot?.querySelector('[part="notice"]'), 'provider notice');
  await until(() => [...root.querySelectorAll('ccin-case-study')].every((s) => s.shadowRoot?.querySelector('[part="title"], [part="status"]:not(.loading)')), 'case studies');
  root.querySelector('ccin-member-map')!.scrollIntoView();
  await until(() => root.querySelector('ccin-member-map')!.shadowRoot?.querySelector('.marker'), 'map');
  await until(() => root.querySelector('ccin-case-study-list')!.shadowRoot?.querySelector('[part="results"]'), 'list');
  await until(() => !root.querySelector('ccin-principle-badge[variant="full"]')!.shadowRoot!.textContent!.includes('…'), 'statement');
  return root;
}

describe('Welsh interface', () => {
  it('shows every interface string in Welsh on a lang="cy" page, and marks English content lang="en"', async () => {
    const warnings = captureWarnings();
    try {
      const root = await allElements('cy');
      const { text, labels } = interfaceText(root);
      const english = [...text, ...labels].filter((s) => [...englishOnly].some((e) => s.includes(e)));
      expect(english, english.join('\n')).to.deep.equal([]);
      const all = [...text, ...labels].join('\n');
      for (const welsh of [
        'Rhagor o wybodaeth',
        'Egwyddorion cydweithredol',
        'Allwedd',
        'Ddim ar y map',
        "Data'r map",
        'Aelodaeth',
        'Marciau achredu',
        'Hidlo astudiaethau achos',
        'Chwilio teitlau a chrynodebau',
        'Egwyddor anhysbys',
        "Cuddio'r datganiad",
        'Nid oes astudiaeth achos â\'r dynodydd “',
        'Nid oedd modd llwytho data mwy diweddar y CCIN',
        'Trefn',
        'Dod o hyd i sefydliad',
        "O Co-operative Case Studies 2023 a councils.coop, Co-operative Councils' Innovation Network",
      ]) {
        expect(all, welsh).to.contain(welsh);
      }
      // Content from the sources is English and says so.
      const study = root.querySelector('ccin-case-study')!.shadowRoot!;
      for (const part of ['title', 'summary', 'body']) expect(study.querySelector(`[part="${part}"]`)!.getAttribute('lang'), part).to.equal('en');
      expect(study.querySelector('.contact-name')!.getAttribute('lang')).to.equal('en');
      // Its principles' badges, drawn in its own shadow root: Welsh around, English names.
      const names = [...study.querySelectorAll('[part~="principles"] [part~="name"]')];
      expect(names.length).to.be.greaterThan(0);
      expect(names.every((name) => name.getAttribute('lang') === 'en')).to.equal(true);
      const badge = root.querySelector('ccin-principle-badge')!.shadowRoot!;
      expect(badge.querySelector('[part="name"]')!.getAttribute('lang')).to.equal('en');
      const map = root.querySelector('ccin-member-map')!.shadowRoot!;
      expect(map.querySelector('.details-heading')!.getAttribute('lang')).to.equal('en');
      await expectNoAxeViolations(root);
    } finally {
      warnings.restore();
    }
  });

  it('keeps English content unmarked on an English page', async () => {
    const warnings = captureWarnings();
    try {
      const root = await allElements('en');
      const study = root.querySelector('ccin-case-study')!.shadowRoot!;
      expect(study.querySelector('[part="title"]')!.hasAttribute('lang')).to.equal(false);
      expect(study.textContent).to.contain('For further information');
    } finally {
      warnings.restore();
    }
  });

  it('updates when lang changes, on the page or an ancestor, and understands cy-GB', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"><section>
      <ccin-case-study case-id="cardiff-planning-pioneers"></ccin-case-study></section></div>`);
    const study = root.querySelector('ccin-case-study')!;
    const contacts = () => study.shadowRoot!.querySelector('[part="contacts"] h3')!.textContent;
    await until(() => study.shadowRoot!.querySelector('[part="contacts"]'), 'rendered');
    expect(contacts()).to.equal('For further information');
    root.setAttribute('lang', 'cy-GB');
    await until(() => contacts() === 'Rhagor o wybodaeth', 'Welsh after lang change');
    root.querySelector('section')!.setAttribute('lang', 'en');
    await until(() => contacts() === 'For further information', 'nearest lang wins');
    study.setAttribute('lang', 'cy');
    await until(() => contacts() === 'Rhagor o wybodaeth', 'the element’s own lang');
  });

  it('has a Welsh string for every English one, and only words that are the same in Welsh are left as they are', () => {
    // "Map" is Welsh for map too; nothing else may be the English string.
    const sameInWelsh = new Set(['Map']);
    for (const table of tables) {
      expect(Object.keys(table.cy).sort()).to.deep.equal(Object.keys(table.en).sort());
      const en = table.en as unknown as Record<string, unknown>;
      const cy = table.cy as unknown as Record<string, unknown>;
      const identical = Object.keys(en).filter((key) => typeof en[key] === 'string' && en[key] === cy[key]);
      expect(identical.filter((key) => !sameInWelsh.has(en[key] as string))).to.deep.equal([]);
    }
  });
});
