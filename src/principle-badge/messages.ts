import { MessageTable } from '../shared/i18n/localize.js';

/** The badge's strings; the "full" variant's own are in full.ts, with its code. */
export interface BadgeMessages {
  unknownPrinciple: string;
  statementUnavailable: string;
}

const en: BadgeMessages = {
  unknownPrinciple: 'Unknown principle',
  statementUnavailable: 'The statement could not be loaded. Check your connection and reload the page.',
};

export const badgeMessages = new MessageTable<BadgeMessages>(en, () => import('./messages.cy.js').then((module) => module.cy));
