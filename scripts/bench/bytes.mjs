// @ts-check
/**
 * Bytes a page transfers for one article, counted by Chromium: every response's encoded size
 * (CDP Network.loadingFinished encodedDataLength: gzip body as the static server sends it, plus
 * its HTTP headers), split into code (.js), data (.json files, and the bundled data's modules in
 * dist/chunks/data/) and the bench page itself (its HTML,
 * stylesheet, measure script and the favicon the browser asks for, which a council's page has in some form anyway).
 *
 *   - bundled: `<ccin-case-study>` alone (its data module from dist/chunks/data/);
 *   - through a provider with the real split snapshot (55 case studies);
 *   - through a provider with the synthetic split snapshot of 2,200 case studies.
 */
import { caseId } from './article.mjs';
import { caseStudyCounts } from './site.mjs';
import { conditions, coldPage, mark, progress, summary } from './util.mjs';
import { loaderScript, page } from './pages.mjs';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
async function transferred(browser, url) {
  const { page: tab, close } = await coldPage(browser, conditions.localhost);
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    /** @type {Map<string, { url: string, headers: number, total?: number }>} */
    const requests = new Map();
    cdp.on('Network.responseReceived', (event) => requests.set(event.requestId, { url: event.response.url, headers: event.response.encodedDataLength }));
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (request) request.total = event.encodedDataLength;
    });
    await tab.goto(url, { waitUntil: 'load' });
    await mark(tab, 'painted');
    await tab.waitForNetworkIdle({ idleTime: 500 });
    const files = [...requests.values()].filter((r) => r.total !== undefined && !r.url.startsWith('data:'));
    /** @param {(path: string) => boolean} test */
    const sum = (test) => {
      const chosen = files.filter((f) => test(new URL(f.url).pathname));
      const total = chosen.reduce((n, f) => n + /** @type {number} */ (f.total), 0);
      const headers = chosen.reduce((n, f) => n + f.headers, 0);
      return { files: chosen.length, bytes: total, bodyBytes: total - headers };
    };
    // The bench page's own files, and the icon the browser asks for on its own.
    const isPage = (/** @type {string} */ path) => path.startsWith('/bench/') || path === '/favicon.ico';
    // Data: JSON files, and the bundled data's ES modules (dist/chunks/data/).
    const isData = (/** @type {string} */ path) => path.endsWith('.json') || path.startsWith('/dist/chunks/data/');
    const code = sum((path) => !isPage(path) && !isData(path) && path.endsWith('.js'));
    const data = sum((path) => !isPage(path) && isData(path));
    const other = sum((path) => !isPage(path) && !isData(path) && !path.endsWith('.js'));
    const bench = sum(isPage);
    await cdp.detach();
    return {
      code,
      data,
      other,
      benchPage: bench,
      elementBytes: code.bytes + data.bytes + other.bytes,
      elementBodyBytes: code.bodyBytes + data.bodyBytes + other.bodyBytes,
      files: files.map((f) => ({ path: new URL(f.url).pathname, bytes: f.total })),
    };
  } finally {
    await close();
  }
}

/**
 * Each page RUNS times (cold): which files a page loads may depend on the order its scripts
 * arrive in, so the report gives the median, min–max, and the files not loaded in every run.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {import('./site.mjs').Site} site
 * @param {number} runs
 */
export async function bytesSuite(browser, base, site, runs) {
  progress('bytes: one article');
  const big = caseStudyCounts.at(-1) ?? 2200;
  const id = site.copyId(big, caseId);
  const pages = [
    { id: 'bundled', label: `one case study, bundled data (${caseId})`, caseStudy: caseId, src: undefined },
    { id: `provider-${caseStudyCounts[0]}`, label: `one case study through a provider, real split snapshot (${caseStudyCounts[0]} case studies)`, caseStudy: caseId, src: site.caseStudySets[caseStudyCounts[0]] },
    { id: `provider-${big}`, label: `one case study through a provider, split snapshot of ${big.toLocaleString('en-GB')} case studies (${id})`, caseStudy: id, src: site.caseStudySets[big] },
  ];
  const rows = [];
  for (const p of pages) {
    const element = `<ccin-case-study case-id="${p.caseStudy}"></ccin-case-study>`;
    const body = p.src ? `<ccin-provider src="${p.src}">${element}</ccin-provider>` : element;
    const url = base + (await site.page(`bytes-${p.id}.html`, page({ mode: 'element', title: p.label, head: loaderScript, body })));
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await transferred(browser, url));
    // The run with the median total stands for the page; the others give the range.
    const totals = results.map((r) => r.elementBytes);
    const typical = results.find((r) => r.elementBytes === [...totals].sort((a, b) => a - b)[Math.floor((totals.length - 1) / 2)]) ?? results[0];
    /** @type {Map<string, number>} */
    const seen = new Map();
    for (const r of results) for (const f of r.files) seen.set(f.path, (seen.get(f.path) ?? 0) + 1);
    const sometimes = [...seen].filter(([, n]) => n < runs).map(([path, n]) => `${path} (${n} of ${runs})`);
    rows.push({ id: p.id, label: p.label, goal: p.id === `provider-${big}`, ...typical, range: summary(totals, 0), sometimes });
  }
  return { goalBytes: 30_000, rows };
}
