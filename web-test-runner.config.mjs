// @ts-check
/**
 * Browser tests in the system's Chromium (Debian's /usr/bin/chromium, or CHROME_PATH).
 * Nothing here downloads a browser.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { testServerPlugin } from './tests/helpers/server-plugin.mjs';

const executablePath = chromiumPath();
if (!existsSync(executablePath)) {
  console.error(
    `\nNo Chromium at ${executablePath}.\n` +
      `The tests run in the system's Chromium: install it (Debian: sudo apt-get install -y chromium),\n` +
      `or set CHROME_PATH to a Chrome or Chromium executable. .ci/run installs it when it is missing.\n`,
  );
  process.exit(1);
}

/**
 * `npm run fuzz` (scripts/fuzz.mjs) sets CCIN_FUZZ_RUNS: the property-based tests then run that
 * many cases (with the same fixed seed) instead of their default, with time to do it.
 */
const fuzzRuns = Number(process.env.CCIN_FUZZ_RUNS) || 0;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test page at a time: a page in a background tab gets no animation frames, which
  // fixture() and focus tests rely on.
  concurrency: 1,
  testFramework: { config: { timeout: fuzzRuns ? 1_800_000 : 15000 } },
  ...(fuzzRuns
    ? {
        testRunnerHtml: (/** @type {string} */ framework) =>
          `<!doctype html><html><body><script>globalThis.__CCIN_FUZZ_RUNS__ = ${fuzzRuns};</script><script type="module" src="${framework}"></script></body></html>`,
        testsFinishTimeout: 3_600_000,
      }
    : {}),
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' }), testServerPlugin(), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
