import { bundledData, type CcinDataSource } from './data/data-source.js';
import { CcinElement } from './element.js';

/** A ccin element that reads data files: the provider's data, or the files bundled with the library. */
export class DataElement extends CcinElement {
  protected get data(): CcinDataSource {
    return this.settings?.data ?? bundledData;
  }
}
