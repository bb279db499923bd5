// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// A multi-page app: one page imports every element, the other uses the autoloader.
export default defineConfig({
  build: {
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        lazy: resolve(import.meta.dirname, 'lazy.html'),
      },
    },
  },
});
