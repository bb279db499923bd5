import type { Localized } from '../shared/i18n/localize.js';

export interface CaseStudyMessages {
  loadingCaseStudy: string;
  missingCaseId: string;
  caseStudyNotFound: (id: string) => string;
  idListBefore: string;
  idListLink: string;
  idListAfter: string;
  caseStudyLoadFailed: string;
  theme: string;
  by: string;
  partners: string;
  workingWith: string;
  principlesHeading: string;
  principlesNotStated: string;
  contactsHeading: string;
  emailLabel: string;
  phoneLabel: string;
  webLabel: string;
  linksHeading: string;
  yearLabel: string;
  statusLabel: string;
  sourceLine: (document: string) => string;
  readCaseStudy: string;
  opensInNewTab: string;
}

const en: CaseStudyMessages = {
  loadingCaseStudy: 'Loading case study…',
  missingCaseId: 'No case study chosen: give this element a case-id attribute.',
  caseStudyNotFound: (id) => `There is no case study with the id “${id}”.`,
  idListBefore: 'Check it against the ',
  idListLink: 'list of case-study ids',
  idListAfter: '.',
  caseStudyLoadFailed: 'The case study could not be loaded. Check your connection and try again.',
  theme: 'Theme',
  by: 'By',
  partners: 'Partners',
  workingWith: 'Working with',
  principlesHeading: 'Co-operative principles',
  principlesNotStated: 'Principles not stated in the source',
  contactsHeading: 'For further information',
  emailLabel: 'Email',
  phoneLabel: 'Telephone',
  webLabel: 'Website',
  linksHeading: 'Links',
  yearLabel: 'Year',
  statusLabel: 'Status',
  sourceLine: (document) => `From ${document}, Co-operative Councils' Innovation Network`,
  readCaseStudy: 'Read the case study',
  opensInNewTab: '(opens in a new tab)',

};

export const caseStudyMessages: Localized<CaseStudyMessages> = { en, cy: en };
