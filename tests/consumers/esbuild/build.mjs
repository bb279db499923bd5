// @ts-check
// A production build as an app team would write it with esbuild's JS API: bundle, code splitting.
import { copyFile, rm } from 'node:fs/promises';
import * as esbuild from 'esbuild';

await rm('dist', { recursive: true, force: true });
await esbuild.build({
  entryPoints: ['src/main.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  outdir: 'dist',
  logLevel: 'warning',
});
await copyFile('index.html', 'dist/index.html');
await copyFile('favicon.svg', 'dist/favicon.svg');
