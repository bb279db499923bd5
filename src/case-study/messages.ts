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
  /** The documents a case study comes from, in a sentence: "From A and B, …". */
  sourceLine: (documents: string[]) => string;
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
  sourceLine: (documents) => `From ${documents.join(' and ')}, Co-operative Councils' Innovation Network`,

};

// Welsh: see ../shared/i18n/README.md. The network's and the booklet's names are proper names
// with no official Welsh form, so they stay in English.
const cy: CaseStudyMessages = {
  loadingCaseStudy: "Wrthi'n llwytho'r astudiaeth achos…",
  missingCaseId: "Dim astudiaeth achos wedi'i dewis: rhowch briodoledd case-id i'r elfen hon.",
  caseStudyNotFound: (id) => `Nid oes astudiaeth achos â'r dynodydd “${id}”.`,
  idListBefore: 'Gwiriwch ef yn erbyn y ',
  idListLink: 'rhestr o ddynodyddion astudiaethau achos',
  idListAfter: '.',
  caseStudyLoadFailed: "Nid oedd modd llwytho'r astudiaeth achos. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
  theme: 'Thema',
  by: 'Gan',
  partners: 'Partneriaid',
  workingWith: 'Yn gweithio gyda',
  principlesHeading: 'Egwyddorion cydweithredol',
  principlesNotStated: "Nid yw'r ffynhonnell yn nodi'r egwyddorion",
  contactsHeading: 'Rhagor o wybodaeth',
  emailLabel: 'E-bost',
  phoneLabel: 'Ffôn',
  webLabel: 'Gwefan',
  linksHeading: 'Dolenni',
  yearLabel: 'Blwyddyn',
  statusLabel: 'Statws',
  // "a" before a consonant, "ac" before a vowel.
  sourceLine: (documents) =>
    `O ${documents.reduce((sentence, next) => `${sentence}${/^[aeiouwy]/i.test(next) ? ' ac ' : ' a '}${next}`)}, Co-operative Councils' Innovation Network`,
};

export const caseStudyMessages: Localized<CaseStudyMessages> = { en, cy };
