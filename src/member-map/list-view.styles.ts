import { css } from 'lit';

/** The list view of the map (renderListView in list-view.ts). */
export const listViewStyles = css`
  .list-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    justify-content: space-between;
  }
  .list-toolbar .count {
    margin: 0;
    font-weight: 700;
    align-self: center;
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

  /* A pre-rendered map's lists (<details>, which open without JavaScript). */
  details.native > summary {
    min-height: 24px;
    color: var(--_link);
    font-weight: 700;
    cursor: pointer;
  }
  details.native > summary:hover {
    text-decoration: underline;
  }
`;
