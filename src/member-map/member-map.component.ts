import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { errorMessage } from '../shared/data/errors.js';
import type { Member, MembersData, Tier } from '../shared/data/types.js';
import { DataElement } from '../shared/data-element.js';
import { headingLevel } from '../shared/headings.js';
import { commonMessages } from '../shared/i18n/common.js';
import { NearViewportController, SizeController } from '../shared/observers.js';
import { failureStatus, loadingStatus, statusStyles } from '../shared/status.js';
import { panelStyles, panelTokens, visuallyHidden } from '../shared/panel.styles.js';
import { focusRing, tokens } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import { mapHeight, mapWidth } from './basemap.generated.js';
import { renderDetails, renderGroup } from './details.js';
import { keyAction, nearestInDirection } from './keyboard.js';
import { renderBelow, renderListView } from './list-view.js';
import { listViewStyles } from './list-view.styles.js';
import { land, renderLabel, renderLegend, renderMarkers, viewBox, type MapContext } from './map-view.js';
import { memberMapStyles } from './member-map.styles.js';
import { mapMessages } from './messages.js';
import { membersOfTiers, placeMembers, readTiers, unplaced, type MapMarker, type Placement } from './placement.js';
import { renderSearch, type SearchState } from './search.js';
import { renderToolbar, type MapView } from './toolbar.js';

export type { MapView };

let instances = 0;

/**
 * A map of the network: members and associates at their places, affiliates (organisations with no
 * place) listed below it, a search by name, and a list view of every organisation.
 *
 * Every marker stands at a member's own place. Where members are closer together than a marker
 * can be touched (24 px), they share one marker with their number, which opens into a list. The
 * map is one tab stop: arrow keys move to the nearest marker in that direction, Enter or Space
 * opens it, Escape closes the details. The name of a hovered or focused marker shows beside it.
 *
 * @tagname ccin-member-map
 * @summary A keyboard- and screen-reader-friendly map and list of the CCIN's members.
 *
 * @attr view - "map" (the default) or "list". The element has its own control to switch.
 * @attr tiers - Which tiers to show, separated by spaces: any of "member", "associate", "affiliate". Default: all.
 * @attr highlight - A member id to mark, for a council showing itself, for example "rochdale-council". It is always drawn at its own place.
 * @attr selected - The id of the member whose details are shown.
 * @attr case-study-href - URL template for links to case studies, with {id} for the case-study id. Without it (and without a provider's template), selected members show their case studies as cards.
 * @attr heading-level - Level of the element's headings (details and list groups), 1 to 6; default 2.
 *
 * @fires {CustomEvent<{ members: number }>} ccin-member-map-load - When the members have loaded and rendered; `members` is their number.
 * @fires {CustomEvent<{ reason: 'not-found' | 'network' | 'invalid' | 'missing-id' }>} ccin-member-map-error - When the members could not be loaded.
 * @fires {CustomEvent<{ id: string; name: string }>} ccin-member-select - When a member is selected.
 * @fires {CustomEvent<{ view: 'map' | 'list' }>} ccin-view-change - When the view switches between map and list.
 *
 * @slot - Fallback content (for example a plain list of members): shown before the script runs and when the data cannot be loaded.
 *
 * @csspart map - The map's SVG.
 * @csspart land - The land shapes.
 * @csspart marker - Each marker (a member, or a group of members close together).
 * @csspart legend - The key.
 * @csspart details - The panel with the selected member's details, or an open group's list.
 * @csspart list - The list view.
 * @csspart view-switch - The map/list control.
 * @csspart search - The search by name.
 * @csspart credits - The map's credits.
 *
 * @cssproperty --ccin-accent - Colour of member markers and highlights. Falls back to --color-accent, then #00664f.
 * @cssproperty --ccin-map-associate - Colour of associate markers. Default #3d4447.
 * @cssproperty --ccin-map-land - Fill of the United Kingdom. Default #e4ece9.
 * @cssproperty --ccin-map-land-other - Fill of Ireland. Default #f1f1ef.
 * @cssproperty --ccin-map-coast - Coastline. Default #66756f.
 * @cssproperty --ccin-text - Text colour. Falls back to --color-text, then #0b0c0c.
 * @cssproperty --ccin-focus - Focus colour. Falls back to --color-focus, then #ffdd00.
 * @cssproperty --ccin-surface - Background. Default #ffffff.
 * @cssproperty --ccin-surface-muted - Background of the details panel. Default #f3f2f1.
 * @cssproperty --ccin-border-color - Borders. Falls back to --border-color, then #b1b4b6.
 */
export class CcinMemberMap extends DataElement {
  static override messageTables = [mapMessages, commonMessages];
  static override styles = [tokens, panelTokens, panelStyles, focusRing, visuallyHidden, statusStyles, memberMapStyles, listViewStyles];

  static override properties = {
    view: { reflect: true },
    tiers: {},
    highlight: {},
    // Reflected while set; no empty selected="" when nothing is.
    selected: { reflect: true, converter: { toAttribute: (id: string) => id || null } },
    caseStudyHref: { attribute: 'case-study-href' },
    headingLevel: { attribute: 'heading-level' },
    hoverKey: { state: true },
    focusKey: { state: true },
    hintShown: { state: true },
    openKey: { state: true },
    announcement: { state: true },
    descending: { state: true },
    notOnMapOpen: { state: true },
    search: { state: true },
    pxPerUnit: { state: true },
  };

  /** "map" or "list". */
  view: MapView = 'map';
  /** Tiers to show, separated by spaces. */
  tiers = '';
  /** A member id to mark. */
  highlight = '';
  /** The member whose details are shown. */
  selected = '';
  /** URL template for case-study links ({id}). */
  caseStudyHref?: string;
  /** The heading-level attribute as written. */
  headingLevel: string | null = null;

  private hoverKey = '';
  private focusKey = '';
  private hintShown = false;
  private openKey = '';
  private announcement = '';
  private descending = false;
  private notOnMapOpen = false;
  private search: SearchState = { query: '', active: -1, open: false };
  /** CSS px per map unit as drawn; 0 until measured (in the frame of the first layout, so markers are grouped once); 1 on a server. */
  private pxPerUnit = isServer || typeof ResizeObserver === 'undefined' ? 1 : 0;
  /** The marker with the map's one tab stop. Not reactive: arrow keys move it without a render. */
  #tabKey = '';
  /** A first tap on a touch screen shows the name; the second opens. */
  #previewedByTouch = '';
  /** After the next render, focus this (a selector in the shadow root). */
  #pendingFocus?: string;

  readonly #uid = `ccin-map-${++instances}`;
  readonly #nearViewport = new NearViewportController(this);

  constructor() {
    super();
    // Rendered on a server, the markers are already there, at the natural size: hydration must find them drawn.
    if (this.prerendered) {
      this.#nearViewport.near = true;
      this.pxPerUnit = 1;
    }
    // The size the map is drawn at sets the markers' size in map units (24 px at any size).
    new SizeController(this, 'svg.map', (box) => {
      const scale = Math.min(box.width / mapWidth, box.height / mapHeight);
      // Changes below 1 % do not move markers visibly; skip the relayout.
      if (!this.pxPerUnit || Math.abs(scale - this.pxPerUnit) / this.pxPerUnit > 0.01) this.pxPerUnit = scale;
    });
  }

  readonly #members = this.loader({
    args: () => [this.data] as const,
    task: ([data]) => data.members(),
    focusAfterRetry: '[part~="view-switch"] button',
    onComplete: (data) => {
      this.#warnAboutAttributes(data.members);
      this.emit('ccin-member-map-load', { members: data.members.length });
    },
    onError: (error) => {
      warnOnce(`<ccin-member-map> could not load the members: ${error.message}`);
      this.emit('ccin-member-map-error', { reason: error.kind });
    },
  });

  /** The index, for cards of a selected member's case studies (when there is no URL template). */
  readonly #index = this.loader({
    args: () => (this.selected && !this.#caseStudyTemplate ? ([this.data] as const) : undefined),
    task: ([data]) => data.caseStudyIndex(),
  });

  get #caseStudyTemplate(): string | undefined {
    return this.caseStudyHref ?? this.settings?.caseStudyHref;
  }

  get #context(): MapContext {
    return { t: mapMessages.get(this.interfaceLang), common: commonMessages.get(this.interfaceLang), level: headingLevel('ccin-member-map', this.headingLevel, 2), uid: this.#uid, lang: this.contentLang };
  }

  /** The tiers shown, from the `tiers` attribute (all when empty or invalid). */
  get shownTiers(): readonly Tier[] {
    return readTiers(this.tiers).shown;
  }

  /** Loads the members again (the "Try again" button). */
  retry(): void {
    this.#members.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && this.view !== 'map' && this.view !== 'list') warnOnce(`<ccin-member-map view="${this.view}"> is not a view; use map or list.`);
    const { unknown } = readTiers(this.tiers);
    if (changed.has('tiers') && unknown.length) warnOnce(`<ccin-member-map tiers="${this.tiers}">: unknown tier(s) ${unknown.join(', ')}; use member, associate or affiliate.`);
    if ((changed.has('highlight') || changed.has('selected')) && this.#members.value) this.#warnAboutAttributes(this.#members.value.members);
  }

  #warnAboutAttributes(members: readonly Member[]): void {
    for (const name of ['highlight', 'selected'] as const) {
      const id = this[name];
      if (id && !members.some((member) => member.id === id)) warnOnce(`<ccin-member-map ${name}="${id}">: no member has this id.`);
    }
  }

  protected override updated(): void {
    const target = this.#pendingFocus ? this.renderRoot.querySelector<HTMLElement | SVGElement>(this.#pendingFocus) : undefined;
    this.#pendingFocus = undefined;
    if (!target) return;
    // After this update: focusing changes state (the label), which should start a new update.
    void this.updateComplete.then(() => {
      target.focus();
      if (target instanceof HTMLElement) target.scrollIntoView({ block: 'nearest' });
    });
  }

  #select(member: Member, focus: 'marker' | 'details'): void {
    this.selected = member.id;
    this.openKey = '';
    const t = mapMessages.get(this.interfaceLang);
    this.announcement = t.selectedAnnouncement(member.name, commonMessages.get(this.interfaceLang).tierName[member.tier]);
    this.emit('ccin-member-select', { id: member.id, name: member.name });
    // From a marker, focus stays there (arrow keys go on); from a list, it moves to the details, next in the tab order.
    this.#pendingFocus = focus === 'details' ? '[part="details"] .details-heading' : undefined;
  }

  #openGroup(marker: MapMarker): void {
    this.openKey = marker.key;
    this.selected = '';
    this.announcement = mapMessages.get(this.interfaceLang).groupOpenedAnnouncement(this.#context.t.groupName(marker.members.length, marker.anchor.location?.areaName ?? marker.anchor.name));
    this.#pendingFocus = '[part="details"] .choices button';
  }

  #closeDetails(): void {
    if (!this.selected && !this.openKey) return;
    const placement = this.#placement();
    const key = this.openKey || placement?.markerOf.get(this.selected)?.key;
    const offMap = this.selected && !key ? this.selected : '';
    this.selected = '';
    this.openKey = '';
    this.announcement = mapMessages.get(this.interfaceLang).closedAnnouncement;
    // Back to where the details were opened from: the marker, or the member's button below the map.
    if (key) this.#tabKey = key;
    this.#pendingFocus = offMap ? `.not-on-map [data-member="${CSS.escape(offMap)}"]` : key ? `[data-key="${CSS.escape(key)}"]` : undefined;
  }

  #activate(marker: MapMarker): void {
    if (marker.members.length > 1) this.#openGroup(marker);
    else this.#select(marker.anchor, 'marker');
  }

  #markerFromEvent(event: Event): MapMarker | undefined {
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    return key ? this.#placement()?.markers.find((marker) => marker.key === key) : undefined;
  }

  #onMapKeydown(event: KeyboardEvent): void {
    const placement = this.#placement();
    const current = this.#markerFromEvent(event);
    const action = keyAction(event.key);
    if (!placement || !current || !action) return;
    event.preventDefault();
    if (action.kind === 'activate') return this.#activate(current);
    if (action.kind === 'close') return this.#closeDetails();
    const byName = () => [...placement.markers].sort((a, b) => a.anchor.name.localeCompare(b.anchor.name, 'en-GB'));
    const next = action.kind === 'move' ? nearestInDirection(current, placement.markers, action.direction) : action.kind === 'first' ? byName()[0] : byName().at(-1);
    if (next) this.#moveTabStop(next.key);
  }

  /** Roving tab stop, changed on the two markers concerned rather than by drawing every marker again. */
  #moveTabStop(key: string, focus = true): void {
    const root = this.renderRoot;
    if (key !== this.#tabKey) root.querySelector(`[data-key="${CSS.escape(this.#tabKey)}"]`)?.setAttribute('tabindex', '-1');
    const next = root.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`);
    next?.setAttribute('tabindex', '0');
    this.#tabKey = key;
    if (focus) next?.focus();
  }

  #onMarkerClick(event: MouseEvent): void {
    const marker = this.#markerFromEvent(event);
    if (!marker) return;
    if (this.#previewedByTouch === marker.key) {
      this.#previewedByTouch = '';
      return;
    }
    this.#tabKey = marker.key;
    this.#activate(marker);
    this.#pendingFocus = this.#pendingFocus ?? `[data-key="${CSS.escape(marker.key)}"]`;
  }

  #onPointerDown(event: PointerEvent): void {
    const marker = this.#markerFromEvent(event);
    if (event.pointerType === 'touch' && marker && this.hoverKey !== marker.key) {
      this.#previewedByTouch = marker.key;
      this.hoverKey = marker.key;
    }
  }

  #setView(view: MapView): void {
    if (this.view === view) return;
    this.view = view;
    this.emit('ccin-view-change', { view });
  }

  #placement(): Placement | undefined {
    const data = this.#members.value;
    return data ? placeMembers(data.members, this.shownTiers, this.pxPerUnit || undefined, this.highlight) : undefined;
  }

  protected override render() {
    const state = this.#members.state;
    const ctx = this.#context;
    if (state.status === 'error') {
      return failureStatus({ message: ctx.t.membersLoadFailed, retry: ctx.common.retry, details: ctx.common.technicalDetails }, errorMessage(state.error), () => this.retry());
    }
    const data = state.status === 'complete' ? state.value : undefined;
    const view = this.view === 'list' ? 'list' : 'map';
    // While the members load, the map is drawn without them (so its size is known and nothing
    // moves when they come, and they are grouped once, at that size); the list waits.
    if (!data && view === 'list') return loadingStatus(ctx.common.loading);
    const search =
      view === 'map'
        ? renderSearch(data && membersOfTiers(data.members, this.shownTiers), this.search, ctx, {
            change: (search) => (this.search = search),
            choose: (member) => this.#select(member, 'details'),
          })
        : nothing;
    return html`${renderToolbar(view, search, ctx, (next) => this.#setView(next))}
      ${view === 'list' && data
        ? renderListView(data.members, this.shownTiers, { descending: this.descending, highlightId: this.highlight, template: this.#caseStudyTemplate, onOrder: (d) => (this.descending = d) }, ctx)
        : this.#renderMapView(data, ctx)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }

  /**
   * The map; without `data` (still loading) its land and its key (with the numbered group,
   * which most maps have), and the loading status under the key: the key is readable at once,
   * does not push the page down when the members come, and its bold faces are looked up before
   * the data arrives rather than in the layout that places the markers (docs/performance.md).
   */
  #renderMapView(data: MembersData | undefined, ctx: MapContext): TemplateResult {
    const placement = this.#placement() ?? unplaced;
    const tiers = this.shownTiers;
    const byId = (id: string) => data?.members.find((member) => member.id === id);
    const selected = this.selected ? byId(this.selected) : undefined;
    const openGroup = placement.markers.find((marker) => marker.key === this.openKey);
    const selectedMarker = selected ? placement.markerOf.get(selected.id) : undefined;
    if (!placement.markers.some((marker) => marker.key === this.#tabKey)) this.#tabKey = selectedMarker?.key ?? placement.markers[0]?.key ?? '';
    const unitsPerPx = 1 / (this.pxPerUnit || 1);
    const labelled = placement.markers.find((marker) => marker.key === (this.hoverKey || this.focusKey));
    const groups = placement.markers.filter((marker) => marker.members.length > 1).length;
    const located = placement.located;
    const ids = { name: `${this.#uid}-name`, summary: `${this.#uid}-summary`, hint: `${this.#uid}-hint` };
    const markers = guard([placement, this.selected, this.highlight, this.openKey, this.interfaceLang, this.#nearViewport.near], () =>
      this.#nearViewport.near ? renderMarkers(placement, { unitsPerPx, selectedId: this.selected, highlightId: this.highlight, tabKey: this.#tabKey, openKey: this.openKey }, ctx) : nothing,
    );
    const highlighted = this.highlight ? byId(this.highlight) : undefined;
    // The focus listeners are on the figure, not the SVG: Chromium makes an SVG element with focus
    // listeners focusable, which put the whole map in the tab order, with no focus shown, before its markers.
    return html`<div class="layout">
      <figure class="map-figure"
        @focusin=${(event: FocusEvent) => {
          this.focusKey = this.#markerFromEvent(event)?.key ?? '';
          // A marker focused by a click or a script takes the tab stop.
          if (this.focusKey) this.#moveTabStop(this.focusKey, false);
          this.hintShown = (event.target as Element).matches(':focus-visible');
        }}
        @focusout=${() => {
          this.focusKey = '';
          this.hintShown = false;
        }}>
        <p id=${ids.name} class="visually-hidden">${ctx.t.mapName}</p>
        <p id=${ids.summary} class="visually-hidden">${data ? ctx.t.mapSummary(located, groups, placement.notOnMap.length) : ''}</p>
        <svg part="map" class="map" viewBox=${viewBox} role="group" aria-labelledby=${ids.name} aria-describedby="${ids.summary} ${ids.hint}"
          @keydown=${this.#onMapKeydown} @click=${this.#onMarkerClick} @pointerdown=${this.#onPointerDown}
          @pointerover=${(event: PointerEvent) => (this.hoverKey = this.#markerFromEvent(event)?.key ?? '')}
          @pointerleave=${() => (this.hoverKey = '')}>
          ${land}<g class="markers">${markers}</g>${renderLabel(labelled, unitsPerPx, ctx)}
        </svg>
        <p id=${ids.hint} class="hint" ?hidden=${!this.hintShown}>${ctx.t.keyboardHint}</p>
      </figure>
      <div class="side">
        ${renderLegend(tiers, highlighted, data ? groups > 0 : true, ctx)}${data ? nothing : loadingStatus(ctx.common.loading)}
        ${openGroup
          ? renderGroup(openGroup, ctx, { close: () => this.#closeDetails(), choose: (member) => this.#select(member, 'details') })
          : selected
            ? renderDetails(selected, { template: this.#caseStudyTemplate, index: this.#index.value }, ctx, { close: () => this.#closeDetails(), choose: () => {} })
            : nothing}
      </div>
      ${data
        ? renderBelow(placement, tiers, data.attribution, {
            // Rendered on a server, it lists its organisations in <details> (open without script), kept after hydration.
            native: isServer || this.prerendered,
            open: this.notOnMapOpen,
            highlightId: this.highlight,
            selectedId: this.selected,
            onToggle: () => (this.notOnMapOpen = !this.notOnMapOpen),
            onChoose: (member) => this.#select(member, 'details'),
          }, ctx)
        : nothing}
    </div>`;
  }
}
