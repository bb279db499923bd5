#!/usr/bin/env node
// @ts-check
/**
 * Builds the CcinPrinciples plugin for Drupal's CKEditor 5:
 *   ckeditor/drupal/ccin_elements/js/build/ccinPrinciples.js
 *
 * Drupal loads CKEditor 5 as a webpack "DLL" (core/assets/vendor/ckeditor5/ckeditor5-dll/
 * ckeditor5-dll.js, which defines window.CKEditor5.dll) and loads each plugin as a small script
 * that takes CKEditor's classes from that DLL and registers itself as
 * window.CKEditor5.<library>.<Plugin>. Drupal's own template builds such scripts with webpack's
 * DllReferencePlugin; this script does the same with esbuild (already a dev dependency):
 * every import of @ckeditor/ckeditor5-core, -ui, -utils or -engine becomes
 * CKEditor5.dll('./src/core.js') and so on — the call DllReferencePlugin generates — so nothing
 * of CKEditor itself is bundled.
 *
 * Usage (from the repository root):
 *   node ckeditor/ccin-principles/build-drupal.mjs
 *   node ckeditor/ccin-principles/build-drupal.mjs --manifest path/to/ckeditor5-dll.manifest.json
 *
 * --manifest checks, before building, that every name the plugin imports is exported by that
 * DLL (the manifest is in the ckeditor5 npm package up to 47.x: build/ckeditor5-dll.manifest.json;
 * use the version your Drupal core ships). ckeditor5 48.0.0 and later ship no DLL at all.
 */
import { build } from 'esbuild';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = new URL('./', import.meta.url);
const sourceDir = new URL('src/', here);
const outFile = fileURLToPath(new URL('../drupal/ccin_elements/js/build/ccinPrinciples.js', here));

/** The CKEditor packages the plugin may import, and their module ids in the DLL. */
const dllModules = {
  '@ckeditor/ckeditor5-core': './src/core.js',
  '@ckeditor/ckeditor5-engine': './src/engine.js',
  '@ckeditor/ckeditor5-ui': './src/ui.js',
  '@ckeditor/ckeditor5-utils': './src/utils.js',
};

/** Checks the plugin's value imports against a DLL manifest; throws with every missing name. */
async function checkManifest(manifestPath) {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  if (manifest.name !== 'CKEditor5.dll') throw new Error(`${manifestPath} is not the CKEditor 5 DLL manifest (name: ${manifest.name})`);
  const byId = new Map(Object.values(manifest.content).map((entry) => [entry.id, new Set(entry.exports ?? [])]));
  const missing = [];
  for (const file of (await readdir(sourceDir)).filter((f) => f.endsWith('.ts'))) {
    const source = await readFile(new URL(file, sourceDir), 'utf8');
    for (const [, typeOnly, names, from] of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(@ckeditor\/[^']+)'/g)) {
      if (typeOnly) continue;
      const id = dllModules[from];
      if (!id) {
        missing.push(`${file}: ${from} is not in the DLL`);
        continue;
      }
      const exported = byId.get(id);
      for (const name of names.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '))) {
        if (!exported?.has(name)) missing.push(`${file}: ${name} from ${from} (${id})`);
      }
    }
  }
  if (missing.length) throw new Error(`The DLL in ${manifestPath} does not export:\n  ${missing.join('\n  ')}`);
  console.log(`checked against ${manifestPath}: every import is in the DLL`);
}

/** esbuild plugin: CKEditor packages come from window.CKEditor5.dll at run time. */
const fromDll = {
  name: 'ckeditor5-dll',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    b.onResolve({ filter: /^@ckeditor\/|^ckeditor5(\/|$)/ }, ({ path, importer }) => {
      const id = dllModules[/** @type {keyof typeof dllModules} */ (path)];
      if (!id) return { errors: [{ text: `${path} (imported by ${importer}) is not one of the DLL modules this build maps: ${Object.keys(dllModules).join(', ')}` }] };
      return { path: id, namespace: 'ckeditor5-dll' };
    });
    b.onLoad({ filter: /.*/, namespace: 'ckeditor5-dll' }, ({ path }) => ({
      contents: `module.exports = window.CKEditor5.dll(${JSON.stringify(path)});`,
      loader: 'js',
    }));
  },
};

/** esbuild plugin: only the ids and names of data/principles.json (not the statements). */
const principleNames = {
  name: 'principle-names',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/]principles\.json$/ }, async ({ path }) => {
      const principles = JSON.parse(await readFile(path, 'utf8'));
      return { contents: JSON.stringify(principles.map(({ id, name }) => ({ id, name }))), loader: 'json' };
    });
  },
};

const args = process.argv.slice(2);
const manifestAt = args.indexOf('--manifest');
if (manifestAt !== -1) {
  if (!args[manifestAt + 1]) throw new Error('--manifest needs a path');
  await checkManifest(args[manifestAt + 1]);
}

await mkdir(fileURLToPath(new URL('../drupal/ccin_elements/js/build/', here)), { recursive: true });
const result = await build({
  stdin: {
    // Drupal finds the plugin as CKEditor5.ccinPrinciples.CcinPrinciples
    // (ccin_elements.ckeditor5.yml: plugins: [ccinPrinciples.CcinPrinciples]).
    contents: `import { CcinPrinciples } from './src/index.ts';
(window.CKEditor5 = window.CKEditor5 || {}).ccinPrinciples = { CcinPrinciples };`,
    resolveDir: fileURLToPath(here),
    sourcefile: 'drupal-entry.js',
    loader: 'js',
  },
  bundle: true,
  format: 'iife',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  banner: {
    js: '/*! ccin-elements: CKEditor 5 plugin "CcinPrinciples" for Drupal (a consumer of Drupal core\'s CKEditor 5 DLL). MIT licence. Built by ckeditor/ccin-principles/build-drupal.mjs; do not edit. */',
  },
  plugins: [fromDll, principleNames],
  write: false,
  logLevel: 'warning',
});
await writeFile(outFile, result.outputFiles[0].contents);
console.log(`wrote ${outFile} (${result.outputFiles[0].contents.length} bytes)`);
