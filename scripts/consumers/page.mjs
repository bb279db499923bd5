// @ts-check
/** Opens a page of a fixture's production build in Chromium and reports its checks. */
import { installPageHelpers, pageChecks, WAIT_MS } from './page-checks.mjs';
import { check, fail, report, settle } from './report.mjs';

/** @typedef {import('./fixtures.mjs').PageSpec} PageSpec */
/** @typedef {import('./expectations.mjs').Expected} Expected */

/**
 * Opens one page of a built app and runs its checks, then the page-wide ones: no HTTP errors, no
 * other origins, no page or console errors, no CSP violations.
 * @param {import('puppeteer-core').Browser} browser @param {import('../lib/static-server.mjs').StaticServer} server @param {string} label
 * @param {PageSpec} spec @param {Expected} expected
 */
export async function checkPage(browser, server, label, spec, expected) {
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  const firstRequest = server.requests.length;
  const local = (/** @type {string} */ url) => url.replace(origin, '');
  /** @type {Record<'http' | 'foreign' | 'pageErrors' | 'consoleErrors', string[]>} */
  const seen = { http: [], foreign: [], pageErrors: [], consoleErrors: [] };
  page.on('request', (request) => void (!/^(data|blob):/.test(request.url()) && new URL(request.url()).origin !== origin && seen.foreign.push(request.url())));
  page.on('response', (response) => response.status() >= 400 && seen.http.push(`${response.status()} ${local(response.url())}`));
  page.on('requestfailed', (request) => seen.http.push(`${request.failure()?.errorText ?? 'failed'} ${local(request.url())}`));
  page.on('pageerror', (error) => seen.pageErrors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
  page.on('console', (message) => void (message.type() === 'error'
    && seen.consoleErrors.push(`${message.text()}${message.location().url ? ` (${local(message.location().url ?? '')})` : ''}`)));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(installPageHelpers);
    const loaded = await check(`${label}: page loads`, async () => {
      const response = await page.goto(server.url + spec.path, { waitUntil: 'load', timeout: WAIT_MS });
      if (!response?.ok()) fail(`HTTP ${response?.status()}`);
    });
    if (!loaded) return;
    // The checks wait side by side, so a broken page costs one timeout, not one per check.
    const outcomes = await Promise.all(spec.checks.map((name) => settle(() => pageChecks[name][1](page, expected))));
    spec.checks.forEach((name, i) => report(`${label}: ${pageChecks[name][0]}`, outcomes[i].ok, outcomes[i].detail));
    for (const name of spec.then ?? []) {
      const { ok, detail } = await settle(() => pageChecks[name][1](page, expected));
      report(`${label}: ${pageChecks[name][0]}`, ok, detail);
    }
    // Let requests started by the last render finish before judging the page.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 5_000 }).catch(() => {});
    // The server's log too: it also sees requests the page's listeners may not (workers, prefetches).
    for (const { status, url } of server.requests.slice(firstRequest)) if (status >= 400) seen.http.push(`${status} ${url}`);
    const csp = /** @type {string[]} */ (await page.evaluate(() => /** @type {any} */ (window).__ccin.cspViolations));
    for (const [name, list] of Object.entries({ 'response with status ≥ 400': seen.http, 'request to another origin': seen.foreign,
      'page error': seen.pageErrors, 'console error': seen.consoleErrors, 'CSP violation': csp })) {
      const unique = [...new Set(list)];
      report(`${label}: no ${name}`, !unique.length, unique.length ? `${unique.length}: ${unique.slice(0, 5).join('\n')}` : '');
    }
  } finally {
    await page.close().catch(() => {});
  }
}
