import { MessageTable } from '../shared/i18n/localize.js';

export interface MapMessages {
  mapName: string;
  mapSummary: (onMap: number, groups: number, notOnMap: number) => string;
  legendHeading: string;
  legendHighlighted: string;
  legendGroup: string;
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
  /** A group of organisations too close to tell apart at this size, named after one place in it. */
  groupName: (count: number, place: string) => string;
  groupIntro: string;
  groupOpenedAnnouncement: (name: string) => string;
  notOnMapHeading: string;
  /** A pre-rendered map's list of the organisations on it, for readers without JavaScript. */
  onMapHeading: string;
  orderLabel: string;
  orderAscending: string;
  orderDescending: string;
  listCount: (count: number) => string;
  creditsHeading: string;
  keyboardHint: string;
  searchLabel: string;
  searchResults: (count: number) => string;
  searchNoMatch: string;
  membersLoadFailed: string;
}

const en: MapMessages = {
  mapName: 'Map of the CCIN members and associates',
  mapSummary: (onMap, groups, notOnMap) =>
    `${onMap} members and associates are on the map` +
    (groups ? `, ${groups === 1 ? 'some of them in a group' : `some of them in ${groups} groups`} where they are close together` : '') +
    `. ${notOnMap} organisations have no place on the map; they are listed below it.`,
  legendHeading: 'Key',
  legendHighlighted: 'Highlighted',
  legendGroup: 'Organisations close together (the number says how many)',
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
  groupName: (count, place) => `${count} organisations near ${place}`,
  groupIntro: 'Too close together to show apart at this size. Choose one:',
  groupOpenedAnnouncement: (name) => `${name}: list shown.`,
  notOnMapHeading: 'Not on the map',
  onMapHeading: 'On the map',
  orderLabel: 'Order',
  orderAscending: 'A to Z',
  orderDescending: 'Z to A',
  listCount: (count) => `${count} organisations`,
  creditsHeading: 'Map data',
  keyboardHint: 'Arrow keys move between places, Enter opens one, Escape closes it.',
  searchLabel: 'Find an organisation',
  searchResults: (count) => (count === 1 ? '1 organisation found' : `${count} organisations found`),
  searchNoMatch: 'No organisation has that name',
  membersLoadFailed: 'The list of members could not be loaded. Check your connection and try again.',
};

export const mapMessages = new MessageTable<MapMessages>(en, () => import('./messages.cy.js').then((module) => module.cy));
