#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures of the member map at 320 px and 1000 px wide for
 * docs/member-map.md (docs/images/), taken in the system Chromium from the demo server. Run after
 * `npm run build`. (scripts/screenshots-enhance.mjs takes the LocalGov editor's.)
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startDemoServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

await mkdir(`${root}docs/images`, { recursive: true });
const server = await startDemoServer(0);
const browser = await launchChromium();
try {
  for (const width of [320, 1000]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/map.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('ccin-member-map')?.shadowRoot?.querySelector('.marker'));
    // The markers are laid out again once the map's size is measured: wait for that frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const map = await page.$('ccin-member-map');
    const file = `docs/images/member-map-${width}.png`;
    await map.screenshot({ path: `${root}${file}` });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
