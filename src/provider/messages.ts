import type { DataErrorKind } from '../shared/data/errors.js';
import { MessageTable } from '../shared/i18n/localize.js';

export interface ProviderMessages {
  /** The notice shown when the data at `src` could not be used. */
  fallbackNotice: string;
  reasons: Record<DataErrorKind, string>;
}

const en: ProviderMessages = {
  fallbackNotice: 'Newer CCIN data could not be loaded, so this page shows the data bundled with it.',
  reasons: {
    network: 'the data could not be fetched',
    'not-found': 'the data file was not found',
    invalid: 'the data file is not valid',
    'missing-id': 'no data file was named',
  },
};

export const providerMessages = new MessageTable<ProviderMessages>(en, () => import('./messages.cy.js').then((module) => module.cy));
