import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/case-study/case-study.js';
import type { CcinCaseStudy } from '../../src/case-study/case-study.js';
import { SnapshotDataSource } from '../../src/shared/data/snapshot-source.js';
import { bundledPrinciples } from '../../src/shared/data/principles.js';
import type { CaseStudy, Snapshot } from '../../src/shared/data/types.js';
import { failsOnce, heldBack } from '../fixtures/data-sources.js';
import { caseStudy, mount } from '../helpers/case-study.js';
import { captureWarnings, shadowText, until } from '../helpers/util.js';

/**
 * <ccin-case-study>: its states and what it makes of hostile input. An id that does not exist
 * (with suggestions), a failure and "Try again", loading, a changed case-id, no case-id; hostile
 * attribute values and snapshot strings kept as text, and links that are not http(s), mailto or
 * tel dropped.
 */

const loaded = (el: CcinCaseStudy) =>
  new Promise<void>((resolve, reject) => {
    el.addEventListener('ccin-case-study-load', () => resolve(), { once: true });
    el.addEventListener('ccin-case-study-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))), { once: true });
  });

describe('<ccin-case-study>', () => {
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
