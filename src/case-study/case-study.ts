// First: guards Lit against the host page's markup before Lit's modules run.
import '../shared/page-guard.js';
import { defineElement } from '../shared/define.js';
import { CcinCaseStudy } from './case-study.component.js';

export { CcinCaseStudy };
export type { CaseStudyVariant } from './case-study.component.js';

defineElement('ccin-case-study', CcinCaseStudy);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-case-study': CcinCaseStudy;
  }
}
