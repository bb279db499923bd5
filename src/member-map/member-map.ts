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
