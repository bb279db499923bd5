// First: guards Lit against the host page's markup before Lit's modules run.
import '../shared/page-guard.js';
import { defineElement } from '../shared/define.js';
import { CcinPrincipleBadge } from '../principle-badge/principle-badge.component.js';
import { CcinCaseStudy } from './case-study.component.js';

export { CcinCaseStudy };
export type { CaseStudyVariant } from './case-study.component.js';

defineElement('ccin-case-study', CcinCaseStudy);
// The badges a case study shows: registered here rather than through the badge's own module,
// which also holds the link enhancer that a case study does not need.
defineElement('ccin-principle-badge', CcinPrincipleBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-case-study': CcinCaseStudy;
  }
}
