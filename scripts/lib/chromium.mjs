// @ts-check
/**
 * The one way the project's scripts start a browser: the system Chromium (Debian's package, or
 * CHROME_PATH) driven by puppeteer-core. Nothing is downloaded. Each launch gets a fresh,
 * temporary profile that is removed when the browser closes.
 */
import { constants } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to use: CHROME_PATH, else Debian's. */
export function chromiumPath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/**
 * Launches headless Chromium. `options` are puppeteer's launch options; `args` given there are
 * added to the project's defaults.
 * @param {import('puppeteer-core').LaunchOptions} [options]
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchChromium(options = {}) {
  const executablePath = options.executablePath ?? chromiumPath();
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'ccin-chromium-'));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  try {
    const browser = await puppeteer.launch({
      headless: true,
      ...options,
      executablePath,
      userDataDir,
      args: [...chromiumArgs, ...(options.args ?? [])],
    });
    browser.once('disconnected', removeProfile);
    return browser;
  } catch (error) {
    await removeProfile();
    throw new Error(`Chromium (${executablePath}) did not start: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
}
