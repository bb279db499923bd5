import type { Localized } from '../shared/i18n/localize.js';

export interface ListMessages {
  filtersLegend: string;
  filterTheme: string;
  filterPrinciple: string;
  filterOrganisation: string;
  filterTier: string;
  filterAny: string;
  unknownValue: (value: string) => string;
  searchLabel: string;
  clearFilters: string;
  resultsCount: (shown: number, total: number) => string;
  noResults: string;
  noResultsHelp: string;
  indexLoadFailed: string;
  loading: string;
}

const en: ListMessages = {
  filtersLegend: 'Filter case studies',
  filterTheme: 'Theme',
  filterPrinciple: 'Principle',
  filterOrganisation: 'Organisation',
  filterTier: 'Membership of the lead organisation',
  filterAny: 'Any',
  unknownValue: (value) => `${value} (not in the data)`,
  searchLabel: 'Search titles and summaries',
  clearFilters: 'Clear filters',
  resultsCount: (shown, total) => (shown === total ? `${total} case studies` : `${shown} of ${total} case studies`),
  noResults: 'No case study matches these filters.',
  noResultsHelp: 'Try fewer filters or other words, or clear the filters to see them all.',
  indexLoadFailed: 'The list of case studies could not be loaded. Check your connection and try again.',
  loading: 'Loading case studies…',
};

// Welsh: see docs/welsh.md for the terms used and those to confirm.
const cy: ListMessages = {
  filtersLegend: 'Hidlo astudiaethau achos',
  filterTheme: 'Thema',
  filterPrinciple: 'Egwyddor',
  filterOrganisation: 'Sefydliad',
  filterTier: 'Aelodaeth y sefydliad arweiniol',
  filterAny: 'Unrhyw un',
  unknownValue: (value) => `${value} (ddim yn y data)`,
  searchLabel: 'Chwilio teitlau a chrynodebau',
  clearFilters: "Clirio'r hidlyddion",
  resultsCount: (shown, total) => (shown === total ? `${total} o astudiaethau achos` : `${shown} o ${total} o astudiaethau achos`),
  noResults: "Nid oes astudiaeth achos yn cyfateb i'r hidlyddion hyn.",
  noResultsHelp: "Rhowch gynnig ar lai o hidlyddion neu eiriau eraill, neu cliriwch yr hidlyddion i'w gweld i gyd.",
  indexLoadFailed: "Nid oedd modd llwytho'r rhestr o astudiaethau achos. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
  loading: "Wrthi'n llwytho astudiaethau achos…",
};

export const listMessages: Localized<ListMessages> = { en, cy };
