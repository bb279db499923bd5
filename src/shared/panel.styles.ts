import { css } from 'lit';

/** The design tokens of the elements that show content, in addition to shared/styles.ts's. */
export const panelTokens = css`
  :host {
    --_on-accent: light-dark(var(--ccin-on-accent, #ffffff), var(--ccin-dark-on-accent, #0b0c0c));
    --_text-muted: light-dark(var(--ccin-text-muted, #505a5f), var(--ccin-dark-text-muted, #c8cacb));
    --_surface-muted: light-dark(var(--ccin-surface-muted, #f3f2f1), var(--ccin-dark-surface-muted, #2a2d2e));
    --_border: light-dark(var(--ccin-border-color, var(--border-color, #b1b4b6)), var(--ccin-dark-border-color, #6f777b));
    --_border-strong: light-dark(var(--ccin-border-strong, #505a5f), var(--ccin-dark-border-strong, #c8cacb));
    --_space: var(--ccin-spacing, var(--spacing, 1em));
  }
`;

/**
 * What the elements that show content share (the case study, the list, the map): a block that
 * paints its own surface, buttons at least 44 px tall (24 px is the WCAG 2.2 minimum), and the
 * notice box of messages. The badge, which sits in running text, does not use it.
 */
export const panelStyles = css`
  :host {
    display: block;
    color: var(--_text);
    background-color: var(--_surface);
    line-height: 1.5;
  }
  /* The color-scheme attribute fixes the colours (the tokens are light-dark() pairs). */
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([color-scheme='auto']) {
    color-scheme: light dark;
  }
  .button {
    min-height: 44px;
    padding: 0.4em 1em;
    border: 2px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .notice {
    padding: 1em;
    border-inline-start: 5px solid var(--_accent);
    background-color: var(--_surface-muted);
  }
  .notice > :first-child {
    margin-top: 0;
  }
  .notice > :last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      background: none;
    }
    .button {
      display: none;
    }
  }
`;

/** Text for screen readers only (the GOV.UK pattern). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
