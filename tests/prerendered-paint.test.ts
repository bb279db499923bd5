/**
 * Pre-rendered content paints before the elements' code runs (issue 17, docs/performance.md):
 * the autoloader loads a pre-rendered element's code only once the page has painted, and after
 * at most a second on a page that paints nothing until its own scripts run. Pages as in
 * tests/prerendered.test.ts (tests/prerendered/routes.mjs): a file of dist/html/, then the script.
 */
import { expect } from '@open-wc/testing';
import type { CaseStudySummary } from '../src/shared/data/types.js';
import { openPage } from './helpers/pages.js';
import { until } from './helpers/util.js';

interface Reactive extends HTMLElement {
  updateComplete: Promise<unknown>;
  hasUpdated: boolean;
}
interface PageWindow extends Window {
  __ccin: { warnings: string[]; errors: string[]; violations: string[] };
}

let runs = 0;
const withScript = (file: string, query = '') => openPage(`/tests/pages/prerendered/${file}.html?run=${Date.now().toString(36)}-${++runs}${query}`);

/** The element has taken its content over: defined and its first update done. */
async function hydrated(frame: HTMLIFrameElement): Promise<Reactive> {
  const host = frame.contentDocument!.querySelector<Reactive>('ccin-case-study')!;
  await until(() => frame.contentWindow!.customElements.get('ccin-case-study'), '<ccin-case-study> defined', 10000);
  await until(() => host.hasUpdated, '<ccin-case-study> updated', 10000);
  await host.updateComplete;
  return host;
}

/** When the page requested a file of dist/ (ms after its navigation started). */
function requestedAt(frame: HTMLIFrameElement, path: string): number {
  const entry = frame.contentWindow!.performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === path);
  expect(entry, `${path} requested`).to.not.equal(undefined);
  return entry!.startTime;
}

let id: string;
before(async () => {
  // One with principles: its badges are pre-rendered elements too.
  const index = (await (await fetch('/dist/data/case-study-index.json')).json()) as CaseStudySummary[];
  id = index.find((study) => study.principles.length > 0)!.id;
});

describe('pre-rendered content and the first paint', () => {
  it('paints the pre-rendered article before its code is requested, then hydrates it', async () => {
    const frame = await withScript(`case-studies/${id}`);
    const host = await hydrated(frame);
    const [firstPaint] = frame.contentWindow!.performance.getEntriesByType('paint');
    expect(firstPaint, 'a paint was reported').to.not.equal(undefined);
    expect(requestedAt(frame, '/dist/elements/case-study.js')).to.be.at.least(firstPaint!.startTime);
    host.setAttribute('case-id', 'no-such-case-study');
    await until(() => host.shadowRoot!.textContent!.includes('no-such-case-study'), 'the element reacts: a notice for the new id', 10000);
    expect((frame.contentWindow as PageWindow).__ccin.errors).to.deep.equal([]);
  });

  it('still hydrates, after a second, on a page that paints nothing until its own script shows it', async () => {
    const frame = await withScript(`case-studies/${id}`, '&hidden');
    const host = await hydrated(frame);
    expect(frame.contentWindow!.performance.getEntriesByType('paint'), 'nothing painted').to.deep.equal([]);
    expect(requestedAt(frame, '/dist/elements/case-study.js')).to.be.at.least(1000);
    frame.contentDocument!.documentElement.style.display = 'block';
    expect(host.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim().length).to.be.above(0);
    expect((frame.contentWindow as PageWindow).__ccin.errors).to.deep.equal([]);
  });

  it('does not hold back an element that is not pre-rendered, even on a page that paints nothing', async () => {
    const frame = await openPage(`/tests/pages/hidden-until-script.html?run=${++runs}`);
    const host = await hydrated(frame);
    expect(frame.contentWindow!.performance.getEntriesByType('paint'), 'nothing painted').to.deep.equal([]);
    // Requested as soon as the autoloader ran, not after the second a pre-rendered element may wait.
    expect(requestedAt(frame, '/dist/elements/case-study.js')).to.be.below(requestedAt(frame, '/dist/ccin-elements.js') + 500);
    await until(() => host.shadowRoot!.querySelector('[part~="title"]')?.textContent?.includes('Knowsley'), 'the case study’s title', 10000);
  });
});
