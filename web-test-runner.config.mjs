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

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test page at a time: a page in a background tab gets no animation frames, which
  // fixture() and focus tests rely on.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
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
