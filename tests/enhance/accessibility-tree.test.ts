/**
 * Links that become principle badges (src/principle-badge/enhance.ts, through the autoloader in
 * dist/ccin-elements.js): what Chromium's accessibility tree exposes of them, and axe. Run
 * `npm run build` first: the test loads dist/.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { bundledPrinciples } from '../../src/shared/data/principles.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { principleLink, renderedBadges } from '../helpers/enhance.js';

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
