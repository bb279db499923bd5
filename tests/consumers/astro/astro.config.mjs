// @ts-check
import { cp } from 'node:fs/promises';
import { defineConfig } from 'astro/config';

/**
 * Pre-rendered elements link their stylesheets from render's `assets` folder (src/pages/index.astro):
 * this copies the package's dist/styles/ there in the build. It is the only configuration the
 * package needs: ccin-elements/server works in the frontmatter without any `vite.ssr` option.
 * (docs/pre-rendering.md shows this file.)
 */
const styles = new URL('styles/', import.meta.resolve('ccin-elements/ccin-elements.css'));
const ccinStyles = {
  name: 'ccin-styles',
  hooks: {
    'astro:build:done': (/** @type {{ dir: URL }} */ { dir }) => cp(styles, new URL('ccin/styles/', dir), { recursive: true }),
  },
};

export default defineConfig({ integrations: [ccinStyles] });
