/**
 * Hostile host pages (issue #16): a council's page is full of other people's markup, and named
 * elements shadow document's properties (<img name="querySelectorAll">, <form
 * name="documentElement">) and the globals Lit reads (<div id="litHtmlVersions">, <div
 * id="ShadyCSS">). Each page in tests/pages/hostile/ has one such element, the script, and a
 * case study, a card, a badge, a map and a list in a provider, under the strict CSP; and one
 * page adds Trusted Types. Checked: nothing thrown, every element rendered within 2 s, fallback
 * content hidden only once its element shows something, no CSP violation, links relative to the
 * page's own origin, no <style> element anywhere.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/util.js';
import { byId, deepQueryAll, describeStates, elementState, recorder, visibleIn, warmUp } from './helpers.js';

const clobbered: [tag: string, attribute: string, name: string][] = [
  ...['querySelectorAll', 'createComment', 'importNode', 'createElement', 'baseURI', 'getElementById', 'adoptedStyleSheets'].map(
    (name): [string, string, string] => ['img', 'name', name],
  ),
  ['form', 'name', 'documentElement'],
  ...[
    'litHtmlVersions',
    'litElementVersions',
    'reactiveElementVersions',
    'litHtmlPolyfillSupport',
    'litElementPolyfillSupport',
    'reactiveElementPolyfillSupport',
    'litElementHydrateSupport',
    'ShadyCSS',
  ].map((name): [string, string, string] => ['div', 'id', name]),
];

const ids = ['study', 'card', 'badge', 'map', 'list'] as const;
const withFallback = ['study', 'card', 'map', 'list'] as const;

interface Opened {
  frame: HTMLIFrameElement;
  /** Moments (ms after the iframe was added) when an element's fallback was hidden while the element showed nothing. */
  blank: string[];
  /** When (ms after the iframe was added) each element first showed content. */
  rendered: Map<string, number>;
  started: number;
  stop: () => void;
}

/**
 * Opens a page in an iframe, watching from the start (before its load event) whether an
 * element's fallback content is ever hidden while the element itself shows nothing.
 */
async function openWatched(path: string): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const blank: string[] = [];
  const rendered = new Map<string, number>();
  const started = performance.now();
  let running = true;
  const poll = () => {
    if (!running) return;
    const doc = frame.contentDocument;
    if (doc && doc.URL !== 'about:blank' && frame.contentWindow) {
      for (const id of withFallback) {
        const element = byId(doc, id);
        const fallback = byId(doc, `${id}-fallback`);
        if (!element || !fallback) continue;
        const state = elementState(element);
        if (state === 'content' && !rendered.has(id)) rendered.set(id, performance.now() - started);
        const showsSomething = state === 'content' || state === 'notice' || state === 'loading';
        if (!visibleIn(frame, fallback) && !showsSomething) {
          blank.push(`${Math.round(performance.now() - started)} ms: #${id} (${state}, shadow root ${element.shadowRoot ? `of ${element.shadowRoot.childNodes.length} nodes` : 'missing'})`);
        }
      }
    }
    setTimeout(poll, 5);
  };
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  poll();
  await loaded;
  return { frame, blank, rendered, started, stop: () => (running = false) };
}

before(warmUp);
afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

async function expectRobust(path: string) {
  const opened = await openWatched(path);
  const { frame } = opened;
  try {
    const doc = frame.contentDocument!;
    const elements = ids.map((id) => {
      const element = byId(doc, id);
      if (!element) throw new Error(`no #${id} in ${path}`);
      return element;
    });
    await until(
      () => elements.every((element) => elementState(element) === 'content'),
      `every element renders within 2 s of the page's load`,
      Math.max(0, 2000 - (performance.now() - opened.started)),
    ).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}: ${describeStates(elements)}; errors ${JSON.stringify(recorder(frame).errors)}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    opened.stop();
    expect(recorder(frame).errors, 'uncaught errors and console.error').to.deep.equal([]);
    expect(recorder(frame).violations, 'CSP violations').to.deep.equal([]);
    expect(opened.blank.slice(0, 5), 'fallback hidden while the element showed nothing').to.deep.equal([]);
    // Once rendered, the fallback content is hidden.
    for (const id of withFallback) expect(visibleIn(frame, byId(doc, `${id}-fallback`)), `#${id}-fallback hidden`).to.equal(false);
    // Links are relative to the page's own address (whatever document.baseURI has become).
    const card = byId(doc, 'card')!;
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="title"] a');
    expect(link?.href, 'the card links through the provider’s case-study-href').to.equal(
      new URL('/case-studies/hackney-supporting-residents-in-financial-crisis', frame.contentWindow!.location.href).href,
    );
    // Styles are constructable stylesheets: no <style> element in the page or any shadow root.
    expect(deepQueryAll(doc, 'style').length, '<style> elements').to.equal(0);
    const title = byId(doc, 'study')!.shadowRoot!.querySelector('[part="title"]');
    expect(visibleIn(frame, title), 'the case study’s title is visible').to.equal(true);
    // The styles applied: the theme label has the accent colour.
    const theme = byId(doc, 'study')!.shadowRoot!.querySelector('[part="theme"]');
    expect(theme && frame.contentWindow!.getComputedStyle(theme).color, 'the case study’s styles applied').to.equal('rgb(0, 102, 79)');
  } finally {
    opened.stop();
  }
}

describe('hostile host pages: names that shadow the document’s and Lit’s', () => {
  for (const [tag, attribute, name] of clobbered) {
    it(`renders every element on a page with <${tag} ${attribute}="${name}">`, async () => {
      await expectRobust(`/tests/pages/hostile/clobber-${tag}-${name}.html`);
    });
  }
});

describe('hostile host pages: Trusted Types', () => {
  it('renders every element under "require-trusted-types-for \'script\'; trusted-types lit-html" and the strict CSP, with no violation', async () => {
    // The one policy allowed is Lit's: lit-html creates it as trustedTypes.createPolicy('lit-html', …).
    const response = await fetch('/tests/pages/hostile/trusted-types.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'").and.contain('trusted-types lit-html');
    await expectRobust('/tests/pages/hostile/trusted-types.html');
  });
});
