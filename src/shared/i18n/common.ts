import type { Localized } from './localize.js';

/** Strings more than one element uses. */
export interface CommonMessages {
  tierName: Record<'member' | 'associate' | 'affiliate', string>;
  tierPlural: Record<'member' | 'associate' | 'affiliate', string>;
  kindName: (kind: string) => string;
  loading: string;
  retry: string;
}

const kindsEn: Record<string, string> = {
  council: 'Council',
  'combined-authority': 'Combined authority',
  'town-council': 'Town council',
  'parish-council': 'Parish council',
  'community-council': 'Community council',
  'political-group': 'Political group',
  other: 'Other body',
  organisation: 'Organisation',
};

const en: CommonMessages = {
  tierName: { member: 'Member', associate: 'Associate', affiliate: 'Affiliate' },
  tierPlural: { member: 'Members', associate: 'Associates', affiliate: 'Affiliates' },
  kindName: (kind) => kindsEn[kind] ?? kind,
  loading: 'Loading…',
  retry: 'Try again',
};

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
const cy: CommonMessages = {
  tierName: { member: 'Aelod', associate: 'Aelod cyswllt', affiliate: 'Aelod cysylltiedig' },
  tierPlural: { member: 'Aelodau', associate: 'Aelodau cyswllt', affiliate: 'Aelodau cysylltiedig' },
  kindName: (kind) => kindsCy[kind] ?? kind,
  loading: "Wrthi'n llwytho…",
  retry: 'Rhoi cynnig arall arni',
};

export const commonMessages: Localized<CommonMessages> = { en, cy };
