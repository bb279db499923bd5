import { css } from 'lit';

/**
 * The design tokens every element shares. Each public --ccin-* property falls back to the
 * matching LocalGov Drupal token (localgov_base declares them on body, so they reach inside
 * shadow roots) and then to our own default, so an element picks up a council's brand with no
 * configuration. Private --_* properties hold the resolved values. Sizes are in em and px:
 * inside shadow DOM, rem follows the host page's html font-size (often 62.5%).
 *
 * Light and dark: every colour is a light-dark() pair, so the elements follow the page's
 * `color-scheme` (which inherits into shadow roots): a page that declares `color-scheme: dark`
 * gets the dark colours, `light dark` follows the reader's setting, and a page that declares
 * nothing stays light. The elements paint their own surface, so their text keeps its contrast on
 * any page background, including a dark theme that does not declare its scheme. In dark, the
 * LocalGov tokens (made for light pages) give way to the --ccin-dark-* ones.
 *
 * These are the tokens a badge uses (it is on every page, so it carries no more); the elements
 * that show content add theirs (panelTokens, in shared/panel.styles.ts).
 *
 * Default colours meet WCAG 2.2 AA: accent #00664f is 7.0:1 on white, muted text #505a5f 7.1:1;
 * in dark, #5fc4a8 and #c8cacb on #161819 are 9.0:1 and 11.2:1. Focus follows GOV.UK and
 * LocalGov: a yellow background with a dark bar below.
 */
export const tokens = css`
  :host {
    --_accent: light-dark(var(--ccin-accent, var(--color-accent, #00664f)), var(--ccin-dark-accent, #5fc4a8));
    --_text: light-dark(var(--ccin-text, var(--color-text, #0b0c0c)), var(--ccin-dark-text, #f3f2f1));
    --_link: light-dark(var(--ccin-link, var(--color-link, var(--ccin-accent, var(--color-accent, #00664f)))), var(--ccin-dark-link, #7fd6bd));
    --_focus: var(--ccin-focus, var(--color-focus, #ffdd00));
    --_focus-text: var(--ccin-focus-text, #0b0c0c);
    --_surface: light-dark(var(--ccin-surface, #ffffff), var(--ccin-dark-surface, #161819));
    --_radius: var(--ccin-radius, var(--border-radius, 4px));
    /* Left unset unless a token is given: then the host page's font is inherited. */
    font-family: var(--ccin-font-family, var(--font-primary));
  }
  :host([hidden]) {
    display: none !important;
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
