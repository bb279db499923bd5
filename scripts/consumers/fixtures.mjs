// @ts-check
/** The fixture apps of tests/consumers/ and what each page of their production builds must show. */

/** The case study every fixture shows. */
export const caseId = 'rochdale-cost-of-living-crisis';

/** The package entries the fixtures and the docs rely on. */
export const expectedSubpaths = ['.', './autoloader', './provider', './principle-badge', './case-study', './case-study-list',
  './member-map', './jsx', './ccin-elements.css', './data/*', './custom-elements.json', './package.json'];

/** @typedef {'caseStudy' | 'list' | 'map' | 'badges' | 'lateBadge' | 'loadedId'} PageCheck */
/** @typedef {{ path: string, checks: PageCheck[] }} PageSpec */
/** @typedef {{ name: string, build: string[], out: string, typecheck?: boolean, pages: PageSpec[] }} Fixture */

/** @type {Fixture[]} */
export const fixtures = [
  { name: 'vite', build: ['npm', 'run', 'build'], out: 'dist', pages: [
    { path: '/', checks: ['caseStudy', 'list', 'map', 'badges'] },
    { path: '/lazy.html', checks: ['caseStudy', 'list', 'map', 'badges', 'lateBadge'] }] },
  { name: 'esbuild', build: ['npm', 'run', 'build'], out: 'dist', pages: [{ path: '/', checks: ['caseStudy', 'list', 'map'] }] },
  { name: 'react', build: ['npm', 'run', 'build'], out: 'dist', typecheck: true, pages: [{ path: '/', checks: ['caseStudy', 'loadedId', 'list', 'map', 'badges'] }] },
];
