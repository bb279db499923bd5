import type { CommonMessages } from './common.js';

const kindsCy: Record<string, string> = {
  council: 'Cyngor',
  'combined-authority': 'Awdurdod cyfun',
  'town-council': 'Cyngor tref',
  'parish-council': 'Cyngor plwyf',
  'community-council': 'Cyngor cymuned',
  'political-group': 'Grŵp gwleidyddol',
  other: 'Corff arall',
  organisation: 'Sefydliad',
};

// Welsh: see docs/welsh.md for the terms used and those to confirm.
export const cy: CommonMessages = {
  tierName: { member: 'Aelod', associate: 'Aelod cyswllt', affiliate: 'Aelod cysylltiedig' },
  tierPlural: { member: 'Aelodau', associate: 'Aelodau cyswllt', affiliate: 'Aelodau cysylltiedig' },
  kindName: (kind) => (Object.hasOwn(kindsCy, kind) ? kindsCy[kind]! : kind),
  loading: "Wrthi'n llwytho…",
  retry: 'Rhoi cynnig arall arni',
  technicalDetails: 'Manylion technegol',
};
