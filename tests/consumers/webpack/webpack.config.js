// A production build as an app team would configure webpack 5: one entry, the library's dynamic
// imports split into chunks that webpack's runtime loads with script elements.
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  entry: './src/main.js',
  output: { path: fileURLToPath(new URL('dist', import.meta.url)), publicPath: '/', clean: true },
  devtool: false,
  performance: { hints: false },
};
