/**
 * Links that become principle badges (src/principle-badge/enhance.ts, through the autoloader in
 * dist/ccin-elements.js): the options (fragment parameters, data-ccin-variant/size), malformed
 * fragments and second passes. The acceptance test of the issue is in page.test.ts.
 *
 * Page: tests/pages/enhance-options.html, opened in an iframe as a council's site would load it.
 * Run `npm run build` first: the page loads dist/.
 */
import { expect } from '@open-wc/testing';
import { badgeLink, recorder, renderedBadges, wait, type Badge } from '../helpers/enhance.js';
import { openPage } from '../helpers/pages.js';
import { shadowText, until } from '../helpers/util.js';

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

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

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
