// @ts-check
/**
 * A pre-rendered page with JavaScript off, as a reader without script (or a search engine) gets
 * it: the case study's title and paragraphs are in its declarative shadow root, the stylesheet
 * that shadow root links (dist/styles/ccin-case-study.css) applies, and the strict CSP blocks
 * nothing. With JavaScript off the page's `securitypolicyviolation` events never reach a
 * listener, so violations are read from the console messages Chromium writes for them.
 */
import { caseId } from './fixtures.mjs';
import { checkParagraphs, WAIT_MS } from './page-checks.mjs';
import { check, fail, report } from './report.mjs';

/** @typedef {import('./fixtures.mjs').PageSpec} PageSpec */
/** @typedef {import('./expectations.mjs').Expected} Expected */

/**
 * @param {import('puppeteer-core').Browser} browser @param {import('../lib/static-server.mjs').StaticServer} server @param {string} label
 * @param {PageSpec} spec @param {Expected} expected
 */
export async function checkPageWithoutScript(browser, server, label, spec, expected) {
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  /** @type {Record<'csp' | 'scripts' | 'failed', string[]>} */
  const seen = { csp: [], scripts: [], failed: [] };
  const local = (/** @type {string} */ url) => url.replace(origin, '');
  page.on('console', (message) => void (/Content Security Policy/i.test(message.text())
    && seen.csp.push(`${message.text().split('. ')[0]} (${local(message.location().url ?? 'page')}:${message.location().lineNumber ?? '?'})`)));
  page.on('request', (request) => void (request.resourceType() === 'script' && seen.scripts.push(local(request.url()))));
  page.on('response', (response) => response.status() >= 400 && seen.failed.push(`${response.status()} ${local(response.url())}`));
  try {
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1280, height: 900 });
    const loaded = await check(`${label}: page loads`, async () => {
      const response = await page.goto(server.url + spec.path, { waitUntil: 'load', timeout: WAIT_MS });
      if (!response?.ok()) fail(`HTTP ${response?.status()}`);
    });
    if (!loaded) return;

    await check(`${label}: the case study's title and every paragraph are in its declarative shadow root`, async () => {
      const shown = await page.evaluate((caseId) => {
        const element = document.querySelector(`ccin-case-study[case-id="${caseId}"]`);
        const title = element?.shadowRoot?.querySelector('[part="title"]')?.textContent;
        return { found: Boolean(element), defined: Boolean(customElements.get('ccin-case-study')), shadowRoot: Boolean(element?.shadowRoot), title: title?.replace(/\s+/g, ' ').trim() };
      }, caseId);
      if (!shown.found) fail(`no <ccin-case-study case-id="${caseId}"> in the page`);
      // The element's code loads after the first paint, maybe after this check: a script's request says it sooner.
      if (shown.defined || seen.scripts.length) {
        fail(`JavaScript ran (${shown.defined ? '<ccin-case-study> is defined' : `the page requested ${seen.scripts[0]}`}): this is not what a reader without it gets`);
      }
      if (!shown.shadowRoot) fail('<ccin-case-study> has no shadow root: it was not pre-rendered (no <template shadowrootmode="open"> inside)');
      if (!shown.title?.includes(expected.title)) fail(`its [part="title"] is ${shown.title === undefined ? 'missing' : `“${shown.title}”`}; the data's title is “${expected.title}”`);
      return checkParagraphs(page, expected);
    });

    await check(`${label}: the case study's stylesheet applies`, async () => {
      const style = await page.evaluate((caseId) => {
        const root = document.querySelector(`ccin-case-study[case-id="${caseId}"]`)?.shadowRoot;
        const link = root?.querySelector('link[rel="stylesheet"]');
        const title = root?.querySelector('[part="title"]');
        const computed = title ? getComputedStyle(title) : undefined;
        return { shadowRoot: Boolean(root), href: link?.getAttribute('href'), rules: link instanceof HTMLLinkElement ? link.sheet?.cssRules.length ?? 0 : 0,
          lineHeight: computed?.lineHeight ?? '', fontSize: computed?.fontSize ?? '' };
      }, caseId);
      if (!style.shadowRoot) fail('<ccin-case-study> has no shadow root');
      if (!style.href) fail('its shadow root has no <link rel="stylesheet">');
      if (!style.rules) fail(`${style.href} did not load${seen.failed.length ? ` (${[...new Set(seen.failed)].join(', ')})` : ''}`);
      // Only the element's stylesheet sets this (.title { line-height: 1.2 }): an <h2> is "normal" without it.
      const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
      if (!(Math.abs(ratio - 1.2) < 0.02)) fail(`[part="title"] has line-height ${style.lineHeight} at font-size ${style.fontSize}, not the 1.2 that ${style.href} sets`);
      return `${style.href}: [part="title"] line-height ${style.lineHeight} at ${style.fontSize}`;
    });

    const unique = [...new Set(seen.csp)];
    report(`${label}: no CSP violation`, !unique.length, unique.length ? `${unique.length}: ${unique.slice(0, 5).join('\n')}` : '');
  } finally {
    await page.close().catch(() => {});
  }
}
