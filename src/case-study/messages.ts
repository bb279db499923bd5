import { html, type TemplateResult } from 'lit';
import type { Localized } from '../shared/i18n/localize.js';

export interface CaseStudyMessages {
  loadingCaseStudy: string;
  missingCaseId: string;
  /** The id is given as a template (isolated from the sentence's direction with <bdi>). */
  caseStudyNotFound: (id: TemplateResult) => TemplateResult;
  didYouMean: string;
  idListHint: string;
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
  caseStudyNotFound: (id) => html`There is no case study with the id “${id}”.`,
  didYouMean: 'Did you mean one of these?',
  idListHint: 'Every id is listed in docs/case-study-ids.html in the ccin-elements package.',
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

// Welsh: see docs/welsh.md. The network's and the booklet's names are proper names
// with no official Welsh form, so they stay in English.
const cy: CaseStudyMessages = {
  loadingCaseStudy: "Wrthi'n llwytho'r astudiaeth achos…",
  missingCaseId: "Dim astudiaeth achos wedi'i dewis: rhowch briodoledd case-id i'r elfen hon.",
  caseStudyNotFound: (id) => html`Nid oes astudiaeth achos â'r dynodydd “${id}”.`,
  didYouMean: "Ai un o'r rhain oedd gennych mewn golwg?",
  idListHint: "Mae pob dynodydd wedi'i restru yn docs/case-study-ids.html ym mhecyn ccin-elements.",
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
