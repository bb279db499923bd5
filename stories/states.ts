import { render, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * What a story must show, as its `expect` parameter. `npm run test:storybook`
 * (scripts/test-storybook.mjs) fails a story that does not show it within 10 s, in English and
 * in Welsh, so a story that renders nothing, stays on "Loading…" or fails where it should not
 * is caught.
 */
export interface StoryExpectation {
  /**
   * "content" (the default): every element has rendered its content, none is loading or shows
   * a failure or a notice. "loading", "failure" (a message with "Try again") or "notice" (a
   * message that retrying cannot help, such as an unknown id): at least one element shows it.
   */
  state?: 'content' | 'loading' | 'failure' | 'notice';
  /** Texts that must be visible in either language (content from the data is in English in both). */
  text?: string[];
  /** Texts that must be visible on an English page only. */
  en?: string[];
  /** Texts that must be visible on a Welsh page only. */
  cy?: string[];
  /**
   * Texts that must be shown exactly once, each as the whole text of an element (a title, a
   * name), in either language: content that must not be drawn twice, as a pre-rendered element
   * that rendered again beside its server content would.
   */
  once?: string[];
}

/**
 * The parameters of a story that declares what it shows. Every field is given (Storybook merges
 * a story's parameters into its file's, so a field left out would come from there).
 */
export const expecting = ({ state = 'content', text = [], en = [], cy = [], once = [] }: StoryExpectation) => ({ expect: { state, text, en, cy, once } });

/** Waits until an element and what it renders have settled: no update pending after two frames (sizes measured, observers run). */
async function settled(element: ReactiveElement): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await element.updateComplete;
    await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => requestAnimationFrame(done));
    if (!element.isUpdatePending) return;
  }
}

/**
 * For a state that only a reader's action reaches (a map group opened, a second page of cards,
 * a disclosure open): renders `content` and, when an element inside it fires `event` (its load
 * or error event) and has settled, calls `then` with that element. `then` sets the state through
 * the element's own properties or its rendered controls, without moving focus, so that the
 * docs page, which shows every story, does not scroll. If the element changes so that the state
 * can no longer be reached this way, the story's `expect` parameter fails in test:storybook.
 */
export function afterEvent<E extends ReactiveElement>(
  content: TemplateResult | HTMLElement,
  event: string,
  then: (element: E) => boolean | void,
): HTMLElement {
  let host: HTMLElement;
  if (content instanceof HTMLElement) host = content;
  else {
    host = document.createElement('div');
    render(content, host);
  }
  host.addEventListener(
    event,
    async (loaded) => {
      const element = loaded.target as E;
      // `then` returns false while what it needs is not drawn yet (the map lays out its markers
      // once it has been measured): it is tried again, for up to about two seconds.
      for (let tries = 0; tries < 60; tries++) {
        await settled(element);
        if (then(element) !== false) break;
      }
    },
    { once: true },
  );
  return host;
}

/** Opens a failure's "Technical details" disclosure (for afterEvent, on the element's error event). */
export function openTechnicalDetails(element: ReactiveElement): boolean {
  const details = element.shadowRoot?.querySelector('details');
  if (details) details.open = true;
  return !!details;
}
