#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures of the member map at 400 px and 1000 px wide for the docs
 * (docs/images/), taken in the system Chromium from the demo server. Run after `npm run build`.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = 8091;

await mkdir(`${root}docs/images`, { recursive: true });
const server = await startServer(port);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of [400, 1000]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}/map.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('ccin-member-map')?.shadowRoot?.querySelector('.marker'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const map = await page.$('ccin-member-map');
    const file = `docs/images/member-map-${width}.png`;
    await map.screenshot({ path: `${root}${file}` });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
