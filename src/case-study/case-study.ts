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
