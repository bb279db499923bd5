/**
 * Degraded cases of issue #16: not crashes, but a page that reads wrong, warns too little, waits
 * forever or asks for data it does not need. Each test names what a reader or a council's
 * developer would have seen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ccin-elements.js';
import { openPage, requested } from '../helpers/pages.js';
import { captureErrors, captureWarnings, shadowText, until } from '../helpers/util.js';
import { byId, describeStates, elementState, recorder, sleep, visibleIn, watch } from './helpers.js';

const markText = '(hostile data)';
const unique = () => Math.random().toString(36).slice(2, 8);

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('a case-id with a right-to-left override', () => {
  it('isolates the id in a <bdi>, leaving the sentence around it intact', async () => {
    const id = `abc\u202Eevil-${unique()}`;
    const warnings = captureWarnings();
    try {
      const el = await fixture(html`<ccin-case-study case-id=${id}></ccin-case-study>`);
      const bdi = await until(() => el.shadowRoot?.querySelector('[part~="status"] bdi'), 'the "no such id" message');
      expect(bdi.textContent).to.equal(id);
      const sentence = bdi.parentElement!;
      const before = [...sentence.childNodes].slice(0, [...sentence.childNodes].indexOf(bdi));
      const after = [...sentence.childNodes].slice([...sentence.childNodes].indexOf(bdi) + 1);
      // The text a reader gets (Lit's marker comments are not text).
      const text = (nodes: ChildNode[]) => nodes.map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : node.nodeType === Node.COMMENT_NODE ? '' : node.textContent)).join('');
      expect(text(before)).to.equal('There is no case study with the id “');
      expect(text(after)).to.equal('”.');
      // The override is nowhere outside the <bdi>.
      const outside = (el.shadowRoot!.textContent ?? '').replace(id, '');
      expect(outside.includes('\u202E'), 'a right-to-left override outside the <bdi>').to.equal(false);
    } finally {
      warnings.restore();
    }
  });
});

describe('unknown ids in attributes warn, once each', () => {
  for (const [what, attribute] of [
    ['a map’s highlight', 'highlight'],
    ['a map’s selected', 'selected'],
  ] as const) {
    it(`warns once about ${what} that names no member, however many maps and renders`, async () => {
      const value = `no-such-member-${unique()}`;
      const warnings = captureWarnings();
      try {
        const root = await fixture(html`<div>
          <ccin-member-map view="list" .highlight=${attribute === 'highlight' ? value : ''} .selected=${attribute === 'selected' ? value : ''}></ccin-member-map>
          <ccin-member-map view="list" .highlight=${attribute === 'highlight' ? value : ''} .selected=${attribute === 'selected' ? value : ''}></ccin-member-map>
        </div>`);
        const maps = [...root.querySelectorAll('ccin-member-map')];
        await until(() => maps.every((map) => map.shadowRoot?.querySelector('.member-entry')), 'maps rendered');
        // Render again (the view changes) and wait a moment: still one warning.
        for (const map of maps) map.setAttribute('view', 'map');
        await sleep(300);
        const about = warnings.messages.filter((message) => message.includes(value));
        expect(about.length, JSON.stringify(warnings.messages)).to.equal(1);
        expect(about[0]).to.contain(attribute);
      } finally {
        warnings.restore();
      }
    });
  }

  it('warns once about a list’s organisation that no case study names', async () => {
    const value = `No Such Council ${unique()}`;
    const warnings = captureWarnings();
    try {
      const root = await fixture(html`<div>
        <ccin-case-study-list organisation=${value}></ccin-case-study-list>
        <ccin-case-study-list organisation=${value}></ccin-case-study-list>
      </div>`);
      const lists = [...root.querySelectorAll('ccin-case-study-list')];
      await until(() => lists.every((list) => list.shadowRoot?.querySelector('[part="count"], [part="empty"]')), 'lists rendered');
      for (const list of lists) list.setAttribute('sort', 'organisation');
      await sleep(300);
      const about = warnings.messages.filter((message) => message.includes(value));
      expect(about.length, JSON.stringify(warnings.messages)).to.equal(1);
      expect(about[0]).to.contain('organisation');
    } finally {
      warnings.restore();
    }
  });
});

describe('a "full" badge whose code cannot load', () => {
  it('says so visibly instead of showing "…" forever', async () => {
    const frame = await openPage('/tests/pages/hostile/full-badge-no-chunk.html');
    const doc = frame.contentDocument!;
    const badge = byId(doc, 'badge')!;
    // The chunk is a 404 (chunks.json code['principle-full'] under /tests/no-full/).
    await until(() => requested(frame).some((path) => /\/tests\/no-full\/chunks\/principle-full-/.test(path)), 'the full chunk requested');
    const message = await until(
      () => badge.shadowRoot && /could not be loaded/i.test(shadowText(badge)) && badge.shadowRoot,
      `a message in the badge within 3 s; it shows “${shadowText(badge)}”`,
      3000,
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}; now “${shadowText(badge)}”`);
    });
    expect(shadowText(badge)).to.not.contain('…');
    expect(shadowText(badge)).to.contain('Learning');
    const shown = [...message.querySelectorAll('*')].find((e) => /could not be loaded/i.test(e.textContent ?? '') && e.children.length === 0);
    expect(visibleIn(frame, shown ?? null), 'the message is visible').to.equal(true);
    // The label badge beside it is unaffected.
    expect(shadowText(byId(doc, 'label')!)).to.contain('Co-production');
    expect(recorder(frame).errors).to.deep.equal([]);
    expect(recorder(frame).warnings.filter((w) => w.includes('full')).length, JSON.stringify(recorder(frame).warnings)).to.equal(1);
  });
});

describe('elements inside a provider with src', () => {
  it('wait for the snapshot: no request for bundled data, no error event, before (or after) it arrives', async () => {
    const frame = await openPage('/tests/pages/hostile/provider-waits.html');
    const doc = frame.contentDocument!;
    const elements = ['map', 'badge', 'card', 'study', 'list'].map((id) => byId(doc, id)!);
    const load = await until(() => watch(frame).events.find((e) => e.type === 'ccin-data-load'), 'the snapshot loaded', 5000);
    await until(() => elements.every((e) => elementState(e) === 'content'), `every element rendered: ${describeStates(elements)}`, 3000);
    await sleep(300);
    const events = watch(frame).events;
    expect(events.filter((e) => e.type.endsWith('-error')), 'error events').to.deep.equal([]);
    expect(events.filter((e) => e.time < load.time && e.type !== 'ccin-data-load'), 'events before the snapshot arrived').to.deep.equal([]);
    const entries = frame.contentWindow!.performance.getEntriesByType('resource');
    const snapshot = entries.find((e) => e.name.includes('/tests/hostile/slow/'));
    const when = (e: PerformanceEntry) => `${new URL(e.name).pathname} at ${Math.round(e.startTime)} ms`;
    const bundledData = entries.filter((e) => new URL(e.name).pathname.startsWith('/dist/chunks/data/')).map(when);
    const context = `the snapshot was requested at ${Math.round(snapshot?.startTime ?? NaN)} ms and loaded at ${Math.round(load.time)} ms`;
    expect(bundledData, `requests for the bundled data (${context})`).to.deep.equal([]);
    expect(recorder(frame).warnings).to.deep.equal([]);
    expect(recorder(frame).errors).to.deep.equal([]);
    // What they show is the snapshot's.
    expect(shadowText(byId(doc, 'study')!)).to.contain(markText);
    expect(shadowText(byId(doc, 'card')!)).to.contain(markText);
    expect(shadowText(byId(doc, 'badge')!)).to.contain(markText);
  });
});

describe('a provider from one copy of the library, elements from another', () => {
  it('keeps "no such id" a "no such id", with the snapshot’s data and with the bundled data', async () => {
    const frame = await openPage('/tests/pages/hostile/mixed-copies.html');
    const doc = frame.contentDocument!;
    const files = requested(frame);
    expect(files).to.include('/tests/copy/elements/provider.js');
    expect(files).to.not.include('/dist/elements/provider.js');
    const unknown = ['remote-unknown', 'remote-unknown-card', 'bundled-unknown', 'bundled-unknown-card'].map((id) => byId(doc, id)!);
    await until(() => unknown.every((e) => elementState(e) === 'notice'), `notices: ${describeStates(unknown)}`, 4000);
    for (const element of unknown) {
      const text = shadowText(element);
      expect(text, `#${element.id}`).to.contain(`There is no case study with the id “${element.getAttribute('case-id')}”`);
      expect(element.shadowRoot!.querySelector('[part~="retry"]'), `#${element.id} offers “Try again” as for a load failure`).to.equal(null);
    }
    const known = byId(doc, 'remote-known')!;
    await until(() => shadowText(known).includes(markText), 'the known case study from the snapshot');
    expect(recorder(frame).errors).to.deep.equal([]);
    expect(watch(frame).events.filter((e) => e.type === 'ccin-data-error')).to.deep.equal([]);
  });
});

describe('the embed-code builder', () => {
  it('refuses a data: script address, and says why', async () => {
    const builder = await openPage('/demo/builder.html');
    const doc = builder.contentDocument!;
    await until(() => doc.documentElement.dataset.ready, 'builder ready');
    const input = doc.querySelector<HTMLInputElement>('#script-url')!;
    input.value = 'data:text/javascript,alert(1)';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = await until(() => {
      const text = doc.getElementById('snippet')!.textContent ?? '';
      return !text.includes('/dist/ccin-elements.js') && text;
    }, 'the snippet updated');
    expect(snippet).to.not.contain('data:text/javascript');
    expect(snippet).to.not.contain('alert(1)');
    expect(snippet).to.not.match(/<script/);
    expect(snippet).to.match(/must start with https:\/\//);
  });
});

describe('an element adopted into an iframe after it rendered', () => {
  for (const [name, template, ready] of [
    ['case study', html`<ccin-case-study case-id="rochdale-cost-of-living-crisis"></ccin-case-study>`, '[part="title"]'],
    ['full badge', html`<ccin-principle-badge principle="walking-the-talk" variant="full" expanded></ccin-principle-badge>`, '[part="statement"]'],
    ['case-study list', html`<ccin-case-study-list></ccin-case-study-list>`, '[part="count"]'],
    ['map', html`<ccin-member-map></ccin-member-map>`, '[part="map"]'],
  ] as const) {
    it(`${name}: throws nothing and still shows its content, styled`, async () => {
      const el = await fixture(template);
      await until(() => el.shadowRoot?.querySelector(ready), `${name} rendered`);
      const frame = document.createElement('iframe');
      frame.style.width = '1000px';
      frame.style.height = '800px';
      document.body.append(frame);
      await until(() => frame.contentDocument?.body, 'the iframe’s document');
      const errors = captureErrors();
      const inFrame: string[] = [];
      frame.contentWindow!.addEventListener('error', (event) => inFrame.push(event.message));
      try {
        let thrown: unknown;
        try {
          frame.contentDocument!.body.append(el);
        } catch (error) {
          thrown = error;
        }
        expect(thrown === undefined ? null : String(thrown), 'append threw').to.equal(null);
        await sleep(500);
        const part = el.shadowRoot!.querySelector(ready);
        expect(visibleIn(frame, part), `${name} still visible in the iframe`).to.equal(true);
        // Its styles came along: the host is laid out as the element's styles say (not inline).
        expect(frame.contentWindow!.getComputedStyle(el).display, 'the :host style').to.not.equal('inline');
        // Whatever the element does after the move (observers, late renders) happens while the errors are recorded.
        frame.remove();
        await sleep(100);
        expect(errors.messages, 'errors').to.deep.equal([]);
        expect(inFrame, 'errors in the iframe').to.deep.equal([]);
      } finally {
        frame.remove();
        errors.restore();
      }
    });
  }
});
