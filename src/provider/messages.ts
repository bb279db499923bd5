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

export const providerMessages: Localized<ProviderMessages> = { en, cy: en };
