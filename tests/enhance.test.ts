/**
 * Links that become principle badges (src/principle-badge/enhance.ts, through the autoloader in
 * dist/ccin-elements.js). The acceptance test of the issue: a page with the script,
 * data-ccin-enhance on <main> and a link to each of the ten #ccin-principle-<id> fragments shows
 * ten badges with the right names, each a link to the original href, in the text's font and on
 * its baseline; an unknown id stays a link with one warning; a link added after load is
 * enhanced; without the attribute nothing changes; with JavaScript off the links are plain
 * links; axe finds nothing; a strict CSP sees no violation. Then the options (fragment
 * parameters, data-ccin-variant/size), malformed fragments and second passes.
 *
 * Pages: tests/pages/enhance.html (the acceptance page), enhance-options.html, enhance-none.html
 * and strict/enhance.html, opened in iframes as a council's site would load them. Run
 * `npm run build` first: the pages load dist/.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { bundledPrinciples } from '../src/shared/data/principles.js';
import { expectNoAxeViolations, wcagTags } from './helpers/axe.js';
import { openPage, requested } from './helpers/pages.js';
import { shadowText, until } from './helpers/util.js';

interface Recorder {
  warnings: string[];
  errors: string[];
  violations: string[];
}
const recorder = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { __ccin: Recorder }).__ccin;

/** The policy tests/helpers/server-plugin.mjs sends with pages under /tests/pages/strict/. */
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";
const principleLink = (id: string) => `/our-co-operative-council#ccin-principle-${id}`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Badge = HTMLElement & { principle?: string };

/** The badge's own link (in its shadow root), once it has rendered one. */
const badgeLink = (badge: Element) => badge.shadowRoot?.querySelector<HTMLAnchorElement>('a[part~="badge"]') ?? null;

/** Waits for `count` badges under `root` that have rendered their face. */
async function renderedBadges(root: ParentNode, count: number, what = 'badges'): Promise<Badge[]> {
  let found = 0;
  try {
    return await until(() => {
      const badges = [...root.querySelectorAll<Badge>('ccin-principle-badge')];
      found = badges.filter((b) => b.shadowRoot?.querySelector('[part~="badge"]')).length;
      return badges.length === count && found === count && badges;
    }, `${count} rendered ${what}`);
  } catch (error) {
    const all = root.querySelectorAll('ccin-principle-badge').length;
    throw new Error(`${(error as Error).message} (found ${all}, ${found} rendered)`);
  }
}

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

/** Runs module code in the page (as an app that imports the elements itself would). */
async function runModule(frame: HTMLIFrameElement, code: string): Promise<void> {
  const doc = frame.contentDocument!;
  const flag = `__ran${Math.random().toString(36).slice(2)}`;
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = `${code}\nwindow.${flag} = true;`;
  doc.head.append(script);
  await until(() => (frame.contentWindow as unknown as Record<string, unknown>)[flag], 'the module script');
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

describe('links that become principle badges: options, odd fragments, second passes', () => {
  const optionsPage = '/tests/pages/enhance-options.html';
  const badgeOf = (doc: Document, linkId: string) => doc.getElementById(linkId)!.closest<Badge>('ccin-principle-badge');

  async function openOptions(): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
    const frame = await openPage(optionsPage);
    const doc = frame.contentDocument!;
    // The sections' badges (those written by hand, and the editable section, are each test's own business).
    for (const [id, count] of [['fragment', 4], ['region', 2], ['odd', 2]] as const) await renderedBadges(doc.getElementById(id)!, count, `badges in #${id}`);
    return { frame, doc };
  }

  it('takes the variant and size from the fragment (#ccin-principle-<id>&variant=…&size=…)', async () => {
    const { doc } = await openOptions();
    const iconSmall = badgeOf(doc, 'f-icon-small')!;
    expect([iconSmall.getAttribute('principle'), iconSmall.getAttribute('variant'), iconSmall.getAttribute('size')]).to.deep.equal([
      'co-production',
      'icon',
      'small',
    ]);
    const iconLink = badgeLink(iconSmall)!;
    expect(iconLink.getAttribute('aria-label')).to.equal('Co-production');
    expect(iconLink.getAttribute('href')).to.equal('/co-op#ccin-principle-co-production&variant=icon&size=small');
    expect(iconLink.classList.contains('size-small')).to.equal(true);

    const large = badgeOf(doc, 'f-large')!;
    expect([large.getAttribute('variant'), large.getAttribute('size')]).to.deep.equal(['label', 'large']);
    expect(badgeLink(large)!.classList.contains('size-large')).to.equal(true);

    const full = badgeOf(doc, 'f-full')!;
    expect(full.getAttribute('variant')).to.equal('full');
    const toggle = await until(() => full.shadowRoot!.querySelector('button'), 'the full badge’s toggle');
    expect(toggle.getAttribute('aria-label')).to.equal('Show statement: Innovation');

    // No parameters, no region defaults: the badge's own defaults (which it reflects).
    const plain = badgeOf(doc, 'f-plain')!;
    expect([plain.getAttribute('variant'), plain.getAttribute('size')]).to.deep.equal(['label', 'medium']);
    expect(badgeLink(plain)!.classList.contains('size-medium')).to.equal(true);
  });

  it('takes them from data-ccin-variant and data-ccin-size on the opted-in element, the fragment winning', async () => {
    const { doc } = await openOptions();
    const fromRegion = badgeOf(doc, 'r-default')!;
    expect([fromRegion.getAttribute('variant'), fromRegion.getAttribute('size')]).to.deep.equal(['icon', 'large']);
    expect(badgeLink(fromRegion)!.getAttribute('aria-label')).to.equal('Walking the talk');
    const overridden = badgeOf(doc, 'r-override')!;
    expect([overridden.getAttribute('variant'), overridden.getAttribute('size')]).to.deep.equal(['label', 'small']);
    expect(shadowText(overridden)).to.equal('Social Partnership');
  });

  it('copes with malformed %-escapes and odd ids without an exception', async () => {
    const { frame, doc } = await openOptions();
    // Broken escapes in the parameters: a badge all the same; the badge warns about the values.
    const badParams = badgeOf(doc, 'o-bad-param')!;
    expect(badParams.getAttribute('principle')).to.equal('learning');
    expect(shadowText(badParams)).to.equal('Learning');
    expect(badgeLink(badParams)!.getAttribute('href')).to.equal('/co-op#ccin-principle-learning&size=%E0%A4%A&variant=%');
    expect(badgeLink(badParams)!.classList.contains('variant-label')).to.equal(true);
    expect(badgeLink(badParams)!.classList.contains('size-medium')).to.equal(true);
    // An id with a stray "%", or nothing but one: links, one warning each.
    for (const [linkId, id] of [
      ['o-bad-id', 'co-production%'],
      ['o-only-percent', '%'],
    ]) {
      expect(badgeOf(doc, linkId!), linkId).to.equal(null);
      expect(recorder(frame).warnings.filter((w) => w.includes(`"${id}" is not a principle id`)).length, linkId).to.equal(1);
    }
    // Upper case: the id is matched as the badge matches it.
    const upper = badgeOf(doc, 'o-upper')!;
    expect(shadowText(upper)).to.equal('Innovation');
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('does not wrap a link twice: not links written inside a badge, not on a second pass', async () => {
    const { frame, doc } = await openOptions();
    const main = doc.querySelector('main')!;
    const count = () => main.querySelectorAll('ccin-principle-badge').length;
    const nested = () => main.querySelectorAll('ccin-principle-badge ccin-principle-badge').length;
    await renderedBadges(doc.getElementById('wrapped')!, 2, 'badges written by hand');
    await wait(300);
    expect(count()).to.equal(10);
    expect(nested()).to.equal(0);
    // Badges written by hand keep their fallback as it was.
    expect(doc.getElementById('w-direct')!.innerHTML).to.equal('<a href="/co-op#ccin-principle-learning">Learning</a>');
    expect(doc.getElementById('w-nested')!.innerHTML).to.equal('<span><a href="/co-op#ccin-principle-innovation">Innovation</a></span>');

    // A second pass, as an app that calls enhanceLinks itself would make.
    await runModule(
      frame,
      `import { enhanceLinks, enhanceableLinks } from '/dist/elements/principle-badge.js';
       enhanceLinks(document.querySelectorAll(enhanceableLinks));`,
    );
    expect(count()).to.equal(10);
    expect(nested()).to.equal(0);

    // The autoloader finding them again (the sections moved by a script).
    for (const section of [...main.querySelectorAll('section')]) main.append(section);
    await wait(300);
    expect(count()).to.equal(10);
    expect(nested()).to.equal(0);
    for (const badge of main.querySelectorAll('ccin-principle-badge')) {
      expect(badge.querySelectorAll('a').length).to.equal(1);
      expect(badge.shadowRoot!.querySelectorAll('a').length).to.equal(1);
    }
    expect(recorder(frame).errors).to.deep.equal([]);
  });

  it('skips links that left the opted-in region, changed, or are being edited, without an exception', async () => {
    const { frame, doc } = await openOptions();
    // Contenteditable content (an editor on the page): never enhanced, and nothing keeps changing.
    const editable = doc.querySelector('[contenteditable]')!;
    expect(doc.getElementById('e-edit')!.parentElement!.localName).to.equal('p');
    let mutations = 0;
    new (frame.contentWindow as unknown as typeof window).MutationObserver((records) => (mutations += records.length)).observe(editable, {
      childList: true,
      subtree: true,
      attributes: true,
    });
    editable.querySelector('p')!.append(' and ', Object.assign(doc.createElement('a'), { href: '#ccin-principle-innovation', textContent: 'Innovation' }));
    await wait(300);
    expect(editable.querySelector('ccin-principle-badge')).to.equal(null);
    expect(mutations).to.equal(1); // the link added above, and nothing after it

    // Links found, then moved out of the region, emptied of their fragment, or removed, before
    // enhanceLinks() runs (as the autoloader's import resolves after the page has moved on).
    await runModule(
      frame,
      `import { enhanceLinks } from '/dist/elements/principle-badge.js';
       const make = (href) => Object.assign(document.createElement('a'), { href, textContent: 'Learning' });
       const region = document.getElementById('fragment');
       const moved = region.querySelector('p').appendChild(make('#ccin-principle-learning'));
       const changed = region.querySelector('p').appendChild(make('#ccin-principle-innovation'));
       const removed = region.querySelector('p').appendChild(make('#ccin-principle-new-models'));
       const found = [moved, changed, removed, make('#ccin-principle-learning')];
       document.getElementById('footer-text').append(moved);
       changed.setAttribute('href', '/co-op');
       removed.remove();
       enhanceLinks(found);
       window.__skipped = found.map((a) => a.parentElement?.localName ?? null);`,
    );
    // (The autoloader saw the three links added to the region: give its pass time to run too.)
    await wait(300);
    expect((frame.contentWindow as unknown as { __skipped: (string | null)[] }).__skipped).to.deep.equal(['p', 'p', null, null]);
    expect(doc.querySelector('footer ccin-principle-badge')).to.equal(null);
    expect(recorder(frame).errors).to.deep.equal([]);
  });
});

describe('links that become principle badges: Chromium’s accessibility tree', () => {
  // The accessibility snapshot command reads the test page itself, not iframes: so here the test
  // page loads the script and has the opted-in region.
  it('names each badge’s link with the principle’s name, and exposes no second link', async () => {
    const region = document.createElement('main');
    region.id = 'enhanced-region';
    region.setAttribute('data-ccin-enhance', '');
    region.innerHTML = bundledPrinciples
      .map(({ id, name }) => `<p>This shows <a href="${principleLink(id)}${id === 'innovation' ? '&amp;variant=icon' : ''}">${name}</a>.</p>`)
      .join('');
    document.body.append(region);
    const script = Object.assign(document.createElement('script'), { type: 'module', src: '/dist/ccin-elements.js' });
    document.head.append(script);
    try {
      await renderedBadges(region, 10);
      interface AxNode {
        role?: string;
        name?: string;
        children?: AxNode[];
      }
      const links: AxNode[] = [];
      const walk = (node: AxNode | undefined) => {
        if (!node) return;
        if (node.role === 'link') links.push(node);
        node.children?.forEach(walk);
      };
      walk((await a11ySnapshot({ selector: '#enhanced-region' })) as unknown as AxNode);
      expect(links.map((l) => l.name)).to.deep.equal(bundledPrinciples.map((p) => p.name));
      await expectNoAxeViolations(region);
    } finally {
      region.remove();
    }
  });
});
