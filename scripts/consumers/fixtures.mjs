// @ts-check
/** The fixture apps of tests/consumers/ and what each page of their production builds must show. */

/** The case study every fixture shows. */
export const caseId = 'rochdale-cost-of-living-crisis';

/** The package entries the fixtures and the docs rely on. */
export const expectedSubpaths = ['.', './autoloader', './provider', './principle-badge', './case-study', './case-study-list',
  './member-map', './jsx', './hydrate', './server', './ccin-elements.css', './data/*', './dist/*', './custom-elements.json', './package.json'];

/** @typedef {'caseStudy' | 'list' | 'map' | 'badges' | 'lateBadge' | 'loadedId' | 'liveCaseId'} PageCheck */
/**
 * A page: `checks` run side by side, then `then` one after the other (they change the page);
 * `prerendered`: the page is also opened with JavaScript off (prerendered.mjs).
 * @typedef {{ path: string, checks: PageCheck[], then?: PageCheck[], prerendered?: boolean }} PageSpec
 */
/** @typedef {{ name: string, build: string[], out: string, typecheck?: boolean, pages: PageSpec[] }} Fixture */

/** @type {Fixture[]} */
export const fixtures = [
  { name: 'vite', build: ['npm', 'run', 'build'], out: 'dist', pages: [
    { path: '/', checks: ['caseStudy', 'list', 'map', 'badges'] },
    { path: '/lazy.html', checks: ['caseStudy', 'list', 'map', 'badges', 'lateBadge'] }] },
  { name: 'esbuild', build: ['npm', 'run', 'build'], out: 'dist', pages: [{ path: '/', checks: ['caseStudy', 'list', 'map'] }] },
  // webpack 5's own runtime loads the library's dynamic imports (script elements, not import()).
  { name: 'webpack', build: ['npm', 'run', 'build'], out: 'dist', pages: [{ path: '/', checks: ['caseStudy', 'list', 'map', 'badges'] }] },
  { name: 'rollup', build: ['npm', 'run', 'build'], out: 'dist', pages: [{ path: '/', checks: ['caseStudy', 'list', 'map', 'badges'] }] },
  { name: 'react', build: ['npm', 'run', 'build'], out: 'dist', typecheck: true, pages: [{ path: '/', checks: ['caseStudy', 'loadedId', 'list', 'map', 'badges'] }] },
  // Pre-rendered at build time with ccin-elements/server; the page loads the package's dist/ build.
  { name: 'eleventy', build: ['npm', 'run', 'build'], out: '_site', pages: [
    { path: '/', checks: ['caseStudy', 'badges'], then: ['liveCaseId'], prerendered: true }] },
  // Pre-rendered in the page's frontmatter; Astro's Vite bundles the autoloader.
  { name: 'astro', build: ['npm', 'run', 'build'], out: 'dist', pages: [
    { path: '/', checks: ['caseStudy', 'badges'], then: ['liveCaseId'], prerendered: true }] },
];
