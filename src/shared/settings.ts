import type { Context } from '@lit/context';
import type { CcinDataSource } from './data/data-source.js';

/**
 * What a <ccin-provider> shares with every ccin element inside it (through Lit context).
 * Elements outside a provider use the bundled data and make no links.
 */
export interface CcinSettings {
  data: CcinDataSource;
  /** URL template for a case study's page, with {id} for its id: "/case-studies/{id}". */
  caseStudyHref?: string;
  /** URL template for a principle's page, with {id} for the principle id. */
  principleHref?: string;
}

/**
 * The context's key. A registered symbol, so that a provider from one copy of the library and
 * elements from another still find each other. (@lit/context's createContext() returns its
 * argument; the type is all it adds.)
 */
export const ccinSettingsContext = Symbol.for('ccin-elements.settings') as Context<symbol, CcinSettings | undefined>;
