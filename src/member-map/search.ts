import { html, nothing, type TemplateResult } from 'lit';
import type { Member } from '../shared/data/types.js';
import { fold } from '../shared/fold.js';
import type { MapContext } from './map-view.js';

const maxOptions = 8;

/** Members whose name contains every typed word; names that start with the query first. */
export function findMembers(members: readonly Member[], query: string): Member[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  const wanted = words.join(' ');
  return members
    .map((member) => ({ member, name: fold(member.name) }))
    .filter(({ name }) => words.every((word) => name.includes(word)))
    .sort((a, b) => Number(b.name.startsWith(wanted)) - Number(a.name.startsWith(wanted)) || a.name.localeCompare(b.name))
    .slice(0, maxOptions)
    .map(({ member }) => member);
}

export interface SearchState {
  query: string;
  /** Index of the active option, -1 for none. */
  active: number;
  open: boolean;
}

export interface SearchHandlers {
  /** The new state after typing, a key or leaving the box. */
  change(state: SearchState): void;
  choose(member: Member): void;
}

/** What a key does in the search box: the next state, and the member chosen (Enter). */
export function searchKey(state: SearchState, key: string, options: readonly Member[]): { state: SearchState; choose?: Member } | undefined {
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const step = key === 'ArrowDown' ? 1 : -1;
    return { state: { ...state, open: true, active: options.length ? (state.active + step + options.length) % options.length : -1 } };
  }
  if (key === 'Enter') {
    const member = options[state.active] ?? (options.length === 1 ? options[0] : undefined);
    return member ? { state: { query: member.name, active: -1, open: false }, choose: member } : undefined;
  }
  if (key === 'Escape') return { state: { ...state, open: false, active: -1 } };
  return undefined;
}

/**
 * Find an organisation by typing: the ARIA 1.2 combobox pattern (a text box with a list box of
 * suggestions). Arrow keys move through the suggestions, Enter chooses, Escape closes; the
 * number found is announced. Without `members` (still loading) it takes typing and suggests nothing yet.
 */
export function renderSearch(members: readonly Member[] | undefined, state: SearchState, ctx: MapContext, handlers: SearchHandlers): TemplateResult {
  const { t, uid } = ctx;
  // Typed while the members load: the suggestions come with them.
  const options = members ? findMembers(members, state.query) : [];
  const listId = `${uid}-search-options`;
  const optionId = (i: number) => `${uid}-search-option-${i}`;
  const open = state.open && state.query.trim() !== '';
  return html`<div class="search">
    <label for=${`${uid}-search`}>${t.searchLabel}</label>
    <input id=${`${uid}-search`} class="search-input" type="text" role="combobox" autocomplete="off" spellcheck="false"
      aria-autocomplete="list" aria-expanded=${open && options.length ? 'true' : 'false'} aria-controls=${listId}
      aria-activedescendant=${open && state.active >= 0 ? optionId(state.active) : nothing} .value=${state.query}
      @input=${(event: Event) => handlers.change({ query: (event.target as HTMLInputElement).value, active: -1, open: true })}
      @keydown=${(event: KeyboardEvent) => {
        const next = searchKey(state, event.key, options);
        if (!next) return;
        event.preventDefault();
        handlers.change(next.state);
        if (next.choose) handlers.choose(next.choose);
      }}
      @blur=${() => handlers.change({ ...state, open: false, active: -1 })} />
    <ul id=${listId} class="search-options" role="listbox" aria-label=${t.searchLabel} ?hidden=${!open || !options.length} lang=${ctx.lang ?? nothing}>
      ${open
        ? options.map(
            (member, i) => html`<li id=${optionId(i)} role="option" aria-selected=${i === state.active ? 'true' : 'false'}
              class=${i === state.active ? 'active' : ''} @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => {
                handlers.change({ query: member.name, active: -1, open: false });
                handlers.choose(member);
              }}>
              ${member.name}</li>`,
          )
        : nothing}
    </ul>
    <p class="visually-hidden" role="status">${open && members ? (options.length ? t.searchResults(options.length) : t.searchNoMatch) : ''}</p>
  </div>`;
}
