import { html, nothing, type TemplateResult } from 'lit';
import type { Member, Tier } from '../shared/data/types.js';
import { renderHeading } from '../shared/headings.js';
import { renderLink } from '../shared/links.js';
import { fillUrlTemplate } from '../shared/safe-url.js';
import { markerName, renderCredits, type MapContext } from './map-view.js';
import type { MapMarker, Placement } from './placement.js';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The network as a list: every organisation of the shown tiers, by tier, in name order. */
export function renderListView(
  members: readonly Member[],
  tiers: readonly Tier[],
  options: { descending: boolean; highlightId: string; template: string | undefined; onOrder: (descending: boolean) => void },
  ctx: MapContext,
): TemplateResult {
  const { t, common, uid } = ctx;
  const lang = ctx.lang ?? nothing;
  const shown = members.filter((member) => tiers.includes(member.tier));
  const orderId = `${uid}-order`;
  return html`<div part="list" class="list-view">
    <div class="list-toolbar">
      <p class="count">${t.listCount(shown.length)}</p>
      <label for=${orderId}>${t.orderLabel}</label>
      <select id=${orderId} class="order" @change=${(event: Event) => options.onOrder((event.target as HTMLSelectElement).value === 'desc')}>
        <option value="asc" ?selected=${!options.descending}>${t.orderAscending}</option>
        <option value="desc" ?selected=${options.descending}>${t.orderDescending}</option>
      </select>
    </div>
    ${tiers.map((tier) => {
      const group = shown.filter((member) => member.tier === tier).sort((a, b) => collator.compare(a.name, b.name) * (options.descending ? -1 : 1));
      return html`<div class="tier-group">
        ${renderHeading(ctx.level, html`${common.tierPlural[tier]} (${group.length})`, { className: 'group-heading' })}
        <ul class="member-list">
          ${group.map(
            (member) => html`<li class="member-entry ${member.id === options.highlightId ? 'highlighted' : ''}" data-member=${member.id}>
              <p class="member-name" lang=${lang}>${member.name}</p>
              <p class="member-facts">
                ${common.kindName(member.kind)} · ${t.detailsMarkers}: ${t.markersValue(member.accreditationMarkers)}
                ${member.location ? html` · <span lang=${lang}>${member.location.areaName}</span>` : nothing}
              </p>
              ${member.caseStudies.length
                ? html`<ul class="case-study-links" aria-label=${t.detailsCaseStudies} lang=${lang}>
                    ${member.caseStudies.map((study) => {
                      const href = fillUrlTemplate(options.template, study.id);
                      return html`<li>${href ? renderLink(href, study.title) : study.title}</li>`;
                    })}
                  </ul>`
                : nothing}
            </li>`,
          )}
        </ul>
      </div>`;
    })}
    <p class="note">${t.markersExplained}</p>
  </div>`;
}

export type NotOnMapOptions = { open: boolean; native: boolean; highlightId: string; selectedId: string; onToggle: () => void; onChoose: (member: Member) => void };

/**
 * Below the map: the organisations on it (pre-rendered only: `native`), those not on it, and the
 * credits of the members' locations.
 */
export function renderBelow(placement: Placement, tiers: readonly Tier[], attribution: string[], options: NotOnMapOptions, ctx: MapContext): TemplateResult {
  return html`<div class="below">
    ${options.native ? renderOnMap(placement.markers, ctx) : nothing}
    ${placement.notOnMap.length ? renderNotOnMap(placement.notOnMap, tiers, options, ctx) : nothing}
    ${renderCredits(attribution, ctx)}
  </div>`;
}

/**
 * Organisations without a place: behind a disclosure, so that keyboard users can pass them.
 * Pre-rendered (`native`), the disclosure is a <details>, which opens without JavaScript; its
 * buttons show an organisation's details once the element has hydrated.
 */
export function renderNotOnMap(
  notOnMap: readonly Member[],
  tiers: readonly Tier[],
  options: NotOnMapOptions,
  ctx: MapContext,
): TemplateResult {
  const { t, common, uid } = ctx;
  const listId = `${uid}-not-on-map`;
  const heading = `${t.notOnMapHeading} (${notOnMap.length})`;
  const lists = tiers.map((tier) => {
    const group = notOnMap.filter((member) => member.tier === tier);
    if (!group.length) return nothing;
    return html`${renderHeading(ctx.level + 1, html`${common.tierPlural[tier]} (${group.length})`, { className: 'sub-heading' })}
      <ul class="plain-list" lang=${ctx.lang ?? nothing}>
        ${group.map(
          (member) => html`<li>
            <button type="button" class="link-button ${member.id === options.highlightId ? 'highlighted' : ''}" data-member=${member.id}
              aria-pressed=${member.id === options.selectedId ? 'true' : 'false'} @click=${() => options.onChoose(member)}>${member.name}</button>
          </li>`,
        )}
      </ul>`;
  });
  if (options.native) return html`<details class="not-on-map native"><summary class="group-heading">${heading}</summary>${lists}</details>`;
  return html`<div class="not-on-map">
    ${renderHeading(
      ctx.level,
      html`<button type="button" class="disclosure" aria-expanded=${options.open ? 'true' : 'false'} aria-controls=${listId} @click=${options.onToggle}>${heading}</button>`,
      { className: 'group-heading' },
    )}
    <div id=${listId} ?hidden=${!options.open}>${lists}</div>
  </div>`;
}

/**
 * A pre-rendered map's text alternative, for readers without JavaScript (whose markers cannot
 * open): every organisation on the map, by marker, in a <details> that opens without script.
 */
export function renderOnMap(markers: readonly MapMarker[], ctx: MapContext): TemplateResult {
  const { t } = ctx;
  const count = markers.reduce((sum, marker) => sum + marker.members.length, 0);
  const names = (members: readonly Member[]) => [...members].sort((a, b) => collator.compare(a.name, b.name));
  return html`<details class="on-map native">
    <summary class="group-heading">${t.onMapHeading} (${count})</summary>
    <ul class="plain-list" lang=${ctx.lang ?? nothing}>
      ${[...markers]
        .sort((a, b) => collator.compare(markerName(a, ctx), markerName(b, ctx)))
        .map((marker) =>
          marker.members.length > 1
            ? html`<li>${markerName(marker, ctx)}: ${names(marker.members).map((member, i) => html`${i ? ', ' : ''}${member.name}`)}</li>`
            : html`<li>${marker.anchor.name} (${marker.anchor.location?.areaName ?? ''})</li>`,
        )}
    </ul>
  </details>`;
}
