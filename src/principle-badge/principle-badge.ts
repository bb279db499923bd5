import { defineElement } from '../shared/define.js';
import { CcinPrincipleBadge } from './principle-badge.component.js';

export { CcinPrincipleBadge };
export type { BadgeSize, BadgeVariant } from './principle-badge.component.js';

defineElement('ccin-principle-badge', CcinPrincipleBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-principle-badge': CcinPrincipleBadge;
  }
}
