import { css } from 'lit';

/**
 * The design tokens every element shares. Each public --ccin-* property falls back to the
 * matching LocalGov Drupal token (localgov_base declares them on body, so they reach inside
 * shadow roots) and then to our own default, so an element picks up a council's brand with no
 * configuration. Private --_* properties hold the resolved values. Sizes are in em and px:
 * inside shadow DOM, rem follows the host page's html font-size (often 62.5%).
 *
 * Default colours meet WCAG 2.2 AA on white: accent #00664f is 7.0:1, muted text #505a5f is
 * 7.1:1. Focus follows GOV.UK and LocalGov: a yellow background with a dark bar below, which
 * has 3:1 against white (the bar) and against LocalGov's purple accent (the yellow, 6.6:1).
 */
export const tokens = css`
  :host {
    --_accent: var(--ccin-accent, var(--color-accent, #00664f));
    --_on-accent: var(--ccin-on-accent, #ffffff);
    --_text: var(--ccin-text, var(--color-text, #0b0c0c));
    --_text-muted: var(--ccin-text-muted, #505a5f);
    --_link: var(--ccin-link, var(--color-link, var(--_accent)));
    --_focus: var(--ccin-focus, var(--color-focus, #ffdd00));
    --_focus-text: var(--ccin-focus-text, #0b0c0c);
    --_surface: var(--ccin-surface, #ffffff);
    --_surface-muted: var(--ccin-surface-muted, #f3f2f1);
    --_border: var(--ccin-border-color, var(--border-color, #b1b4b6));
    --_border-strong: var(--ccin-border-strong, #505a5f);
    --_space: var(--ccin-spacing, var(--spacing, 1em));
    --_radius: var(--ccin-radius, var(--border-radius, 4px));
    /* Left unset unless a token is given: then the host page's font is inherited. */
    font-family: var(--ccin-font-family, var(--font-primary));
  }
`;

/** Visible focus for links and buttons, as GOV.UK Frontend and LocalGov draw it. */
export const focusRing = css`
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible {
    /* Transparent outline: invisible normally, drawn in forced-colours (high contrast) mode. */
    outline: 3px solid transparent;
    outline-offset: 0;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
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
