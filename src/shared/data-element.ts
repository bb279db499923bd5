import { bundledData } from './data/bundled.js';
import type { CcinDataSource } from './data/data-source.js';
import { CcinElement } from './element.js';

/** A ccin element that reads data: the provider's data, or the data bundled with the library. */
export class DataElement extends CcinElement {
  protected get data(): CcinDataSource {
    return this.settings?.data ?? bundledData;
  }
}
