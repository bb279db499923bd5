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

export const mapMessages: Localized<MapMessages> = { en, cy: en };
