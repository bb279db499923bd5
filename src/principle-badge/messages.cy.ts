import type { FullMessages } from './full.js';
import type { BadgeMessages } from './messages.js';

// Welsh: see docs/welsh.md.
export const cy: BadgeMessages = {
  unknownPrinciple: 'Egwyddor anhysbys',
  statementUnavailable: "Nid oedd modd llwytho'r datganiad. Gwiriwch eich cysylltiad ac ail-lwythwch y dudalen.",
};

/** The "full" variant's strings (full.ts). */
export const cyFull: FullMessages = {
  showStatement: 'Dangos y datganiad',
  hideStatement: "Cuddio'r datganiad",
  statementToggleLabel: (name, expanded) => `${expanded ? "Cuddio'r datganiad" : 'Dangos y datganiad'}: ${name}`,
  loadingStatement: "Wrthi'n llwytho'r datganiad…",
};
