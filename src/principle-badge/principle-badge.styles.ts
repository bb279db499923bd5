import { css } from 'lit';
import { labelStyles } from './label.js';

/** The element's own styles; the badge's face is `labelStyles` (label.ts), shared with case studies. */
export const badgeStyles = [
  labelStyles,
  css`
  /* Inline (a custom element's default), like the badge inside it (label.ts); positioned for
     the tooltip. */
  :host {
    position: relative;
    color: var(--_text);
  }

  .variant-icon {
    padding-inline: 0.2em;
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
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
`,
];
