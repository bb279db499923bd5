/**
 * The library on other people's pages: a provider with newer (or broken) data, strict security
 * headers, no requests elsewhere, no storage, double includes, no JavaScript, LocalGov Drupal,
 * and the embed-code builder. Pages open in iframes, as a council's site would load them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ccin-elements.js';
import type { CcinCaseStudy } from '../src/case-study/case-study.js';
import type { CcinProvider } from '../src/provider/provider.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { openPage, requested } from './helpers/pages.js';
import { captureWarnings, shadowText, until } from './helpers/util.js';

interface Recorder {
  warnings: string[];
  errors: string[];
  violations: string[];
}
const recorder = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { __ccin: Recorder }).__ccin;

const visible = (element: Element | null) => {
  if (!element) return false;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return style.visibility === 'visible' && style.display !== 'none' && box.width > 0 && box.height > 0;
};

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('<ccin-provider>', () => {
  async function provided(src: string | undefined) {
    const root = await fixture<CcinProvider>(html`<ccin-provider src=${src ?? ''} case-study-href="/case-studies/{id}">
      <ccin-case-study case-id="rochdale-cost-of-living-crisis"></ccin-case-study>
      <ccin-case-study case-id="rochdale-cost-of-living-crisis" variant="card"></ccin-case-study>
    </ccin-provider>`);
    const [full, card] = [...root.querySelectorAll<CcinCaseStudy>('ccin-case-study')];
    return { root, full: full!, card: card! };
  }

  it('uses newer data from src once it has loaded and validated it', async () => {
    const events: string[] = [];
    document.addEventListener('ccin-data-load', (e) => events.push((e as CustomEvent).detail.src), { once: true });
    const { root, full, card } = await provided('/tests/fixtures/newer-snapshot.json');
    await until(() => full.shadowRoot!.querySelector('[part="title"]')?.textContent?.includes('(newer data)'), 'newer title');
    await until(() => card.shadowRoot!.querySelector('[part="title"]')?.textContent?.includes('(newer data)'), 'newer card');
    expect(card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="title"] a')!.href).to.equal(
      new URL('/case-studies/rochdale-cost-of-living-crisis', location.href).href,
    );
    expect(root.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(events).to.deep.equal([new URL('/tests/fixtures/newer-snapshot.json', location.href).href]);
  });

  for (const [name, src, reason] of [
    ['a 404', '/tests/fixtures/missing.json', 'the data file was not found'],
    ['invalid JSON', '/tests/fixtures/not-json.json', 'the data file is not valid'],
    ['JSON that fails validation', '/tests/fixtures/schema-invalid.json', 'the data file is not valid'],
    ['a javascript: URL', 'javascript:alert(1)', 'the data file is not valid'],
  ] as const) {
    it(`keeps the bundled data, and says so visibly and in the console, for ${name}`, async () => {
      const warnings = captureWarnings();
      try {
        const errors: string[] = [];
        document.addEventListener('ccin-data-error', (e) => errors.push((e as CustomEvent).detail.reason), { once: true });
        const { root, full } = await provided(src);
        const notice = await until(() => root.shadowRoot!.querySelector('[part="notice"]'), 'notice');
        expect(notice.getAttribute('role')).to.equal('status');
        expect(notice.textContent).to.contain('Newer CCIN data could not be loaded, so this page shows the data bundled with it.');
        expect(notice.textContent).to.contain(reason);
        expect(visible(notice)).to.equal(true);
        await until(() => full.shadowRoot!.querySelector('[part="title"]'), 'bundled case study');
        expect(full.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Tackling the Cost of Living Crisis in Rochdale');
        expect(warnings.messages.some((m) => m.includes('<ccin-provider src=') && m.includes('Showing the bundled data instead'))).to.equal(true);
        expect(errors.length).to.equal(1);
      } finally {
        warnings.restore();
      }
    });
  }

  it('reaches elements whose script loaded before the provider’s', async () => {
    const frame = await openPage('/tests/pages/late-provider.html');
    const card = frame.contentDocument!.querySelector('ccin-case-study')!;
    const link = await until(() => card.shadowRoot?.querySelector<HTMLAnchorElement>('[part="title"] a'), 'card linked through the provider');
    expect(new URL(link.href).pathname).to.equal('/case-studies/wigan-care-to-join-us');
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('loads nothing bundled for an element whose provider (with src) is defined after it: it waits for the provider’s data', async () => {
    const frame = await openPage('/tests/pages/late-provider.html');
    const study = frame.contentDocument!.getElementById('from-src')!;
    await until(() => study.shadowRoot?.querySelector('[part="title"]')?.textContent?.includes('(newer data)'), 'the title from the provider’s snapshot');
    // The bundled module of that case study was never requested (it was before 0.2, one time in three).
    expect(requested(frame).filter((path) => path.includes('rochdale-cost-of-living-crisis'))).to.deep.equal([]);
    expect(recorder(frame).warnings).to.deep.equal([]);
  });

  it('fetches nothing when src is not set, and links badges through principle-href', async () => {
    const before = performance.getEntriesByType('resource').length;
    const root = await fixture(html`<ccin-provider principle-href="/principles/{id}">
      <ccin-principle-badge principle="learning"></ccin-principle-badge></ccin-provider>`);
    const badge = root.querySelector('ccin-principle-badge')!;
    const link = await until(() => badge.shadowRoot!.querySelector('a'), 'badge link');
    expect(link.href).to.equal(new URL('/principles/learning', location.href).href);
    const fetched = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    expect(fetched.filter((name) => name.includes('snapshot'))).to.deep.equal([]);
  });

  it('passes axe with its notice showing', async () => {
    const warnings = captureWarnings();
    try {
      const root = await fixture(html`<main><ccin-provider src="/tests/fixtures/missing.json"><p>Content</p></ccin-provider></main>`);
      const provider = root.querySelector<CcinProvider>('ccin-provider')!;
      await until(() => provider.shadowRoot!.querySelector('[part="notice"]'), 'notice');
      await expectNoAxeViolations(root);
    } finally {
      warnings.restore();
    }
  });
});

describe('on a strict page', () => {
  it('renders every element under "default-src \'self\'; script-src \'self\'; style-src \'self\'" with no violation', async () => {
    const frame = await openPage('/tests/pages/strict/all-elements.html');
    const doc = frame.contentDocument!;
    const studies = [...doc.querySelectorAll('ccin-case-study')];
    await until(() => studies.every((s) => s.shadowRoot?.querySelector('[part="title"], [part="status"]:not(.loading)')), 'case studies');
    const maps = [...doc.querySelectorAll('ccin-member-map')];
    // A map lays out its markers when it comes near the viewport.
    maps[0]!.scrollIntoView();
    await until(() => maps.every((m) => m.shadowRoot?.querySelector('.marker, .member-entry')), 'maps');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(recorder(frame).violations).to.deep.equal([]);
    expect(recorder(frame).errors).to.deep.equal([]);
    // Styles are constructable stylesheets: no <style> element and no style attribute anywhere.
    const roots = [doc, ...[...doc.querySelectorAll('*')].map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r)];
    for (const root of roots) {
      expect(root.querySelectorAll('style').length).to.equal(0);
      expect(root.querySelectorAll('[style]').length).to.equal(0);
    }
    expect(shadowText(studies[0]!)).to.contain('Tackling the Cost of Living Crisis in Rochdale');
  });

  it('honours window.litNonce where a browser without constructable stylesheets needs <style> elements', async () => {
    const frame = await openPage('/tests/pages/nonce/all-elements.html');
    const doc = frame.contentDocument!;
    const study = doc.querySelector('ccin-case-study')!;
    await until(() => study.shadowRoot?.querySelector('[part="title"]'), 'case study');
    const styles = [...study.shadowRoot!.querySelectorAll('style')];
    expect(styles.length).to.be.greaterThan(0);
    expect(styles.every((style) => style.nonce === 'ccin-test-nonce')).to.equal(true);
    // The styles applied: the theme label has the accent colour, the badge its border.
    expect(frame.contentWindow!.getComputedStyle(study.shadowRoot!.querySelector('[part="theme"]')!).color).to.equal('rgb(0, 102, 79)');
    const badge = doc.querySelector('ccin-principle-badge')!.shadowRoot!.querySelector('[part~="badge"]')!;
    expect(frame.contentWindow!.getComputedStyle(badge).borderTopStyle).to.equal('solid');
    expect(recorder(frame).violations).to.deep.equal([]);
  });

  it('sends every request to the page’s own origin, and leaves cookies and storage empty', async () => {
    const frame = await openPage('/tests/pages/strict/all-elements.html');
    const doc = frame.contentDocument!;
    // The elements above the map grow as they render: keep it in view until its markers are drawn.
    await until(() => {
      doc.querySelector('ccin-member-map')!.scrollIntoView();
      return doc.querySelector('ccin-member-map')?.shadowRoot?.querySelector('.marker');
    }, 'map');
    await until(() => doc.querySelector('ccin-case-study')?.shadowRoot?.querySelector('[part="title"]'), 'case study');
    const origins = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
    expect(origins.length).to.be.greaterThan(3);
    expect([...new Set(origins)]).to.deep.equal([location.origin]);
    expect(requested(frame).every((path) => path.startsWith('/dist/') || path.startsWith('/tests/pages/') || path.startsWith('/__web-dev-server'))).to.equal(true);
    expect(frame.contentDocument!.cookie).to.equal('');
    expect(frame.contentWindow!.localStorage.length).to.equal(0);
    expect(frame.contentWindow!.sessionStorage.length).to.equal(0);
    expect(await frame.contentWindow!.indexedDB.databases()).to.deep.equal([]);
    // No web fonts.
    expect([...frame.contentDocument!.fonts].length).to.equal(0);
  });
});

describe('included twice', () => {
  it('throws nothing, renders once, and warns once about the other version', async () => {
    const frame = await openPage('/tests/pages/double-include.html');
    const doc = frame.contentDocument!;
    await until(() => doc.querySelector('ccin-case-study')?.shadowRoot?.querySelector('[part="title"]'), 'case study');
    await until(() => doc.querySelector('ccin-member-map')?.shadowRoot?.querySelector('.member-entry'), 'list');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const files = requested(frame);
    // All three copies loaded and ran.
    expect(files).to.include.members(['/dist/ccin-elements.js', '/tests/copy/ccin-elements.js', '/tests/other-version/ccin-elements.js']);
    expect(recorder(frame).errors).to.deep.equal([]);
    const mismatch = recorder(frame).warnings.filter((w) => w.includes('is already on the page'));
    expect(mismatch.length).to.equal(1);
    expect(mismatch[0]).to.match(/0\.0\.9-other|0\.1\.0/);
    expect(doc.querySelectorAll('ccin-case-study').length).to.equal(1);
    expect(doc.querySelector('ccin-case-study')!.shadowRoot!.querySelectorAll('[part="title"]').length).to.equal(1);
  });
});

describe('without JavaScript', () => {
  it('shows the fallback content, readable, and reserves the elements’ space', async () => {
    const frame = await openPage('/tests/pages/no-js.html', { sandbox: 'allow-same-origin' });
    const doc = frame.contentDocument!;
    expect(doc.defaultView!.customElements.get('ccin-case-study')).to.equal(undefined);
    for (const id of ['case-fallback', 'map-fallback', 'text']) expect(visible(doc.getElementById(id)), id).to.equal(true);
    expect(doc.getElementById('text')!.textContent!.replace(/\s+/g, ' ')).to.equal('This work shows Co-production in practice.');
    const study = doc.querySelector('ccin-case-study')!;
    expect(study.getBoundingClientRect().height).to.be.at.least(12 * 16 - 1);
  });

  it('uncovers cloaked content after two seconds at most', async () => {
    const frame = await openPage('/tests/pages/no-js-cloak.html', { sandbox: 'allow-same-origin' });
    const doc = frame.contentDocument!;
    const started = performance.now();
    const fallback = doc.getElementById('case-fallback');
    expect(getComputedStyle(fallback!).visibility).to.equal('hidden');
    expect(visible(doc.getElementById('text'))).to.equal(true); // badges are never cloaked
    await until(() => visible(fallback), 'uncloaked', 4000);
    const elapsed = performance.now() - started;
    expect(elapsed).to.be.below(2500);
    expect(visible(doc.getElementById('map-fallback'))).to.equal(true);
  });
});

describe('LocalGov Drupal', () => {
  it('leaves a readable fallback link when the text format strips a pasted snippet', async () => {
    const frame = await openPage('/tests/pages/localgov-stripped.html');
    const doc = frame.contentDocument!;
    const link = doc.querySelector<HTMLAnchorElement>('.field--name-localgov-text a')!;
    expect(visible(link)).to.equal(true);
    expect(link.textContent).to.equal("Read Rochdale's case study on the CCIN website");
    expect(doc.body.innerText).to.not.contain('<ccin');
    expect(doc.body.innerText).to.contain('This project shows Co-production.');
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('renders from a theme library and a paragraph template, in the page’s outline and brand', async () => {
    const frame = await openPage('/tests/pages/localgov-theme.html');
    const doc = frame.contentDocument!;
    const study = doc.querySelector('ccin-case-study')!;
    const title = await until(() => study.shadowRoot?.querySelector('[part="title"]'), 'case study');
    expect(title.tagName).to.equal('H2');
    const theme = study.shadowRoot!.querySelector('[part="theme"]')!;
    expect(frame.contentWindow!.getComputedStyle(theme).color).to.equal('rgb(101, 44, 149)');
    // The theme sets html { font-size: 62.5% }; the elements size in em, so text stays at the body's 16 px.
    const paragraph = study.shadowRoot!.querySelector('[part="body"] p')!;
    expect(frame.contentWindow!.getComputedStyle(paragraph).fontSize).to.equal('16px');
    expect(recorder(frame).errors).to.deep.equal([]);
  });
});

describe('the embed-code builder', () => {
  it('gives a snippet that, pasted into a fresh page, renders what the preview shows', async () => {
    for (const choose of [
      (doc: Document) => {
        doc.querySelector<HTMLSelectElement>('#case-id')!.value = 'cardiff-planning-pioneers';
      },
      (doc: Document) => {
        doc.querySelector<HTMLInputElement>('#el-badge')!.checked = true;
        doc.querySelector<HTMLSelectElement>('#principle')!.value = 'democratic-engagement';
        doc.querySelector<HTMLSelectElement>('#variant')!.value = 'full';
      },
    ]) {
      const builder = await openPage('/demo/builder.html');
      const doc = builder.contentDocument!;
      await until(() => doc.documentElement.dataset.ready, 'builder ready');
      choose(doc);
      doc.querySelector('form')!.dispatchEvent(new Event('change', { bubbles: true }));
      const snippet = doc.getElementById('snippet')!.textContent!;
      expect(snippet).to.match(/integrity="sha384-[A-Za-z0-9+/]+=*" crossorigin="anonymous"/);
      expect(snippet).to.contain(`src="${new URL('/dist/ccin-elements.js', location.href).href}"`);
      expect(snippet).to.match(/<link rel="modulepreload" href="[^"]+\/dist\/chunks\/[^"]+\.js">/);
      const preview = doc.querySelector('#preview > *')!;
      await until(() => preview.shadowRoot?.querySelector('[part="title"], [part="name"]'), 'preview');

      const fresh = document.createElement('iframe');
      const loaded = new Promise((resolve) => fresh.addEventListener('load', resolve, { once: true }));
      fresh.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${snippet}</body></html>`;
      document.body.append(fresh);
      await loaded;
      const pasted = await until(() => fresh.contentDocument!.body.lastElementChild, 'pasted element');
      await until(() => pasted.shadowRoot?.querySelector('[part="title"], [part="name"]'), 'pasted rendered');
      expect(pasted.tagName).to.equal(preview.tagName);
      // Both finish loading (a full badge loads its statement), then read the same.
      await until(() => !shadowText(pasted).includes('…') && !shadowText(preview).includes('…'), 'both loaded');
      expect(shadowText(pasted)).to.equal(shadowText(preview));
      // The preloaded modules are the ones the element uses: each fetched once, not twice.
      const dataFetches = fresh.contentWindow!.performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/'));
      const byName = new Map<string, number>();
      for (const entry of dataFetches) byName.set(entry.name, (byName.get(entry.name) ?? 0) + 1);
      expect([...byName.values()].every((count) => count === 1), JSON.stringify([...byName])).to.equal(true);
      fresh.remove();
      builder.remove();
    }
  });

  it('gives pre-rendered HTML then the script: pasted into a page with JavaScript off, the article is there and styled', async () => {
    const builder = await openPage('/demo/builder.html');
    const doc = builder.contentDocument!;
    await until(() => doc.documentElement.dataset.ready, 'builder ready');
    doc.querySelector<HTMLSelectElement>('#case-id')!.value = 'cardiff-planning-pioneers';
    doc.querySelector<HTMLInputElement>('#out-prerendered')!.checked = true;
    doc.querySelector('form')!.dispatchEvent(new Event('change', { bubbles: true }));
    const snippet = await until(() => doc.getElementById('snippet')!.textContent!.match(/shadowrootmode/) && doc.getElementById('snippet')!.textContent!, 'pre-rendered snippet');
    expect(snippet).to.contain(`<link rel="stylesheet" href="${new URL('/dist/styles/ccin-case-study.css', location.href).href}">`);
    expect(snippet.trimEnd()).to.match(/<script type="module" src="[^"]+\/dist\/ccin-elements\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
    const title = (await fetch('/dist/data/case-study-index.json').then((r) => r.json()) as { id: string; title: string }[]).find((s) => s.id === 'cardiff-planning-pioneers')!.title;

    // Pasted into a page whose scripts cannot run: the article is readable and styled all the same.
    const fresh = document.createElement('iframe');
    fresh.setAttribute('sandbox', 'allow-same-origin');
    const loaded = new Promise((resolve) => fresh.addEventListener('load', resolve, { once: true }));
    fresh.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${snippet}</body></html>`;
    document.body.append(fresh);
    await loaded;
    const pasted = fresh.contentDocument!.querySelector('ccin-case-study')!;
    expect(pasted.shadowRoot, 'a declarative shadow root').to.not.equal(null);
    expect(pasted.shadowRoot!.textContent).to.contain(title);
    await until(() => getComputedStyle(pasted).display === 'block', 'the stylesheet applied');
    fresh.remove();

    // Options that dist/html/ was not rendered with get the command that renders them.
    doc.querySelector<HTMLSelectElement>('#heading-level')!.value = '3';
    doc.querySelector('form')!.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => doc.getElementById('snippet')!.textContent!.includes('npx ccin-elements render'), 'the render command');
    expect(doc.getElementById('snippet')!.textContent).to.contain(`heading-level="3"`);
  });
});
