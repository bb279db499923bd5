import type { Localized } from '../shared/i18n/localize.js';

export interface MapMessages {
  mapName: string;
  mapSummary: (onMap: number, notOnMap: number, affiliates: number) => string;
  legendHeading: string;
  legendHighlighted: string;
  viewLabel: string;
  viewMap: string;
  viewList: string;
  detailsKind: string;
  detailsTier: string;
  detailsMarkers: string;
  markersValue: (count: number) => string;
  markersExplained: string;
  detailsCaseStudies: string;
  noCaseStudies: string;
  closeDetails: string;
  selectedAnnouncement: (name: string, tier: string) => string;
  closedAnnouncement: string;
  notOnMapHeading: string;
  sortLabel: string;
  sortAscending: string;
  sortDescending: string;
  listCount: (count: number) => string;
  creditsHeading: string;
  keyboardHint: string;
  membersLoadFailed: string;
}

const en: MapMessages = {
  mapName: 'Map of the CCIN members and associates',
  mapSummary: (onMap, notOnMap, affiliates) =>
    `${onMap} members and associates are on the map. ` +
    `${notOnMap === 1 ? '1 associate has' : `${notOnMap} have`} no single place and ` +
    `${affiliates} affiliates are organisations without a place; they are listed beside the map.`,
  legendHeading: 'Key',
  legendHighlighted: 'Highlighted',
  viewLabel: 'Show the network as',
  viewMap: 'Map',
  viewList: 'List',
  detailsKind: 'Kind',
  detailsTier: 'Membership',
  detailsMarkers: 'Accreditation markers',
  markersValue: (count) => (count === 0 ? 'None' : String(count)),
  markersExplained: 'The booklet shows how many accreditation markers each organisation has, not which accreditations they are.',
  detailsCaseStudies: 'Case studies',
  noCaseStudies: 'No case study in the booklet',
  closeDetails: 'Close',
  selectedAnnouncement: (name, tier) => `${name}, ${tier}: details shown.`,
  closedAnnouncement: 'Details closed.',
  notOnMapHeading: 'Not on the map',
  sortLabel: 'Sort by name',
  sortAscending: 'A to Z',
  sortDescending: 'Z to A',
  listCount: (count) => `${count} organisations`,
  creditsHeading: 'Map data',
  keyboardHint: 'Use the arrow keys to move between places, Enter to select, Escape to close.',
  membersLoadFailed: 'The list of members could not be loaded. Check your connection and try again.',

};

// Welsh: see docs/welsh.md.
const cy: MapMessages = {
  mapName: 'Map o aelodau ac aelodau cyswllt y CCIN',
  mapSummary: (onMap, notOnMap, affiliates) =>
    `Mae ${onMap} o aelodau ac aelodau cyswllt ar y map. ` +
    `${notOnMap === 1 ? 'Nid oes gan 1 aelod cyswllt' : `Nid oes gan ${notOnMap} ohonynt`} un lle penodol, ac mae ` +
    `${affiliates} o aelodau cysylltiedig yn sefydliadau heb le; maen nhw wedi'u rhestru wrth ymyl y map.`,
  legendHeading: 'Allwedd',
  legendHighlighted: "Wedi'i amlygu",
  viewLabel: "Dangos y rhwydwaith fel",
  viewMap: 'Map',
  viewList: 'Rhestr',
  detailsKind: 'Math',
  detailsTier: 'Aelodaeth',
  detailsMarkers: 'Marciau achredu',
  markersValue: (count) => (count === 0 ? 'Dim' : String(count)),
  markersExplained: "Mae'r llyfryn yn dangos faint o farciau achredu sydd gan bob sefydliad, nid pa achrediadau ydyn nhw.",
  detailsCaseStudies: 'Astudiaethau achos',
  noCaseStudies: 'Dim astudiaeth achos yn y llyfryn',
  closeDetails: 'Cau',
  selectedAnnouncement: (name, tier) => `${name}, ${tier}: dangosir y manylion.`,
  closedAnnouncement: 'Caewyd y manylion.',
  notOnMapHeading: 'Ddim ar y map',
  sortLabel: 'Trefnu yn ôl enw',
  sortAscending: 'A i Y',
  sortDescending: 'Y i A',
  listCount: (count) => `${count} o sefydliadau`,
  creditsHeading: "Data'r map",
  keyboardHint: 'Defnyddiwch y bysellau saeth i symud rhwng lleoedd, Enter i ddewis ac Escape i gau.',
  membersLoadFailed: "Nid oedd modd llwytho'r rhestr o aelodau. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
};

export const mapMessages: Localized<MapMessages> = { en, cy };
