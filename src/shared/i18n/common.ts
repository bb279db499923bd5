import { MessageTable } from './localize.js';

/** Strings more than one element uses. */
export interface CommonMessages {
  tierName: Record<'member' | 'associate' | 'affiliate', string>;
  tierPlural: Record<'member' | 'associate' | 'affiliate', string>;
  kindName: (kind: string) => string;
  loading: string;
  retry: string;
  /** The disclosure with the technical reason for a failure. */
  technicalDetails: string;
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
  // Own properties only: a kind such as "constructor" must not find Object's.
  kindName: (kind) => (Object.hasOwn(kindsEn, kind) ? kindsEn[kind]! : kind),
  loading: 'Loading…',
  retry: 'Try again',
  technicalDetails: 'Technical details',
};

export const commonMessages = new MessageTable<CommonMessages>(en, () => import('./common.cy.js').then((module) => module.cy));
