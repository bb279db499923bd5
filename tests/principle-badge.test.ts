import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import principles from '../data/principles.json' with { type: 'json' };
import '../src/principle-badge/principle-badge.js';
import type { CcinPrincipleBadge } from '../src/principle-badge/principle-badge.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { captureWarnings, emulateMediaFeatures, shadowText, until } from './helpers/util.js';

const variants = ['icon', 'label', 'full'] as const;

async function badge(markup: ReturnType<typeof html>): Promise<CcinPrincipleBadge> {
  const el = await fixture<CcinPrincipleBadge>(markup);
  await el.updateComplete;
  return el;
}

interface AxNode {
  name?: string;
  role?: string;
  children?: AxNode[];
}

/** The accessible name Chromium computes for the badge (from its accessibility tree). */
async function accessibleNames(el: Element): Promise<string[]> {
  el.id ||= `badge-${Math.random().toString(36).slice(2)}`;
  const names: string[] = [];
  const snapshot = (await a11ySnapshot({ selector: `#${el.id}` })) as unknown as AxNode;
  const walk = (n: AxNode | undefined) => {
    if (!n) return;
    if (n.name) names.push(n.name);
    n.children?.forEach(walk);
  };
  walk(snapshot);
  return names;
}

describe('<ccin-principle-badge>', () => {
  afterEach(() => resetMouse());

  it('renders all ten principles with their names as accessible names, in every variant', async () => {
    expect(principles.length).to.equal(10);
    for (const principle of principles) {
      for (const variant of variants) {
        const el = await badge(html`<ccin-principle-badge principle=${principle.id} variant=${variant}></ccin-principle-badge>`);
        const root = el.shadowRoot!;
        const icon = root.querySelector('svg.icon')!;
        expect(icon.getAttribute('aria-hidden'), `${principle.id} icon hidden`).to.equal('true');
        expect(icon.querySelectorAll('path, circle, rect, ellipse').length, `${principle.id} icon drawn`).to.be.greaterThan(0);
        if (variant === 'icon') {
          const face = root.querySelector('[part~="badge"]')!;
          expect(face.getAttribute('aria-label')).to.equal(principle.name);
          expect(face.getAttribute('role')).to.equal('img');
          expect(root.querySelector('.tooltip')!.textContent!.trim()).to.equal(principle.name);
        } else {
          expect(root.querySelector('[part="name"]')!.textContent!.trim()).to.equal(principle.name);
        }
        if (variant === 'full') {
          const toggle = root.querySelector('button')!;
          expect(toggle.getAttribute('aria-label')).to.equal(`Show statement: ${principle.name}`);
        }
        const names = await accessibleNames(el);
        expect(names.join(' | '), `${principle.id} ${variant}`).to.contain(principle.name);
      }
    }
  });

  it('discloses the full statement with the keyboard, and hides it again', async () => {
    const el = await badge(html`<ccin-principle-badge principle="walking-the-talk" variant="full"></ccin-principle-badge>`);
    const toggle = el.shadowRoot!.querySelector('button')!;
    const statement = el.shadowRoot!.querySelector<HTMLElement>('[part="statement"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(statement.hidden).to.equal(true);
    expect(statement.getBoundingClientRect().height).to.equal(0);

    const toggled: boolean[] = [];
    el.addEventListener('ccin-principle-toggle', (e) => toggled.push((e as CustomEvent).detail.expanded));
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(statement.hidden).to.equal(false);
    expect(statement.getBoundingClientRect().height).to.be.greaterThan(0);
    await until(() => shadowText(el).includes('As a membership organisation we will make this statement of our principles operational by:'), 'statement');
    expect(statement.querySelectorAll('[role="listitem"]').length).to.equal(6);
    expect(toggle.textContent!.trim()).to.equal('Hide statement');
    expect(toggle.getAttribute('aria-controls')).to.equal(statement.id);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(statement.hidden).to.equal(true);
    expect(toggled).to.deep.equal([true, false]);
  });

  it('reaches the toggle with Tab from the page', async () => {
    const wrapper = await fixture(html`<div><button id="before">Before</button>
      <ccin-principle-badge principle="learning" variant="full"></ccin-principle-badge></div>`);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const el = wrapper.querySelector('ccin-principle-badge')!;
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
  });

  it('becomes a link with href, and refuses javascript: links', async () => {
    const el = await badge(html`<ccin-principle-badge principle="co-production" href="/principles/co-production"></ccin-principle-badge>`);
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal(new URL('/principles/co-production', location.href).href);
    expect(link.textContent!.trim()).to.equal('Co-production');

    const icon = await badge(html`<ccin-principle-badge principle="innovation" variant="icon" href="https://example.org/innovation"></ccin-principle-badge>`);
    const iconLink = icon.shadowRoot!.querySelector('a')!;
    expect(iconLink.getAttribute('aria-label')).to.equal('Innovation');
    expect(iconLink.getAttribute('rel')).to.contain('noopener');

    const hostile = await badge(html`<ccin-principle-badge principle="learning" href="javascript:alert(1)"></ccin-principle-badge>`);
    expect(hostile.shadowRoot!.querySelector('a')).to.equal(null);
    expect(shadowText(hostile)).to.equal('Learning');
  });

  it('shows the tooltip of the icon variant on hover (and on focus when it is a link), and closes it with Escape', async () => {
    const el = await badge(html`<ccin-principle-badge principle="innovation" variant="icon"></ccin-principle-badge>`);
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(getComputedStyle(tooltip).display).to.equal('none');

    const face = el.shadowRoot!.querySelector<HTMLElement>('[part~="badge"]')!;
    const box = face.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(getComputedStyle(tooltip).display).to.equal('block');
    expect(tooltip.getBoundingClientRect().height).to.be.greaterThan(0);
    await sendMouse({ type: 'move', position: [Math.round(box.x + 400), Math.round(box.y + 300)] });
    expect(getComputedStyle(tooltip).display).to.equal('none');

    // An icon that only names itself is not a tab stop (its name is its accessible name)…
    expect(face.tabIndex).to.equal(-1);
    expect(face.getAttribute('role')).to.equal('img');
    expect(face.getAttribute('aria-label')).to.equal('Innovation');
    // …an icon that links somewhere is, and shows its name on focus too.
    const linked = await badge(html`<ccin-principle-badge principle="innovation" variant="icon" href="/innovation"></ccin-principle-badge>`);
    const linkedTooltip = linked.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    linked.shadowRoot!.querySelector<HTMLElement>('a')!.focus();
    expect(getComputedStyle(linkedTooltip).display).to.equal('block');
    await sendKeys({ press: 'Escape' });
    await linked.updateComplete;
    expect(getComputedStyle(linkedTooltip).display).to.equal('none');
  });

  it('passes axe (WCAG 2.2 AA) in every variant and size, plain and as a link', async () => {
    const el = await fixture(html`<div>
      ${variants.map((variant) =>
        ['small', 'medium', 'large'].map(
          (size) => html`<p>
            <ccin-principle-badge principle="co-production" variant=${variant} size=${size}></ccin-principle-badge>
            <ccin-principle-badge principle="learning" variant=${variant} size=${size} href="/learning"></ccin-principle-badge>
          </p>`,
        ),
      )}
      <ccin-principle-badge principle="walking-the-talk" variant="full" expanded></ccin-principle-badge>
      <ccin-principle-badge principle="no-such-principle"></ccin-principle-badge>
    </div>`);
    await Promise.all([...el.querySelectorAll<CcinPrincipleBadge>('ccin-principle-badge')].map((b) => b.updateComplete));
    await expectNoAxeViolations(el);
  });

  it('keeps its icons visible in forced-colours (Windows high contrast) mode', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await badge(html`<ccin-principle-badge principle="social-partnership"></ccin-principle-badge>`);
      const icon = el.shadowRoot!.querySelector<SVGElement>('svg.icon')!;
      const shape = icon.querySelector('path')!;
      const style = getComputedStyle(shape);
      expect(style.stroke).to.not.equal('none');
      expect(style.strokeWidth).to.not.equal('0px');
      // The stroke follows the text colour, which forced colours set to a system colour.
      const text = getComputedStyle(el.shadowRoot!.querySelector('[part~="badge"]')!).color;
      expect(style.stroke).to.equal(text);
      expect(text).to.not.equal('rgba(0, 0, 0, 0)');
      const box = icon.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(10);
      expect(box.height).to.be.greaterThan(10);
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('shows an unknown principle visibly (its own text, or "Unknown principle"), warns once and does not throw', async () => {
    const warnings = captureWarnings();
    try {
      const withText = await badge(html`<ccin-principle-badge principle="co-produktion">Co-production</ccin-principle-badge>`);
      const slot = withText.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent).join('').trim()).to.equal('Co-production');
      expect(withText.getBoundingClientRect().width).to.be.greaterThan(0);

      const empty = await badge(html`<ccin-principle-badge principle="co-produktion"></ccin-principle-badge>`);
      expect(shadowText(empty)).to.equal('Unknown principle');
      const missing = await badge(html`<ccin-principle-badge></ccin-principle-badge>`);
      expect(shadowText(missing)).to.equal('Unknown principle');

      const about = warnings.messages.filter((m) => m.includes('principle="co-produktion"'));
      expect(about.length).to.equal(1);
      expect(about[0]).to.contain('Valid ids: social-partnership');
    } finally {
      warnings.restore();
    }
  });

  it('treats malformed attributes as their defaults', async () => {
    const warnings = captureWarnings();
    try {
      const el = await badge(html`<ccin-principle-badge principle=" Learning " variant="gigantic" size="huge"></ccin-principle-badge>`);
      expect(shadowText(el)).to.equal('Learning');
      expect(el.shadowRoot!.querySelector('[part~="badge"]')!.className).to.contain('variant-label').and.contain('size-medium');
      expect(warnings.messages.some((m) => m.includes('variant="gigantic"'))).to.equal(true);
      expect(warnings.messages.some((m) => m.includes('size="huge"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('sits in a paragraph without changing the height of its line', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <p id="with" style="font: 16px/1.5 sans-serif; width: 40em">Word <ccin-principle-badge principle="learning"></ccin-principle-badge> word.</p>
      <p id="small" style="font: 16px/1.5 sans-serif; width: 40em">Word <ccin-principle-badge principle="learning" size="small"></ccin-principle-badge> word.</p>
      <p id="without" style="font: 16px/1.5 sans-serif; width: 40em">Word Learning word.</p>
    </div>`);
    await Promise.all([...el.querySelectorAll<CcinPrincipleBadge>('ccin-principle-badge')].map((b) => b.updateComplete));
    const lineHeight = parseFloat(getComputedStyle(el.querySelector('#without')!).lineHeight);
    expect(lineHeight).to.equal(24);
    for (const id of ['#with', '#small', '#without']) {
      expect(el.querySelector(id)!.getBoundingClientRect().height, id).to.equal(lineHeight);
    }
    const face = el.querySelector('#with ccin-principle-badge')!.shadowRoot!.querySelector('[part~="badge"]')!;
    expect(face.getBoundingClientRect().height).to.be.at.most(lineHeight);
  });

  it('wraps like words in a narrow column, staying inside it', async () => {
    const el = await fixture<HTMLElement>(html`<p style="font: 16px/1.5 sans-serif; width: 12em">
      The work shows <ccin-principle-badge principle="community-leadership"></ccin-principle-badge> throughout.
    </p>`);
    const b = el.querySelector<CcinPrincipleBadge>('ccin-principle-badge')!;
    await b.updateComplete;
    const face = b.shadowRoot!.querySelector('[part~="badge"]')!;
    const lines = face.getClientRects();
    expect(lines.length).to.be.greaterThan(1);
    const column = el.getBoundingClientRect();
    for (const line of lines) expect(line.right).to.be.at.most(column.right + 1);
  });

  it('inherits the font of the text around it', async () => {
    const el = await fixture<HTMLElement>(html`<p style="font-family: Georgia, serif; font-size: 20px">
      <ccin-principle-badge principle="learning"></ccin-principle-badge></p>`);
    const b = el.querySelector<CcinPrincipleBadge>('ccin-principle-badge')!;
    await b.updateComplete;
    const name = b.shadowRoot!.querySelector('[part="name"]')!;
    expect(getComputedStyle(name).fontFamily).to.equal(getComputedStyle(el).fontFamily);
    expect(getComputedStyle(name).fontSize).to.equal('20px');
  });

  it('meets WCAG 2.2 AA contrast by default, on white and on LocalGov’s purple accent, focused or not', async () => {
    const rgb = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r, g, b] = rgb(colour).map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const root = await fixture<HTMLElement>(html`<div>
      <p style="background: #ffffff"><ccin-principle-badge principle="learning" href="/learning"></ccin-principle-badge></p>
      <p style="background: #652c95; color: #fff; --color-accent: #652c95"><ccin-principle-badge principle="learning" href="/learning"></ccin-principle-badge></p>
    </div>`);
    for (const paragraph of root.querySelectorAll('p')) {
      const page = getComputedStyle(paragraph).backgroundColor;
      const badge = paragraph.querySelector<CcinPrincipleBadge>('ccin-principle-badge')!;
      await badge.updateComplete;
      const face = badge.shadowRoot!.querySelector<HTMLElement>('[part~="badge"]')!;
      const style = getComputedStyle(face);
      expect(contrast(style.color, style.backgroundColor), `text on ${page}`).to.be.at.least(4.5);
      const icon = getComputedStyle(badge.shadowRoot!.querySelector('.icon')!);
      expect(contrast(icon.stroke, style.backgroundColor), `icon on ${page}`).to.be.at.least(3);
      face.focus();
      const focused = getComputedStyle(face);
      // GOV.UK-style focus: a yellow background that stands out from the page, a dark bar below
      // it that stands out from white; the focused text stays readable.
      const bar = focused.boxShadow.match(/rgb\([^)]+\)/g)!.at(-1)!;
      expect(Math.max(contrast(focused.backgroundColor, page), contrast(bar, page)), `focus on ${page}`).to.be.at.least(3);
      expect(contrast(focused.color, focused.backgroundColor), `focused text on ${page}`).to.be.at.least(4.5);
      face.blur();
    }
  });

  it('takes the accent from LocalGov Drupal’s token, and ours over it', async () => {
    const el = await fixture<HTMLElement>(html`<div style="--color-accent: rgb(101, 44, 149)">
      <ccin-principle-badge principle="learning"></ccin-principle-badge>
      <ccin-principle-badge principle="learning" style="--ccin-accent: rgb(29, 79, 145)"></ccin-principle-badge></div>`);
    const [lgd, ours] = [...el.querySelectorAll<CcinPrincipleBadge>('ccin-principle-badge')];
    await ours!.updateComplete;
    const colour = (b: CcinPrincipleBadge) => getComputedStyle(b.shadowRoot!.querySelector('[part~="badge"]')!).color;
    expect(colour(lgd!)).to.equal('rgb(101, 44, 149)');
    expect(colour(ours!)).to.equal('rgb(29, 79, 145)');
  });
});
