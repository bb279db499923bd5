/**
 * What `npm publish` would ship: `npm pack --dry-run` lists the files. Needs a build first
 * (npm test builds before it runs these).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../scripts/lib/import-ts.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = pack.files.map((f) => f.path);
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

describe('the published package', () => {
  it('contains the library, its types, the manifest and the data files', () => {
    for (const file of [
      'dist/ccin-elements.js',
      'dist/ccin-elements.css',
      'dist/elements/principle-badge.js',
      'dist/elements/case-study.js',
      'dist/elements/member-map.js',
      'dist/elements/provider.js',
      'dist/custom-elements.json',
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
      'dist/chunks.json',
      'dist/npm/ccin-elements.js',
      'dist/npm/ccin-elements.d.ts',
      'dist/npm/autoloader.js',
      'dist/npm/case-study/case-study.js',
      'dist/npm/case-study/case-study.d.ts',
      'dist/npm/generated/jsx.d.ts',
      'dist/npm/generated/events.d.ts',
      'dist/data/ccin-snapshot.json',
      'dist/data/case-study-index.json',
      'dist/data/members.json',
      'dist/data/case-studies/rochdale-cost-of-living-crisis.json',
      'dist/docs/case-study-ids.html',
      'docs/localgov-drupal.md',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'package.json',
    ]) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
    const caseStudies = readdirSync(`${root}data/case-studies`).filter((f) => f.endsWith('.json')).length;
    assert.equal(files.filter((f) => f.startsWith('dist/data/case-studies/')).length, caseStudies);
    assert.equal(files.filter((f) => /^dist\/npm\/generated\/data\/case-studies\/.+\.js$/.test(f)).length, caseStudies);
  });

  it('leaves out tests, stories, sources, scripts and their source maps', () => {
    // data/'s README (the format and its rules) and JSON Schema are shipped for snapshot authors.
    const unwanted = files.filter(
      (f) =>
        (/^(tests|stories|src|scripts|data|demo|\.storybook|\.ci|storybook-static)\//.test(f) && !/^data\/(README\.md|schema\/)/.test(f)) ||
        /\.test\.|\.stories\./.test(f),
    );
    assert.deepEqual(unwanted, []);
    const maps = files.filter((f) => f.endsWith('.map'));
    assert.ok(maps.length > 0, 'the library keeps its own source maps');
    assert.ok(maps.every((f) => f.startsWith('dist/') && !f.includes('test')), 'no source map of a test');
  });

  it('points main, module, types, exports, bin and customElements at files it contains', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
    for (const entry of Object.values(pkg.exports)) {
      if (typeof entry === 'string') {
        if (!entry.includes('*')) targets.push(entry);
      } else targets.push(...Object.values(entry)); // types, default, or node (the server renderer)
    }
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} exists in the package`);
  });

  it('declares which files register elements (sideEffects) and depends only on Lit and its own packages', () => {
    assert.ok(pkg.sideEffects.includes('./dist/ccin-elements.js'));
    assert.ok(pkg.sideEffects.includes('./dist/elements/*.js'));
    assert.ok(pkg.sideEffects.includes('./dist/npm/case-study/case-study.js'));
    // Each is explained in the README's "Dependencies" section.
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit-labs/ssr', '@lit-labs/ssr-client', '@lit/context', 'lit', 'parse5']);
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const name of Object.keys(pkg.dependencies)) assert.ok(readme.includes(`\`${name}\``), `the README explains ${name}`);
    assert.equal(pkg.type, 'module');
  });

  it('names its repository, homepage and issue tracker, and ships no screenshots', () => {
    assert.match(pkg.repository.url, /^git\+https:\/\//);
    assert.match(pkg.homepage, /^https:\/\//);
    assert.match(pkg.bugs.url, /^https:\/\//);
    assert.deepEqual(files.filter((f) => /\.(png|jpe?g|gif|webp)$/.test(f)), []);
  });

  it('has no README or CHANGELOG link to a file that is not in the package', () => {
    for (const doc of ['README.md', 'CHANGELOG.md', ...files.filter((f) => /^docs\/.+\.md$/.test(f))]) {
      // Code (fenced blocks and `spans`) shows markup as text, not links.
      const text = readFileSync(`${root}${doc}`, 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      const base = doc.includes('/') ? doc.slice(0, doc.lastIndexOf('/') + 1) : '';
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = normalize(`${base}${target.split('#')[0]}`).split('\\').join('/');
        assert.ok(files.includes(path) || files.some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`)), `${doc} links to ${target}, which is not in the package`);
      }
    }
  });

  it('points the manifest, the editor data and the web-types at shipped files', () => {
    const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
    for (const module of manifest.modules) assert.ok(files.includes(module.path), `${module.path} is in the package`);
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.ok(files.includes('dist/web-types.json'));
    assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  });
});
