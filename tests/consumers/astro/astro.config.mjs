// @ts-check
import { cp } from 'node:fs/promises';
import { defineConfig } from 'astro/config';

/**
 * Pre-rendered elements link their stylesheets from render's `assets` folder (src/pages/index.astro):
 * this copies the package's dist/styles/ there in the build. It is the only configuration the
 * package needs: ccin-elements/server works in the frontmatter without any `vite.ssr` option.
 */
const ccinStyles = {
  name: 'ccin-styles',
  hooks: {
    'astro:build:done': async (/** @type {{ dir: URL }} */ { dir }) => {
      await cp(new URL('styles/', import.meta.resolve('ccin-elements/ccin-elements.css')), new URL('ccin/styles/', dir), { recursive: true });
    },
  },
};

export default defineConfig({ integrations: [ccinStyles] });
