// @ts-check
/**
 * Builds the library into dist/:
 *   ccin-elements.js         registers every element (what a council's page loads)
 *   elements/<name>.js        one element each, for pages that need only one
 *   chunks/                   code shared by the entries (Lit, the data layer)
 *   data/, docs/              the data snapshot and the case-study id list (scripts/data/snapshot.mjs)
 * Code splitting keeps a page that uses only a badge from downloading the case study or the map.
 *
 * package.json's "sideEffects" lists the src files that register elements: node-resolve applies
 * it to this package's own sources too, and without them the customElements.define calls would
 * be tree-shaken out of dist/ccin-elements.js (tests/bundle.test.ts checks they are not).
 */
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildSnapshot } from './scripts/data/snapshot.mjs';

const dataUrlModule = fileURLToPath(new URL('./src/shared/data/data-url.ts', import.meta.url));
const statementsModule = fileURLToPath(new URL('./src/shared/data/principle-statements.ts', import.meta.url));
const principlesFile = fileURLToPath(new URL('./data/principles.json', import.meta.url));

/**
 * Emits the data files with the bundle and points the code at them: the module
 * src/shared/data/data-url.ts is replaced by one whose URL rollup resolves relative to the
 * chunk it ends up in, so the library finds its data from any folder or CDN path.
 * @returns {import('rollup').Plugin}
 */
function ccinData() {
  /** @type {string | undefined} */
  let snapshotRef;
  return {
    name: 'ccin-data',
    async buildStart() {
      const { files, errors } = await buildSnapshot();
      if (errors.length) this.error(`the data in data/ is not valid (run npm run data:check):\n${errors.join('\n')}`);
      for (const [fileName, source] of files) {
        const ref = this.emitFile({ type: 'asset', fileName, source });
        if (fileName === 'data/ccin-snapshot.json') snapshotRef = ref;
      }
      // The optional page stylesheet (space reserved before upgrade, and the cloak).
      const pageCss = fileURLToPath(new URL('./src/ccin-elements.css', import.meta.url));
      this.addWatchFile(pageCss);
      this.emitFile({ type: 'asset', fileName: 'ccin-elements.css', source: await readFile(pageCss, 'utf8') });
    },
    async load(id) {
      if (id === dataUrlModule) {
        return `export const defaultDataBase = new URL('./', import.meta.ROLLUP_FILE_URL_${snapshotRef});`;
      }
      if (id === statementsModule) {
        // The statements chunk, loaded by "full" badges only: just the statements and points.
        const principles = JSON.parse(await readFile(principlesFile, 'utf8'));
        const entries = principles.map(({ id, statement, points }) => [id, points ? { statement, points } : { statement }]);
        return `export const principleStatements = new Map(${JSON.stringify(entries)});`;
      }
      return null;
    },
    transform(code, id) {
      // The principles bundled into every badge: ids and names only. Statements are in their
      // own chunk; notes and source lines stay in the data files.
      if (id !== principlesFile) return null;
      const principles = JSON.parse(code).map(({ id, name }) => ({ id, name }));
      return { code: JSON.stringify(principles), map: null };
    },
  };
}

export const entries = {
  'ccin-elements': 'src/ccin-elements.ts',
  'elements/provider': 'src/provider/provider.ts',
  'elements/principle-badge': 'src/principle-badge/principle-badge.ts',
  'elements/case-study': 'src/case-study/case-study.ts',
  'elements/case-study-list': 'src/case-study-list/case-study-list.ts',
  'elements/member-map': 'src/member-map/member-map.ts',
};

/** @type {import('rollup').RollupOptions} */
export default {
  input: entries,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    ccinData(),
    json({ preferConst: true }),
    resolve(),
    // Collapses the whitespace of html`` and css`` templates (lightningcss for the CSS).
    minifyHtmlLiterals(),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2021' }),
    terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
};
