// @ts-check
/**
 * Test-server routes of the pre-rendered HTML tests (tests/prerendered.test.ts), used by
 * tests/helpers/server-plugin.mjs:
 *
 *  - /tests/pages/prerendered/<file>.html: a page holding dist/html/<file>.html (any file the
 *    build pre-rendered: case-studies/<id>, case-study-cards/<id>, case-study-list, member-map,
 *    principle-badges/<id>[-icon|-full]) with its stylesheet prefix rewritten from
 *    /ccin-elements/dist/ to /dist/, as a council's CMS includes it, followed by the script.
 *    Sent with the strict CSP and a report-uri, so that every violation is reported to the
 *    server, also from a page whose JavaScript is off;
 *  - /tests/pages/prerendered/control.html: the same kind of page with an inline style
 *    attribute, which the strict CSP blocks, and a script (shift.js) that moves the content
 *    once it has painted: the proof that violations get reported and layout shifts observed;
 *  - the pages' head loads observe.js (layout shifts, and the nodes the browser built from the
 *    declarative shadow roots) and tests/pages/recorder.js (console warnings and errors, CSP
 *    violations) before anything else runs;
 *  - /tests/csp-report: POST collects a CSP report (application/csp-report), GET answers with
 *    every report collected so far, as JSON ({ reports: [{ documentUri, directive, blocked }] }).
 */
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';
import { strictCsp } from '../../scripts/lib/csp.mjs';

export const reportPath = '/tests/csp-report';
export const prerenderedCsp = `${strictCsp}; report-uri ${reportPath}`;

/** @type {{ documentUri: string; directive: string; blocked: string }[]} */
const reports = [];

/** Escapes text for HTML. */
const text = (/** @type {string} */ value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** @param {string} title @param {string} body @param {string} lang @param {string} head */
const page = (title, body, lang = 'en', head = '') => `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>${text(title)}</title>
  <script src="/tests/pages/recorder.js"></script>
  <script src="/tests/prerendered/observe.js"></script>${head}
</head>
<body>
  <main>
    <h1>${text(title)}</h1>
${body}
  </main>
  <script type="module" src="/dist/ccin-elements.js"></script>
</body>
</html>
`;

/**
 * A page for /tests/pages/prerendered/…, or undefined for any other path (and for files the
 * build did not write, which then 404). `?lang=cy` makes it a Welsh page; `?provider` puts the
 * fragment inside a <ccin-provider> with URL templates (pages the English files were not
 * rendered for); `?hidden` hides the page until a script shows it (as anti-flicker snippets do),
 * so that it paints nothing.
 * @param {string} path @param {string} dist @param {Record<string, string>} [query]
 */
export async function prerenderedPage(path, dist, query = {}) {
  const match = /^\/tests\/pages\/prerendered\/([a-z0-9/-]+)\.html$/.exec(path);
  if (!match) return undefined;
  const name = /** @type {string} */ (match[1]);
  const headers = { 'content-security-policy': prerenderedCsp, 'cache-control': 'no-store' };
  if (name === 'control') {
    const body = '    <p id="inline" style="color: red">Styled inline, which the CSP blocks.</p>\n    <script src="/tests/prerendered/shift.js"></script>';
    return { body: page('Control: an inline style and a layout shift', body), type: 'text/html', headers };
  }
  const file = normalize(`${dist}html/${name}.html`);
  if (!file.startsWith(`${dist}html/`)) return undefined;
  const fragment = await readFile(file, 'utf8').catch(() => undefined);
  if (fragment === undefined) return undefined;
  const rewritten = fragment.split('"/ccin-elements/dist/').join('"/dist/').trimEnd();
  const body = 'provider' in query ? `<ccin-provider case-study-href="/case-studies/{id}" principle-href="/principles/{id}">${rewritten}</ccin-provider>` : rewritten;
  const head = 'hidden' in query ? '\n  <link rel="stylesheet" href="/tests/prerendered/hidden.css">' : '';
  return { body: page(`Pre-rendered: ${name}`, `    ${body}`, query.lang === 'cy' ? 'cy' : 'en', head), type: 'text/html', headers };
}

/**
 * Answers /tests/csp-report before the dev server (which serves files, not POSTs); returns
 * whether it did.
 * @param {string} path @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
export function prerenderedRaw(path, req, res) {
  if (path !== reportPath) return false;
  if (req.method === 'POST') {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const report = JSON.parse(Buffer.concat(chunks).toString('utf8'))['csp-report'] ?? {};
        reports.push({
          documentUri: String(report['document-uri'] ?? ''),
          directive: String(report['effective-directive'] ?? report['violated-directive'] ?? ''),
          blocked: String(report['blocked-uri'] ?? ''),
        });
      } catch {
        reports.push({ documentUri: '', directive: 'unreadable report', blocked: '' });
      }
      res.writeHead(204);
      res.end();
    });
    return true;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ reports }));
  return true;
}
