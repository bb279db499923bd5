import { css } from 'lit';

export const caseStudyStyles = css`
  :host {
    /* Layout responds to the element's own width (container queries), not the viewport's:
       the same case study may sit in a narrow sidebar or a wide main column. */
    container-type: inline-size;
    /* anywhere, not break-word: a long e-mail address or URL may also break where it sizes a
       grid or flex item (a contact card), which otherwise grows past a 320 px column. */
    overflow-wrap: anywhere;
  }

  p,
  ul,
  ol,
  blockquote {
    margin: 0 0 1em;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }

  /* Type: two weights (400, 700, as GOV.UK Frontend) and few faces: body, summary, section
     heading, title, and bold body text for the theme, badges and contact names (a subtitle or
     italics add one each). Each face is a font the browser looks up and shapes before the first
     paint, about 1 ms each in Chromium (docs/performance-prerendered.md), so smaller print here
     costs more than it gives. */
  .theme {
    margin: 0 0 0.5em;
    color: var(--_accent);
    font-weight: 700;
    letter-spacing: 0.01em;
  }
  .title,
  .subheading,
  .section-heading {
    font-family: var(--ccin-heading-font-family, inherit);
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.75em;
    line-height: 1.2;
  }
  .subtitle {
    display: block;
    margin-top: 0.3em;
    font-size: 0.6em;
    font-weight: 400;
    line-height: 1.35;
  }
  .organisations,
  .facts {
    margin: 0 0 1em;
    color: var(--_text-muted);
  }
  .org-group,
  .facts > span {
    display: block;
  }
  .summary {
    max-width: calc(var(--ccin-measure, 40em) / 1.2);
    margin-bottom: 1.25em;
    font-size: 1.2em;
    line-height: 1.45;
  }
  .body {
    max-width: var(--ccin-measure, 40em);
  }
  .subheading,
  .section-heading {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .subheading {
    margin: 1.5em 0 0.5em;
  }
  .body ul,
  .body ol,
  .links ul {
    padding-inline-start: 1.5em;
  }
  .body li {
    margin-bottom: 0.5em;
  }
  .body li > ul,
  .body li > ol {
    margin: 0.5em 0 0;
  }
  .quote {
    margin: 1.5em 0;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: 4px solid var(--_accent);
  }
  .quote p {
    margin-bottom: 0.5em;
  }
  .quote .attribution {
    margin: 0;
    color: var(--_text-muted);
  }

  .section {
    max-width: var(--ccin-measure, 40em);
    margin-top: 2em;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
  }
  .contacts {
    max-width: none;
  }
  .section-heading {
    margin: 0 0 0.75em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .not-recorded {
    color: var(--_text-muted);
  }
  .contact-list {
    display: grid;
    gap: 1em;
  }
  .contact {
    padding: 1em;
    border-radius: var(--_radius);
    background-color: var(--_surface-muted);
  }
  .contact p {
    margin: 0 0 0.25em;
  }
  .contact-name {
    font-weight: 700;
  }
  .contact .label {
    color: var(--_text-muted);
  }
  .source {
    margin: 2em 0 0;
    color: var(--_text-muted);
  }

  /* The host is the nearest container of everything in its shadow root. */
  @container (min-width: 36em) {
    .title {
      font-size: 2.25em;
    }
    .contact-list {
      grid-template-columns: repeat(auto-fill, minmax(17em, 1fr));
    }
  }

  /* Not found and "no case-id": the notice of shared/status.ts, with this minimum height for
     the card variant while loading. */
  :host([variant='card']) .loading {
    min-height: 8em;
  }

  /* Card */
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    box-sizing: border-box;
    padding: 1em 1.25em 1.25em;
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background-color: var(--_surface);
  }
  .card .title {
    margin: 0;
    font-size: 1.25em;
  }
  .card .subtitle {
    font-size: 0.75em;
  }
  .card .theme,
  .card .organisations,
  .card .summary {
    margin: 0;
  }
  .card .summary {
    font-size: 1em;
    line-height: 1.5;
  }
  /* Positioned, so that the badges are drawn above the title's link, which covers the card:
     a badge that links to a principle's page (a provider's principle-href) stays clickable. */
  .card .badges {
    position: relative;
    margin-top: auto;
    padding-top: 0.5em;
  }
  /* The title's link covers the whole card (the usual card pattern). */
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card-link:focus-visible {
    outline: 3px solid transparent;
  }
  .card:has(.card-link:hover) {
    border-color: var(--_border-strong);
  }

  @media (forced-colors: active) {
    .card,
    .contact {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    :host {
      color: #000;
    }
    .contact {
      border: 1px solid #000;
      background: none;
      break-inside: avoid;
    }
    :is(.body, .links, .contact) a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .card-link::after {
      content: none;
    }
  }
`;
