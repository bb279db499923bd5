// First: guards Lit against the host page's markup before Lit's modules run.
import '../shared/page-guard.js';
import { defineElement } from '../shared/define.js';
import { CcinCaseStudyList } from './case-study-list.component.js';

export { CcinCaseStudyList };

defineElement('ccin-case-study-list', CcinCaseStudyList);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-case-study-list': CcinCaseStudyList;
  }
}
