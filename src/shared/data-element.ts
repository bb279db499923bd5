import type { PropertyValues } from 'lit';
import { bundledData } from './data/bundled.js';
import type { CcinDataSource } from './data/data-source.js';
import { LoadController, type LoadOptions } from './data/load-controller.js';
import { CcinElement } from './element.js';

/**
 * A ccin element that shows data: the provider's, or the data bundled with the library. Its
 * loads go through LoadController (shared/data/load-controller.ts), created with loader() and
 * brought up to date before every render, in the browser and on a server.
 */
export class DataElement extends CcinElement {
  readonly #loaders: { sync(): void }[] = [];

  protected get data(): CcinDataSource {
    return this.settings?.data ?? bundledData;
  }

  protected loader<Args extends readonly unknown[], T>(options: LoadOptions<Args, T>): LoadController<Args, T> {
    const controller = new LoadController(this, options);
    this.#loaders.push(controller);
    return controller;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    for (const loader of this.#loaders) loader.sync();
  }
}
