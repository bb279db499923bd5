import { html } from 'lit';
import type { CaseStudyMessages } from './messages.js';

// Welsh: see docs/welsh.md. The network's and the booklet's names are proper names
// with no official Welsh form, so they stay in English.
export const cy: CaseStudyMessages = {
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
  principlesMet: "Yr egwyddorion a gyflawnwyd, fel y mae tudalen councils.coop yr astudiaeth achos yn eu rhestru:",
  principlesFromHeadings: "Egwyddorion y mae'r astudiaeth achos hon yn eu henwi ym mhenawdau ei hadrannau:",
  principlesNotRecorded:
    "Heb eu cofnodi. Mae'r llyfryn yn dangos egwyddorion pob astudiaeth achos fel eiconau, a gollwyd pan droswyd y llyfryn yn destun. Dim ond lle mae ffynhonnell yn eu henwi mewn geiriau y cânt eu cofnodi yma.",
  picturesHeading: 'Lluniau yn y llyfryn',
  picturesIntro: "Nid yw lluniau'r llyfryn yn cael eu dangos yma. Dyma eu capsiynau:",
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
