/**
 * ccin-elements for apps and bundlers (the package's main entry): registers every element and
 * exports their classes and types.
 *
 *   import 'ccin-elements';                       // all five elements
 *   import 'ccin-elements/case-study';            // or one at a time
 *   import 'ccin-elements/autoloader';            // or each when its tag appears in the page
 *
 * A script tag on a council page uses the self-contained build instead, dist/ccin-elements.js,
 * which is the autoloader (src/autoloader.ts) with Lit bundled.
 */
export * from './provider/provider.js';
export * from './principle-badge/principle-badge.js';
export * from './case-study/case-study.js';
export * from './member-map/member-map.js';
export * from './case-study-list/case-study-list.js';
export type { CcinEventMap } from './generated/events.js';
export type { CaseStudy, CaseStudySummary, Member, MembersData, PrincipleId, PrincipleName, Tier } from './shared/data/types.js';
export { VERSION } from './shared/version.js';
