import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Member, Tier } from '../shared/data/types.js';
import { renderHeading } from '../shared/headings.js';
import type { CommonMessages } from '../shared/i18n/common.js';
import { irelandPath, mapHeight, mapWidth, unitedKingdomPath } from './basemap.generated.js';
import type { MapMessages } from './messages.js';
import { hitRadiusPx, type MapMarker, type Placement } from './placement.js';

/** What the map's renderers need from the element. */
export interface MapContext {
  t: MapMessages;
  common: CommonMessages;
  level: number;
  uid: string;
  lang: 'en' | undefined;
}

/** What the markers show that is not their place: drawn again only when one of these changes. */
export interface MarkerState {
  unitsPerPx: number;
  selectedId: string;
  highlightId: string;
  /** The marker that takes the map's one tab stop. */
  tabKey: string;
  /** The group whose list is open. */
  openKey: string;
}

const markerRadiusPx = 7;
const groupRadiusPx = 11;

/** The accessible name and the label of a marker. */
export function markerName(marker: MapMarker, ctx: MapContext): string {
  if (marker.members.length > 1) return ctx.t.groupName(marker.members.length, marker.anchor.location?.areaName ?? marker.anchor.name);
  return marker.anchor.name;
}

/** What sets one marker's drawing apart, besides the marker itself and the map's size. */
interface MarkerFlags {
  highlighted: boolean;
  selected: boolean;
  tab: boolean;
  open: boolean;
}

function markerLabel(marker: MapMarker, highlightId: string, ctx: MapContext): string {
  const member = marker.anchor;
  if (marker.members.length > 1) {
    const highlighted = highlightId ? marker.members.find((m) => m.id === highlightId) : undefined;
    return `${markerName(marker, ctx)}${highlighted ? `, ${ctx.t.legendHighlighted.toLowerCase()}: ${highlighted.name}` : ''}`;
  }
  const highlighted = member.id === highlightId ? `, ${ctx.t.legendHighlighted.toLowerCase()}` : '';
  return `${member.name}, ${ctx.common.tierName[member.tier].toLowerCase()}${highlighted}`;
}

function renderMarker(marker: MapMarker, { highlighted, selected, tab, open }: MarkerFlags, state: MarkerState, ctx: MapContext): SVGTemplateResult {
  const u = state.unitsPerPx;
  const group = marker.members.length > 1;
  const kind = group ? 'group' : marker.anchor.tier;
  const r = markerRadiusPx * u;
  const shape = group
    ? svg`<circle class="shape" r=${groupRadiusPx * u}></circle>
        <text class="count" dy="0.35em" font-size=${(marker.members.length > 99 ? 9 : 11) * u}>${marker.members.length}</text>`
    : marker.anchor.tier === 'associate'
      ? svg`<rect class="shape" x=${-r * 0.85} y=${-r * 0.85} width=${r * 1.7} height=${r * 1.7} transform="rotate(45)"></rect>`
      : svg`<circle class="shape" r=${r}></circle>`;
  return svg`<g part="marker" class="marker ${kind} ${highlighted ? 'highlighted' : ''} ${selected ? 'selected' : ''}" role="button"
    tabindex=${live(tab ? '0' : '-1')} aria-label=${markerLabel(marker, highlighted ? state.highlightId : '', ctx)}
    aria-pressed=${group ? nothing : selected ? 'true' : 'false'} aria-expanded=${group ? (open ? 'true' : 'false') : nothing}
    data-key=${marker.key} data-member=${group ? nothing : marker.anchor.id} data-members=${group ? marker.members.map((m) => m.id).join(' ') : nothing}
    transform="translate(${marker.x.toFixed(2)} ${marker.y.toFixed(2)})">
    <circle class="hit" r=${hitRadiusPx * u}></circle>
    <circle class="focus-ring" r=${(hitRadiusPx - 1) * u}></circle>
    ${highlighted ? svg`<circle class="halo" r=${(group ? groupRadiusPx + 4 : markerRadiusPx * 1.65) * u}></circle>` : nothing}
    ${shape}
  </g>`;
}

/**
 * Every marker, each drawn again only when something it shows changes: a selection redraws the
 * marker it leaves and the one it goes to, not all of them. The tab stop moves without a render
 * (the element sets tabindex on the two markers concerned), so tabindex is bound `live`, against
 * the attribute as it is.
 */
export function renderMarkers(placement: Placement, state: MarkerState, ctx: MapContext): SVGTemplateResult {
  const selectedMarker = state.selectedId ? placement.markerOf.get(state.selectedId) : undefined;
  const highlightedMarker = state.highlightId ? placement.markerOf.get(state.highlightId) : undefined;
  return svg`${placement.markers.map((marker) => {
    const flags: MarkerFlags = {
      highlighted: marker === highlightedMarker,
      selected: marker === selectedMarker,
      tab: marker.key === state.tabKey,
      open: marker.key === state.openKey,
    };
    return guard([marker, state.unitsPerPx, flags.highlighted ? state.highlightId : '', flags.selected, flags.tab, flags.open, ctx.t, ctx.common], () => renderMarker(marker, flags, state, ctx));
  })}`;
}

/**
 * The name of the hovered or focused marker, beside it (inside the map, on the side with room),
 * with a halo in the surface colour so it reads over land and markers alike.
 */
export function renderLabel(marker: MapMarker | undefined, unitsPerPx: number, ctx: MapContext): SVGTemplateResult | typeof nothing {
  if (!marker) return nothing;
  const left = marker.x > mapWidth * 0.55;
  const offset = (hitRadiusPx + 4) * unitsPerPx;
  return svg`<g class="label" aria-hidden="true" transform="translate(${(marker.x + (left ? -offset : offset)).toFixed(2)} ${marker.y.toFixed(2)})">
    <text text-anchor=${left ? 'end' : 'start'} dy="0.35em" font-size=${14 * unitsPerPx} lang=${ctx.lang ?? nothing}>${markerName(marker, ctx)}</text>
  </g>`;
}

/** The land: Ireland drawn paler, as context. */
export const land = svg`<path part="land" class="land other" d=${irelandPath}></path><path part="land" class="land" d=${unitedKingdomPath}></path>`;

export const viewBox = `0 0 ${mapWidth} ${mapHeight}`;

export function renderLegend(tiers: readonly Tier[], highlighted: Member | undefined, hasGroups: boolean, ctx: MapContext): TemplateResult {
  const { t, common } = ctx;
  const swatch = (shape: SVGTemplateResult) => html`<svg class="swatch" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;
  return html`<div part="legend" class="legend">
    ${renderHeading(ctx.level, t.legendHeading, { className: 'legend-heading' })}
    <ul>
      ${tiers.includes('member') ? html`<li>${swatch(svg`<circle class="key member" r="7"></circle>`)} ${common.tierName.member}</li>` : nothing}
      ${tiers.includes('associate')
        ? html`<li>${swatch(svg`<rect class="key associate" x="-6" y="-6" width="12" height="12" transform="rotate(45)"></rect>`)} ${common.tierName.associate}</li>`
        : nothing}
      ${hasGroups
        ? html`<li>${swatch(svg`<circle class="key group" r="11"></circle><text class="key-count" dy="0.35em" font-size="11">3</text>`)} ${t.legendGroup}</li>`
        : nothing}
      ${highlighted
        ? html`<li>${swatch(svg`<circle class="key halo" r="10"></circle><circle class="key member" r="6"></circle>`)}
            <span>${t.legendHighlighted}: <span lang=${ctx.lang ?? nothing}>${highlighted.name}</span></span></li>`
        : nothing}
    </ul>
  </div>`;
}

export function renderCredits(attribution: string[], ctx: MapContext): TemplateResult {
  return html`<div part="credits" class="credits">
    ${renderHeading(ctx.level, ctx.t.creditsHeading, { className: 'credits-heading' })}
    <ul lang=${ctx.lang ?? nothing}>
      ${attribution.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}
