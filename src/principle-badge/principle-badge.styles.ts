import { css } from 'lit';

export const badgeStyles = css`
  /* Inline by default: the badge is text among text. It inherits the font, sits on the
     baseline, and breaks between words like the words around it. */
  :host {
    display: inline;
    position: relative;
    color: var(--_text);
  }

  .badge {
    display: inline;
    padding: 0.05em 0.35em 0.1em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background-color: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    /* A long name that wraps is open at the break (box-decoration-break: slice, the default):
       Chromium does not make room for cloned padding and border when it breaks the line, so
       with clone they stuck out past a narrow column (1.1 px at 320 px). */
  }
  .size-small {
    font-size: 0.875em;
  }
  .size-large {
    font-size: 1.25em;
  }

  a.badge {
    color: var(--_link);
  }
  a.badge .name {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a.badge:hover .name {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a.badge:focus-visible {
    border-color: var(--_focus-text);
  }
  a.badge:focus-visible .name {
    text-decoration: none;
  }

  .icon {
    width: 1.2em;
    height: 1.2em;
    /* Centres the icon on the x-height, so it neither raises nor lowers the line. */
    vertical-align: -0.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    overflow: visible;
  }
  .name {
    margin-inline-start: 0.3em;
  }
  .icon + .name {
    margin-inline-start: 0.25em;
  }
  .variant-icon {
    padding-inline: 0.2em;
  }

  .unknown {
    border-style: dashed;
    color: var(--_text);
    font-weight: normal;
  }

  /* The tooltip of the icon variant: shown on hover and focus, closed with Escape, and
     hoverable itself (it touches the badge, so the pointer can move onto it). */
  .tooltip {
    position: absolute;
    bottom: 100%;
    left: 50%;
    z-index: 1;
    display: none;
    transform: translateX(-50%);
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background-color: var(--_text);
    color: var(--_surface);
    font-size: 0.875em;
    font-weight: normal;
    line-height: 1.3;
    white-space: nowrap;
  }
  :host(:hover) .tooltip,
  :host(:focus-within) .tooltip {
    display: block;
  }
  .tooltip.dismissed {
    display: none !important;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    a.badge {
      border-color: LinkText;
    }
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
`;
