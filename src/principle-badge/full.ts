import { css, html, nothing, type TemplateResult } from 'lit';
import { principleStatements } from '../generated/data/principle-statements.js';
import type { CcinDataSource } from '../shared/data/data-source.js';
import type { PrincipleId, PrincipleName, PrincipleStatement } from '../shared/data/types.js';
import type { InterfaceLang } from '../shared/i18n/lang.js';
import { MessageTable } from '../shared/i18n/localize.js';
import { warnOnce } from '../shared/warn.js';

/**
 * The "full" variant: the badge, a button, and the principle's statement below (Walking the
 * talk with its six points). A module of its own, with its strings and styles, so that badges in
 * running text (label and icon), on every page, do not carry it.
 */

export interface FullMessages {
  showStatement: string;
  hideStatement: string;
  /** The toggle's accessible name: its visible label, then the principle. */
  statementToggleLabel: (name: string, expanded: boolean) => string;
  loadingStatement: string;
}

export const fullMessages = new MessageTable<FullMessages>(
  {
    showStatement: 'Show statement',
    hideStatement: 'Hide statement',
    statementToggleLabel: (name, expanded) => `${expanded ? 'Hide statement' : 'Show statement'}: ${name}`,
    loadingStatement: 'Loading the statement…',
  },
  () => import('./messages.cy.js').then((module) => module.cyFull),
);

/**
 * A principle's statement from a provider's data. Null, with one console warning, if it cannot
 * be had: the badge then says so instead of waiting.
 */
function statementOf(id: string, source: CcinDataSource): Promise<PrincipleStatement | null> {
  return source.principleStatement(id).then(
    (found) => found ?? null,
    (error: unknown) => {
      warnOnce(`could not load the statement of “${id}”: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    },
  );
}

/** What a full badge's render passes in. */
export interface FullState {
  expanded: boolean;
  toggle(): void;
  lang: InterfaceLang;
  /** The lang of content from the sources ("en" on a Welsh page). */
  contentLang: 'en' | undefined;
  /** The badge's message for a statement that cannot be loaded. */
  unavailable: string;
}

let statementIds = 0;

/** One full badge's statement (loaded when it first renders, once per principle and source) and its rendering. */
export class FullVariant {
  readonly #statementId = `ccin-statement-${++statementIds}`;
  /** undefined while it loads, null if it could not be loaded. */
  #statement?: PrincipleStatement | null;
  #statementFor?: string;

  /** requestUpdate: the badge's, called when the statement arrives. */
  constructor(private readonly requestUpdate: () => void) {}

  /** Before each update: loads the statement if the principle or the data source changed. */
  load(id: PrincipleId, source: CcinDataSource | undefined): void {
    const key = `${id}|${source ? 'provider' : 'bundled'}`;
    if (key === this.#statementFor) return;
    this.#statementFor = key;
    // The bundled statements are in this module: at once, so a server render has them too.
    this.#statement = source ? undefined : (principleStatements.get(id) ?? null);
    if (!source) return;
    void statementOf(id, source).then((statement) => {
      if (this.#statementFor !== key) return;
      this.#statement = statement;
      this.requestUpdate();
    });
  }

  render(face: TemplateResult, principle: PrincipleName, { expanded, toggle, lang, contentLang, unavailable }: FullState): TemplateResult {
    const t = fullMessages.get(lang);
    const statement = this.#statement;
    return html`<span class="full-layout">
      ${face}
      <button part="toggle" class="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${this.#statementId}
        aria-label=${t.statementToggleLabel(principle.name, expanded)} @click=${toggle}>${expanded ? t.hideStatement : t.showStatement}</button>
      <span part="statement" class="statement" id=${this.#statementId} ?hidden=${!expanded} lang=${statement ? (contentLang ?? nothing) : nothing}>
        ${statement === null
          ? html`<span class="statement-text">${unavailable}</span>`
          : html`<span class="statement-text">${statement?.statement ?? t.loadingStatement}</span>
              ${statement?.points
                ? html`<span class="points" role="list">
                    ${statement.points.map((point) => html`<span class="point" role="listitem"><strong>${point.label}:</strong> ${point.text}</span>`)}
                  </span>`
                : nothing}`}
      </span>
    </span>`;
  }
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
    /* The text colour: no token beyond the badge's (which every page loads) for a border. */
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_text) 8%, var(--_surface));
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
