// First: guards Lit against the host page's markup before Lit's modules run.
import '../shared/page-guard.js';
import { defineElement } from '../shared/define.js';
import { CcinMemberMap } from './member-map.component.js';

export { CcinMemberMap };
export type { MapView } from './member-map.component.js';

defineElement('ccin-member-map', CcinMemberMap);

declare global {
  interface HTMLElementTagNameMap {
    'ccin-member-map': CcinMemberMap;
  }
}
