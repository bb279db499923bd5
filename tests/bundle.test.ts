/**
 * The built library (dist/), loaded as a council's page loads it: a script tag in a page of
 * its own (an iframe), with nothing else. dist/ccin-elements.js is the autoloader: an element's
 * code and data are loaded when its tag is in the page.
 */
import { expect } from '@open-wc/testing';
import { autoloaderVersion } from '../src/autoloader.js';
import { VERSION } from '../src/shared/version.js';
import { openPage, requested } from './helpers/pages.js';
import { shadowText, until } from './helpers/util.js';

const allTags = ['ccin-provider', 'ccin-principle-badge', 'ccin-case-study', 'ccin-case-study-list', 'ccin-member-map'];

describe('the built library', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads nothing but itself on a page without elements, and upgrades a tag added later', async () => {
    const frame = await openPage('/tests/pages/plain.html');
    const registry = frame.contentWindow!.customElements;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requested(frame).filter((path) => path.startsWith('/dist/'))).to.deep.equal(['/dist/ccin-elements.js']);
    for (const tag of allTags) expect(registry.get(tag), tag).to.equal(undefined);

    // A CMS adds content after load (an AJAX view): the new tag is found and upgraded.
    const badge = frame.contentDocument!.createElement('ccin-principle-badge');
    badge.setAttribute('principle', 'co-production');
    frame.contentDocument!.querySelector('main')!.append(badge);
    await until(() => shadowText(badge).includes('Co-production'), 'badge added after load');
    expect(registry.get('ccin-principle-badge')).to.exist;
    expect(registry.get('ccin-case-study')).to.equal(undefined);
  });

  it('loads a case study’s code and only its own data (its loader table, then its module), relative to the script', async () => {
    const frame = await openPage('/tests/pages/one-case-study.html');
    const el = frame.contentDocument!.querySelector('ccin-case-study')!;
    await until(() => el.shadowRoot?.querySelector('[part="title"]'), 'case study in the page');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('The Knowsley Offer and Hardship Support');
    const graph = await (await fetch('/dist/chunks.json')).json();
    const data = requested(frame).filter((path) => path.includes('/data/'));
    expect(data, data.join('\n')).to.deep.equal(graph.data.caseStudies['knowsley-offer-and-hardship-support'].map((file: string) => `/dist/${file}`));
    expect(requested(frame).some((path) => path.includes('member-map') || path.includes('case-study-list'))).to.equal(false);
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

  it('says the version of package.json, in the elements and in the autoloader', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    expect(autoloaderVersion).to.equal(pkg.version);
  });

  it('describes all five elements in dist/custom-elements.json, with paths to shipped files', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('dist/custom-elements.json');
    const manifest = await (await fetch(`/${pkg.customElements}`)).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []);
    const tags = declarations.map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    expect([...tags].sort()).to.deep.equal([...allTags].sort());
    for (const module of manifest.modules as { path: string }[]) {
      expect(module.path, module.path).to.match(/^dist\/npm\/.+\.js$/);
      expect((await fetch(`/${module.path}`)).ok, module.path).to.equal(true);
    }
    const badge = declarations.find((d: { tagName?: string }) => d.tagName === 'ccin-principle-badge');
    expect(badge.attributes.map((a: { name: string }) => a.name)).to.include.members(['principle', 'variant', 'size', 'href', 'expanded']);
    expect(badge.cssParts.map((p: { name: string }) => p.name)).to.include.members(['badge', 'icon', 'name']);
    expect(badge.cssProperties.map((p: { name: string }) => p.name)).to.include('--ccin-accent');
  });
});
