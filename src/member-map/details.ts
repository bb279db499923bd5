import { html, nothing, type TemplateResult } from 'lit';
import type { CaseStudySummary, Member } from '../shared/data/types.js';
import { renderHeading } from '../shared/headings.js';
import { renderLink } from '../shared/links.js';
import { fillUrlTemplate } from '../shared/safe-url.js';
import { summaryFromIndex } from '../shared/data/data-source.js';
import type { MapContext } from './map-view.js';
import { markerName } from './map-view.js';
import type { MapMarker } from './placement.js';

export interface DetailsHandlers {
  close(): void;
  choose(member: Member): void;
}

/**
 * The selected member's details: membership, kind, accreditation markers, where it is (or why it
 * is not on the map), and its case studies, as links (with a URL template) or as cards. Cards
 * get their summary from the index the map holds, so they render at once.
 */
export function renderDetails(
  member: Member,
  caseStudies: { template: string | undefined; index: readonly CaseStudySummary[] | undefined },
  ctx: MapContext,
  handlers: DetailsHandlers,
): TemplateResult {
  const { t, common, uid } = ctx;
  const lang = ctx.lang ?? nothing;
  const id = `${uid}-details`;
  return html`<section part="details" class="details panel" aria-labelledby=${id} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && handlers.close()}>
    <div class="details-head">
      ${renderHeading(ctx.level, member.name, { id, className: 'details-heading', lang: ctx.lang, tabindex: -1 })}
      <button type="button" class="button close" @click=${handlers.close}>${t.closeDetails}<span class="visually-hidden">: ${member.name}</span></button>
    </div>
    <dl class="facts">
      <div><dt>${t.detailsTier}</dt><dd>${common.tierName[member.tier]}</dd></div>
      <div><dt>${t.detailsKind}</dt><dd>${common.kindName(member.kind)}</dd></div>
      <div>
        <dt>${t.detailsMarkers}</dt>
        <dd>${t.markersValue(member.accreditationMarkers)}<span class="note">${t.markersExplained}</span></dd>
      </div>
      ${member.location
        ? html`<div><dt class="visually-hidden">${t.mapName}</dt><dd lang=${lang}>${member.location.areaName}</dd></div>`
        : html`<div><dt>${t.notOnMapHeading}</dt><dd lang=${lang}>${member.locationNote ?? ''}</dd></div>`}
    </dl>
    ${renderHeading(ctx.level + 1, t.detailsCaseStudies, { className: 'sub-heading' })}
    ${member.caseStudies.length ? renderCaseStudies(member, caseStudies, ctx) : html`<p class="none">${t.noCaseStudies}</p>`}
  </section>`;
}

function renderCaseStudies(
  member: Member,
  { template, index }: { template: string | undefined; index: readonly CaseStudySummary[] | undefined },
  ctx: MapContext,
): TemplateResult {
  const lang = ctx.lang ?? nothing;
  if (template) {
    return html`<ul class="case-study-links" lang=${lang}>
      ${member.caseStudies.map((study) => {
        const href = fillUrlTemplate(template, study.id);
        return html`<li>${href ? renderLink(href, study.title) : study.title}</li>`;
      })}
    </ul>`;
  }
  // The case-study element is loaded only now: a map without open details does not carry it.
  void import('../case-study/case-study.js');
  return html`<div class="cards">
    ${member.caseStudies.map(
      (study) =>
        html`<ccin-case-study variant="card" case-id=${study.id} .summary=${index && findSummary(index, study.id)}
          heading-level=${Math.min(ctx.level + 2, 6)}></ccin-case-study>`,
    )}
  </div>`;
}

/** A case study's index entry, or undefined (the card then finds it itself). */
function findSummary(index: readonly CaseStudySummary[], id: string): CaseStudySummary | undefined {
  try {
    return summaryFromIndex(index, id);
  } catch {
    return undefined;
  }
}

/** An open group: the organisations of one marker, to choose from. */
export function renderGroup(marker: MapMarker, ctx: MapContext, handlers: DetailsHandlers): TemplateResult {
  const id = `${ctx.uid}-group`;
  return html`<section part="details" class="group panel" aria-labelledby=${id} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && handlers.close()}>
    <div class="details-head">
      ${renderHeading(ctx.level, markerName(marker, ctx), { id, className: 'details-heading', tabindex: -1 })}
      <button type="button" class="button close" @click=${handlers.close}>${ctx.t.closeDetails}</button>
    </div>
    <p>${ctx.t.groupIntro}</p>
    <ul class="choices" lang=${ctx.lang ?? nothing}>
      ${marker.members.map(
        (member) => html`<li><button type="button" class="link-button" data-member=${member.id} @click=${() => handlers.choose(member)}>${member.name}</button>
            <span class="choice-tier">(${ctx.common.tierName[member.tier]})</span></li>`,
      )}
    </ul>
  </section>`;
}
