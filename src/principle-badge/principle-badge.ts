// First: guards Lit against the host page's markup before Lit's modules run.
import '../shared/page-guard.js';
import { defineElement } from '../shared/define.js';
import { CcinPrincipleBadge } from './principle-badge.component.js';

export { CcinPrincipleBadge };
export { enhanceableLinks, enhanceLinks } from './enhance.js';
export type { BadgeSize, BadgeVariant } from './principle-badge.component.js';

defineElement('ccin-principle-badge', CcinPrincipleBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-principle-badge': CcinPrincipleBadge;
  }
}
