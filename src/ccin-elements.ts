/**
 * ccin-elements: load this one module to register every element.
 *
 *   <script type="module" src=".../ccin-elements.js"></script>
 *
 * Each element is also its own entry (dist/elements/<name>.js) for pages that need only one;
 * the code they share (Lit, the data layer) is split into common chunks, and data files are
 * fetched only by the elements that use them.
 */
export * from './provider/provider.js';
export * from './principle-badge/principle-badge.js';
export * from './case-study/case-study.js';
export * from './member-map/member-map.js';
export * from './case-study-list/case-study-list.js';
export { VERSION } from './shared/version.js';
