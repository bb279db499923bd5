// @ts-check
/**
 * Two builds of the same sources, as Shoelace ships dist/ and cdn/ (scripts/build.mjs runs
 * this after generating src/generated/):
 *
 * 1. The self-contained build, for script tags and CDNs, at the paths council pages already
 *    use. Lit is bundled in; code is split so that a page downloads only what it shows.
 *      dist/ccin-elements.js       the autoloader: loads an element's code when its tag appears
 *      dist/elements/<name>.js     one element each
 *      dist/chunks/                shared code (Lit, the data layer); chunks/data/ the data modules
 *
 * 2. The npm build, for bundlers and Node (package.json "exports" points here): one file per
 *    source module in dist/npm/, with lit, @lit/context and @lit-labs/* left as bare imports so
 *    that an app has one Lit and Node gets Lit's server build. Not minified: the app's bundler
 *    minifies, and readable code is easier to debug.
 *
 * Both minify the HTML and CSS inside Lit's html`` and css`` templates.
 */
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';

export const elementEntries = {
  provider: 'src/provider/provider.ts',
  'principle-badge': 'src/principle-badge/principle-badge.ts',
  'case-study': 'src/case-study/case-study.ts',
  'case-study-list': 'src/case-study-list/case-study-list.ts',
  'member-map': 'src/member-map/member-map.ts',
};

/** Runtime dependencies: bundled into the self-contained build, bare imports in the npm build. */
const dependency = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|parse5)(\/|$)|^node:/;

// ES2022: class fields and #private members (which terser shortens), in every browser since 2021.
const typescript = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });

/**
 * Writes dist/chunks.json: for each element, the files its entry imports before it can run
 * (its whole static import graph), the file of each module loaded on demand, and the file of
 * each data module (for a case study: its loader table, then its own module). The embed-code builder
 * turns it into preload hints, and the size report and the benchmark read it, so nothing has
 * to parse the built code to find its imports.
 * @returns {import('rollup').Plugin}
 */
function chunkGraph() {
  return {
    name: 'ccin-chunk-graph',
    generateBundle(_options, bundle) {
      /** @type {Map<string, import('rollup').OutputChunk>} */
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file]] : [])));
      /** @param {string} fileName */
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const next of chunks.get(fileName)?.imports ?? []) closure(next, seen);
        return seen;
      };
      const elements = {};
      /** @type {Record<string, string | string[]>} */
      const data = {};
      /** @type {Record<string, string[]>} */
      const caseStudies = {};
      /** @type {Record<string, string>} */
      const code = {};
      /** @type {Map<string, string>} each case study's module → the loader table that imports it */
      const tableOf = new Map();
      for (const chunk of chunks.values()) {
        if (/\/generated\/data\/case-study-loaders\/\d+\.ts$/.test(chunk.facadeModuleId ?? '')) {
          for (const file of chunk.dynamicImports) tableOf.set(file, chunk.fileName);
        }
      }
      for (const chunk of chunks.values()) {
        if (chunk.isEntry) elements[chunk.name] = [...closure(chunk.fileName)];
        // Code loaded on demand (the full badge, Welsh strings): by its module, as "principle-badge/full".
        const lazy = /\/src\/(?!generated\/)(.+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (lazy && !chunk.isEntry) code[lazy[1]] = chunk.fileName;
        if (!chunk.isEntry && !chunk.facadeModuleId) code[chunk.name] = chunk.fileName;
        const generated = /\/src\/generated\/data\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (!generated) continue;
        const [, module] = generated;
        // A case study needs its loader table, then its own module.
        if (module.startsWith('case-studies/')) caseStudies[module.slice('case-studies/'.length)] = [tableOf.get(chunk.fileName) ?? '', chunk.fileName];
        else if (!module.startsWith('case-study-loaders')) data[module] = chunk.fileName;
      }
      data.caseStudies = caseStudies;
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify({ elements, code, data }, null, 1)}\n` });
    },
  };
}

/**
 * Lit reads `document` once (lit-html: `const d = document`) and calls its methods; a page whose
 * markup names one of them (<img name="createComment">) would break every element. In the
 * self-contained build Lit gets shared/page-guard.ts's safeDocument instead, which calls
 * Document.prototype. The build fails if Lit's code no longer has exactly that one reference.
 * @returns {import('rollup').Plugin}
 */
function litSafeDocument() {
  const guard = fileURLToPath(new URL('./src/shared/page-guard.ts', import.meta.url));
  return {
    name: 'ccin-lit-safe-document',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const references = code.match(/\bdocument\b/g) ?? [];
      if (references.length !== 1) this.error(`lit-html.js refers to document ${references.length} times; rollup.config.js expects 1`);
      return {
        code: `import { safeDocument as __ccinDocument } from ${JSON.stringify(guard)};\n${code.replace(/\bdocument\b/, '__ccinDocument')}`,
        map: null,
      };
    },
  };
}

/**
 * What the elements that show data share (loading, messages, links, headings, text), in one
 * chunk: left to itself, rollup splits it by which elements use what into several small chunks,
 * and each costs a page a request and its compression overhead.
 */
const dataElementModules = [
  'shared/data-element.ts',
  'shared/data/load-controller.ts',
  'shared/data/bundled.ts',
  'shared/data/data-source.ts',
  'shared/data/errors.ts',
  'generated/data/case-study-loaders.ts',
  'shared/data/buckets.ts',
  'shared/links.ts',
  'shared/headings.ts',
  'shared/status.ts',
  'shared/panel.styles.ts',
  'shared/i18n/common.ts',
  'shared/rich-text/parse.ts',
  'shared/rich-text/render.ts',
];
/**
 * What every element shares, the badge included: Lit, the base every element extends, and a
 * principle's badge (case studies and cards draw its face, label.ts). The badge element's code
 * stays here rather than in its entry: split across two files it compresses worse, and a page
 * of badges would go over its budget (12 KB).
 */
const coreModules = [
  'shared/page-guard.ts',
  'shared/element.ts',
  'shared/styles.ts',
  'shared/settings.ts',
  'shared/define.ts',
  'shared/warn.ts',
  'shared/version.ts',
  'shared/dom.ts',
  'shared/safe-url.ts',
  'shared/i18n/lang.ts',
  'shared/i18n/localize.ts',
  'shared/data/principles.ts',
  'generated/data/principles.ts',
  'principle-badge/principle-badge.component.ts',
  'principle-badge/label.ts',
  'principle-badge/icons.ts',
  'principle-badge/messages.ts',
  'principle-badge/principle-badge.styles.ts',
];
/** @param {string} id */
function sharedByDataElements(id) {
  const path = id.split('\\').join('/');
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/[^/]+\.js$/.test(path) && !/directive|static|async|ssr|hydrate/.test(path)) return 'core';
  if (coreModules.some((module) => path.endsWith(`/src/${module}`))) return 'core';
  // A "full" badge needs its code and the statements together: one request, not two.
  if (path.endsWith('/src/principle-badge/full.ts') || path.endsWith('/src/generated/data/principle-statements.ts')) return 'principle-full';
  return dataElementModules.some((module) => path.endsWith(`/src/${module}`)) ? 'data-element' : undefined;
}

/** @type {import('rollup').RollupOptions} */
const selfContained = {
  input: {
    'ccin-elements': 'src/autoloader.ts',
    ...Object.fromEntries(Object.entries(elementEntries).map(([name, path]) => [`elements/${name}`, path])),
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Data modules are named after what they hold (a case study's id, the index, a loader table),
    // without a hash: an app's build or a CDN version path names each release already.
    chunkFileNames: (chunk) => {
      const data = /\/src\/generated\/data\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
      if (data) return `chunks/data/${data.replace(/^case-studies\//, '')}.js`;
      // Code loaded on demand is named after its module ("case-study-messages.cy", not "messages.cy").
      const lazy = /\/src\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
      return lazy && !chunk.isEntry ? `chunks/${lazy.replace(/\//g, '-')}-[hash].js` : 'chunks/[name]-[hash].js';
    },
    sourcemap: true,
    generatedCode: 'es2015',
    manualChunks: sharedByDataElements,
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    resolve(),
    litSafeDocument(),
    minifyHtmlLiterals(),
    typescript(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
    chunkGraph(),
  ],
};

/** @type {import('rollup').RollupOptions} */
const npm = {
  input: {
    'ccin-elements': 'src/ccin-elements.ts',
    autoloader: 'src/autoloader.ts',
    ...Object.fromEntries(Object.values(elementEntries).map((path) => [path.replace(/^src\/|\.ts$/g, ''), path])),
    'generated/jsx': 'src/generated/jsx.ts',
    'shared/hydrate': 'src/shared/hydrate.ts',
    'server/index': 'src/server/index.ts',
    'server/cli': 'src/server/cli.ts',
  },
  external: (id) => dependency.test(id),
  output: {
    dir: 'dist/npm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    banner: (chunk) => (chunk.fileName === 'server/cli.js' ? '#!/usr/bin/env node' : ''),
    sourcemap: true,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'strict',
  plugins: [minifyHtmlLiterals(), typescript()],
};

export default [selfContained, npm];
