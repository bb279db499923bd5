/** Custom elements manifest (dist/custom-elements.json), read by Storybook and editors. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.generated.ts'],
  outdir: 'dist',
  litelement: true,
};
