import type { CaseStudySummary, Tier } from '../shared/data/types.js';
import { fold } from '../shared/fold.js';
import { plainText } from '../shared/rich-text/parse.js';

/** A case study with what the filters compare, folded once. */
export interface Entry {
  summary: CaseStudySummary;
  /** Title, subtitle and standfirst (or first paragraph), for the search. */
  text: string;
  theme: string;
  /** Member ids and folded names of the organisations. */
  organisations: Set<string>;
  leadTiers: Set<Tier>;
  /** For sorting by lead organisation. */
  lead: string;
}

export interface Filters {
  theme: string;
  principle: string;
  organisation: string;
  tier: string;
  search: string;
}

export type SortOrder = 'title' | 'organisation';

const entriesByIndex = new WeakMap<readonly CaseStudySummary[], Entry[]>();

/**
 * The index made searchable, once per index: every keystroke then compares prepared strings
 * instead of parsing and folding every record's text again (2,200 case studies take a few ms).
 */
export function entriesOf(index: readonly CaseStudySummary[]): Entry[] {
  let entries = entriesByIndex.get(index);
  if (!entries) {
    entries = index.map((summary) => ({
      summary,
      text: fold([summary.title, summary.subtitle ?? '', plainText(summary.summary ?? summary.excerpt ?? '')].join(' ')),
      theme: fold(summary.theme ?? ''),
      organisations: new Set(summary.organisations.flatMap((org) => (org.memberId ? [org.memberId, fold(org.name)] : [fold(org.name)]))),
      leadTiers: new Set(summary.organisations.flatMap((org) => (org.role === 'lead' && org.tier ? [org.tier] : []))),
      lead: summary.organisations.find((org) => org.role === 'lead')?.name ?? '',
    }));
    entriesByIndex.set(index, entries);
  }
  return entries;
}

/** The entries every filter lets through. */
export function matching(entries: readonly Entry[], filters: Filters): Entry[] {
  const theme = fold(filters.theme);
  const principle = filters.principle.trim().toLowerCase();
  const organisation = filters.organisation.trim();
  const organisationName = fold(organisation);
  const tier = filters.tier.trim().toLowerCase();
  const words = fold(filters.search).split(' ').filter(Boolean);
  return entries.filter(
    (entry) =>
      (!theme || entry.theme === theme) &&
      (!principle || entry.summary.principles.some((id) => id === principle)) &&
      (!organisation || entry.organisations.has(organisation) || entry.organisations.has(organisationName)) &&
      (!tier || entry.leadTiers.has(tier as Tier)) &&
      words.every((word) => entry.text.includes(word)),
  );
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Sorted by title, or by lead organisation then title; a new array. */
export function sorted(entries: readonly Entry[], order: SortOrder): Entry[] {
  return [...entries].sort(
    (a, b) => (order === 'organisation' ? collator.compare(a.lead, b.lead) : 0) || collator.compare(a.summary.title, b.summary.title),
  );
}

/** The themes of the index, sorted. */
export function themesOf(index: readonly CaseStudySummary[]): string[] {
  return [...new Set(index.map((s) => s.theme).filter((t): t is string => !!t))].sort((a, b) => collator.compare(a, b));
}

/** Organisations named by the case studies, as [value, label]: the member id where there is one. */
export function organisationsOf(index: readonly CaseStudySummary[]): [string, string][] {
  const byValue = new Map<string, string>();
  for (const study of index) for (const org of study.organisations) byValue.set(org.memberId ?? org.name, org.name);
  return [...byValue.entries()].sort((a, b) => collator.compare(a[1], b[1]));
}
