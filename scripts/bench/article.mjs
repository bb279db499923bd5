// @ts-check
/**
 * Article first paint: one case study, as static HTML (the fastest any embed can be) and as the
 * element, navigation → the article's text painted, cold cache, under each condition.
 *
 * The paint signal is Largest Contentful Paint: Chromium reports LCP for text inside shadow
 * roots (the entry's `element` is null there, as shadow DOM is not exposed, but its size is the
 * article's largest paragraph, the same as on the static page). Each run checks that the last
 * LCP entry is the article's text (a paragraph of the article on the static page; on the element
 * pages a text block inside the shadow root, painted no earlier than the element rendered); a
 * run where it is not falls back to the frame after the text was in the document (rAF and a
 * message after DOMContentLoaded or `ccin-case-study-load`), and the report says so.
 *
 * Pluggable: each column of the table is one entry of `articleVariants`: a page and where its
 * text is. The pre-rendered page's text is in a declarative shadow root, painted with the page.
 */
import { readFileSync } from 'node:fs';
import { conditions, coldPage, mark, progress, ratios, summary } from './util.mjs';
import { loaderScript, page, staticArticle } from './pages.mjs';

export const caseId = 'rochdale-cost-of-living-crisis';

/**
 * @typedef {import('./site.mjs').Site} Site
 * @typedef {{
 *   id: string,
 *   label: string,
 *   baseline?: boolean,
 *   text: 'document' | 'shadow',
 *   html: (site: Site) => string,
 * }} ArticleVariant
 */

/** @type {ArticleVariant[]} */
export const articleVariants = [
  {
    id: 'static',
    label: 'static HTML',
    baseline: true,
    text: 'document',
    // data-bench="static": painted = the frame after DOMContentLoaded.
    html: (site) =>
      page({ mode: 'static', title: 'static article', head: '<link rel="stylesheet" href="/bench/article.css">', body: staticArticle(site.study(caseId), site.principles) }),
  },
  {
    id: 'element',
    label: 'element (script tag)',
    text: 'shadow',
    // data-bench="element": painted = the frame after ccin-case-study-load.
    html: () => page({ mode: 'element', title: 'element', head: loaderScript, body: `<ccin-case-study case-id="${caseId}"></ccin-case-study>` }),
  },
  {
    id: 'preload',
    label: 'element + modulepreload',
    text: 'shadow',
    html: (site) => {
      const files = [...site.graph.elements['elements/case-study'], ...site.graph.data.caseStudies[caseId]];
      const hints = files.map((file) => `<link rel="modulepreload" href="/dist/${file}">`).join('\n');
      return page({ mode: 'element', title: 'element with preload hints', head: `${hints}\n${loaderScript}`, body: `<ccin-case-study case-id="${caseId}"></ccin-case-study>` });
    },
  },
  {
    // The build's pre-rendered file (dist/html/, from ccin-elements/server), then the script,
    // as the builder's "pre-rendered" snippet gives it: the article is in the page's HTML.
    id: 'prerendered',
    label: 'pre-rendered',
    text: 'shadow',
    html: () => {
      const fragment = readFileSync(new URL(`../../dist/html/case-studies/${caseId}.html`, import.meta.url), 'utf8').split('"/ccin-elements/dist/').join('"/dist/');
      return page({ mode: 'prerendered', title: 'pre-rendered', body: `${fragment}\n${loaderScript}` });
    },
  },
];

export const articleConditions = [conditions.localhost, conditions.cpu4, conditions.fast4g, conditions.slow4g];

/**
 * One navigation: the article painted (LCP, checked; else the frame after it rendered).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {import('./util.mjs').Condition} condition
 * @param {'document' | 'shadow'} text where the article's text is: in the page, or in the element's shadow root
 */
async function firstPaint(browser, url, condition, text) {
  const { page: tab, close } = await coldPage(browser, condition);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const frame = await mark(tab, 'painted');
    // LCP entries arrive once the frame has been presented, a few frames later: wait (up to
    // 2 s) for one that can be the article's text.
    const run = await tab.evaluate(
      (inDocument) =>
        new Promise((done) => {
          const B = window['__bench'];
          const until = performance.now() + 2000;
          const check = () => {
            const lcp = B.lcp.at(-1) ?? null;
            const fits = lcp && (inDocument ? lcp.element?.tag === 'p' : lcp.time >= B.renderedAt - 1);
            if (fits || performance.now() > until) done({ lcp, rendered: B.renderedAt });
            else B.afterPaint(check);
          };
          B.afterPaint(check);
        }),
      text === 'document',
    );
    const { lcp, rendered } = /** @type {any} */ (run);
    const element = lcp?.element;
    const isArticle =
      lcp &&
      (text === 'document'
        ? element?.tag === 'p' && !element.inShadowOf
        : (element === null || element?.inShadowOf === 'ccin-case-study') && lcp.time >= rendered - 1);
    return { frame, lcp: lcp?.time, lcpSize: lcp?.size, lcpOk: !!isArticle, painted: isArticle ? lcp.time : frame };
  } finally {
    await close();
  }
}

/**
 * Runs every variant under every condition, interleaved: in each run the variants go in a
 * rotating order, so drift of the machine falls on all alike.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base the server's URL
 * @param {Site} site
 * @param {number} runs
 */
export async function articleSuite(browser, base, site, runs) {
  /** @type {Record<string, string>} */
  const urls = {};
  for (const variant of articleVariants) urls[variant.id] = base + (await site.page(`article-${variant.id}.html`, variant.html(site)));
  const baseline = articleVariants.find((v) => v.baseline) ?? articleVariants[0];
  const rows = [];
  for (const condition of articleConditions) {
    progress(`article: ${condition.label}`);
    /** @type {Record<string, { painted: number[], frame: number[], lcpOk: number, sizes: Set<number> }>} */
    const series = Object.fromEntries(articleVariants.map((v) => [v.id, { painted: [], frame: [], lcpOk: 0, sizes: new Set() }]));
    for (let run = 0; run < runs; run++) {
      const order = articleVariants.map((_, i) => articleVariants[(i + run) % articleVariants.length]);
      if (run % 2) order.reverse();
      for (const variant of order) {
        const result = await firstPaint(browser, urls[variant.id], condition, variant.text);
        const s = series[variant.id];
        s.painted.push(result.painted);
        s.frame.push(result.frame);
        if (result.lcpOk) s.lcpOk++;
        if (result.lcpSize) s.sizes.add(result.lcpSize);
      }
    }
    const variants = Object.fromEntries(
      articleVariants.map((v) => {
        const s = series[v.id];
        return [
          v.id,
          {
            painted: summary(s.painted),
            frameAfterRender: summary(s.frame),
            lcpRuns: s.lcpOk,
            lcpSizes: [...s.sizes],
            ...(v === baseline ? {} : { ratioToStatic: ratios(s.painted, series[baseline.id].painted) }),
          },
        ];
      }),
    );
    rows.push({ condition: condition.id, label: condition.label, variants });
  }
  return { caseId, baseline: baseline.id, variants: articleVariants.map(({ id, label }) => ({ id, label })), rows };
}
