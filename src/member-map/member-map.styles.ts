import { css } from 'lit';

export const memberMapStyles = css`
  :host {
    container: ccin-member-map / inline-size;
    --_member: var(--_accent);
    --_associate: light-dark(var(--ccin-map-associate, #3d4447), var(--ccin-dark-map-associate, #e6e8e9));
    --_land: light-dark(var(--ccin-map-land, #e4ece9), var(--ccin-dark-map-land, #26332f));
    --_land-other: light-dark(var(--ccin-map-land-other, #f1f1ef), var(--ccin-dark-map-land-other, #1e2122));
    --_coast: light-dark(var(--ccin-map-coast, #66756f), var(--ccin-dark-map-coast, #8fa29b));
  }
  p,
  ul {
    margin: 0 0 0.75em;
  }
  /* No text smaller than 12 px, whatever the page's base size. */
  .credits,
  .note,
  .member-facts,
  .choice-tier {
    font-size: max(12px, 0.875em);
  }
  a {
    color: var(--_link);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: flex-end;
    margin-bottom: 0.75em;
  }
  .view-switch {
    display: inline-flex;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .view-switch button {
    min-height: 44px;
    padding: 0.4em 1em;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .view-switch button[aria-pressed='true']:focus-visible {
    color: var(--_focus-text);
  }

  /* Find an organisation: a text box with its suggestions below. */
  .search-box {
    flex: 1 1 16em;
    max-width: 28em;
  }
  .search {
    position: relative;
  }
  .search label,
  .list-toolbar label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 700;
  }
  .search-input,
  .order {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 0.35em 0.5em;
    border: 2px solid var(--_border-strong);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .order {
    width: auto;
  }
  .search-options {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 0;
    padding: 0;
    border: 2px solid var(--_border-strong);
    border-top: 0;
    background: var(--_surface);
    list-style: none;
  }
  .search-options li {
    min-height: 24px;
    padding: 0.4em 0.5em;
    cursor: pointer;
  }
  .search-options li:hover,
  .search-options li.active {
    background: var(--_focus);
    color: var(--_focus-text);
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
  .hint {
    margin: 0.5em 0 0;
    color: var(--_text-muted);
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

  .marker {
    cursor: pointer;
    outline: none;
  }
  .marker .hit {
    fill: transparent;
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
  .shape,
  .key {
    stroke: var(--_surface);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .member .shape,
  .group .shape,
  .key.member,
  .key.group {
    fill: var(--_member);
  }
  .associate .shape,
  .key.associate {
    fill: var(--_associate);
  }
  .count,
  .key-count {
    fill: var(--_on-accent);
    font-family: inherit;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }
  .halo,
  .key.halo {
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
  .marker:hover .shape {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  /* The name beside a hovered or focused marker, with a halo so it reads over anything. */
  .label text {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
    paint-order: stroke;
    font-weight: 700;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
  }

  .legend ul,
  .credits ul,
  .plain-list,
  .member-list,
  .choices,
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
    width: 1.5em;
    height: 1.5em;
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
  .plain-list {
    columns: 14em auto;
    column-gap: 1.5em;
  }
  .plain-list li,
  .choices li {
    break-inside: avoid;
    margin-bottom: 0.35em;
  }
  .disclosure,
  .link-button {
    min-height: 24px;
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
  .disclosure {
    font-weight: 700;
  }
  .disclosure::before {
    content: '▸ ';
    display: inline-block;
    text-decoration: none;
  }
  .disclosure[aria-expanded='true']::before {
    content: '▾ ';
  }
  .disclosure:hover,
  .link-button:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  .link-button[aria-pressed='true'],
  .highlighted {
    font-weight: 700;
  }

  .panel {
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
  .details-heading:focus {
    outline: none;
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

  /* High contrast: every marker in the text colour (told apart by shape, as in the key), the
     selection and focus in the system's highlight, land as page with its coast in the text colour. */
  @media (forced-colors: active) {
    .land,
    .land.other {
      fill: Canvas;
      stroke: CanvasText;
    }
    .land.other {
      stroke: GrayText;
    }
    .marker .shape,
    .key.member,
    .key.associate,
    .key.group {
      fill: CanvasText;
      stroke: Canvas;
    }
    .count,
    .key-count {
      fill: Canvas;
    }
    .halo,
    .key.halo {
      stroke: CanvasText;
    }
    .marker.selected .shape,
    .marker:hover .shape {
      stroke: Highlight;
      stroke-width: 3px;
    }
    .marker:focus-visible .focus-ring {
      fill: Highlight;
      stroke: CanvasText;
    }
    .label text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .view-switch button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
    .search-options li.active {
      outline: 2px solid Highlight;
    }
  }
`;
