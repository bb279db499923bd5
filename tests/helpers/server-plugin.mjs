// @ts-check
/**
 * Test-server additions:
 *  - commands the tests call through executeServerCommand (Chrome DevTools features the
 *    standard commands do not cover, such as forced-colours emulation);
 *  - pages under /tests/pages/ served with the headers a council's strict site would send.
 */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function testServerPlugin() {
  return {
    name: 'ccin-test-server',
    serverStart({ app }) {
      app.use(async (context, next) => {
        await next();
        if (context.path.startsWith('/tests/pages/strict/')) {
          context.set('Content-Security-Policy', strictCsp);
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
