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

/**
 * The figures docs/member-map.md quotes, measured on the map as drawn: markers, groups, and how
 * far a member in a group is from the place its group's marker stands at (great-circle km).
 */
async function figures() {
  const map = document.querySelector('ccin-member-map');
  const members = (await (await fetch('/dist/data/members.json')).json()).members;
  const byId = new Map(members.map((m) => [m.id, m]));
  const km = (a, b) => {
    const rad = Math.PI / 180;
    const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  };
  const markers = [...map.shadowRoot.querySelectorAll('.marker')];
  const groups = markers.filter((m) => m.dataset.members);
  const distances = groups.flatMap((g) => {
    const anchor = byId.get(g.dataset.key.replace(/^group:/, ''));
    return g.dataset.members.split(' ').map((id) => km(anchor.location, byId.get(id).location));
  });
  const svg = map.shadowRoot.querySelector('svg.map').getBoundingClientRect();
  return {
    mapWidth: Math.round(svg.width),
    markers: markers.length,
    singles: markers.length - groups.length,
    groups: groups.length,
    largestGroup: Math.max(0, ...groups.map((g) => g.dataset.members.split(' ').length)),
    inGroups: distances.length,
    medianKm: Math.round(distances.sort((a, b) => a - b)[Math.floor(distances.length / 2)] ?? 0),
    maxKm: Math.round(Math.max(0, ...distances)),
  };
}

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
    console.log(`${width} px: ${JSON.stringify(await page.evaluate(figures))}`);
    const file = `docs/images/member-map-${width}.png`;
    await map.screenshot({ path: `${root}${file}` });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
