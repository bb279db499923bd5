import { css, html, type TemplateResult } from 'lit';

/**
 * The states every element that loads data shows the same way: loading (space reserved,
 * announced politely, the text shown only if loading takes a moment) and failure (a message and
 * a "Try again" button, with the element's fallback content under it). Only data elements import
 * this module, so badges do not carry it.
 */
export function loadingStatus(text: string): TemplateResult {
  return html`<div part="status" class="status loading" role="status"><span class="loading-text">${text}</span></div>`;
}

export function failureStatus(message: string, retryLabel: string, retry: () => void): TemplateResult {
  return html`<div part="status" class="status notice" role="status">
      <p>${message}</p>
      <button part="retry" class="retry" type="button" @click=${retry}>${retryLabel}</button>
    </div>
    <slot></slot>`;
}

export const statusStyles = css`
  .status {
    padding: 1em;
  }
  .loading {
    /* The same space as the documented ccin-*:not(:defined) style, so the page does not jump
       when the element upgrades. */
    min-height: 12em;
  }
  .loading-text {
    color: var(--_text-muted);
    opacity: 0;
    animation: ccin-appear 0s 0.4s forwards;
  }
  @keyframes ccin-appear {
    to {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading-text {
      animation-delay: 0s;
    }
  }
  .notice {
    margin-bottom: 1em;
    border-inline-start: 5px solid var(--_accent);
    background-color: var(--_surface-muted);
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .notice p:last-of-type {
    margin-bottom: 0;
  }
  .retry {
    min-height: 2.75em;
    margin-top: 0.75em;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background-color: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .retry,
    .loading {
      display: none;
    }
  }
`;
