import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

/** The elements' sources. */
const sources = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Storybook, set up by hand (see ../shared/TOOLCHAIN.md: `storybook init` is not used).
 * The stories render the TypeScript sources; the data files come from the build (dist/data),
 * which `npm run storybook` and `npm run build-storybook` run first, as are the pre-rendered files
 * (dist/html) and their stylesheets (dist/styles) that the "Pre-rendered" stories show.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    { from: '../dist/data', to: '/dist/data' },
    { from: '../dist/docs', to: '/dist/docs' },
    // The stylesheets that the pre-rendered files of dist/html/ link to (the Pre-rendered stories).
    { from: '../dist/styles', to: '/dist/styles' },
  ],
  /**
   * The elements' templates minified as the library's builds minify them (rollup.config.js), so
   * that they are the templates that rendered the pre-rendered files: Lit hydrates a template only
   * if its strings are those the server rendered (it compares a digest of them), and throws
   * "Hydration value mismatch" otherwise. Run first, on the TypeScript, as in rollup.config.js.
   */
  viteFinal: (config) => ({
    ...config,
    plugins: [{ ...minifyHtmlLiterals({ include: [`${sources}**/*.ts`] }), enforce: 'pre' as const }, ...(config.plugins ?? [])],
  }),
};
export default config;
