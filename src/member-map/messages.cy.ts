import type { MapMessages } from './messages.js';

// Welsh: see docs/welsh.md.
export const cy: MapMessages = {
  mapName: 'Map o aelodau ac aelodau cyswllt y CCIN',
  mapSummary: (onMap, groups, notOnMap) =>
    `Mae ${onMap} o aelodau ac aelodau cyswllt ar y map` +
    (groups ? `, rhai ohonynt mewn ${groups === 1 ? 'grŵp' : `${groups} o grwpiau`} lle maen nhw'n agos at ei gilydd` : '') +
    `. Nid oes lle ar y map gan ${notOnMap} o sefydliadau; maen nhw wedi'u rhestru oddi tano.`,
  legendHeading: 'Allwedd',
  legendHighlighted: "Wedi'i amlygu",
  legendGroup: "Sefydliadau sy'n agos at ei gilydd (mae'r rhif yn dweud faint)",
  viewLabel: 'Dangos y rhwydwaith fel',
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
  groupName: (count, place) => `${count} o sefydliadau ger ${place}`,
  groupIntro: "Yn rhy agos at ei gilydd i'w dangos ar wahân ar y maint hwn. Dewiswch un:",
  groupOpenedAnnouncement: (name) => `${name}: dangosir y rhestr.`,
  notOnMapHeading: 'Ddim ar y map',
  onMapHeading: 'Ar y map',
  orderLabel: 'Trefn',
  orderAscending: 'A i Y',
  orderDescending: 'Y i A',
  listCount: (count) => `${count} o sefydliadau`,
  creditsHeading: "Data'r map",
  keyboardHint: "Mae'r bysellau saeth yn symud rhwng lleoedd, Enter yn agor un, ac Escape yn ei gau.",
  searchLabel: 'Dod o hyd i sefydliad',
  searchResults: (count) => (count === 1 ? "Cafwyd hyd i 1 sefydliad" : `Cafwyd hyd i ${count} o sefydliadau`),
  searchNoMatch: "Nid oes gan unrhyw sefydliad yr enw hwnnw",
  membersLoadFailed: "Nid oedd modd llwytho'r rhestr o aelodau. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
};
