import { html, nothing, type TemplateResult } from 'lit';
import type { MapContext } from './map-view.js';

export type MapView = 'map' | 'list';

/**
 * Above the map or the list: the switch between them (two toggle buttons) and, with the map,
 * its search by name (`search`).
 */
export function renderToolbar(view: MapView, search: TemplateResult | typeof nothing, ctx: MapContext, setView: (view: MapView) => void): TemplateResult {
  return html`<div class="toolbar">
    <div part="view-switch" class="view-switch" role="group" aria-label=${ctx.t.viewLabel}>
      <button type="button" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => setView('map')}>${ctx.t.viewMap}</button>
      <button type="button" aria-pressed=${view === 'list' ? 'true' : 'false'} @click=${() => setView('list')}>${ctx.t.viewList}</button>
    </div>
    ${search === nothing ? nothing : html`<div part="search" class="search-box">${search}</div>`}
  </div>`;
}
