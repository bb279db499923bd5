import type { Localized } from '../shared/i18n/localize.js';

export interface BadgeMessages {
  unknownPrinciple: string;
  showStatement: string;
  hideStatement: string;
  /** The toggle's accessible name: its visible label, then the principle. */
  statementToggleLabel: (name: string, expanded: boolean) => string;
}

const en: BadgeMessages = {
  unknownPrinciple: 'Unknown principle',
  showStatement: 'Show statement',
  hideStatement: 'Hide statement',
  statementToggleLabel: (name, expanded) => `${expanded ? 'Hide statement' : 'Show statement'}: ${name}`,
};

// Welsh: see docs/welsh.md.
const cy: BadgeMessages = {
  unknownPrinciple: 'Egwyddor anhysbys',
  showStatement: 'Dangos y datganiad',
  hideStatement: "Cuddio'r datganiad",
  statementToggleLabel: (name, expanded) => `${expanded ? "Cuddio'r datganiad" : 'Dangos y datganiad'}: ${name}`,
};

export const badgeMessages: Localized<BadgeMessages> = { en, cy };
