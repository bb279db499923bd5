// @ts-check
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strictCsp } from '../../scripts/lib/csp.mjs';
import { hostileCsp, hostilePage, hostileRaw, hostileSnapshot, noFullChunk } from '../hostile/routes.mjs';
import { prerenderedPage, prerenderedRaw } from '../prerendered/routes.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const mime = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };

/**
 * Test-server additions:
 *  - commands the tests call through executeServerCommand (Chrome DevTools features the
 *    standard commands do not cover, such as forced-colours emulation);
 *  - pages under /tests/pages/strict/ (and /nonce/) served with the headers a council's strict
 *    site would send;
 *  - second copies of dist/ at other paths, as a page gets when it includes the library twice:
 *    /tests/copy/ (the same version) and /tests/other-version/ (the version number changed);
 *  - the hostile-input suite's routes (tests/hostile/routes.mjs): mutated snapshots at
 *    /tests/hostile/snapshot/<name>.json, raw responses (50 MB, never ending, 500, not JSON) at
 *    /tests/hostile/raw/<name>, a generated provider page at /tests/pages/hostile/provided.html,
 *    a copy of dist/ at /tests/no-full/ whose "full" badge chunk 404s, and strict (and Trusted
 *    Types) CSP headers for /tests/pages/hostile/, and its pages that clobber names.
 */
export { strictCsp } from '../../scripts/lib/csp.mjs';
/** A site that allows styles only with its nonce (what window.litNonce is for). */
export const nonceCsp = "default-src 'self'; script-src 'self'; style-src 'nonce-ccin-test-nonce'";

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function testServerPlugin() {
  return {
    name: 'ccin-test-server',
    /** Files that do not exist on disk: copies of dist/ and a newer snapshot. */
    async serve(context) {
      if (context.path === '/tests/fixtures/newer-snapshot.json') {
        // The built snapshot with one change, as CCIN might publish newer data.
        const snapshot = JSON.parse(await readFile(`${dist}data/ccin-snapshot.json`, 'utf8'));
        const study = snapshot.caseStudies.find((s) => s.id === 'rochdale-cost-of-living-crisis');
        study.title = `${study.title} (newer data)`;
        return { body: JSON.stringify(snapshot), type: 'application/json' };
      }
      const prerendered = await prerenderedPage(context.path, dist, context.query); // tests/prerendered/routes.mjs
      if (prerendered) return prerendered;
      const hostile = (await hostileSnapshot(context.path, dist)) ?? hostilePage(context.path, context.query);
      if (hostile) return hostile;
      const copy = /^\/tests\/(copy|other-version|no-full)\/(.+)$/.exec(context.path);
      if (!copy) return undefined;
      const file = normalize(`${dist}${copy[2]}`);
      if (!file.startsWith(dist)) return undefined;
      if (copy[1] === 'no-full' && (await noFullChunk(dist, copy[2]))) return undefined; // a 404
      let body = await readFile(file, 'utf8').catch(() => undefined);
      if (body === undefined) return undefined;
      if (copy[1] === 'other-version') body = body.split(JSON.stringify(version)).join('"0.0.9-other"');
      return { body, type: mime[extname(file)] ?? 'text/plain' };
    },
    /**
     * Headers and raw responses go in front of the Koa app: Koa composes its middleware when the
     * server is created, so middleware added here with app.use() would never run (the strict
     * pages' CSP header was never sent while it was done that way).
     */
    serverStart({ server }) {
      if (!server) return;
      const handlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        // Raw hostile responses write to the socket themselves (streamed, or never finished).
        if (hostileRaw(path, res, dist)) return;
        if (prerenderedRaw(path, req, res)) return; // CSP reports of the pre-rendered pages
        const csp = path.startsWith('/tests/pages/strict/')
          ? strictCsp
          : path.startsWith('/tests/pages/nonce/') && path.endsWith('.html')
            ? nonceCsp
            : hostileCsp(path, strictCsp);
        if (csp) res.setHeader('Content-Security-Policy', csp);
        for (const handler of handlers) handler.call(server, req, res);
      });
    },
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('ccin-')) return undefined;
      // The Chrome launcher gives access to the Puppeteer page of the test session.
      const launcher = /** @type {any} */ (session.browser);
      const page = launcher.getPage(session.id);
      const args = /** @type {any} */ (payload);
      switch (command) {
        case 'ccin-emulate-media-features':
          await page.emulateMediaFeatures(args);
          return true;
        case 'ccin-emulate-media-type':
          await page.emulateMediaType(args.type ?? null);
          return true;
        default:
          return undefined;
      }
    },
  };
}
