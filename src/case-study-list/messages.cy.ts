import type { ListMessages } from './messages.js';

// Welsh: see docs/welsh.md for the terms used and those to confirm.
export const cy: ListMessages = {
  filtersLegend: 'Hidlo astudiaethau achos',
  filterTheme: 'Thema',
  filterPrinciple: 'Egwyddor',
  filterOrganisation: 'Sefydliad',
  filterTier: 'Aelodaeth y sefydliad arweiniol',
  filterAny: 'Unrhyw un',
  unknownValue: (value) => `${value} (ddim yn y data)`,
  searchLabel: 'Chwilio teitlau a chrynodebau',
  clearFilters: "Clirio'r hidlyddion",
  resultsCount: (shown, matching, total) =>
    shown < matching
      ? `Yn dangos ${shown} o'r ${matching} o astudiaethau achos${matching === total ? '' : " sy'n cyfateb"}`
      : matching === total
        ? `${total} o astudiaethau achos`
        : `${matching} o ${total} o astudiaethau achos`,
  showMore: (count) => `Dangos ${count} arall`,
  sortLabel: 'Trefnu yn ôl',
  sortTitle: 'Teitl',
  sortOrganisation: 'Sefydliad arweiniol',
  principleHint: (recorded, total) =>
    `Dim ond y ${recorded} o'r ${total} o astudiaethau achos y mae eu ffynonellau'n enwi eu hegwyddorion all gyfateb i egwyddor.`,
  noResults: "Nid oes astudiaeth achos yn cyfateb i'r hidlyddion hyn.",
  noResultsHelp: "Rhowch gynnig ar lai o hidlyddion neu eiriau eraill, neu cliriwch yr hidlyddion i'w gweld i gyd.",
  indexLoadFailed: "Nid oedd modd llwytho'r rhestr o astudiaethau achos. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
  loading: "Wrthi'n llwytho astudiaethau achos…",
};
