import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asDataError, DataError } from './errors.js';

/** Where a load is: nothing asked, on its way, done, or failed (with why). */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'complete'; value: T }
  | { status: 'error'; error: DataError };

type Outcome = { value: unknown } | { error: unknown };
const outcomes = new WeakMap<Promise<unknown>, Outcome>();

/**
 * Remembers how a promise settles, so that whoever asks for the same promise later gets its
 * value at once. Data sources hand out one promise per question (PromiseMemo), so an element
 * that asks for data another element already loaded (a second card, a moved map, a server
 * render after its data was loaded) renders it in its first update, with no loading state.
 */
export function track<T>(promise: Promise<T>): Promise<T> {
  if (!outcomes.has(promise)) {
    promise.then(
      (value) => outcomes.set(promise, { value }),
      (error: unknown) => outcomes.set(promise, { error }),
    );
  }
  return promise;
}

/** A promise's outcome, if it has settled and was tracked. */
export function settledOutcome(promise: Promise<unknown>): Outcome | undefined {
  return outcomes.get(promise);
}

export interface LoadOptions<Args extends readonly unknown[], T> {
  /**
   * What to load, as a list compared item by item with the last one: a load starts when it
   * changes, not when the element is moved in the page. A DataError instead means the element
   * cannot ask (no case-id, say): it fails at once without loading. Undefined: nothing to load.
   */
  args(): Args | DataError | undefined;
  /** Loads; may return the value itself when it is already at hand (a card given its summary). */
  task(args: Args): T | Promise<T>;
  /** After the host has rendered a completed load: fire the element's load event. */
  onComplete?(value: T, args: Args): void;
  /** After the host has rendered a failure: warn and fire the element's error event. */
  onError?(error: DataError, args: Args | undefined): void;
  /**
   * What takes focus when a load after "Try again" has rendered (a selector in the shadow root;
   * the retry button again if it failed), so that focus never drops to the page.
   */
  focusAfterRetry?: string;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The one way an element loads data (the case study, the list, the map, the provider). The
 * element calls sync() from willUpdate (shared/data-element.ts does), which also runs when
 * rendering on a server; a load starts when its arguments change. Responses that arrive after
 * the arguments changed again are dropped. Load and error callbacks run once per load, after
 * the result has rendered. After "Try again", focus stays in the element: on the loading
 * message (tabindex -1), then on the retry button again, or on what replaced it (the element's
 * `focusAfterRetry`: a title with tabindex -1, say).
 */
export class LoadController<Args extends readonly unknown[], T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  #args?: Args | DataError;
  #started = false;
  #current?: Promise<T>;
  #settledThisUpdate?: () => void;
  #retrying = false;

  readonly #host: Host;
  readonly #options: LoadOptions<Args, T>;

  constructor(host: Host, options: LoadOptions<Args, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Starts a load if the arguments changed since the last one. */
  sync(): void {
    const args = this.#options.args();
    if (!this.#started || !sameArgs(args, this.#args)) this.#start(args);
  }

  /** Loads again with the same arguments (the "Try again" button). */
  retry(): void {
    this.#retrying = true;
    this.#start(this.#options.args());
    this.#host.requestUpdate();
  }

  /** The load on its way, if one is. */
  get pending(): Promise<T> | undefined {
    return this.#current;
  }

  /** The loaded value, when there is one. */
  get value(): T | undefined {
    return this.state.status === 'complete' ? this.state.value : undefined;
  }

  #start(args: Args | DataError | undefined): void {
    this.#started = true;
    this.#args = args;
    this.#current = undefined;
    if (args === undefined) {
      this.state = { status: 'idle' };
      return;
    }
    if (args instanceof DataError) {
      this.#settle({ status: 'error', error: args }, undefined);
      return;
    }
    let result: T | Promise<T>;
    try {
      result = this.#options.task(args);
    } catch (error) {
      this.#settle({ status: 'error', error: asDataError(error) }, args);
      return;
    }
    if (!(result instanceof Promise)) {
      this.#settle({ status: 'complete', value: result }, args);
      return;
    }
    const promise = track(result);
    const outcome = settledOutcome(promise);
    if (outcome) {
      this.#settle('value' in outcome ? { status: 'complete', value: outcome.value as T } : { status: 'error', error: asDataError(outcome.error) }, args);
      return;
    }
    this.#current = promise;
    this.state = { status: 'pending' };
    promise.then(
      (value) => this.#arrived(promise, { status: 'complete', value }, args),
      (error: unknown) => this.#arrived(promise, { status: 'error', error: asDataError(error) }, args),
    );
  }

  #arrived(promise: Promise<T>, state: LoadState<T>, args: Args): void {
    if (promise !== this.#current) return; // a response to arguments that have changed since
    this.#current = undefined;
    this.#settle(state, args);
    this.#host.requestUpdate();
  }

  #settle(state: LoadState<T>, args: Args | undefined): void {
    this.state = state;
    this.#settledThisUpdate = () => {
      if (state.status === 'complete') this.#options.onComplete?.(state.value, args as Args);
      else if (state.status === 'error') this.#options.onError?.(state.error, args);
    };
  }

  hostUpdated(): void {
    const notify = this.#settledThisUpdate;
    this.#settledThisUpdate = undefined;
    if (this.#retrying) this.#moveFocus(!notify);
    notify?.();
  }

  hostDisconnected(): void {
    this.#retrying = false;
  }

  #moveFocus(stillLoading: boolean): void {
    const root = this.#host.renderRoot;
    const target = root.querySelector<HTMLElement>(stillLoading ? '[part~="status"]' : `[part~="retry"], ${this.#options.focusAfterRetry ?? '[part~="status"]'}`);
    if (!stillLoading) this.#retrying = false;
    target?.focus();
  }
}

function sameArgs(a: readonly unknown[] | DataError | undefined, b: readonly unknown[] | DataError | undefined): boolean {
  if (a === b) return true;
  if (a instanceof DataError && b instanceof DataError) return a.kind === b.kind && a.message === b.message;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => Object.is(item, b[i]));
}
