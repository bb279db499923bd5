// @ts-check
/**
 * Test-server routes of the hostile-input suite (tests/hostile/), used by
 * tests/helpers/server-plugin.mjs:
 *
 *  - /tests/hostile/snapshot/index.json: the names of the mutations (tests/hostile/mutations.mjs);
 *  - /tests/hostile/snapshot/<name>.json: the built snapshot with that mutation;
 *  - /tests/hostile/slow/<ms>/<name>.json: that snapshot, its body sent after <ms> milliseconds;
 *  - /tests/hostile/raw/<name>: responses no snapshot can describe (mutations.mjs `rawNames`):
 *    50 MB streamed (never held in memory), a response that never ends, one that never starts,
 *    a 500, a body that is not JSON;
 *  - /tests/pages/hostile/provided.html?src=…&timeout=…&members=1: a page with a provider holding
 *    a case study, a card, a case-study list, a map (with members=1, its list view too) and a
 *    full badge;
 *  - /tests/no-full/…: a copy of dist/ in which the "full" badge chunk (chunks.json
 *    code['principle-full']) is missing;
 *  - /tests/pages/hostile/clobber-<tag>-<name>.html and trusted-types.html: every element inside a
 *    provider, on a page that shadows a name, or that allows only Lit's Trusted Types policy;
 *  - the CSP of /tests/pages/hostile/: strict, plus Trusted Types for trusted-types*.html.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mutated, mutations, rawNames } from './mutations.mjs';

/** A marker a mutation may leave for text JSON.stringify cannot write (nesting deeper than its stack). */
const deepMarker = '"__DEEP_ARRAYS__"';
const deepDepth = 100_000;

/** @param {string} path @param {string} dist */
export async function hostileSnapshot(path, dist) {
  if (path === '/tests/hostile/snapshot/index.json') {
    return { body: JSON.stringify({ mutations: Object.keys(mutations), raw: rawNames }), type: 'application/json' };
  }
  const match = /^\/tests\/hostile\/snapshot\/([a-z0-9-]+)\.json$/.exec(path);
  if (!match || !Object.hasOwn(mutations, match[1] ?? '')) return undefined;
  const text = await readFile(`${dist}data/ccin-snapshot.json`, 'utf8');
  let body = JSON.stringify(mutated(/** @type {string} */ (match[1]), text));
  if (body.includes(deepMarker)) body = body.replace(deepMarker, `${'['.repeat(deepDepth)}${']'.repeat(deepDepth)}`);
  return { body, type: 'application/json', headers: { 'cache-control': 'no-store' } };
}

/** Escapes text for an HTML attribute value in double quotes. */
const attribute = (/** @type {string} */ value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The start of every generated hostile page, to </head>: the recorder and watcher scripts first,
 * then the stylesheet and the one script tag. `title` is HTML (escape what it quotes).
 * @param {string} title
 */
const pageHead = (title) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <script src="/tests/pages/recorder.js"></script>
  <script src="/tests/pages/hostile/watch.js"></script>
  <link rel="stylesheet" href="/dist/ccin-elements.css">
  <script type="module" src="/dist/ccin-elements.js"></script>
</head>`;

/**
 * The page of tests/hostile/snapshot.test.ts: `src` and `timeout` from the query, every element
 * inside the provider, scripts only from the page's origin (it is served with the strict CSP).
 * @param {string} path @param {Record<string, unknown>} query
 */
export function hostilePage(path, query) {
  const clobber = /^\/tests\/pages\/hostile\/clobber-(img|form|div)-([A-Za-z]+)\.html$/.exec(path);
  if (clobber) return clobberPage(/** @type {'img' | 'form' | 'div'} */ (clobber[1]), /** @type {string} */ (clobber[2]));
  if (path === '/tests/pages/hostile/trusted-types.html') {
    return robustPage('Trusted Types', `Served with "require-trusted-types-for 'script'; trusted-types lit-html" and the strict CSP (hostileCsp): the only policy allowed is Lit's, which lit-html creates under the name "lit-html".`, '');
  }
  if (path !== '/tests/pages/hostile/provided.html') return undefined;
  const src = typeof query.src === 'string' ? query.src : '';
  const timeout = typeof query.timeout === 'string' ? ` timeout="${attribute(query.timeout)}"` : '';
  // The members' list view (every member's name and kind) only where a test reads it: it renders 111 entries.
  const members = query.members === '1' ? '\n      <ccin-member-map id="members" view="list"></ccin-member-map>' : '';
  const body = `${pageHead(`Hostile data: ${attribute(src)}`)}
<body>
  <main>
    <ccin-provider src="${attribute(src)}"${timeout} case-study-href="/case-studies/{id}">
      <ccin-member-map id="map" highlight="rochdale-council"><p id="map-fallback"><a href="https://councils.coop">The CCIN's members</a></p></ccin-member-map>
      <p><ccin-principle-badge id="badge" principle="walking-the-talk" variant="full" expanded>Walking the talk</ccin-principle-badge></p>
      <ccin-case-study id="card" case-id="hackney-supporting-residents-in-financial-crisis" variant="card"><a href="https://councils.coop">Hackney</a></ccin-case-study>
      <ccin-case-study id="study" case-id="rochdale-cost-of-living-crisis"><p id="study-fallback"><a href="https://councils.coop">Rochdale</a></p></ccin-case-study>
      <ccin-case-study-list id="list"><a href="https://councils.coop">All case studies</a></ccin-case-study-list>${members}
    </ccin-provider>
  </main>
</body>
</html>
`;
  return { body, type: 'text/html', headers: { 'cache-control': 'no-store' } };
}

/** Whether a path under /tests/no-full/ is the chunk of the "full" badge variant (then it 404s). */
export async function noFullChunk(/** @type {string} */ dist, /** @type {string} */ file) {
  const chunks = JSON.parse(await readFile(`${dist}chunks.json`, 'utf8'));
  return file === chunks.code['principle-full'];
}

/** Responses left open, closed when the test run ends (the browser's disconnect closes them too). */
const open = new Set();

/**
 * Answers /tests/hostile/raw/<name> by writing to the socket itself, before the dev server
 * (which would read a body whole to transform it); returns whether it did.
 * @param {string} path @param {import('node:http').ServerResponse} res
 */
export function hostileRaw(path, res, /** @type {string} */ dist) {
  const slow = /^\/tests\/hostile\/slow\/(\d{1,5})\/([a-z0-9-]+)\.json$/.exec(path);
  if (slow) {
    // A snapshot that takes its time: headers at once, the body after the delay.
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    const timer = setTimeout(() => {
      hostileSnapshot(`/tests/hostile/snapshot/${slow[2]}.json`, dist).then(
        (served) => (served ? res.end(served.body) : res.end('{}')),
        () => res.end('{}'),
      );
    }, Number(slow[1]));
    res.on('close', () => clearTimeout(timer));
    return true;
  }
  const match = /^\/tests\/hostile\/raw\/([a-z0-9.-]+)$/.exec(path);
  if (!match || !rawNames.includes(match[1] ?? '')) return false;
  const json = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  switch (match[1]) {
    case 'huge-chunked.json':
    case 'huge-declared.json': {
      const total = 50 * 1024 * 1024;
      res.writeHead(200, match[1] === 'huge-declared.json' ? { ...json, 'content-length': String(total) } : json);
      void pipeline(Readable.from(hugeJson(total)), res).catch(() => {}); // the browser may cancel
      break;
    }
    case 'never-ends.json':
      res.writeHead(200, json);
      res.write('{"caseStudies":[');
      keepOpen(res);
      break;
    case 'no-answer.json':
      keepOpen(res);
      break;
    case 'status-500.json':
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
      break;
    case 'not-json.json':
      res.writeHead(200, json);
      res.end('<!doctype html><title>Not found</title><p>This CMS answers every URL with a page.');
      break;
  }
  return true;
}

/** Keeps a response open until the client goes, or a minute has passed. */
function keepOpen(/** @type {import('node:http').ServerResponse} */ res) {
  open.add(res);
  const timer = setTimeout(() => res.destroy(), 60_000);
  timer.unref();
  res.on('close', () => {
    clearTimeout(timer);
    open.delete(res);
  });
}

/**
 * `total` bytes of valid JSON, 64 KB at a time: a snapshot-shaped object whose case studies are
 * one long list of strings.
 * @param {number} total
 */
function* hugeJson(total) {
  const head = '{"caseStudies":[';
  const tail = '"end"],"principles":[],"values":{},"members":[],"fundedProjects":[],"network":{},"meta":{}}';
  const item = `"${'x'.repeat(1021)}",`; // 1,024 bytes
  const chunk = Buffer.from(item.repeat(64));
  yield Buffer.from(head);
  let sent = head.length;
  while (sent + chunk.length + tail.length <= total) {
    yield chunk;
    sent += chunk.length;
  }
  const rest = total - sent - tail.length;
  yield Buffer.from(`${' '.repeat(rest)}${tail}`);
}

/** @param {string} path @param {string} strictCsp */
export function hostileCsp(path, strictCsp) {
  if (!path.startsWith('/tests/pages/hostile/') || !path.endsWith('.html')) return undefined;
  // Lit creates one Trusted Types policy, named "lit-html" (lit-html's `trustedTypes.createPolicy('lit-html', …)`).
  if (/\/trusted-types[^/]*\.html$/.test(path)) return `${strictCsp}; require-trusted-types-for 'script'; trusted-types lit-html`;
  return strictCsp;
}

/**
 * /tests/pages/hostile/clobber-<tag>-<name>.html: every element on a page whose own markup
 * shadows a name: <img name> and <form name> shadow document's properties, <div id> makes a
 * window global (Lit reads several).
 * @param {'img' | 'form' | 'div'} tag @param {string} name
 */
function clobberPage(tag, name) {
  const markup = { img: `<img name="${name}" alt="">`, form: `<form name="${name}"><input name="x"></form>`, div: `<div id="${name}"></div>` }[tag];
  const what = {
    img: `an image named "${name}" shadows document.${name}.`,
    form: `a form named "${name}" shadows document.${name}.`,
    div: `an element with the id "${name}" is window.${name}${name === 'ShadyCSS' ? ' (Lit takes it for the ShadyCSS polyfill and falls back to <style> elements)' : ' (a global Lit reads)'}.`,
  }[tag];
  return robustPage(`Clobbered: ${attribute(`<${tag} ${tag === 'div' ? 'id' : 'name'}="${name}">`)}`, `Other people's markup: ${what}`, markup);
}

/**
 * A page with every element inside a provider, on the bundled data, for the tests that the
 * elements hold up on someone else's page (tests/hostile/page.test.ts): `comment` says what is
 * hostile about it, `markup` is that page's own markup before the elements.
 * @param {string} title @param {string} comment @param {string} markup
 */
function robustPage(title, comment, markup) {
  const body = `${pageHead(title)}
<body>
  <!-- ${comment} -->
  ${markup}
  <main>
    <ccin-provider case-study-href="/case-studies/{id}">
      <ccin-member-map id="map" highlight="rochdale-council"><p id="map-fallback"><a href="https://councils.coop">The CCIN's members</a></p></ccin-member-map>
      <ccin-case-study id="study" case-id="rochdale-cost-of-living-crisis"><p id="study-fallback"><a href="https://councils.coop/case-studies/">Rochdale's case study on the CCIN website</a></p></ccin-case-study>
      <ccin-case-study id="card" case-id="hackney-supporting-residents-in-financial-crisis" variant="card"><p id="card-fallback"><a href="https://councils.coop/case-studies/">Hackney's case study</a></p></ccin-case-study>
      <p>This work shows <ccin-principle-badge id="badge" principle="learning">Learning</ccin-principle-badge>.</p>
      <ccin-case-study-list id="list"><p id="list-fallback"><a href="https://councils.coop/case-studies/">All case studies</a></p></ccin-case-study-list>
    </ccin-provider>
  </main>
</body>
</html>
`;
  return { body, type: 'text/html', headers: { 'cache-control': 'no-store' } };
}
