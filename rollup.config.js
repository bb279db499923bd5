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

export const elementEntries = {
  provider: 'src/provider/provider.ts',
  'principle-badge': 'src/principle-badge/principle-badge.ts',
  'case-study': 'src/case-study/case-study.ts',
  'case-study-list': 'src/case-study-list/case-study-list.ts',
  'member-map': 'src/member-map/member-map.ts',
};

/** Runtime dependencies: bundled into the self-contained build, bare imports in the npm build. */
const dependency = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/;

const typescript = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2021' });

/**
 * Writes dist/chunks.json: for each element, the files its entry imports before it can run
 * (its whole static import graph), and the file of each data module. The embed-code builder
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
      const data = { caseStudies: {} };
      for (const chunk of chunks.values()) {
        if (chunk.isEntry) elements[chunk.name] = [...closure(chunk.fileName)];
        const generated = /\/src\/generated\/data\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (!generated) continue;
        const [, module] = generated;
        if (module.startsWith('case-studies/')) data.caseStudies[module.slice('case-studies/'.length)] = chunk.fileName;
        else data[module] = chunk.fileName;
      }
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify({ elements, data }, null, 1)}\n` });
    },
  };
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
    chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/src/generated/data/') ? 'chunks/data/[name]-[hash].js' : 'chunks/[name]-[hash].js'),
    sourcemap: true,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    resolve(),
    minifyHtmlLiterals(),
    typescript(),
    terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } }),
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
  },
  external: (id) => dependency.test(id),
  output: {
    dir: 'dist/npm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    sourcemap: true,
    generatedCode: 'es2015',
  },
  preserveEntrySignatures: 'strict',
  plugins: [minifyHtmlLiterals(), typescript()],
};

export default [selfContained, npm];
