import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The states every element that loads data shows the same way: loading (space reserved,
 * announced politely, the text shown only if loading takes a moment) and failure (a message, a
 * "Try again" button, and the technical reason behind a disclosure for whoever maintains the
 * page), each with the element's fallback content under it. Only data elements import this
 * module, so badges do not carry it. The loading box and the retry button take focus after
 * "Try again" (shared/data/load-controller.ts), so it never drops to the page.
 */
export function loadingStatus(text: string): TemplateResult {
  return html`<div part="status" class="status loading" role="status" tabindex="-1"><span class="loading-text">${text}</span></div>`;
}

export interface FailureTexts {
  message: string;
  retry: string;
  /** The label of the disclosure with the technical reason. */
  details: string;
}

export function failureStatus(texts: FailureTexts, reason: string, retry: () => void): TemplateResult {
  return html`<div part="status" class="status notice" role="status">
      <p>${texts.message}</p>
      <details class="reason">
        <summary>${texts.details}</summary>
        <p><bdi>${reason}</bdi></p>
      </details>
      <button part="retry" class="retry button" type="button" @click=${retry}>${texts.retry}</button>
    </div>
    <slot></slot>`;
}

/** A message that retrying cannot help (no case-id, an unknown id), with the fallback content. */
export function noticeStatus(content: TemplateResult | string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div part="status" class="status notice" role="status">${content}${extra}</div>
    <slot></slot>`;
}

export const statusStyles = css`
  .status {
    padding: 1em;
  }
  .status:focus {
    outline: none;
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
  .status p {
    margin: 0 0 0.5em;
  }
  .reason {
    margin: 0.5em 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .reason summary {
    cursor: pointer;
  }
  .reason p {
    overflow-wrap: anywhere;
  }
  .retry {
    margin-top: 0.25em;
  }
  @media print {
    .loading {
      display: none;
    }
  }
`;
