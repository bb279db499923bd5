#!/usr/bin/env node
/**
 * `npm run test:storybook`: opens every story of the static Storybook build (storybook-static/,
 * from `npm run build-storybook`) in the system Chromium and fails if any story logs a console
 * error, throws, or has an axe violation (WCAG 2.2 AA tags). It checks each story in English and
 * in Welsh (the toolbar's language), and prints the count.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(root, 'storybook-static');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

async function serve() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // Browsers ask for /favicon.ico on their own; Storybook ships an SVG one.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    let file = resolve(staticDir, normalize(path.slice(1) || 'index.html'));
    try {
      if (!file.startsWith(staticDir + sep) && file !== staticDir) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, done));
  return server;
}

const index = JSON.parse(await readFile(resolve(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = await readFile(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const server = await serve();
const base = `http://localhost:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const failures = [];
let checked = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  let problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));

  for (const story of stories) {
    for (const lang of ['en', 'cy']) {
      problems = [];
      const url = `${base}/iframe.html?id=${story.id}&viewMode=story&globals=lang:${lang}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForNetworkIdle({ idleTime: 150, timeout: 10000 });
      // Wait for the story to render and every ccin element in it to settle (data loaded, or
      // the loading state a story shows on purpose).
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, { timeout: 10000 });
      await page.evaluate(async () => {
        const all = () => {
          const found = [];
          const walk = (node) => {
            for (const el of node.querySelectorAll('*')) {
              if (el.tagName.startsWith('CCIN-')) found.push(el);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return found;
        };
        for (let i = 0; i < 3; i++) {
          await Promise.all(all().map((el) => el.updateComplete));
          await new Promise((done) => setTimeout(done, 100));
        }
      });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(
        async (tags) => {
          const results = await window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`);
        },
        wcagTags,
      );
      for (const violation of violations) problems.push(`axe: ${violation}`);
      checked++;
      if (problems.length) failures.push(`${story.title} / ${story.name} [${lang}]\n    ${problems.join('\n    ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`test:storybook: ${failures.length} of ${checked} story views have problems:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`test:storybook: ${stories.length} stories, each in English and Welsh (${checked} views): no console errors, no axe violations (${wcagTags.join(', ')}).`);
