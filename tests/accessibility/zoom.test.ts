import { expect } from '@open-wc/testing';
import '../../src/ccin-elements.js';
import { describeNode, index, loadData, members, settled, shadowRoots, unseen } from '../helpers/a11y.js';
import { openPage } from '../helpers/pages.js';
import { until } from '../helpers/util.js';

/**
 * Issue 15, what axe cannot see (see tests/helpers/a11y.ts): target size at 400 % zoom, a
 * 320 × 256 px viewport (2.5.8): the map's markers, and every case study's links and buttons.
 */

// ——— Targets (2.5.8) ———

const targetSelector = 'a[href], button, input, select, textarea, summary, [role="button"]';

/** A target's box: a link whose ::after covers its card (the card pattern) is as big as the card. */
function targetBox(target: Element): DOMRect {
  const after = getComputedStyle(target, '::after');
  if (after.content !== 'none' && after.position === 'absolute') {
    for (let node = target.parentElement; node; node = node.parentElement) {
      if (getComputedStyle(node).position !== 'static') return node.getBoundingClientRect();
    }
  }
  return target.getBoundingClientRect();
}

/** A link in a line of text (WCAG 2.5.8's inline exception): inline, with text around it in its block. */
function inLineOfText(target: Element): boolean {
  if (getComputedStyle(target).display !== 'inline') return false;
  let block = target.parentElement;
  while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
  if (!block) return false;
  const own = [...block.querySelectorAll(targetSelector)].reduce((length, t) => length + t.textContent!.trim().length, 0);
  return block.textContent!.replace(/\s+/g, ' ').trim().length > own + 1;
}

/**
 * WCAG 2.5.8 for the controls in some shadow roots (the map's markers are checked on their own):
 * each is 24 × 24 px, or a 24 px circle on its centre touches no other target (nor another
 * small target's circle), or it is a link in a line of text.
 */
function targetFailures(roots: ShadowRoot[]): string[] {
  const targets = roots
    .flatMap((r) => [...r.querySelectorAll(targetSelector)])
    .filter((t) => !unseen(t) && !t.closest('.marker'))
    .map((element) => {
      const box = targetBox(element);
      return { element, box, x: box.left + box.width / 2, y: box.top + box.height / 2, small: box.width < 24 - 0.5 || box.height < 24 - 0.5 };
    });
  const failures: string[] = [];
  for (const target of targets) {
    if (!target.small || inLineOfText(target.element)) continue;
    const distanceTo = (box: DOMRect) => Math.hypot(Math.max(box.left - target.x, 0, target.x - box.right), Math.max(box.top - target.y, 0, target.y - box.bottom));
    const near = targets.find((other) => other !== target && (distanceTo(other.box) < 12 - 0.01 || (other.small && Math.hypot(other.x - target.x, other.y - target.y) < 24 - 0.01)));
    if (near) {
      failures.push(
        `${describeNode(target.element)}: ${target.box.width.toFixed(1)} × ${target.box.height.toFixed(1)} px; its 24 px circle reaches ${describeNode(near.element)} ` +
          `(${distanceTo(near.box).toFixed(1)} px from its centre to that target, ${Math.hypot(near.x - target.x, near.y - target.y).toFixed(1)} px between centres)`,
      );
    }
  }
  return failures;
}

before(loadData);

describe('accessibility that axe cannot see (issue 15)', () => {
  describe('targets at 400 % zoom: a 320 × 256 px viewport (2.5.8)', () => {
    /** The page of 1280 × 1024 px at 400 %, in an iframe, with `markup` in its body. */
    async function zoomed(markup: string): Promise<HTMLIFrameElement> {
      const frame = await openPage('/tests/pages/a11y-elements.html');
      frame.style.width = '320px';
      frame.style.height = '256px';
      frame.style.border = '0';
      const win = frame.contentWindow!;
      await until(() => win.innerWidth === 320 && win.innerHeight === 256 && win.customElements.get('ccin-member-map'), 'a 320 × 256 px page with the elements');
      frame.contentDocument!.body.innerHTML = markup;
      return frame;
    }

    it('the map’s markers are 24 px across, apart and inside the page, or the map hands over to its list', async function () {
      this.timeout(30000);
      const frame = await zoomed('<ccin-member-map></ccin-member-map>');
      try {
        const map = frame.contentDocument!.querySelector('ccin-member-map')!;
        await settled(frame.contentDocument!.body, 'the map', 20000);
        if (map.shadowRoot!.querySelector('.list-view')) {
          const names = [...map.shadowRoot!.querySelectorAll('.member-name')].map((n) => n.textContent);
          expect(new Set(names)).to.deep.equal(new Set(members.map((m) => m.name)));
          return;
        }
        const svg = map.shadowRoot!.querySelector('svg.map')!;
        svg.scrollIntoView({ block: 'start' });
        await until(() => {
          const hit = map.shadowRoot!.querySelector('.hit');
          return hit && Math.abs(hit.getBoundingClientRect().width - 24) < 0.6;
        }, 'markers 24 px across');
        const markers = [...map.shadowRoot!.querySelectorAll<SVGGElement>('.marker')];
        const ids = markers.flatMap((m) => (m.dataset.members ?? m.dataset.member ?? '').split(' '));
        expect(ids.sort()).to.deep.equal(members.filter((m) => m.location).map((m) => m.id).sort());
        const svgBox = svg.getBoundingClientRect();
        expect(svgBox.bottom - svgBox.top, 'the whole map fits the viewport').to.be.at.most(256);
        const hits = markers.map((marker) => {
          const box = marker.querySelector('.hit')!.getBoundingClientRect();
          return { marker, name: marker.getAttribute('aria-label'), x: box.left + box.width / 2, y: box.top + box.height / 2, r: box.width / 2, box };
        });
        const failures: string[] = [];
        for (const [i, a] of hits.entries()) {
          if (a.r * 2 < 24 - 0.6) failures.push(`${a.name}: ${(a.r * 2).toFixed(1)} px across`);
          if (a.box.left < -0.5 || a.box.right > 320.5) failures.push(`${a.name}: ${a.box.left.toFixed(1)}–${a.box.right.toFixed(1)} px, outside the page`);
          for (const b of hits.slice(i + 1)) {
            const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
            if (gap < -0.5) failures.push(`${a.name} and ${b.name} overlap by ${(-gap).toFixed(1)} px`);
          }
          // What a tap at the marker's centre, and at the edge of its 24 px, reaches: this marker.
          for (const [dx, dy] of [[0, 0], [11, 0], [-11, 0], [0, 11], [0, -11]]) {
            const reached = map.shadowRoot!.elementFromPoint(a.x + dx!, a.y + dy!)?.closest('.marker');
            if (reached !== a.marker) {
              failures.push(`${a.name}: a tap ${dx}, ${dy} px from its centre reaches ${reached?.getAttribute('aria-label') ?? 'nothing'}`);
              break;
            }
          }
        }
        expect(failures).to.deep.equal([]);
        // The map's other controls, too.
        expect(targetFailures([map.shadowRoot!])).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('every case study’s links and buttons, full and as cards, are 24 × 24 px, or 24 px apart, or in a line of text', async function () {
      this.timeout(30000);
      const frame = await zoomed(
        index.map((entry) => `<ccin-case-study case-id="${entry.id}"></ccin-case-study><ccin-case-study variant="card" case-id="${entry.id}" href="/case-studies/{id}"></ccin-case-study>`).join(''),
      );
      try {
        const doc = frame.contentDocument!;
        await settled(doc.body, 'every case study', 20000);
        const roots = shadowRoots(doc);
        expect(roots.filter((r) => r.querySelector('[part="article"]')).length).to.equal(index.length);
        expect(roots.filter((r) => r.querySelector('[part="card"] a')).length).to.equal(index.length);
        expect(targetFailures(roots)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
