// A production build as an app team would configure Rollup 4: ES modules, code splitting (the
// library's dynamic imports become chunks), packages resolved from node_modules, minified.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'src/main.js',
  output: { dir: 'dist', format: 'es' },
  plugins: [nodeResolve({ browser: true }), terser()],
};
