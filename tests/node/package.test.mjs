/**
 * What `npm publish` would ship: `npm pack --dry-run` lists the files. Needs a build first
 * (npm test builds before it runs these).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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
      'dist/types/ccin-elements.d.ts',
      'dist/data/ccin-snapshot.json',
      'dist/data/case-study-index.json',
      'dist/data/members.json',
      'dist/data/case-studies/rochdale-cost-of-living-crisis.json',
      'dist/docs/case-study-ids.html',
      'docs/localgov-drupal.md',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
    assert.equal(files.filter((f) => f.startsWith('dist/data/case-studies/')).length, 55);
  });

  it('leaves out tests, stories, sources, scripts and their source maps', () => {
    const unwanted = files.filter((f) =>
      /^(tests|stories|src|scripts|data|demo|\.storybook|\.ci|storybook-static)\//.test(f) || /\.test\.|\.stories\./.test(f),
    );
    assert.deepEqual(unwanted, []);
    const maps = files.filter((f) => f.endsWith('.map'));
    assert.ok(maps.length > 0, 'the library keeps its own source maps');
    assert.ok(maps.every((f) => f.startsWith('dist/') && !f.includes('test')), 'no source map of a test');
  });

  it('points main, module, types, exports and customElements at files it contains', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
    for (const entry of Object.values(pkg.exports)) {
      if (typeof entry === 'string') {
        if (!entry.includes('*')) targets.push(entry);
      } else targets.push(entry.types, entry.default);
    }
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} exists in the package`);
  });

  it('declares which files register elements (sideEffects) and depends only on lit and @lit/context', () => {
    assert.ok(pkg.sideEffects.includes('./dist/ccin-elements.js'));
    assert.ok(pkg.sideEffects.includes('./dist/elements/*.js'));
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', 'lit']);
    assert.equal(pkg.type, 'module');
  });
});
