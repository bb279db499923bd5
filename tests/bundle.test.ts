/**
 * The built library (dist/), loaded as a council's page loads it: a script tag in a page of
 * its own (an iframe), with nothing else.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../src/shared/version.js';
import { openPage, requested } from './helpers/pages.js';
import { until } from './helpers/util.js';

describe('the built library', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('defines all three elements from a page that includes only dist/ccin-elements.js', async () => {
    const frame = await openPage('/tests/pages/plain.html');
    const registry = frame.contentWindow!.customElements;
    await until(() => registry.get('ccin-member-map'), 'defined');
    for (const tag of ['ccin-case-study', 'ccin-principle-badge', 'ccin-member-map']) expect(registry.get(tag), tag).to.exist;
    // Defining is not loading: no data file is fetched until an element needs one.
    expect(requested(frame).filter((path) => path.includes('/data/'))).to.deep.equal([]);
  });

  it('requests only the one data file a case study needs, relative to the script', async () => {
    const frame = await openPage('/tests/pages/one-case-study.html');
    const el = frame.contentDocument!.querySelector('ccin-case-study')!;
    await until(() => el.shadowRoot?.querySelector('[part="title"]'), 'case study in the page');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('The Knowsley Offer and Hardship Support');
    const data = requested(frame).filter((path) => path.includes('/data/'));
    expect(data).to.deep.equal(['/dist/data/case-studies/knowsley-offer-and-hardship-support.json']);
  });

  it('keeps a page with only a badge from downloading the case study, the map or any data', async () => {
    const frame = await openPage('/tests/pages/badge-only.html');
    const badge = frame.contentDocument!.querySelector('ccin-principle-badge')!;
    await until(() => badge.shadowRoot?.textContent?.includes('Co-production'), 'badge');
    const files = requested(frame);
    expect(files.some((path) => path.includes('case-study'))).to.equal(false);
    expect(files.some((path) => path.includes('member-map'))).to.equal(false);
    expect(files.some((path) => path.includes('/data/'))).to.equal(false);
    expect(frame.contentWindow!.customElements.get('ccin-case-study')).to.equal(undefined);
  });

  it('says the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('lists the three elements in dist/custom-elements.json, which package.json points to', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('dist/custom-elements.json');
    const manifest = await (await fetch(`/${pkg.customElements}`)).json();
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
    expect(tags).to.include.members(['ccin-case-study', 'ccin-principle-badge', 'ccin-member-map']);
    const badge = manifest.modules.flatMap((m: { declarations?: object[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'ccin-principle-badge');
    expect(badge.attributes.map((a: { name: string }) => a.name)).to.include.members(['principle', 'variant', 'size', 'href']);
    expect(badge.cssParts.map((p: { name: string }) => p.name)).to.include.members(['badge', 'icon', 'name']);
    expect(badge.cssProperties.map((p: { name: string }) => p.name)).to.include('--ccin-accent');
  });
});
