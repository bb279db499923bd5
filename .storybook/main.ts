import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook, set up by hand (see ../shared/TOOLCHAIN.md: `storybook init` is not used).
 * The stories render the TypeScript sources; the data files come from the build (dist/data),
 * which `npm run storybook` and `npm run build-storybook` run first.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    { from: '../dist/data', to: '/dist/data' },
    { from: '../dist/docs', to: '/dist/docs' },
  ],
};
export default config;
