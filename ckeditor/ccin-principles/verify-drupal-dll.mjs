#!/usr/bin/env node
// @ts-check
/**
 * Checks the Drupal build (ckeditor/drupal/ccin_elements/js/build/ccinPrinciples.js) against a
 * real CKEditor 5 DLL, loaded the way Drupal loads it: classic <script>s for the DLL, the DLL
 * builds of editor-classic, essentials and link, then the plugin; an editor made from
 * window.CKEditor5.*; the Principle dropdown clicked; getData() compared. Runs in the system's
 * Chromium through web-test-runner, in a temporary folder.
 *
 * Usage (from the repository root; build first with build-drupal.mjs):
 *   node ckeditor/ccin-principles/verify-drupal-dll.mjs                  # ckeditor5 47.6.2 from npm
 *   node ckeditor/ccin-principles/verify-drupal-dll.mjs --ckeditor 47.2.0
 *   node ckeditor/ccin-principles/verify-drupal-dll.mjs --core /path/to/web/core
 *
 * --core uses the files a Drupal site ships (core/assets/vendor/ckeditor5/…), so nothing is
 * downloaded. --ckeditor downloads ckeditor5 and three @ckeditor packages of that version with
 * `npm pack` (4 tarballs, about 10 MB) into the temporary folder. Versions 48.0.0 and later have
 * no DLL. The 47.x releases published after 48.0.0 (47.7.x) are CKEditor's LTS edition, which
 * refuses licenseKey 'GPL' (error license-key-lts-not-allowed): use 47.6.2 or earlier.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const built = join(repo, 'ckeditor/drupal/ccin_elements/js/build/ccinPrinciples.js');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const core = option('--core');
const version = option('--ckeditor') ?? '47.6.2';

const dir = await mkdtemp(join(tmpdir(), 'ccin-dll-'));
try {
  /** The four scripts, in load order, as [file in dir, where it came from]. */
  const files = ['ckeditor5-dll.js', 'editor-classic.js', 'essentials.js', 'link.js'];
  if (core) {
    const vendor = join(core, 'assets/vendor/ckeditor5');
    const sources = ['ckeditor5-dll/ckeditor5-dll.js', 'editor-classic/editor-classic.js', 'essentials/essentials.js', 'link/link.js'];
    for (const [i, source] of sources.entries()) await copyFile(join(vendor, source), join(dir, files[i]));
  } else {
    const packages = [
      ['ckeditor5', 'build/ckeditor5-dll.js'],
      ['@ckeditor/ckeditor5-editor-classic', 'build/editor-classic.js'],
      ['@ckeditor/ckeditor5-essentials', 'build/essentials.js'],
      ['@ckeditor/ckeditor5-link', 'build/link.js'],
    ];
    for (const [i, [name, path]] of packages.entries()) {
      const tarball = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim();
      const unpacked = join(dir, `pkg-${i}`);
      await mkdir(unpacked);
      execFileSync('tar', ['-xzf', join(dir, tarball), '-C', unpacked, '--strip-components=1']);
      await copyFile(join(unpacked, path), join(dir, files[i]));
    }
  }
  await copyFile(built, join(dir, 'ccinPrinciples.js'));

  await writeFile(
    join(dir, 'dll.test.js'),
    `const scripts = ${JSON.stringify([...files, 'ccinPrinciples.js'].map((f) => `/${f}`))};
const load = (src) => new Promise((resolve, reject) => {
  const s = Object.assign(document.createElement('script'), { src });
  s.onload = resolve; s.onerror = () => reject(new Error('could not load ' + src));
  document.head.append(s);
});
const eq = (actual, expected) => { if (actual !== expected) throw new Error('expected ' + JSON.stringify(expected) + ', got ' + JSON.stringify(actual)); };
describe('ccinPrinciples.js as a consumer of the CKEditor 5 DLL', () => {
  it('registers, shows the Principle dropdown and inserts a principle link', async () => {
    for (const src of scripts) await load(src);
    const CK = window.CKEditor5;
    eq(typeof CK.ccinPrinciples.CcinPrinciples, 'function');
    const element = document.body.appendChild(document.createElement('div'));
    const editor = await CK.editorClassic.ClassicEditor.create(element, {
      licenseKey: 'GPL',
      plugins: [CK.essentials.Essentials, CK.paragraph.Paragraph, CK.link.Link, CK.ccinPrinciples.CcinPrinciples],
      toolbar: ['link', 'ccinPrinciple'],
      ccinPrinciples: { baseUrl: '/our-co-operative-council' },
    });
    editor.setData('<p>This project shows .</p>');
    editor.model.change((w) => w.setSelection(editor.model.document.getRoot().getChild(0), 19));
    editor.ui.view.element.querySelector('.ccin-principle-dropdown > .ck-dropdown__button').click();
    const items = [...editor.ui.view.element.querySelectorAll('.ccin-principle-dropdown .ck-list__item .ck-button')];
    eq(items.length, 10);
    items.find((b) => b.textContent.trim() === 'Co-production').click();
    eq(editor.isReadOnly, false);
    eq(editor.getData(), '<p>This project shows <a href="/our-co-operative-council#ccin-principle-co-production">Co-production</a>.</p>');
    console.log('CKEditor ' + CK.utils.version + ': ' + editor.getData());
    await editor.destroy();
  });
});
`,
  );
  const chrome = new URL('node_modules/@web/test-runner-chrome/dist/index.js', `file://${repo}`).href;
  await writeFile(
    join(dir, 'wtr.config.mjs'),
    `import { chromeLauncher } from ${JSON.stringify(chrome)};
export default {
  files: ['dll.test.js'],
  rootDir: ${JSON.stringify(dir)},
  browsers: [chromeLauncher({ launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--headless=new'] } })],
};
`,
  );
  console.log(core ? `CKEditor 5 DLL from ${core}` : `CKEditor 5 DLL ${version} from npm`);
  try {
    execFileSync(join(repo, 'node_modules/.bin/web-test-runner'), ['--config', join(dir, 'wtr.config.mjs')], { cwd: dir, stdio: 'inherit' });
  } catch {
    process.exitCode = 1; // web-test-runner has printed the failure.
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
