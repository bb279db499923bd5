import { css } from 'lit';

export const memberMapStyles = css`
  :host {
    display: block;
    container: ccin-member-map / inline-size;
    --_member: var(--_accent);
    --_associate: var(--ccin-map-associate, #3d4447);
    --_land: var(--ccin-map-land, #e4ece9);
    --_land-other: var(--ccin-map-land-other, #f1f1ef);
    --_coast: var(--ccin-map-coast, #66756f);
    color: var(--_text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  p,
  ul {
    margin: 0 0 0.75em;
  }
  /* No text smaller than 12 px, whatever the page's base size. */
  .small,
  .caption,
  .credits,
  .note,
  .member-facts {
    font-size: max(12px, 0.875em);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-bottom: 0.75em;
  }
  .view-switch {
    display: inline-flex;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .view-switch button,
  .sort,
  .close {
    min-height: 44px;
    padding: 0.4em 1em;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .view-switch button[aria-pressed='true']:focus-visible {
    color: var(--_focus-text);
  }
  .sort,
  .close {
    border: 2px solid var(--_border-strong);
    border-radius: var(--_radius);
  }

  .layout {
    display: grid;
    gap: 1em 2em;
  }
  @container ccin-member-map (min-width: 44em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(15em, 2fr);
      grid-template-areas:
        'map side'
        'below below';
      align-items: start;
    }
    .map-figure {
      grid-area: map;
    }
    .side {
      grid-area: side;
    }
    .below {
      grid-area: below;
    }
  }
  .side {
    display: grid;
    gap: 1em;
  }

  .map-figure {
    margin: 0;
  }
  .map {
    display: block;
    width: 100%;
    height: auto;
    max-height: 80vh;
    overflow: visible;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_coast);
    stroke-width: 1px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .land.other {
    fill: var(--_land-other);
  }
  .leaders line {
    stroke: var(--_text-muted);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .leaders .anchor {
    fill: var(--_text-muted);
  }

  .marker {
    cursor: pointer;
    outline: none;
  }
  .marker .hit {
    fill: transparent;
  }
  .marker .shape {
    stroke: var(--_surface);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .marker.member .shape,
  .marker-member {
    fill: var(--_member);
  }
  .marker.associate .shape,
  .marker-associate {
    fill: var(--_associate);
  }
  .marker .halo,
  .marker-halo {
    fill: none;
    stroke: var(--_member);
    stroke-width: 2.5px;
    stroke-dasharray: 3 2;
    vector-effect: non-scaling-stroke;
  }
  .marker.selected .shape {
    stroke: var(--_focus-text);
    stroke-width: 3px;
  }
  .marker .focus-ring {
    fill: none;
    stroke: none;
  }
  .marker:focus-visible .focus-ring {
    fill: var(--_focus);
    stroke: var(--_focus-text);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
  }
  .marker:hover .shape {
    stroke: var(--_focus-text);
    stroke-width: 2px;
  }

  .caption {
    min-height: 1.5em;
    margin-top: 0.25em;
    color: var(--_text-muted);
    text-align: center;
  }

  .legend ul,
  .credits ul,
  .plain-list,
  .member-list,
  .case-study-links {
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .swatch {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  .legend-heading,
  .credits-heading,
  .group-heading,
  .sub-heading {
    margin: 1em 0 0.5em;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .legend-heading {
    margin-top: 0;
  }
  .credits {
    color: var(--_text-muted);
  }
  .credits-heading {
    font-size: 1em;
  }
  .credits li {
    margin-bottom: 0.25em;
  }
  .plain-list {
    columns: 14em auto;
    column-gap: 1.5em;
  }
  .plain-list li {
    break-inside: avoid;
    margin-bottom: 0.35em;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  .link-button[aria-pressed='true'],
  .highlighted {
    font-weight: 700;
  }

  .details {
    padding: 1em;
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .details-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: flex-start;
    justify-content: space-between;
  }
  .details-heading {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
  }
  .facts {
    margin: 0.75em 0 0;
  }
  .facts div {
    margin-bottom: 0.5em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .facts .note {
    display: block;
    color: var(--_text-muted);
  }
  .cards {
    display: grid;
    gap: 0.75em;
  }
  .case-study-links li {
    margin-bottom: 0.35em;
  }
  a {
    color: var(--_link);
  }

  .list-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .member-list {
    display: grid;
    gap: 0.75em;
  }
  @container ccin-member-map (min-width: 44em) {
    .member-list {
      grid-template-columns: repeat(auto-fill, minmax(18em, 1fr));
    }
  }
  .member-entry {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .member-entry.highlighted {
    border: 3px solid var(--_accent);
  }
  .member-entry p {
    margin: 0 0 0.25em;
  }
  .member-name {
    font-weight: 700;
  }
  .member-facts {
    color: var(--_text-muted);
  }
  .member-entry .case-study-links {
    margin: 0.25em 0 0;
  }

  @media (forced-colors: active) {
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .marker .shape,
    .marker-member,
    .marker-associate {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker:focus-visible .focus-ring {
      fill: Highlight;
      stroke: CanvasText;
    }
    .view-switch button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
