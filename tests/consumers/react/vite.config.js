// @ts-check
import { defineConfig } from 'vite';

// No React plugin needed for a production build: the automatic JSX runtime is enough.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
});
