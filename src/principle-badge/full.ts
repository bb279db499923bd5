import { css, html, nothing, type TemplateResult } from 'lit';
import { principleStatements } from '../generated/data/principle-statements.js';
import type { CcinDataSource } from '../shared/data/data-source.js';
import type { PrincipleId, PrincipleName, PrincipleStatement } from '../shared/data/types.js';
import { warnOnce } from '../shared/warn.js';
import type { BadgeMessages } from './messages.js';

export interface FullState {
  t: BadgeMessages;
  expanded: boolean;
  /** undefined while it loads, null if it could not be loaded. */
  statement: PrincipleStatement | null | undefined;
  statementId: string;
  lang: 'en' | undefined;
  toggle(): void;
}

/**
 * A principle's statement: from the provider's data inside a provider, else the bundled one (in
 * this module's chunk). Null, with one console warning, if it cannot be had: the badge then
 * says so instead of waiting.
 */
export function statementOf(id: string, source: CcinDataSource | undefined): Promise<PrincipleStatement | null> {
  const statement = source ? source.principleStatement(id) : Promise.resolve(principleStatements.get(id as PrincipleId));
  return statement.then(
    (found) => found ?? null,
    (error: unknown) => {
      warnOnce(`could not load the statement of “${id}”: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    },
  );
}

/**
 * The "full" variant: the badge, a button, and the principle's statement below (Walking the
 * talk with its six points). A module of its own, so that badges in running text (label and
 * icon) do not carry it.
 */
export function renderFull(face: TemplateResult, principle: PrincipleName, state: FullState): TemplateResult {
  const { t, expanded, statement } = state;
  return html`<span class="full-layout">
    ${face}
    <button part="toggle" class="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${state.statementId}
      aria-label=${t.statementToggleLabel(principle.name, expanded)} @click=${state.toggle}>${expanded ? t.hideStatement : t.showStatement}</button>
    <span part="statement" class="statement" id=${state.statementId} ?hidden=${!expanded} lang=${statement ? (state.lang ?? nothing) : nothing}>
      ${statement === null
        ? html`<span class="statement-text">${t.statementUnavailable}</span>`
        : html`<span class="statement-text">${statement?.statement ?? t.loadingStatement}</span>
            ${statement?.points
              ? html`<span class="points" role="list">
                  ${statement.points.map((point) => html`<span class="point" role="listitem"><strong>${point.label}:</strong> ${point.text}</span>`)}
                </span>`
              : nothing}`}
    </span>
  </span>`;
}

/** The full variant's styles, adopted by a badge when it first renders as "full". */
export const fullStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: top;
  }
  /* Full variant: the badge, a button, and the statement below. */
  .full-layout {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.35em 0.5em;
    max-width: 100%;
  }
  .toggle {
    min-height: 24px;
    padding: 0.1em 0.4em;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_surface-muted);
  }
  /* The statement paints its own surface, so it stays readable on a dark page. */
  .statement {
    display: block;
    flex-basis: 100%;
    max-width: 40em;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background-color: var(--_surface);
    color: var(--_text);
    font-weight: normal;
  }
  .statement[hidden] {
    display: none;
  }
  .points {
    display: block;
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .point {
    display: list-item;
    list-style: disc;
    margin-block: 0.25em;
  }
  @media print {
    .toggle {
      display: none;
    }
    .statement[hidden] {
      display: block;
    }
  }
`;
