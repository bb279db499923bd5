import type { Localized } from '../shared/i18n/localize.js';

export interface ProviderMessages {
  /** The notice shown when the data at `src` could not be used. */
  fallbackNotice: string;
  reasons: Record<'network' | 'not-found' | 'invalid', string>;
}

const en: ProviderMessages = {
  fallbackNotice: 'Newer CCIN data could not be loaded, so this page shows the data bundled with it.',
  reasons: {
    network: 'the data could not be fetched',
    'not-found': 'the data file was not found',
    invalid: 'the data file is not valid',
  },
};

// Welsh: see docs/welsh.md.
const cy: ProviderMessages = {
  fallbackNotice: "Nid oedd modd llwytho data mwy diweddar y CCIN, felly mae'r dudalen hon yn dangos y data a ddaeth gyda hi.",
  reasons: {
    network: "nid oedd modd nôl y data",
    'not-found': "ni chafwyd hyd i'r ffeil ddata",
    invalid: "nid yw'r ffeil ddata yn ddilys",
  },
};

export const providerMessages: Localized<ProviderMessages> = { en, cy };
