import { expect, html } from '@open-wc/testing';
import '../../src/ccin-elements.js';
import { describeNode, index, loadData, members, rendered, shadowRoots, unseen } from '../helpers/a11y.js';

/**
 * Issue 15, what axe cannot see (see tests/helpers/a11y.ts): reflow at 320 px and WCAG's text
 * spacing (1.4.10, 1.4.12), for every case study, full and as a card, the list and the map's list
 * view. Every list of case studies and members comes from the data.
 */

// ——— Reflow and text spacing (1.4.10, 1.4.12) ———

/** WCAG 1.4.12's text spacing, as the usual bookmarklet applies it, for shadow roots. */
const textSpacing = new CSSStyleSheet();
textSpacing.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`);

function applyTextSpacing(root: ParentNode): void {
  for (const shadow of shadowRoots(root)) {
    if (!shadow.adoptedStyleSheets.includes(textSpacing)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, textSpacing];
  }
}

/**
 * What makes a reader scroll sideways or lose text in a column: any element or line of text
 * inside the elements' shadow roots that reaches beyond the column's edges, an element that
 * scrolls sideways, and text cut off by overflow hidden.
 */
function reflowFailures(column: HTMLElement): string[] {
  const box = column.getBoundingClientRect();
  const failures: string[] = [];
  for (const host of column.querySelectorAll<HTMLElement>('*')) {
    if (host.localName.startsWith('ccin-') && host.scrollWidth > host.clientWidth + 1) failures.push(`${describeNode(host)}: scrollWidth ${host.scrollWidth} > ${host.clientWidth}`);
  }
  for (const root of shadowRoots(column)) {
    for (const element of root.querySelectorAll('*')) {
      if (unseen(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
        failures.push(`${describeNode(element)}: ${rect.left.toFixed(1)}–${rect.right.toFixed(1)} px, beyond the ${box.left.toFixed(1)}–${box.right.toFixed(1)} px column`);
      }
      const style = getComputedStyle(element);
      const clips = (value: string) => value !== 'visible';
      if (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) failures.push(`${describeNode(element)}: overflow-x ${style.overflowX}, scrollWidth ${element.scrollWidth} > ${element.clientWidth}`);
      if (clips(style.overflowY) && style.display !== 'inline' && element.scrollHeight > element.clientHeight + 1) failures.push(`${describeNode(element)}: overflow-y ${style.overflowY}, text cut off (scrollHeight ${element.scrollHeight} > ${element.clientHeight})`);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!text.textContent!.trim() || !parent || unseen(parent)) continue;
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) {
        if (rect.width && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
          failures.push(`${describeNode(parent)}: text “${text.textContent!.trim().slice(0, 30)}” at ${Math.round(rect.left)}–${Math.round(rect.right)} px, beyond the column`);
          break;
        }
      }
    }
  }
  return [...new Set(failures)];
}

/** Checks a column as it is, then with WCAG's text spacing applied inside every shadow root. */
async function expectReflow(column: HTMLElement): Promise<void> {
  expect(column.getBoundingClientRect().width).to.equal(320);
  expect(reflowFailures(column), 'at 320 px').to.deep.equal([]);
  applyTextSpacing(column);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // The spacing applies: a paragraph's letters are 0.12em apart.
  const paragraph = shadowRoots(column).map((r) => r.querySelector('p')).find(Boolean)!;
  expect(parseFloat(getComputedStyle(paragraph).letterSpacing)).to.be.closeTo(0.12 * parseFloat(getComputedStyle(paragraph).fontSize), 0.05);
  expect(reflowFailures(column), 'at 320 px with WCAG text spacing').to.deep.equal([]);
}

before(loadData);

describe('accessibility that axe cannot see (issue 15)', () => {
  describe('reflow at 320 px and WCAG text spacing (1.4.10, 1.4.12)', () => {
    it('every case study, full: no sideways scrolling, nothing beyond the column, no text cut off', async () => {
      const column = await rendered(
        html`<div style="width: 320px">${index.map((entry) => html`<ccin-case-study case-id=${entry.id}></ccin-case-study>`)}</div>`,
        'every case study',
      );
      const titles = shadowRoots(column).map((r) => r.querySelector('[part="title"]')).filter(Boolean);
      expect(titles.length).to.equal(index.length);
      await expectReflow(column);
    });

    it('every case study as a card: the same', async () => {
      const column = await rendered(
        html`<div style="width: 320px">${index.map((entry) => html`<ccin-case-study variant="card" case-id=${entry.id} href="/case-studies/{id}"></ccin-case-study>`)}</div>`,
        'every card',
      );
      expect(shadowRoots(column).filter((r) => r.querySelector('[part="card"]')).length).to.equal(index.length);
      await expectReflow(column);
    });

    it('the list, its first page of cards: the same', async () => {
      const column = await rendered(html`<div style="width: 320px"><ccin-case-study-list href="/case-studies/{id}"></ccin-case-study-list></div>`, 'the list');
      const list = column.querySelector('ccin-case-study-list')!;
      const cards = list.shadowRoot!.querySelectorAll('ccin-case-study');
      // 24: the list's page size (a page of cards, then "Show more").
      expect(cards.length).to.equal(Math.min(index.length, 24));
      await expectReflow(column);
    });

    it('the map’s list view, every organisation: the same', async () => {
      const column = await rendered(html`<div style="width: 320px"><ccin-member-map view="list"></ccin-member-map></div>`, 'the map’s list');
      const names = [...column.querySelector('ccin-member-map')!.shadowRoot!.querySelectorAll('.member-name')].map((n) => n.textContent);
      expect(new Set(names)).to.deep.equal(new Set(members.map((m) => m.name)));
      await expectReflow(column);
    });
  });
});
