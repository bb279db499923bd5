import { MessageTable } from '../shared/i18n/localize.js';

export interface BadgeMessages {
  unknownPrinciple: string;
  showStatement: string;
  hideStatement: string;
  /** The toggle's accessible name: its visible label, then the principle. */
  statementToggleLabel: (name: string, expanded: boolean) => string;
  loadingStatement: string;
  statementUnavailable: string;
}

const en: BadgeMessages = {
  unknownPrinciple: 'Unknown principle',
  showStatement: 'Show statement',
  hideStatement: 'Hide statement',
  statementToggleLabel: (name, expanded) => `${expanded ? 'Hide statement' : 'Show statement'}: ${name}`,
  loadingStatement: 'Loading the statement…',
  statementUnavailable: 'The statement could not be loaded. Check your connection and reload the page.',
};

export const badgeMessages = new MessageTable<BadgeMessages>(en, () => import('./messages.cy.js').then((module) => module.cy));
