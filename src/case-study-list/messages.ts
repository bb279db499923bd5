import { MessageTable } from '../shared/i18n/localize.js';

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
  /** shown: cards on the page; matching: case studies the filters let through; total: all. */
  resultsCount: (shown: number, matching: number, total: number) => string;
  showMore: (count: number) => string;
  sortLabel: string;
  sortTitle: string;
  sortOrganisation: string;
  principleHint: (recorded: number, total: number) => string;
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
  resultsCount: (shown, matching, total) =>
    shown < matching
      ? `Showing ${shown} of ${matching === total ? '' : 'the '}${matching}${matching === total ? '' : ' matching'} case studies`
      : matching === total
        ? `${total} case studies`
        : `${matching} of ${total} case studies`,
  showMore: (count) => `Show ${count} more`,
  sortLabel: 'Sort by',
  sortTitle: 'Title',
  sortOrganisation: 'Lead organisation',
  principleHint: (recorded, total) =>
    `Only the ${recorded} of ${total} case studies whose sources name their principles can match a principle.`,
  noResults: 'No case study matches these filters.',
  noResultsHelp: 'Try fewer filters or other words, or clear the filters to see them all.',
  indexLoadFailed: 'The list of case studies could not be loaded. Check your connection and try again.',
  loading: 'Loading case studies…',
};

export const listMessages = new MessageTable<ListMessages>(en, () => import('./messages.cy.js').then((module) => module.cy));
