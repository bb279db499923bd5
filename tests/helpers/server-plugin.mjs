// @ts-check
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 *    /tests/copy/ (the same version) and /tests/other-version/ (the version number changed).
 */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";
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
      const copy = /^\/tests\/(copy|other-version)\/(.+)$/.exec(context.path);
      if (!copy) return undefined;
      const file = normalize(`${dist}${copy[2]}`);
      if (!file.startsWith(dist)) return undefined;
      let body = await readFile(file, 'utf8').catch(() => undefined);
      if (body === undefined) return undefined;
      if (copy[1] === 'other-version') body = body.split(JSON.stringify(version)).join('"0.0.9-other"');
      return { body, type: mime[extname(file)] ?? 'text/plain' };
    },
    serverStart({ app }) {
      app.use(async (context, next) => {
        await next();
        if (context.path.startsWith('/tests/pages/strict/')) {
          context.set('Content-Security-Policy', strictCsp);
        }
        if (context.path.startsWith('/tests/pages/nonce/') && context.path.endsWith('.html')) {
          context.set('Content-Security-Policy', nonceCsp);
        }
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
