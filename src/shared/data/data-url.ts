/**
 * Where the data files (dist/data/) are.
 *
 * In the built library, rollup.config.js replaces this module (plugin "ccin-data") with one
 * that points at the data files emitted next to the bundle, relative to the chunk that loads
 * them, so the script finds its data from any folder or CDN path. From the TypeScript sources
 * (tests and Storybook) the data is the build's dist/data/, three folders up from here.
 *
 * The path is held in a variable so that bundlers that rewrite `new URL('literal',
 * import.meta.url)` into assets (Vite does) leave it alone.
 */
const pathFromHere = '../../../dist/data/';
export const defaultDataBase: URL = new URL(pathFromHere, import.meta.url);
