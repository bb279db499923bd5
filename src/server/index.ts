/**
 * ccin-elements/server: render the elements to HTML in Node (Eleventy, Astro, Next, a build
 * script, or the `ccin-elements render` command). Not for browsers.
 */
export { elementStylesheet, elementTags, render, RenderError, type ElementTag, type RenderOptions } from './render.js';
