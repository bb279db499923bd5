// @ts-check
import { render } from 'ccin-elements/server';

/**
 * Where the site serves the package's dist/ folder: the element script with its chunks and data,
 * and the stylesheets that pre-rendered elements link to (render's `assets` option).
 */
const assets = '/assets/ccin/';

export const config = { dir: { input: 'src' } };

/** @param {any} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'node_modules/ccin-elements/dist/': assets.slice(1) });
  eleventyConfig.addGlobalData('ccinAssets', assets);
  // {% ccin %}<ccin-case-study case-id="…"></ccin-case-study>{% endccin %}: the element with its
  // content in a declarative shadow root, rendered at build time. An unknown id or tag fails the build.
  eleventyConfig.addPairedShortcode('ccin', (/** @type {string} */ markup) => render(markup, { assets }));
}
