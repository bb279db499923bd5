/**
 * Links that become principle badges (src/principle-badge/enhance.ts, through the autoloader in
 * dist/ccin-elements.js). The acceptance test of the issue: a page with the script,
 * data-ccin-enhance on <main> and a link to each of the ten #ccin-principle-<id> fragments shows
 * ten badges with the right names, each a link to the original href, in the text's font and on
 * its baseline; an unknown id stays a link with one warning; a link added after load is
 * enhanced; without the attribute nothing changes; with JavaScript off the links are plain
 * links; axe finds nothing; a strict CSP sees no violation. The options (fragment parameters,
 * data-ccin-variant/size), malformed fragments and second passes are in options.test.ts, and
 * Chromium's accessibility tree in accessibility-tree.test.ts.
 *
 * Pages: tests/pages/enhance.html (the acceptance page), enhance-none.html, enhance-localgov.html
 * and strict/enhance.html, opened in iframes as a council's site would load them. Run
 * `npm run build` first: the pages load dist/.
 */
import { expect } from '@open-wc/testing';
import { bundledPrinciples } from '../../src/shared/data/principles.js';
import { wcagTags } from '../helpers/axe.js';
import { badgeLink, principleLink, recorder, renderedBadges, wait } from '../helpers/enhance.js';
import { openPage, requested } from '../helpers/pages.js';
import { shadowText, until } from '../helpers/util.js';

/** The policy tests/helpers/server-plugin.mjs sends with pages under /tests/pages/strict/. */
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The line boxes of a text node, or of the first text with words in an element (a Range over the text gives them). */
function textBoxes(node: Node): DOMRect[] {
  const doc = node.ownerDocument!;
  let text: Node | null = node;
  if (node.nodeType !== Node.TEXT_NODE) {
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT, { acceptNode: (t) => (t.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    text = walker.nextNode();
  }
  if (!text) throw new Error('no text to measure');
  const range = doc.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((rect) => rect.width > 0);
}

/** Waits until the page's autoloader has run (and the imports it started have had time to settle). */
async function autoloaderRan(frame: HTMLIFrameElement): Promise<void> {
  await until(() => (frame.contentWindow as unknown as Record<symbol, unknown>)[Symbol.for('ccin-elements.autoloader')], 'the autoloader');
  await wait(300);
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/**
 * axe with the WCAG 2.2 AA tags of tests/helpers/axe.ts, run in the page's own window: axe refuses
 * a document from another window (its checks are `instanceof window.Node`), so
 * expectNoAxeViolations() cannot be given an iframe's document.
 */
async function expectNoAxeViolationsInPage(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow as unknown as { axe?: { run(context: Document, options: object): Promise<AxeResults> } };
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load axe-core into the page'));
    });
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(frame.contentDocument!, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  const report = results.violations
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
  expect(results.violations.length, report).to.equal(0);
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('links that become principle badges (data-ccin-enhance on <main>)', () => {
  it('shows the ten principle links as ten badges with the right names, each a link to the original href', async () => {
    expect(bundledPrinciples.length).to.equal(10);
    const frame = await openPage('/tests/pages/enhance.html');
    const doc = frame.contentDocument!;
    const main = doc.querySelector('main')!;
    const badges = await renderedBadges(main, 10);

    // One badge per principle, in the page's order (the data's order).
    expect(badges.map((b) => b.getAttribute('principle'))).to.deep.equal(bundledPrinciples.map((p) => p.id));
    for (const [i, { id, name }] of bundledPrinciples.entries()) {
      const badge = badges[i]!;
      const href = principleLink(id);
      expect(badge.getAttribute('href'), id).to.equal(href);
      // The badge is a link to the original address, named by the principle's name.
      const link = badgeLink(badge);
      expect(link, `${id}: the badge is a link`).to.not.equal(null);
      expect(link!.getAttribute('href'), id).to.equal(href);
      expect(link!.href, id).to.equal(new URL(href, frame.contentWindow!.location.href).href);
      expect(link!.textContent!.replace(/\s+/g, ' ').trim(), id).to.equal(name);
      expect(link!.querySelector('[part="name"]')!.textContent, id).to.equal(name);
      expect(shadowText(badge), id).to.equal(name);
      // The editor's link is inside, as the fallback, and is not shown next to the badge.
      const fallback = [...badge.children];
      expect(fallback.length, id).to.equal(1);
      expect(fallback[0]!.localName).to.equal('a');
      expect(fallback[0]!.getAttribute('href')).to.equal(href);
      expect(fallback[0]!.textContent).to.equal(name);
      expect(fallback[0]!.getClientRects().length, `${id}: the fallback link is not rendered`).to.equal(0);
      // The badge took the link's place in its sentence.
      expect(badge.parentElement!.localName).to.equal('p');
    }
    // Ordinary links stay as they are.
    expect(main.querySelector('a[href="/our-co-operative-council"]')!.parentElement!.localName).to.equal('p');
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('draws each badge in the text’s font, on the text’s baseline, without changing the line height', async () => {
    const frame = await openPage('/tests/pages/enhance.html');
    const doc = frame.contentDocument!;
    const view = frame.contentWindow!;
    const badges = await renderedBadges(doc.querySelector('main')!, 10);
    // A paragraph with no badge, for the line height.
    const plain = doc.querySelector('main p')!;
    const lineHeight = plain.getBoundingClientRect().height;
    const measured: string[] = [];
    for (const badge of badges) {
      const id = badge.getAttribute('principle')!;
      const paragraph = badge.parentElement!;
      const name = badge.shadowRoot!.querySelector('[part="name"]')!;
      // The page's font (the page sets no --font-primary or --ccin-font-family), and its size.
      expect(view.getComputedStyle(name).fontFamily, id).to.equal(view.getComputedStyle(paragraph).fontFamily);
      expect(view.getComputedStyle(name).fontFamily).to.contain('Liberation Serif');
      expect(view.getComputedStyle(name).fontSize, id).to.equal(view.getComputedStyle(paragraph).fontSize);

      // Baseline: the name's text box ends where the neighbouring words' boxes end, on the same line.
      const nameBox = textBoxes(name)[0]!;
      const before = textBoxes(badge.previousSibling!).at(-1)!;
      const after = textBoxes(badge.nextSibling!)[0]!;
      for (const [side, box] of [['before', before], ['after', after]] as const) {
        expect(box.top < nameBox.bottom && nameBox.top < box.bottom, `${id}: the text ${side} is on the badge's line`).to.equal(true);
        expect(Math.abs(nameBox.bottom - box.bottom), `${id}: name bottom ${nameBox.bottom}, text ${side} ${box.bottom}`).to.be.at.most(1);
      }
      // The badge neither wraps the sentence nor makes its line taller.
      expect(Math.abs(paragraph.getBoundingClientRect().height - lineHeight), `${id}: paragraph height`).to.be.at.most(1);
      measured.push(`${id}: Δbaseline ${(nameBox.bottom - before.bottom).toFixed(2)}/${(nameBox.bottom - after.bottom).toFixed(2)} px`);
    }
    console.log(`baseline (name's text box bottom minus the neighbouring text's), line height ${lineHeight} px:\n  ${measured.join('\n  ')}`);
  });

  it('leaves a link with an unknown id as a link, with one console warning', async () => {
    const frame = await openPage('/tests/pages/enhance.html');
    const doc = frame.contentDocument!;
    await renderedBadges(doc.querySelector('main')!, 10);
    const unknown = doc.getElementById('unknown')!;
    expect(unknown.parentElement!.id).to.equal('unknown-text');
    expect(unknown.closest('ccin-principle-badge')).to.equal(null);
    expect(unknown.getAttribute('href')).to.equal(principleLink('co-operation'));
    const about = () => recorder(frame).warnings.filter((w) => w.includes('co-operation'));
    expect(about().length).to.equal(1);
    expect(about()[0]).to.contain('stays a link').and.to.contain('"co-operation" is not a principle id');
    // The only warning on the page.
    expect(recorder(frame).warnings.length).to.equal(1);

    // Found again (the paragraph moved by a script): still the one warning.
    const paragraph = doc.getElementById('unknown-text')!;
    paragraph.parentElement!.append(paragraph);
    await wait(300);
    expect(doc.getElementById('unknown')!.closest('ccin-principle-badge')).to.equal(null);
    expect(about().length).to.equal(1);
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('enhances links added after load (a CMS’s AJAX view), but not outside the opted-in region', async () => {
    const frame = await openPage('/tests/pages/enhance.html');
    const doc = frame.contentDocument!;
    const main = doc.querySelector('main')!;
    await renderedBadges(main, 10);

    // A paragraph added to <main>.
    const added = doc.createElement('p');
    added.innerHTML = `Added later: <a href="${principleLink('learning')}&amp;variant=icon">Learning</a>.`;
    main.append(added);
    const [badge] = await renderedBadges(added, 1, 'badge in the added paragraph');
    expect(badge!.getAttribute('principle')).to.equal('learning');
    expect(badge!.getAttribute('variant')).to.equal('icon');
    expect(badgeLink(badge!)!.getAttribute('aria-label')).to.equal('Learning');
    expect(badgeLink(badge!)!.getAttribute('href')).to.equal(`${principleLink('learning')}&variant=icon`);

    // A link added into an existing paragraph.
    const paragraph = main.querySelectorAll('p')[1]!;
    const link = Object.assign(doc.createElement('a'), { href: principleLink('innovation'), textContent: 'Innovation' });
    paragraph.append(' and ', link);
    await until(() => link.parentElement?.localName === 'ccin-principle-badge', 'the added link to become a badge');
    await until(() => shadowText(link.parentElement!) === 'Innovation', 'its name');

    // A region that opts in itself, added later.
    const region = doc.createElement('section');
    region.setAttribute('data-ccin-enhance', '');
    region.setAttribute('data-ccin-size', 'small');
    region.innerHTML = `<p>From a view: <a href="#ccin-principle-co-production">Co-production</a></p>`;
    doc.body.append(region);
    const [fromView] = await renderedBadges(region, 1, 'badge in the added region');
    expect(fromView!.getAttribute('size')).to.equal('small');
    expect(badgeLink(fromView!)!.getAttribute('href')).to.equal('#ccin-principle-co-production');

    // The footer does not opt in: neither its link nor one added there changes.
    const footer = doc.querySelector('footer')!;
    footer.insertAdjacentHTML('beforeend', `<p><a id="footer-added" href="${principleLink('innovation')}">Innovation</a></p>`);
    await wait(300);
    expect(footer.querySelector('ccin-principle-badge')).to.equal(null);
    expect(doc.getElementById('outside')!.parentElement!.localName).to.equal('p');
    expect(doc.getElementById('footer-added')!.parentElement!.localName).to.equal('p');
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('changes nothing on a page without data-ccin-enhance, and loads no badge code', async () => {
    const path = '/tests/pages/enhance-none.html';
    const frame = await openPage(path);
    const doc = frame.contentDocument!;
    await autoloaderRan(frame);
    // The body is exactly as the server sent it.
    const source = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
    expect(doc.body.innerHTML).to.equal(source.body.innerHTML);
    expect(doc.querySelectorAll('ccin-principle-badge').length).to.equal(0);
    expect(doc.querySelectorAll('a[href*="#ccin-principle-"]').length).to.equal(3);
    expect(requested(frame).filter((p) => p.startsWith('/dist/'))).to.deep.equal(['/dist/ccin-elements.css', '/dist/ccin-elements.js']);
    expect(frame.contentWindow!.customElements.get('ccin-principle-badge')).to.equal(undefined);
    expect(recorder(frame).warnings).to.deep.equal([]);
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('leaves plain links, readable and working, with JavaScript off', async () => {
    const frame = await openPage('/tests/pages/enhance.html', { sandbox: 'allow-same-origin' });
    const doc = frame.contentDocument!;
    await wait(300);
    expect(frame.contentWindow!.customElements.get('ccin-principle-badge')).to.equal(undefined);
    expect(doc.querySelectorAll('ccin-principle-badge').length).to.equal(0);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('main a[href*="#ccin-principle-"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([...bundledPrinciples.map((p) => principleLink(p.id)), principleLink('co-operation')]);
    expect(links.slice(0, 10).map((a) => a.textContent)).to.deep.equal(bundledPrinciples.map((p) => p.name));
    for (const link of links) {
      expect(link.getClientRects().length, link.textContent!).to.be.greaterThan(0);
      expect(link.parentElement!.localName).to.equal('p');
    }
  });

  it('has no axe violations (WCAG 2.2 AA) with the badges in the text', async () => {
    const frame = await openPage('/tests/pages/enhance.html');
    const doc = frame.contentDocument!;
    await renderedBadges(doc.querySelector('main')!, 10);
    await expectNoAxeViolationsInPage(frame);
  });

  it('works on a LocalGov-styled page (the guide’s picture): the theme’s font, no axe violations', async () => {
    const frame = await openPage('/tests/pages/enhance-localgov.html');
    const doc = frame.contentDocument!;
    const view = frame.contentWindow!;
    const main = doc.querySelector('main')!;
    const badges = await renderedBadges(main, 8);
    const names = badges.map((b) => {
      const link = badgeLink(b)!;
      return link.getAttribute('aria-label') ?? link.textContent!.replace(/\s+/g, ' ').trim();
    });
    const byId = new Map(bundledPrinciples.map((p) => [p.id as string, p.name]));
    expect(names).to.deep.equal(badges.map((b) => byId.get(b.getAttribute('principle')!)));
    // LocalGov's --font-primary is the body's font: the badges use it.
    for (const badge of badges.filter((b) => b.getAttribute('variant') === 'label')) {
      expect(view.getComputedStyle(badge.shadowRoot!.querySelector('[part="name"]')!).fontFamily).to.equal(view.getComputedStyle(badge.parentElement!).fontFamily);
    }
    await expectNoAxeViolationsInPage(frame);
    expect(recorder(frame).warnings).to.deep.equal([]);
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('raises no CSP violation under "default-src \'self\'; script-src \'self\'; style-src \'self\'"', async () => {
    const path = '/tests/pages/strict/enhance.html';
    // The policy is really sent with the page.
    expect((await fetch(path)).headers.get('content-security-policy')).to.equal(strictCsp);
    const frame = await openPage(path);
    const doc = frame.contentDocument!;
    const main = doc.querySelector('main')!;
    const badges = await renderedBadges(main, 10);
    expect(badges.map((b) => b.getAttribute('principle'))).to.deep.equal(bundledPrinciples.map((p) => p.id));
    // The full variant loads its own chunk and styles.
    const full = badges.find((b) => b.getAttribute('variant') === 'full')!;
    await until(() => full.shadowRoot!.querySelector('button'), 'the full badge’s toggle');
    // And a link added after load.
    main.insertAdjacentHTML('beforeend', `<p>Later: <a href="${principleLink('learning')}">Learning</a></p>`);
    await renderedBadges(main, 11);
    await wait(200);
    expect(recorder(frame).violations).to.deep.equal([]);
    expect(recorder(frame).errors).to.deep.equal([]);
    expect(recorder(frame).warnings).to.deep.equal([]);
    // The LocalGov theme's font (--font-primary) reaches the badges.
    const view = frame.contentWindow!;
    expect(view.getComputedStyle(badges[0]!.shadowRoot!.querySelector('[part="name"]')!).fontFamily).to.equal(view.getComputedStyle(main).fontFamily);
    // No <style> element or style attribute anywhere.
    for (const root of [doc, ...badges.map((b) => b.shadowRoot!)]) {
      expect(root.querySelectorAll('style').length).to.equal(0);
      expect(root.querySelectorAll('[style]').length).to.equal(0);
    }
  });
});
