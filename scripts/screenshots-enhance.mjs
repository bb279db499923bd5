#!/usr/bin/env node
// @ts-check
/**
 * Pictures of principle links for docs/localgov-drupal.md (docs/images/), taken in the system
 * Chromium (scripts/lib/chromium.mjs) from the repository served by scripts/lib/static-server.mjs.
 * Run after `npm run build` (the published page loads dist/):
 *
 *   node scripts/screenshots-enhance.mjs
 *
 * - docs/images/localgov-editor-link.png: a LocalGov-like CKEditor 5 (tests/ckeditor/
 *   localgov-editor.ts: LocalGov's "WYSIWYG" toolbar and HTML rules) with CKEditor's own link
 *   balloon open, a #ccin-principle-co-production URL typed into it.
 * - docs/images/localgov-editor-principle.png: the same editor with the optional CcinPrinciples
 *   plugin (ckeditor/ccin-principles/) and its "Principle" dropdown open.
 * - docs/images/localgov-principle-badges.png: the published page, tests/pages/
 *   enhance-localgov.html (LocalGov's variables from tests/pages/localgov.css, data-ccin-enhance
 *   on <main>), with the links shown as badges in the running text.
 *
 * The editor page and its bundle (esbuild, in memory) are answered by request interception, so
 * nothing is written but the PNGs. Each PNG is checked against 1000 px width and 80 KB.
 */
import { build } from 'esbuild';
import { access, mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const images = `${root}docs/images/`;
const maxBytes = 80_000;
const maxWidth = 1000;

try {
  await access(`${root}dist/ccin-elements.js`);
} catch {
  console.error('No dist/ccin-elements.js: run `npm run build` first.');
  process.exit(1);
}

/** The editor, bundled for the page: LocalGov's set-up plus the CcinPrinciples plugin. */
async function editorBundle() {
  const result = await build({
    stdin: {
      contents: `
        import { createLocalGovEditor } from './tests/ckeditor/localgov-editor.ts';
        import { CcinPrinciples } from './ckeditor/ccin-principles/src/index.ts';
        window.makeEditor = async (withPlugin) => {
          const editor = await createLocalGovEditor(withPlugin
            ? { plugins: [CcinPrinciples], toolbar: ['|', 'ccinPrinciple'], config: { ccinPrinciples: { baseUrl: '/our-co-operative-council' } } }
            : {});
          document.querySelector('#body-field').append(editor.ui.view.element);
          window.editor = editor;
          return true;
        };`,
      resolveDir: root,
      sourcefile: 'screenshot-editor.js',
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** A Drupal node form in the admin theme's spirit (Claro): title, body with the editor, text format. */
const editorPage = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Edit Page Our co-operative council | Example Borough Council</title>
  <style>
    body { margin: 0; font: 16px/1.5 "DejaVu Sans", "Liberation Sans", sans-serif; color: #232429; background: #fff; }
    .page-title { margin: 0; padding: 20px 32px; background: #f3f4f9; border-bottom: 1px solid #dedfe4; font-size: 26px; font-weight: 700; }
    form { padding: 20px 32px; max-width: 900px; }
    label { display: block; margin-bottom: 6px; font-weight: 700; font-size: 15px; }
    input.title { box-sizing: border-box; width: 100%; padding: 8px 12px; border: 1px solid #919297; border-radius: 2px; font: inherit; }
    .item { margin-bottom: 20px; }
    .ck-editor__editable_inline { min-height: 330px; }
    .format { margin-top: 8px; font-size: 14px; color: #55565b; }
    /* A wider link balloon than CKEditor's default (html:root: after its stylesheet), so that the picture shows the whole URL. */
    html:root { --ck-link-panel-width: 440px; }
  </style>
  <script type="module" src="/__screenshots/editor.js"></script>
</head>
<body>
  <h1 class="page-title">Edit Page <em>Our co-operative council</em></h1>
  <form>
    <div class="item"><label for="title">Title</label><input id="title" class="title" value="Our co-operative council"></div>
    <div class="item"><label>Body</label><div id="body-field"></div><div class="format">Text format: <strong>WYSIWYG</strong></div></div>
  </form>
</body>
</html>`;

const text = `<p>The Market Street food hub was designed with the people who use it, which makes it our clearest example of .</p>
<p>Residents sit on its board (<a href="/our-co-operative-council#ccin-principle-democratic-engagement">Democratic Engagement</a>), and each season ends with a review.</p>`;

const server = await startStaticServer({ root });
const browser = await launchChromium();
const written = [];
try {
  await mkdir(images, { recursive: true });
  const bundle = await editorBundle();

  /** Opens the editor page, with or without the plugin, the caret before the first full stop. */
  async function openEditor(withPlugin) {
    const page = await browser.newPage();
    await page.setViewport({ width: maxWidth, height: 720, deviceScaleFactor: 1 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/__screenshots/editor.html') return void request.respond({ contentType: 'text/html; charset=utf-8', body: editorPage });
      if (pathname === '/__screenshots/editor.js') return void request.respond({ contentType: 'text/javascript; charset=utf-8', body: bundle });
      return void request.continue();
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}/__screenshots/editor.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => typeof (/** @type {any} */ (window).makeEditor) === 'function');
    await page.evaluate((plugin) => /** @type {any} */ (window).makeEditor(plugin), withPlugin);
    await page.evaluate((html) => {
      const editor = /** @type {any} */ (window).editor;
      editor.setData(html);
      editor.model.change((/** @type {any} */ writer) => {
        const first = editor.model.document.getRoot().getChild(0);
        writer.setSelection(first, first.maxOffset - 1);
      });
      editor.editing.view.focus();
    }, text);
    if (errors.length) throw new Error(`the editor page failed: ${errors.join('; ')}`);
    return page;
  }

  /** Saves a clip of the page and checks its width and size. */
  async function save(page, name, clip) {
    const path = `${images}${name}`;
    await page.screenshot({ path, clip: { ...clip, width: Math.min(clip.width, maxWidth) } });
    const { size } = await stat(path);
    written.push(`docs/images/${name} (${Math.round(clip.width)}×${Math.round(clip.height)} px, ${(size / 1000).toFixed(1)} KB)`);
    if (size > maxBytes) throw new Error(`docs/images/${name} is ${size} bytes, more than ${maxBytes}: take a smaller clip`);
  }

  /** The box around the editor and, if shown, a balloon or dropdown panel. */
  async function editorClip(page, extra) {
    return page.evaluate((selector) => {
      const boxes = [document.querySelector('#body-field')?.parentElement, ...(selector ? [...document.querySelectorAll(selector)] : [])]
        .filter((e) => e && e.getBoundingClientRect().height > 0)
        .map((e) => /** @type {Element} */ (e).getBoundingClientRect());
      const top = Math.min(...boxes.map((b) => b.top)) - 12;
      const bottom = Math.max(...boxes.map((b) => b.bottom)) + 16;
      return { x: 0, y: Math.max(0, top), width: 940, height: bottom - Math.max(0, top) };
    }, extra);
  }

  // 1. CKEditor's own link button: the URL typed into its balloon.
  {
    const page = await openEditor(false);
    const linkButton = await page.evaluateHandle(() =>
      [...document.querySelectorAll('.ck-toolbar .ck-button')].find((b) => b.querySelector('.ck-button__label')?.textContent === 'Link'),
    );
    await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (linkButton).click();
    await page.waitForSelector('.ck-link-form input[inputmode="url"]', { visible: true });
    // The displayed text first, then the URL: the URL field keeps its caret, and shows the end of the URL.
    await page.focus('.ck-link-form input:not([inputmode="url"])');
    await page.keyboard.type('Co-production');
    await page.focus('.ck-link-form input[inputmode="url"]');
    await page.keyboard.type('/our-co-operative-council#ccin-principle-co-production');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await save(page, 'localgov-editor-link.png', await editorClip(page, '.ck-balloon-panel_visible'));
    await page.close();
  }

  // 2. The optional plugin: the Principle dropdown open, Co-production under the pointer.
  {
    const page = await openEditor(true);
    await page.click('.ccin-principle-dropdown > .ck-dropdown__button');
    await page.waitForSelector('.ccin-principle-dropdown .ck-dropdown__panel-visible', { visible: true });
    const item = await page.evaluateHandle(() =>
      [...document.querySelectorAll('.ccin-principle-dropdown .ck-list__item .ck-button')].find((b) => b.textContent?.trim() === 'Co-production'),
    );
    await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (item).hover();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await save(page, 'localgov-editor-principle.png', await editorClip(page, '.ccin-principle-dropdown .ck-dropdown__panel'));
    await page.close();
  }

  // 3. The published page: the links are badges in the running text.
  {
    const page = await browser.newPage();
    await page.setViewport({ width: maxWidth, height: 720, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/tests/pages/enhance-localgov.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => {
      const badges = [...document.querySelectorAll('main ccin-principle-badge')];
      return badges.length === 8 && badges.every((b) => b.shadowRoot?.querySelector('a[part~="badge"]'));
    });
    // The pointer on the last icon badge: its tooltip names it.
    await page.hover('main p:last-child ccin-principle-badge:last-of-type');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const problems = await page.evaluate(() => /** @type {any} */ (window).__ccin);
    if (problems.errors.length || problems.warnings.length) throw new Error(`the published page reported: ${JSON.stringify(problems)}`);
    const clip = await page.evaluate(() => {
      const bottom = /** @type {Element} */ (document.querySelector('main')).getBoundingClientRect().bottom;
      return { x: 0, y: 0, width: 1000, height: Math.ceil(bottom) };
    });
    await save(page, 'localgov-principle-badges.png', clip);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
for (const line of written) console.log(`wrote ${line}`);
