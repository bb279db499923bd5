import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../case-study/case-study.js';
import type { Member, MembersData, Tier } from '../shared/data/types.js';
import { DataElement } from '../shared/data-element.js';
import { commonMessages } from '../shared/i18n/common.js';
import { parseHeadingLevel, renderHeading } from '../shared/headings.js';
import { fillUrlTemplate } from '../shared/safe-url.js';
import { failureStatus, loadingStatus, statusStyles } from '../shared/status.js';
import { focusRing, tokens, visuallyHidden } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { irelandPath, mapFit, mapHeight, mapWidth, unitedKingdomPath } from './basemap.generated.js';
import { memberMapStyles } from './member-map.styles.js';
import { mapMessages } from './messages.js';
import { project } from './projection.js';
import { spreadLayout, type LayoutPoint } from './spread-layout.js';

export type MapView = 'map' | 'list';

const allTiers: readonly Tier[] = ['member', 'associate', 'affiliate'];
/** A marker's hit area: 24 CSS px across (WCAG 2.2 target size), 2 px apart. */
const HIT_RADIUS_PX = 12;
const GAP_PX = 2;
const MARKER_RADIUS_PX = 7;

type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready'; data: MembersData }
  | { kind: 'error'; message: string };

interface Placed extends LayoutPoint {
  member: Member;
}

let instances = 0;

/**
 * A map of the network: members and associates placed where they are, affiliates (organisations
 * with no place) listed beside it, and a list view of all 111 organisations.
 *
 * Markers that would overlap are spread apart, each with a line to its true point, so every
 * member can be seen and selected at any width. The map is one tab stop: arrow keys move to the
 * nearest member in that direction, Enter or Space selects, Escape closes the details.
 *
 * @tagname ccin-member-map
 * @summary A keyboard- and screen-reader-friendly map and list of the CCIN's members.
 *
 * @attr view - "map" (the default) or "list". The element has its own control to switch.
 * @attr tiers - Which tiers to show, separated by spaces: any of "member", "associate", "affiliate". Default: all.
 * @attr highlight - A member id to mark, for a council showing itself, for example "rochdale-council".
 * @attr selected - The id of the member whose details are shown.
 * @attr case-study-href - URL template for links to case studies, with {id} for the case-study id. Without it (and without a provider's template), selected members show their case studies as cards.
 * @attr heading-level - Level of the element's headings (details and list groups), 1 to 6; default 2.
 *
 * @fires {CustomEvent<{ id: string; name: string }>} ccin-member-select - When a member is selected.
 * @fires {CustomEvent<{ view: 'map' | 'list' }>} ccin-view-change - When the view switches between map and list.
 *
 * @slot - Fallback content (for example a plain list of members): shown before the script runs and when the data cannot be loaded.
 *
 * @csspart map - The map's SVG.
 * @csspart land - The land shapes.
 * @csspart marker - Each member's marker.
 * @csspart legend - The key.
 * @csspart details - The panel with the selected member's details.
 * @csspart list - The list view.
 * @csspart view-switch - The map/list control.
 * @csspart credits - The map's credits.
 *
 * @cssproperty --ccin-accent - Colour of member markers and highlights. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-map-associate - Colour of associate markers. Default #3d4447.
 * @cssproperty --ccin-map-land - Fill of the United Kingdom. Default #e4ece9.
 * @cssproperty --ccin-map-land-other - Fill of Ireland. Default #f1f1ef.
 * @cssproperty --ccin-map-coast - Coastline. Default #8a9a95.
 * @cssproperty --ccin-text - Text colour. Falls back to --color-text, then #0b0c0c.
 * @cssproperty --ccin-focus - Focus colour. Falls back to --color-focus, then #ffdd00.
 * @cssproperty --ccin-surface-muted - Background of the details panel. Default #f3f2f1.
 * @cssproperty --ccin-border-color - Borders. Falls back to --border-color, then #b1b4b6.
 */
export class CcinMemberMap extends DataElement {
  static override styles = [tokens, focusRing, visuallyHidden, statusStyles, memberMapStyles];

  @property({ reflect: true }) view: MapView = 'map';
  @property() tiers = '';
  @property() highlight = '';
  @property({ reflect: true }) selected = '';
  @property({ attribute: 'case-study-href' }) caseStudyHref?: string;
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  @state() private load: LoadState = { kind: 'loading' };
  @state() private focusedId = '';
  @state() private hoveredId = '';
  /** Whether focus is on the map's markers (the caption names the focused one only then). */
  @state() private mapFocused = false;
  @state() private announcement = '';
  @state() private sortDescending = false;
  /** CSS px per map unit as drawn (the SVG keeps its aspect ratio within its box), which sets
   * marker sizes in map units so that they are 24 px across at any size. 0 until the first
   * measurement: markers are laid out once, at the size they are drawn (the observer reports
   * it before the first paint). */
  @state() private pxPerUnit = 0;

  private readonly uid = `ccin-map-${++instances}`;
  private resizeObserver?: ResizeObserver;
  private observedMap?: Element;
  private visibilityObserver?: IntersectionObserver;
  /** Markers are laid out once the map is near the viewport: a map far down a council's page
   * costs its first paint nothing. */
  @state() private nearViewport = typeof IntersectionObserver === 'undefined';
  private layoutCache?: { key: string; placed: Placed[] };
  private loadedFrom = this.data;
  /** Focus the marker (or list entry) of this id after the next render. */
  private pendingFocus?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadMembers();
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box?.width || !box.height) return;
      const scale = Math.min(box.width / mapWidth, box.height / mapHeight);
      // Changes below 1 % do not move markers visibly; skip the relayout.
      if (!this.pxPerUnit || Math.abs(scale - this.pxPerUnit) / this.pxPerUnit > 0.01) this.pxPerUnit = scale;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.visibilityObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    if (this.nearViewport) return;
    this.visibilityObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.nearViewport = true;
          this.visibilityObserver?.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    this.visibilityObserver.observe(this);
  }

  private loadMembers(): void {
    const data = this.data;
    this.loadedFrom = data;
    this.load = { kind: 'loading' };
    data.members().then(
      (members) => {
        if (data === this.data) this.load = { kind: 'ready', data: members };
      },
      (error: unknown) => {
        warnOnce(`<ccin-member-map> could not load the members: ${(error as Error).message}`);
        if (data === this.data) this.load = { kind: 'error', message: (error as Error).message };
      },
    );
  }

  /** Loads the members again (the "Try again" button). */
  retry(): void {
    this.loadMembers();
  }

  private get t() {
    return mapMessages[this.interfaceLang];
  }

  private get common() {
    return commonMessages[this.interfaceLang];
  }

  get level(): number {
    return parseHeadingLevel(this.headingLevel) ?? 2;
  }

  /** The tiers shown, from the `tiers` attribute (all when empty or invalid). */
  get shownTiers(): Tier[] {
    const words = this.tiers.split(/[\s,]+/).map((word) => word.trim().toLowerCase()).filter(Boolean);
    if (!words.length) return [...allTiers];
    const valid = allTiers.filter((tier) => words.includes(tier) || words.includes(`${tier}s`));
    const unknown = words.filter((word) => !allTiers.some((tier) => word === tier || word === `${tier}s`));
    if (unknown.length) warnOnce(`<ccin-member-map tiers="${this.tiers}">: unknown tier(s) ${unknown.join(', ')}; use member, associate or affiliate.`);
    return valid.length ? valid : [...allTiers];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A provider replaced its data (newer data from its src): load the members again.
    if (this.data !== this.loadedFrom) this.loadMembers();
    if (changed.has('view') && this.view !== 'map' && this.view !== 'list') {
      warnOnce(`<ccin-member-map view="${this.view}"> is not a view; use map or list.`);
    }
    if (changed.has('headingLevel') && this.headingLevel !== null && parseHeadingLevel(this.headingLevel) === undefined) {
      warnOnce(`<ccin-member-map heading-level="${this.headingLevel}"> is not a heading level from 1 to 6; using 2.`);
    }
    if (changed.has('highlight') && this.highlight && this.load.kind === 'ready' && !this.memberById(this.highlight)) {
      warnOnce(`<ccin-member-map highlight="${this.highlight}">: no member has this id.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The map's width sets the size of markers in map units; the observer reports it after
    // layout (and on every resize), which re-renders with markers 24 px across.
    const svgElement = this.renderRoot.querySelector('svg.map');
    if (svgElement && svgElement !== this.observedMap) {
      this.observedMap = svgElement;
      this.resizeObserver?.disconnect();
      this.resizeObserver?.observe(svgElement);
    }
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-member="${CSS.escape(this.pendingFocus)}"]`);
      this.pendingFocus = undefined;
      // Focus after this update has completed: focusing sets state (the caption), which
      // should start a new update rather than change this one.
      void this.updateComplete.then(() => target?.focus());
    }
    if (changed.has('selected') && this.selected && this.load.kind === 'ready' && !this.memberById(this.selected)) {
      warnOnce(`<ccin-member-map selected="${this.selected}">: no member has this id.`);
    }
  }

  private get effectiveView(): MapView {
    return this.view === 'list' ? 'list' : 'map';
  }

  private memberById(id: string): Member | undefined {
    return this.load.kind === 'ready' ? this.load.data.members.find((member) => member.id === id) : undefined;
  }

  // ——— Layout ———

  /** The located members of the shown tiers, placed and spread for the current width. */
  private placedMembers(members: Member[]): Placed[] {
    if (!this.pxPerUnit || !this.nearViewport) return [];
    const tiers = this.shownTiers;
    const unitsPerPx = 1 / this.pxPerUnit;
    const shown = members.filter((member) => member.location && tiers.includes(member.tier));
    const key = `${unitsPerPx}|${shown.map((member) => member.id).join(',')}`;
    if (this.layoutCache?.key === key) return this.layoutCache.placed;
    const byId = new Map(shown.map((member) => [member.id, member]));
    const points = spreadLayout(
      shown.map((member) => {
        const [x, y] = project(member.location!.lon, member.location!.lat, mapFit);
        return { id: member.id, x, y };
      }),
      { radius: HIT_RADIUS_PX * unitsPerPx, gap: GAP_PX * unitsPerPx, width: mapWidth, height: mapHeight },
    );
    const placed = points.map((point) => ({ ...point, member: byId.get(point.id)! }));
    this.layoutCache = { key, placed };
    return placed;
  }

  // ——— Selection and keyboard ———

  private select(member: Member, options: { focusBack?: boolean } = {}): void {
    this.selected = member.id;
    this.focusedId = member.id;
    this.announcement = this.t.selectedAnnouncement(member.name, this.common.tierName[member.tier]);
    this.emit('ccin-member-select', { id: member.id, name: member.name });
    if (options.focusBack) this.pendingFocus = member.id;
  }

  private closeDetails(): void {
    if (!this.selected) return;
    const id = this.selected;
    this.selected = '';
    this.announcement = this.t.closedAnnouncement;
    this.pendingFocus = id;
  }

  /** The marker that takes the map's one tab stop: the last focused, else the first. */
  private focusTarget(placed: Placed[]): string {
    return placed.some((point) => point.id === this.focusedId) ? this.focusedId : (placed[0]?.id ?? '');
  }

  private onMapKeydown(event: KeyboardEvent, placed: Placed[]): void {
    const focusedId = this.focusTarget(placed);
    const current = placed.find((point) => point.id === focusedId);
    if (!current) return;
    const directions: Record<string, [number, number]> = {
      ArrowRight: [1, 0],
      ArrowLeft: [-1, 0],
      ArrowDown: [0, 1],
      ArrowUp: [0, -1],
    };
    const direction = directions[event.key];
    if (direction) {
      event.preventDefault();
      const next = nearestInDirection(current, placed, direction);
      if (next) {
        this.focusedId = next.id;
        this.pendingFocus = next.id;
      }
      return;
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const sorted = [...placed].sort((a, b) => a.member.name.localeCompare(b.member.name, 'en-GB'));
      const target = event.key === 'Home' ? sorted[0] : sorted[sorted.length - 1];
      if (target) {
        this.focusedId = target.id;
        this.pendingFocus = target.id;
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(current.member);
      return;
    }
    if (event.key === 'Escape') this.closeDetails();
  }

  private setView(view: MapView): void {
    if (this.view === view) return;
    this.view = view;
    this.emit('ccin-view-change', { view });
  }

  // ——— Rendering ———

  protected override render() {
    const load = this.load;
    if (load.kind === 'loading') return loadingStatus(this.common.loading);
    if (load.kind === 'error') return failureStatus(this.t.membersLoadFailed, this.common.retry, () => this.retry());
    const { members, attribution } = load.data;
    const view = this.effectiveView;
    const selected = this.selected ? this.memberById(this.selected) : undefined;
    return html`<div class="toolbar">
        <div part="view-switch" class="view-switch" role="group" aria-label=${this.t.viewLabel}>
          <button type="button" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => this.setView('map')}>
            ${this.t.viewMap}
          </button>
          <button type="button" aria-pressed=${view === 'list' ? 'true' : 'false'} @click=${() => this.setView('list')}>
            ${this.t.viewList}
          </button>
        </div>
      </div>
      ${view === 'map' ? this.renderMapView(members, selected, attribution) : this.renderListView(members)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }

  private renderMapView(members: Member[], selected: Member | undefined, attribution: string[]): TemplateResult {
    const placed = this.placedMembers(members);
    const tiers = this.shownTiers;
    const unitsPerPx = 1 / (this.pxPerUnit || 1);
    const notOnMap = members.filter((member) => !member.location && tiers.includes(member.tier));
    const onMap = members.filter((member) => member.location && tiers.includes(member.tier)).length;
    const unlocatedPlaces = notOnMap.filter((member) => member.tier !== 'affiliate').length;
    const affiliates = notOnMap.filter((member) => member.tier === 'affiliate').length;
    const focusedId = this.focusTarget(placed);
    const caption = this.memberById(this.hoveredId || (this.mapFocused ? focusedId : ''));
    const nameId = `${this.uid}-name`;
    const summaryId = `${this.uid}-summary`;
    const hintId = `${this.uid}-hint`;
    const r = MARKER_RADIUS_PX * unitsPerPx;
    return html`<div class="layout ${selected ? 'has-details' : ''}">
      <figure class="map-figure">
        <p id=${nameId} class="visually-hidden">${this.t.mapName}</p>
        <p id=${summaryId} class="visually-hidden">${this.t.mapSummary(onMap, unlocatedPlaces, affiliates)}</p>
        <p id=${hintId} class="visually-hidden">${this.t.keyboardHint}</p>
        <!-- tabindex -1: Chromium would otherwise make the svg a tab stop of its own, before the markers. -->
        <svg part="map" class="map" viewBox="0 0 ${mapWidth} ${mapHeight}" role="group" tabindex="-1" aria-labelledby=${nameId}
          aria-describedby="${summaryId} ${hintId}" @keydown=${(event: KeyboardEvent) => this.onMapKeydown(event, placed)}
          @focusin=${() => (this.mapFocused = true)} @focusout=${() => (this.mapFocused = false)}>
          <path part="land" class="land other" d=${irelandPath}></path>
          <path part="land" class="land" d=${unitedKingdomPath}></path>
          <g class="leaders" aria-hidden="true">
            ${placed.map((point) =>
              Math.hypot(point.px - point.x, point.py - point.y) > r * 0.6
                ? svg`<line x1=${point.x} y1=${point.y} x2=${point.px} y2=${point.py}></line>
                    <circle class="anchor" cx=${point.x} cy=${point.y} r=${1.6 * unitsPerPx}></circle>`
                : nothing,
            )}
          </g>
          ${placed.map((point) => this.renderMarker(point, unitsPerPx, point.id === focusedId))}
        </svg>
        <figcaption class="caption">
          <span class="focus-name" aria-hidden="true">${caption ? caption.name : html`&nbsp;`}</span>
        </figcaption>
      </figure>
      <div class="side">${this.renderLegend(tiers)} ${selected ? this.renderDetails(selected) : nothing}</div>
      <div class="below">
        ${notOnMap.length ? this.renderNotOnMap(notOnMap) : nothing}
        <section part="credits" class="credits" aria-labelledby=${`${this.uid}-credits`}>
          ${renderHeading(this.level, this.t.creditsHeading, { id: `${this.uid}-credits`, className: 'credits-heading' })}
          <ul lang=${this.contentLang ?? nothing}>
            ${attribution.map((line) => html`<li>${line}</li>`)}
          </ul>
        </section>
      </div>
    </div>`;
  }

  /** Organisations of the shown tiers that have no place, listed beside the map by tier. */
  private renderNotOnMap(notOnMap: Member[]): TemplateResult {
    const headingId = `${this.uid}-not-on-map`;
    const lang = this.contentLang ?? nothing;
    return html`<section class="not-on-map" aria-labelledby=${headingId}>
      ${renderHeading(this.level, html`${this.t.notOnMapHeading} (${notOnMap.length})`, { id: headingId, className: 'group-heading' })}
      ${allTiers.map((tier) => {
        const group = notOnMap.filter((member) => member.tier === tier);
        if (!group.length) return nothing;
        return html`${renderHeading(this.level + 1, html`${this.common.tierPlural[tier]} (${group.length})`, { className: 'sub-heading' })}
          <ul class="plain-list" lang=${lang}>
            ${group.map(
              (member) => html`<li>
                <button type="button" class="link-button ${member.id === this.highlight ? 'highlighted' : ''}" data-member=${member.id}
                  aria-pressed=${member.id === this.selected ? 'true' : 'false'} @click=${() => this.select(member)}>${member.name}</button>
              </li>`,
            )}
          </ul>`;
      })}
    </section>`;
  }

  private renderMarker(point: Placed, unitsPerPx: number, focusable: boolean) {
    const member = point.member;
    const highlighted = member.id === this.highlight;
    const selected = member.id === this.selected;
    const hit = HIT_RADIUS_PX * unitsPerPx;
    const r = MARKER_RADIUS_PX * unitsPerPx;
    const label = `${member.name}, ${this.common.tierName[member.tier].toLowerCase()}${highlighted ? `, ${this.t.legendHighlighted.toLowerCase()}` : ''}`;
    return svg`<g part="marker" class="marker ${member.tier} ${highlighted ? 'highlighted' : ''} ${selected ? 'selected' : ''}"
      role="button" tabindex=${focusable ? 0 : -1} aria-label=${label} aria-pressed=${selected ? 'true' : 'false'}
      data-member=${member.id} transform="translate(${point.px.toFixed(2)} ${point.py.toFixed(2)})"
      @click=${() => this.select(member, { focusBack: true })}
      @focus=${() => (this.focusedId = member.id)}
      @pointerenter=${() => (this.hoveredId = member.id)}
      @pointerleave=${() => (this.hoveredId = '')}>
      <circle class="hit" r=${hit}></circle>
      <circle class="focus-ring" r=${hit - unitsPerPx}></circle>
      ${highlighted ? svg`<circle class="halo" r=${r * 1.65}></circle>` : nothing}
      ${member.tier === 'associate'
        ? svg`<rect class="shape" x=${-r * 0.85} y=${-r * 0.85} width=${r * 1.7} height=${r * 1.7} transform="rotate(45)"></rect>`
        : svg`<circle class="shape" r=${r}></circle>`}
    </g>`;
  }

  private renderLegend(tiers: Tier[]): TemplateResult {
    const swatch = (shape: TemplateResult | ReturnType<typeof svg>) =>
      html`<svg class="swatch" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">${shape}</svg>`;
    return html`<section part="legend" class="legend" aria-labelledby=${`${this.uid}-legend`}>
      ${renderHeading(this.level, this.t.legendHeading, { id: `${this.uid}-legend`, className: 'legend-heading' })}
      <ul>
        ${tiers.includes('member')
          ? html`<li>${swatch(svg`<circle class="marker-member" r="6.5"></circle>`)} ${this.common.tierName.member}</li>`
          : nothing}
        ${tiers.includes('associate')
          ? html`<li>${swatch(svg`<rect class="marker-associate" x="-5.5" y="-5.5" width="11" height="11" transform="rotate(45)"></rect>`)}
              ${this.common.tierName.associate}</li>`
          : nothing}
        ${this.highlight && this.memberById(this.highlight)
          ? html`<li>${swatch(svg`<circle class="marker-halo" r="8.5"></circle><circle class="marker-member" r="5"></circle>`)}
              ${this.t.legendHighlighted}: <span lang=${this.contentLang ?? nothing}>${this.memberById(this.highlight)!.name}</span></li>`
          : nothing}
      </ul>
    </section>`;
  }

  private renderDetails(member: Member): TemplateResult {
    const id = `${this.uid}-details`;
    const template = this.caseStudyHref ?? this.settings?.caseStudyHref;
    const lang = this.contentLang ?? nothing;
    return html`<section part="details" class="details" aria-labelledby=${id}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.closeDetails()}>
      <div class="details-head">
        ${renderHeading(this.level, member.name, { id, className: 'details-heading', lang: this.contentLang })}
        <button type="button" class="close" @click=${() => this.closeDetails()}>
          ${this.t.closeDetails}<span class="visually-hidden">: ${member.name}</span>
        </button>
      </div>
      <dl class="facts">
        <div><dt>${this.t.detailsTier}</dt><dd>${this.common.tierName[member.tier]}</dd></div>
        <div><dt>${this.t.detailsKind}</dt><dd>${this.common.kindName(member.kind)}</dd></div>
        <div>
          <dt>${this.t.detailsMarkers}</dt>
          <dd>${this.t.markersValue(member.accreditationMarkers)}<span class="note">${this.t.markersExplained}</span></dd>
        </div>
        ${member.location
          ? nothing
          : html`<div><dt>${this.t.notOnMapHeading}</dt><dd lang=${lang}>${member.locationNote ?? ''}</dd></div>`}
      </dl>
      ${renderHeading(this.level + 1, this.t.detailsCaseStudies, { className: 'sub-heading' })}
      ${member.caseStudies.length
        ? template
          ? html`<ul class="case-study-links" lang=${lang}>
              ${member.caseStudies.map((study) => {
                const href = fillUrlTemplate(template, study.id);
                return html`<li>${href ? html`<a href=${href}>${study.title}</a>` : study.title}</li>`;
              })}
            </ul>`
          : html`<div class="cards">
              ${member.caseStudies.map(
                (study) =>
                  html`<ccin-case-study variant="card" case-id=${study.id} heading-level=${Math.min(this.level + 2, 6)}></ccin-case-study>`,
              )}
            </div>`
        : html`<p class="none">${this.t.noCaseStudies}</p>`}
    </section>`;
  }

  private renderListView(members: Member[]): TemplateResult {
    const tiers = this.shownTiers;
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
    const template = this.caseStudyHref ?? this.settings?.caseStudyHref;
    const lang = this.contentLang ?? nothing;
    const shown = members.filter((member) => tiers.includes(member.tier)).length;
    return html`<div part="list" class="list-view">
      <div class="list-toolbar">
        <p class="count">${this.t.listCount(shown)}</p>
        <button type="button" class="sort" aria-pressed=${this.sortDescending ? 'true' : 'false'}
          @click=${() => (this.sortDescending = !this.sortDescending)}>
          ${this.t.sortLabel}: ${this.sortDescending ? this.t.sortDescending : this.t.sortAscending}
        </button>
      </div>
      ${tiers.map((tier) => {
        const group = members
          .filter((member) => member.tier === tier)
          .sort((a, b) => collator.compare(a.name, b.name) * (this.sortDescending ? -1 : 1));
        const headingId = `${this.uid}-list-${tier}`;
        return html`<section class="tier-group" aria-labelledby=${headingId}>
          ${renderHeading(this.level, html`${this.common.tierPlural[tier]} (${group.length})`, { id: headingId, className: 'group-heading' })}
          <ul class="member-list">
            ${group.map(
              (member) => html`<li class="member-entry ${member.id === this.highlight ? 'highlighted' : ''}" data-member=${member.id}>
                <p class="member-name" lang=${lang}>${member.name}</p>
                <p class="member-facts">
                  ${this.common.kindName(member.kind)} · ${this.t.detailsMarkers}: ${this.t.markersValue(member.accreditationMarkers)}
                  ${member.location ? html` · <span lang=${lang}>${member.location.areaName}</span>` : nothing}
                </p>
                ${member.caseStudies.length
                  ? html`<ul class="case-study-links" aria-label=${this.t.detailsCaseStudies} lang=${lang}>
                      ${member.caseStudies.map((study) => {
                        const href = fillUrlTemplate(template, study.id);
                        return html`<li>${href ? html`<a href=${href}>${study.title}</a>` : study.title}</li>`;
                      })}
                    </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>
        </section>`;
      })}
      <p class="note">${this.t.markersExplained}</p>
    </div>`;
  }
}

/**
 * The nearest point in a direction (arrow keys): among points ahead of the current one,
 * the one with the smallest distance, where sideways distance counts double so that Right
 * prefers points to the right rather than far above or below.
 */
export function nearestInDirection<T extends LayoutPoint>(current: T, points: T[], [dx, dy]: [number, number]): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const point of points) {
    if (point === current) continue;
    const vx = point.px - current.px;
    const vy = point.py - current.py;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * 2.5) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = point;
    }
  }
  return best;
}
