import { html, type TemplateResult } from 'lit';
import { MessageTable } from '../shared/i18n/localize.js';

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
  /** What the principles section says about where its principles come from, by basis. */
  principlesMet: string;
  principlesFromHeadings: string;
  principlesNotRecorded: string;
  picturesHeading: string;
  picturesIntro: string;
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
  principlesMet: 'Principles met, as the case study’s councils.coop page lists them:',
  principlesFromHeadings: 'Principles this case study names in its own section headings:',
  principlesNotRecorded:
    'Not recorded. The booklet shows each case study’s principles as icons, which were lost when it was turned into text. Principles are recorded here only where a source names them in words.',
  picturesHeading: 'Pictures in the booklet',
  picturesIntro: 'The booklet’s pictures are not shown here. Their captions read:',
  contactsHeading: 'For further information',
  emailLabel: 'Email',
  phoneLabel: 'Telephone',
  webLabel: 'Website',
  linksHeading: 'Links',
  yearLabel: 'Year',
  statusLabel: 'Status',
  sourceLine: (documents) => `From ${documents.join(' and ')}, Co-operative Councils' Innovation Network`,

};

export const caseStudyMessages = new MessageTable<CaseStudyMessages>(en, () => import('./messages.cy.js').then((module) => module.cy));
