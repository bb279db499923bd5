import { css } from 'lit';

export const caseStudyListStyles = css`
  :host {
    container: ccin-case-study-list / inline-size;
  }
  .filters fieldset {
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  legend {
    float: left;
    width: 100%;
    margin-bottom: 0.5em;
    padding: 0;
    font-size: 1.1em;
    font-weight: 700;
  }
  .fields {
    clear: both;
    display: grid;
    gap: 0.75em 1em;
  }
  @container ccin-case-study-list (min-width: 40em) {
    .fields {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container ccin-case-study-list (min-width: 64em) {
    .fields {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .search {
      grid-column: 1 / -1;
    }
  }
  label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 700;
  }
  select,
  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    padding: 0.35em 0.5em;
    border: 2px solid var(--_border-strong);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  select:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
    background: var(--_surface);
  }
  .clear,
  .more {
    margin-top: 0.75em;
  }
  .hint {
    margin: 0.25em 0 0;
    color: var(--_text-muted);
    font-size: max(12px, 0.875em);
  }
  .count:focus {
    outline: none;
  }
  .count {
    margin: 0 0 0.75em;
    font-weight: 700;
  }
  .results {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container ccin-case-study-list (min-width: 36em) {
    .results {
      grid-template-columns: repeat(auto-fill, minmax(17em, 1fr));
    }
  }
  .empty p {
    margin: 0 0 0.5em;
  }
  .empty-title {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .filters fieldset {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .filters {
      display: none;
    }
  }
`;
