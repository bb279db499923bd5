import type { PropertyValues } from 'lit';
import { bundledData } from './data/bundled.js';
import type { CcinDataSource } from './data/data-source.js';
import { LoadController, type LoadOptions } from './data/load-controller.js';
import { CcinElement } from './element.js';
import { warnOnce } from './warn.js';

/** How long an element inside an undefined <ccin-provider> waits for its script before using the bundled data. */
const providerWaitMs = 10_000;

/**
 * A ccin element that shows data: the provider's, or the data bundled with the library. Its
 * loads go through LoadController (shared/data/load-controller.ts), created with loader() and
 * brought up to date before every render, in the browser and on a server.
 */
export class DataElement extends CcinElement {
  readonly #loaders: { sync(): void; readonly pending: Promise<unknown> | undefined }[] = [];
  #providerWaitOver = false;

  /**
   * Inside a <ccin-provider> whose script has not run yet (the element's module won the race):
   * its loads wait for the provider's data rather than load the bundled data first, and then the
   * provider's. If the provider's script never comes (10 s), the bundled data, with a warning.
   */
  get #waitingForProvider(): boolean {
    return !this.settings && !this.#providerWaitOver && !!this.closest?.('ccin-provider:not(:defined)');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The base class asks the provider again once it is defined; if its script never comes:
    if (this.#waitingForProvider) {
      setTimeout(() => {
        if (!this.#waitingForProvider) return;
        this.#providerWaitOver = true;
        warnOnce(`<${this.localName}>: its <ccin-provider> is not defined after ${providerWaitMs / 1000} s (is its script on the page?); it shows the bundled data.`);
        this.requestUpdate();
      }, providerWaitMs);
    }
  }

  protected get data(): CcinDataSource {
    return this.settings?.data ?? bundledData;
  }

  protected loader<Args extends readonly unknown[], T>(options: LoadOptions<Args, T>): LoadController<Args, T> {
    const controller = new LoadController(this, options);
    this.#loaders.push(controller);
    return controller;
  }

  /**
   * Content rendered on a server hydrates on the first update, which must therefore render what
   * the server did, with the data loaded: a pre-rendered element waits for its data first (its
   * server-rendered content stays on screen meanwhile), instead of rendering "Loading…".
   */
  protected override renderReady(): Promise<unknown> | undefined {
    const waiting = super.renderReady();
    if (this.hasUpdated || !this.prerendered || this.#waitingForProvider) return waiting;
    for (const loader of this.#loaders) loader.sync();
    return Promise.all([waiting, ...this.#loaders.map((loader) => loader.pending)]);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#waitingForProvider) return;
    for (const loader of this.#loaders) loader.sync();
  }
}
