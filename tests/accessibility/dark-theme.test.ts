import { expect } from '@open-wc/testing';
import '../../src/ccin-elements.js';
import { describeNode, settled, shadowRoots, unseen } from '../helpers/a11y.js';
import { wcagTags } from '../helpers/axe.js';
import { backgroundOf, contrast, hex, luminance, opacityOf, over, parseColour, type RGBA } from '../helpers/colour.js';
import { openPage } from '../helpers/pages.js';
import { until } from '../helpers/util.js';

/**
 * Issue 15, what axe cannot see (see tests/helpers/a11y.ts): the elements on a dark council theme
 * (1.4.3), with and without color-scheme: dark declared (tests/pages/a11y-dark-theme*.html). Every
 * piece of text the elements draw is checked 4.5:1 against what is behind it, and axe runs too.
 */

/** Runs axe in another document (an iframe's) and returns its violations. */
async function axeIn(frame: HTMLIFrameElement): Promise<{ id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[]> {
  const win = frame.contentWindow as Window & { axe?: { run(context: Document, options: object): Promise<{ violations: never[] }> } };
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(frame.contentDocument!, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  return results.violations;
}

/**
 * Every piece of text the elements draw, against what is behind it: its colour (with any
 * opacity) on the nearest painted background, walking up through shadow roots; SVG text by its
 * fill, on the shape under it. Returns each piece below 4.5:1.
 */
function textContrastFailures(doc: Document): { failures: string[]; checked: number } {
  const failures: string[] = [];
  let checked = 0;
  for (const root of shadowRoots(doc)) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!text.textContent!.trim() || !parent || unseen(parent) || parent.closest('option, style')) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      let colour: RGBA;
      let behind: RGBA;
      if (parent.namespaceURI === 'http://www.w3.org/2000/svg') {
        colour = parseColour(getComputedStyle(parent).fill);
        // A marker's count, and the key's, sit on the shape drawn before them.
        const shape = parent.previousElementSibling;
        behind = shape ? over(parseColour(getComputedStyle(shape).fill), backgroundOf(parent)) : backgroundOf(parent);
      } else {
        colour = parseColour(getComputedStyle(parent).color);
        behind = backgroundOf(parent);
      }
      colour = [colour[0], colour[1], colour[2], colour[3] * opacityOf(parent)];
      checked++;
      const ratio = contrast(colour, behind);
      if (ratio < 4.5) failures.push(`${describeNode(parent)}: ${hex(colour)} on ${hex(behind)} is ${ratio.toFixed(2)}:1`);
    }
  }
  return { failures: [...new Set(failures)], checked };
}

describe('accessibility that axe cannot see (issue 15)', () => {
  describe('on a dark council theme (1.4.3)', () => {
    for (const { page, declared } of [
      { page: 'a11y-dark-theme.html', declared: false },
      { page: 'a11y-dark-theme-declared.html', declared: true },
    ]) {
      it(`${declared ? 'that declares color-scheme: dark' : 'that declares no colour scheme'}: every text 4.5:1 on what is behind it, and axe finds no contrast failure`, async function () {
        this.timeout(30000);
        const frame = await openPage(`/tests/pages/${page}`);
        try {
          const doc = frame.contentDocument!;
          expect(getComputedStyle(doc.documentElement).colorScheme).to.equal(declared ? 'dark' : 'normal');
          // A dark theme: light text on a dark page.
          expect(contrast(parseColour(getComputedStyle(doc.body).color), backgroundOf(doc.body))).to.be.above(7);
          expect(luminance(backgroundOf(doc.body))).to.be.below(0.05);
          await settled(doc.body, 'every element in the page', 20000, { maps: false });
          // The map draws its markers when it comes near the viewport: scroll to it once the rest has loaded.
          doc.querySelector('ccin-member-map')!.scrollIntoView();
          await settled(doc.body, 'the map’s markers');
          const full = doc.querySelector('ccin-principle-badge[variant="full"]')!;
          full.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
          await until(() => !full.shadowRoot!.querySelector<HTMLElement>('[part~="statement"]')!.hidden && full.shadowRoot!.querySelector('.points'), 'the statement');
          await until(() => doc.querySelector('ccin-provider')!.shadowRoot!.querySelector('[part~="notice"]'), 'the provider’s notice');

          const { failures, checked } = textContrastFailures(doc);
          // Every kind of element was checked.
          const hosts = new Set(shadowRoots(doc).filter((r) => r.textContent!.trim()).map((r) => r.host.localName));
          expect([...hosts].sort()).to.deep.equal(['ccin-case-study', 'ccin-case-study-list', 'ccin-member-map', 'ccin-principle-badge', 'ccin-provider']);
          expect(checked).to.be.above(100);
          expect(failures).to.deep.equal([]);

          const violations = await axeIn(frame);
          const report = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
          expect(violations.filter((v) => v.id === 'color-contrast').length, report).to.equal(0);
          expect(violations.length, report).to.equal(0);
        } finally {
          frame.remove();
        }
      });
    }
  });
});
