import { html, nothing, type TemplateResult } from 'lit';
import type { Member, Tier } from '../shared/data/types.js';
import { renderHeading } from '../shared/headings.js';
import { renderLink } from '../shared/links.js';
import { fillUrlTemplate } from '../shared/safe-url.js';
import type { MapContext } from './map-view.js';

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

/** Organisations without a place: behind a disclosure, so that keyboard users can pass them. */
export function renderNotOnMap(
  notOnMap: readonly Member[],
  tiers: readonly Tier[],
  options: { open: boolean; highlightId: string; selectedId: string; onToggle: () => void; onChoose: (member: Member) => void },
  ctx: MapContext,
): TemplateResult {
  const { t, common, uid } = ctx;
  const listId = `${uid}-not-on-map`;
  return html`<div class="not-on-map">
    ${renderHeading(
      ctx.level,
      html`<button type="button" class="disclosure" aria-expanded=${options.open ? 'true' : 'false'} aria-controls=${listId} @click=${options.onToggle}>
        ${t.notOnMapHeading} (${notOnMap.length})</button>`,
      { className: 'group-heading' },
    )}
    <div id=${listId} ?hidden=${!options.open}>
      ${tiers.map((tier) => {
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
      })}
    </div>
  </div>`;
}
