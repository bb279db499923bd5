import type { ProviderMessages } from './messages.js';

// Welsh: see docs/welsh.md.
export const cy: ProviderMessages = {
  fallbackNotice: "Nid oedd modd llwytho data mwy diweddar y CCIN, felly mae'r dudalen hon yn dangos y data a ddaeth gyda hi.",
  reasons: {
    network: "nid oedd modd nôl y data",
    'not-found': "ni chafwyd hyd i'r ffeil ddata",
    invalid: "nid yw'r ffeil ddata yn ddilys",
    'missing-id': "ni enwyd ffeil ddata",
  },
};
