// @ts-check
import { render } from 'ccin-elements/server';

/**
 * Where the site serves the parts of the package's dist/ that a page uses: the element script,
 * its elements and chunks (code and bundled data), and the stylesheets that pre-rendered
 * elements link to (render's `assets` option).
 */
const assets = '/assets/ccin/';
const parts = ['ccin-elements.js', 'elements', 'chunks', 'styles'];

export const config = { dir: { input: 'src' } };

/** @param {any} eleventyConfig */
export default function (eleventyConfig) {
  for (const part of parts) eleventyConfig.addPassthroughCopy({ [`node_modules/ccin-elements/dist/${part}`]: `${assets.slice(1)}${part}` });
  eleventyConfig.addGlobalData('ccinAssets', assets);
  // {% ccin %}<ccin-case-study case-id="…"></ccin-case-study>{% endccin %}: the element with its
  // content in a declarative shadow root, rendered at build time. An unknown id or tag fails the build.
  eleventyConfig.addPairedShortcode('ccin', (/** @type {string} */ markup) => render(markup, { assets }));
}
